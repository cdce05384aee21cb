#pragma once

#include <QUuid>

namespace rd {

/// A new record id: a random UUID, so files from many workstations merge without collisions.
inline QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace rd
