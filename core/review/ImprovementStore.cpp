#include "review/ImprovementStore.h"

#include "cases/CaseStore.h"
#include "storage/Database.h"
#include "cases/EventLog.h"
#include "base/Ids.h"
#include "base/TextRules.h"
#include "storage/Transaction.h"

namespace rd {

QString ImprovementStore::statusKey(ImprovementItem::Status status)
{
    switch (status) {
    case ImprovementItem::Status::Open: return QStringLiteral("open");
    case ImprovementItem::Status::InProgress: return QStringLiteral("in_progress");
    case ImprovementItem::Status::Done: return QStringLiteral("done");
    }
    return {};
}

QString ImprovementStore::statusLabel(ImprovementItem::Status status)
{
    switch (status) {
    case ImprovementItem::Status::Open: return tr("Open", "improvement status");
    case ImprovementItem::Status::InProgress: return tr("In progress");
    case ImprovementItem::Status::Done: return tr("Done");
    }
    return {};
}

Result<ImprovementItem> ImprovementStore::create(const QString &what, const QString &owner, const QStringList &caseIds,
                                                 std::optional<Cause> cause)
{
    if (auto s = TextRules::checkRequired(tr("What will change"), what, TextRules::Lines::Multi); !s)
        return s.error();
    if (auto s = TextRules::checkRequired(tr("Who sees to it"), owner); !s)
        return s.error();
    if (caseIds.isEmpty())
        return Error{Error::Code::InvalidInput, tr("An improvement item starts from at least one case.")};
    ImprovementItem item;
    item.id = newId();
    item.what = what.trimmed();
    item.owner = owner.trimmed();
    item.createdAt = item.updatedAt = m_db.clock().nowMs();
    const Status s = Transaction::run(m_db, [&]() -> Status {
        auto first = CaseStore(m_db).get(caseIds.first());
        if (!first)
            return first.error();
        item.cause = cause ? cause : first->cause;
        auto r = m_db.exec(QStringLiteral("INSERT INTO improvement_item (id, what, cause, owner, status, created_at, updated_at) "
                                          "VALUES (?, ?, ?, ?, 'open', ?, ?)"),
                           {item.id, item.what, item.cause ? QVariant(Vocabulary::key(*item.cause)) : QVariant(), item.owner,
                            item.createdAt, item.updatedAt});
        if (!r)
            return r.error();
        for (const QString &caseId : caseIds)
            if (auto l = link(item.id, caseId); !l)
                return l;
        return {};
    });
    if (!s)
        return s.error();
    item.cases = int(caseIds.size());
    return item;
}

Status ImprovementStore::link(const QString &itemId, const QString &caseId)
{
    return Transaction::run(m_db, [&]() -> Status {
        auto what = m_db.scalar(QStringLiteral("SELECT what FROM improvement_item WHERE id = ?"), {itemId});
        if (!what)
            return what.error();
        if (!what->isValid())
            return Error{Error::Code::NotFound, tr("No improvement item with id %1 exists.").arg(itemId)};
        if (auto c = CaseStore(m_db).get(caseId); !c)
            return c.error();
        const qint64 now = m_db.clock().nowMs();
        auto r = m_db.exec(QStringLiteral("INSERT INTO improvement_case (id, item_id, case_id, created_at, updated_at) "
                                          "VALUES (?, ?, ?, ?, ?) ON CONFLICT (item_id, case_id) DO NOTHING"),
                           {newId(), itemId, caseId, now, now});
        if (!r)
            return r.error();
        if (r.value()->numRowsAffected() == 0)
            return {}; // already linked
        return EventLog(m_db).append(caseId, {}, QStringLiteral("improvement.linked"),
                                     {{QStringLiteral("item"), itemId}, {QStringLiteral("what"), what->toString()}});
    });
}

Status ImprovementStore::setStatus(const QString &itemId, ImprovementItem::Status status)
{
    auto r = m_db.exec(QStringLiteral("UPDATE improvement_item SET status = ?, updated_at = ? WHERE id = ?"),
                       {statusKey(status), m_db.clock().nowMs(), itemId});
    if (!r)
        return r.error();
    if (r.value()->numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("No improvement item with id %1 exists.").arg(itemId)};
    return {};
}

Result<QList<ImprovementItem>> ImprovementStore::list()
{
    return m_db.selectAll(
        QStringLiteral("SELECT i.id, i.what, i.cause, i.owner, i.status, i.created_at, i.updated_at, "
                       "(SELECT count(*) FROM improvement_case l WHERE l.item_id = i.id) FROM improvement_item i "
                       "ORDER BY i.status = 'done', i.created_at DESC, i.id"),
        {}, [](const QSqlQuery &q) {
            ImprovementItem item;
            item.id = q.value(0).toString();
            item.what = q.value(1).toString();
            item.cause = Vocabulary::parse<Cause>(q.value(2).toString());
            item.owner = q.value(3).toString();
            const QString status = q.value(4).toString();
            item.status = status == QLatin1String("done")          ? ImprovementItem::Status::Done
                          : status == QLatin1String("in_progress") ? ImprovementItem::Status::InProgress
                                                                   : ImprovementItem::Status::Open;
            item.createdAt = q.value(5).toLongLong();
            item.updatedAt = q.value(6).toLongLong();
            item.cases = q.value(7).toInt();
            return item;
        });
}

Result<QStringList> ImprovementStore::casesOf(const QString &itemId)
{
    return m_db.selectAll(QStringLiteral("SELECT case_id FROM improvement_case WHERE item_id = ? ORDER BY case_id"), {itemId},
                          [](const QSqlQuery &q) { return q.value(0).toString(); });
}

} // namespace rd
