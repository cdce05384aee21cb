#include "lists/WorkQueue.h"

#include "storage/Database.h"

#include <limits>

namespace rd {

Result<QList<WorkItem>> WorkQueue::openItems(const QString &owner)
{
    return dueBy(owner, std::numeric_limits<qint64>::max());
}

Result<QList<WorkItem>> WorkQueue::dueBy(const QString &owner, qint64 untilMs)
{
    // Both halves use the (owner, status, due) indexes when an owner is given; the merge of two
    // small sets is cheap. Everyone's queue (no owner) reads the status part of the same index.
    const bool everyone = owner.isEmpty();
    const QString promiseOwner = everyone ? QString() : QStringLiteral("p.owner = ? AND ");
    const QString callbackOwner = everyone ? QString() : QStringLiteral("n.for_whom = ? AND ");
    QVariantList params;
    if (!everyone)
        params << owner;
    params << untilMs;
    if (!everyone)
        params << owner;
    params << untilMs;
    return m_db.selectAll(
        QStringLiteral("SELECT 'promise', p.id, p.case_id, cu.name, p.what, p.owner, p.due_at "
                       "FROM promised_action p JOIN case_record c ON c.id = p.case_id "
                       "JOIN customer cu ON cu.id = c.customer_id "
                       "WHERE %1p.status = 'open' AND p.due_at <= ? "
                       "UNION ALL "
                       "SELECT 'callback', n.id, n.case_id, cu.name, n.question, n.for_whom, n.window_end "
                       "FROM callback_note n JOIN case_record c ON c.id = n.case_id "
                       "JOIN customer cu ON cu.id = c.customer_id "
                       "WHERE %2n.status = 'open' AND n.window_end <= ? "
                       "ORDER BY 7, 2")
            .arg(promiseOwner, callbackOwner),
        params, [](const QSqlQuery &q) {
            WorkItem w;
            w.type = q.value(0).toString() == QLatin1String("callback") ? WorkItem::Type::Callback
                                                                       : WorkItem::Type::Promise;
            w.id = q.value(1).toString();
            w.caseId = q.value(2).toString();
            w.customerName = q.value(3).toString();
            w.what = q.value(4).toString();
            w.owner = q.value(5).toString();
            w.dueAt = q.value(6).toLongLong();
            return w;
        });
}

Result<QStringList> WorkQueue::owners()
{
    // Case owners by a skip scan of the owner index (one seek per owner), not a pass over every case.
    return m_db.selectAll(QStringLiteral("WITH RECURSIVE o(owner) AS (SELECT min(owner) FROM case_record UNION ALL "
                                         "SELECT (SELECT min(owner) FROM case_record WHERE owner > o.owner) FROM o "
                                         "WHERE o.owner IS NOT NULL) "
                                         "SELECT owner FROM promised_action WHERE status = 'open' "
                                         "UNION SELECT for_whom FROM callback_note WHERE status = 'open' "
                                         "UNION SELECT owner FROM o WHERE owner IS NOT NULL ORDER BY 1"),
                          {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

QueueGroups WorkQueue::group(const QList<WorkItem> &items, const QDateTime &nowUtc, const QTimeZone &zone)
{
    const QDateTime local = nowUtc.toTimeZone(zone);
    // The first moment of tomorrow in that zone; a DST change inside today is handled by QTimeZone.
    const QDateTime endOfToday = QDateTime(local.date().addDays(1), QTime(0, 0), zone);
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    const qint64 midnight = endOfToday.toMSecsSinceEpoch();
    QueueGroups groups;
    for (const WorkItem &item : items) {
        if (item.dueAt < now)
            groups.overdue.append(item);
        else if (item.dueAt < midnight)
            groups.today.append(item);
        else
            groups.upcoming.append(item);
    }
    return groups;
}

} // namespace rd
