#pragma once

#include <QJsonObject>
#include <QString>

namespace rd {

/// One entry of the append-only history: who did what, when.
struct CaseEvent
{
    QString id;
    QString caseId;     ///< empty for events about a customer only
    QString customerId; ///< set for customer events
    qint64 at = 0;      ///< ms UTC
    QString actor;
    QString kind; ///< e.g. "case.created", "field.set", "promise.kept"
    QJsonObject data;
};

} // namespace rd
