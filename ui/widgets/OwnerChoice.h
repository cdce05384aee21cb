#pragma once

#include <QList>
#include <QString>

#include <utility>

class QComboBox;

namespace rd {

class Database;

/// An entry of an owner choice: the text shown and the owner it stands for (empty = everyone).
using OwnerEntry = std::pair<QString, QString>;

/**
 * Refills @p combo with @p leading entries, then every other owner the database knows, and keeps
 * the owner that was chosen (the first entry when nothing was). The owner list grows as people
 * take work, so views call this on each refresh rather than filling the choice once.
 */
void refillOwnerChoice(QComboBox *combo, Database &db, const QList<OwnerEntry> &leading);

} // namespace rd
