#pragma once

#include "cases/CaseEvent.h"
#include "base/Result.h"

#include <QList>

namespace rd {

class Database;

/**
 * The append-only history. Stores call append() inside their own transaction, so the event
 * and the change it describes are committed together or not at all.
 */
class EventLog
{
public:
    explicit EventLog(Database &db) : m_db(db) {}

    /// Appends an event by the database's actor at the clock's time.
    Status append(const QString &caseId, const QString &customerId, const QString &kind,
                           const QJsonObject &data = {});

    /// Every event of a case, oldest first.
    Result<QList<CaseEvent>> timeline(const QString &caseId);
    /// Events about the customer record itself (created, details changed, merged), oldest
    /// first; with those of the records merged into it.
    Result<QList<CaseEvent>> customerHistory(const QString &customerId);
    /// Total number of events in the file.
    Result<qint64> count();

private:
    Result<QList<CaseEvent>> read(const QString &sql, const QVariantList &params);

    Database &m_db;
};

} // namespace rd
