#include "agreements/PromiseStore.h"

#include "storage/Database.h"
#include "storage/RowColumns.h"
#include "agreements/DueTimeRules.h"
#include "cases/EventLog.h"
#include "cases/CaseStore.h"
#include "base/Ids.h"
#include "base/TextRules.h"
#include "storage/Transaction.h"

namespace rd {

namespace {

const RowColumns kColumns(QStringLiteral("promised_action"),
                          {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("what"), QStringLiteral("owner"),
                           QStringLiteral("due_at"), QStringLiteral("original_due_at"), QStringLiteral("kind"),
                           QStringLiteral("status"), QStringLiteral("reason"), QStringLiteral("created_at"),
                           QStringLiteral("updated_at"), QStringLiteral("done_at"), QStringLiteral("next_contact")});
const QString kSelect = kColumns.select();

PromisedAction fromRow(const QSqlQuery &q)
{
    const auto row = kColumns.row(q);
    PromisedAction p;
    p.id = row.text(QStringLiteral("id"));
    p.caseId = row.text(QStringLiteral("case_id"));
    p.what = row.text(QStringLiteral("what"));
    p.owner = row.text(QStringLiteral("owner"));
    p.dueAt = row.integer(QStringLiteral("due_at"));
    p.originalDueAt = row.integer(QStringLiteral("original_due_at"));
    p.kind = row.key<PromiseKind>(QStringLiteral("kind")).value_or(PromiseKind::Process);
    p.status = row.key<PromiseStatus>(QStringLiteral("status")).value_or(PromiseStatus::Open);
    p.reason = row.text(QStringLiteral("reason"));
    p.createdAt = row.integer(QStringLiteral("created_at"));
    p.updatedAt = row.integer(QStringLiteral("updated_at"));
    p.doneAt = row.optionalInteger(QStringLiteral("done_at"));
    p.nextContact = row.flag(QStringLiteral("next_contact"));
    return p;
}

} // namespace

const RowColumns &PromiseStore::columns() { return kColumns; }

Result<PromisedAction> PromiseStore::add(const QString &caseId, const QString &what, const QString &owner,
                                         qint64 dueAt, PromiseKind kind, bool nextContact)
{
    if (nextContact && kind != PromiseKind::Process)
        return Error{Error::Code::InvalidInput, tr("The next contact with the customer is a process agreement.")};
    if (auto s = TextRules::checkRequired(tr("What you promise"), what, TextRules::Lines::Multi); !s)
        return s.error();
    if (auto s = TextRules::checkRequired(tr("The owner of the promise"), owner); !s)
        return s.error();
    if (auto s = DueTimeRules::checkFuture(m_db.clock(), dueAt, tr("The due time")); !s)
        return s.error();
    PromisedAction p;
    p.id = newId();
    p.caseId = caseId;
    p.what = what.trimmed();
    p.owner = owner.trimmed();
    p.dueAt = p.originalDueAt = dueAt;
    p.kind = kind;
    p.nextContact = nextContact;
    p.createdAt = p.updatedAt = m_db.clock().nowMs();
    const Status s = Transaction::run(m_db, {Transaction::caseRecord(caseId)}, [&]() -> Status {
        auto status = m_db.scalar(QStringLiteral("SELECT status FROM case_record WHERE id = ?"), {caseId});
        if (!status)
            return status.error();
        if (!status->isValid())
            return Error{Error::Code::NotFound, tr("No case with id %1 exists in this database.").arg(caseId)};
        if (status->toString() == Vocabulary::key(CaseStatus::Closed))
            return Error{Error::Code::Refused, tr("This case is closed; reopen it before promising more.")};
        auto r = m_db.exec(QStringLiteral("INSERT INTO promised_action (id, case_id, what, owner, due_at, "
                                          "original_due_at, kind, status, created_at, updated_at, next_contact) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)"),
                           {p.id, caseId, p.what, p.owner, dueAt, dueAt, Vocabulary::key(kind), p.createdAt,
                            p.updatedAt, nextContact ? 1 : 0});
        if (!r)
            return r.error();
        if (auto counts = CaseStore(m_db).refreshOpenCounts(caseId); !counts)
            return counts;
        return EventLog(m_db).append(caseId, {}, QStringLiteral("promise.made"),
                                     {{QStringLiteral("promise"), p.id},
                                      {QStringLiteral("what"), p.what},
                                      {QStringLiteral("owner"), p.owner},
                                      {QStringLiteral("due"), QString::number(dueAt)},
                                      {QStringLiteral("kind"), Vocabulary::key(kind)},
                                      {QStringLiteral("next_contact"), nextContact}});
    });
    if (!s)
        return s.error();
    return p;
}

Result<PromisedAction> PromiseStore::get(const QString &id)
{
    return m_db.selectOne(kSelect + QStringLiteral("WHERE id = ?"), {id}, fromRow,
                          Error{Error::Code::NotFound, tr("No promise with id %1 exists in this database.").arg(id)});
}

Result<QList<PromisedAction>> PromiseStore::forCase(const QString &caseId)
{
    return m_db.selectAll(kSelect + QStringLiteral("WHERE case_id = ? ORDER BY due_at, id"), {caseId}, fromRow);
}

Result<QList<PromisedAction>> PromiseStore::openForCustomer(const QString &customerId)
{
    return m_db.selectAll(kSelect + QStringLiteral("WHERE status = 'open' AND case_id IN "
                                                   "(SELECT id FROM case_record WHERE customer_id = ?) "
                                                   "ORDER BY due_at, id"),
                          {customerId}, fromRow);
}

Result<PromisedAction> PromiseStore::openPromise(const QString &id)
{
    auto p = get(id);
    if (!p)
        return p;
    if (p->status != PromiseStatus::Open)
        return Error{Error::Code::Refused,
                     tr("This promise is already %1; it cannot be changed any more.")
                         .arg(Vocabulary::label(p->status).toLower())};
    return p;
}

Status PromiseStore::finish(const QString &id, PromiseStatus status, const QString &reasonLabel,
                            const QString &reason, bool reasonRequired)
{
    const Status valid = reasonRequired ? TextRules::checkRequired(reasonLabel, reason, TextRules::Lines::Multi)
                                        : TextRules::check(reasonLabel, reason);
    if (!valid)
        return valid;
    return Transaction::run(m_db, CaseStore(m_db).recordsOf(QStringLiteral("promised_action"), id), [&]() -> Status {
        auto p = openPromise(id);
        if (!p)
            return p.error();
        const qint64 now = m_db.clock().nowMs();
        PromiseStatus final = status;
        if (status == PromiseStatus::Kept && (now > p->dueAt || p->wasRescheduled()))
            final = PromiseStatus::Late;
        auto r = m_db.exec(QStringLiteral("UPDATE promised_action SET status = ?, reason = ?, done_at = ?, "
                                          "updated_at = ? WHERE id = ?"),
                           {Vocabulary::key(final), reason.trimmed(), now, now, id});
        if (!r)
            return r.error();
        if (auto counts = CaseStore(m_db).refreshOpenCounts(p->caseId); !counts)
            return counts;
        return EventLog(m_db).append(p->caseId, {}, QStringLiteral("promise.") + Vocabulary::key(final),
                                     {{QStringLiteral("promise"), id},
                                      {QStringLiteral("what"), p->what},
                                      {QStringLiteral("reason"), reason.trimmed()}});
    });
}

Status PromiseStore::reopen(const QString &id)
{
    return Transaction::run(m_db, CaseStore(m_db).recordsOf(QStringLiteral("promised_action"), id), [&]() -> Status {
        struct Row
        {
            QString caseId, what, status, caseStatus;
        };
        auto row = m_db.selectOne(QStringLiteral("SELECT p.case_id, p.what, p.status, c.status FROM promised_action p "
                                                 "JOIN case_record c ON c.id = p.case_id WHERE p.id = ?"),
                                  {id},
                                  [](const QSqlQuery &q) {
                                      return Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                 q.value(3).toString()};
                                  },
                                  Error{Error::Code::NotFound, tr("This promise does not exist (any more).")});
        if (!row)
            return row.error();
        if (row->status == QLatin1String("open"))
            return Error{Error::Code::Refused, tr("This promise is already open.")};
        if (row->caseStatus == QLatin1String("closed"))
            return Error{Error::Code::Refused, tr("The case is closed; its promises stay as they are.")};
        const qint64 now = m_db.clock().nowMs();
        auto r = m_db.exec(QStringLiteral("UPDATE promised_action SET status = 'open', reason = '', done_at = NULL, "
                                          "updated_at = ? WHERE id = ?"),
                           {now, id});
        if (!r)
            return r.error();
        if (auto counts = CaseStore(m_db).refreshOpenCounts(row->caseId); !counts)
            return counts;
        return EventLog(m_db).append(row->caseId, {}, QStringLiteral("promise.reopened"),
                                     {{QStringLiteral("promise"), id}, {QStringLiteral("what"), row->what},
                                      {QStringLiteral("was"), row->status}});
    });
}

Status PromiseStore::complete(const QString &id, const QString &result)
{
    return finish(id, PromiseStatus::Kept, tr("The result"), result, false);
}

Status PromiseStore::breakPromise(const QString &id, const QString &reason)
{
    return finish(id, PromiseStatus::Broken, tr("The reason the promise was broken"), reason, true);
}

Status PromiseStore::cancel(const QString &id, const QString &reason)
{
    return finish(id, PromiseStatus::Cancelled, tr("The reason for cancelling"), reason, true);
}

Status PromiseStore::reschedule(const QString &id, qint64 newDueAt, const QString &reason)
{
    if (auto s = TextRules::checkRequired(tr("The reason for the new due time"), reason, TextRules::Lines::Multi); !s)
        return s;
    if (auto s = DueTimeRules::checkFuture(m_db.clock(), newDueAt, tr("The new due time")); !s)
        return s;
    return Transaction::run(m_db, CaseStore(m_db).recordsOf(QStringLiteral("promised_action"), id), [&]() -> Status {
        auto p = openPromise(id);
        if (!p)
            return p.error();
        auto r = m_db.exec(QStringLiteral("UPDATE promised_action SET due_at = ?, reason = ?, updated_at = ? WHERE id = ?"),
                           {newDueAt, reason.trimmed(), m_db.clock().nowMs(), id});
        if (!r)
            return r.error();
        if (auto counts = CaseStore(m_db).refreshOpenCounts(p->caseId); !counts)
            return counts;
        return EventLog(m_db).append(p->caseId, {}, QStringLiteral("promise.rescheduled"),
                                     {{QStringLiteral("promise"), id},
                                      {QStringLiteral("what"), p->what},
                                      {QStringLiteral("from"), QString::number(p->dueAt)},
                                      {QStringLiteral("due"), QString::number(newDueAt)},
                                      {QStringLiteral("reason"), reason.trimmed()}});
    });
}

Result<PromisedAction> PromiseStore::reportBack(const QString &id, const QString &note, qint64 nextContactAt)
{
    if (auto s = TextRules::checkRequired(tr("What you told the customer"), note, TextRules::Lines::Multi); !s)
        return s.error();
    if (auto s = DueTimeRules::checkFuture(m_db.clock(), nextContactAt, tr("The next contact")); !s)
        return s.error();
    Result<PromisedAction> next = Error{};
    const Status s = Transaction::run(m_db, CaseStore(m_db).recordsOf(QStringLiteral("promised_action"), id), [&]() -> Status {
        auto old = get(id); // under the lock: as it is now, not as before another PC handed it over
        if (!old)
            return old.error();
        if (auto done = complete(id, note); !done)
            return done;
        const QString what = old->nextContact ? old->what : tr("contact the customer again");
        next = add(old->caseId, what, old->owner,
                   nextContactAt, PromiseKind::Process, true);
        return next ? Status() : Status(next.error());
    });
    if (!s)
        return s.error();
    return next;
}

Status PromiseStore::handOver(const QString &id, const QString &newOwner)
{
    if (auto s = TextRules::checkRequired(tr("The colleague who takes over"), newOwner); !s)
        return s;
    return Transaction::run(m_db, CaseStore(m_db).recordsOf(QStringLiteral("promised_action"), id), [&]() -> Status {
        auto p = openPromise(id);
        if (!p)
            return p.error();
        if (p->owner == newOwner.trimmed())
            return Status();
        auto r = m_db.exec(QStringLiteral("UPDATE promised_action SET owner = ?, updated_at = ? WHERE id = ?"),
                           {newOwner.trimmed(), m_db.clock().nowMs(), id});
        if (!r)
            return r.error();
        if (auto counts = CaseStore(m_db).refreshOpenCounts(p->caseId); !counts)
            return counts;
        return EventLog(m_db).append(p->caseId, {}, QStringLiteral("promise.handed_over"),
                                     {{QStringLiteral("promise"), id},
                                      {QStringLiteral("what"), p->what},
                                      {QStringLiteral("from"), p->owner},
                                      {QStringLiteral("to"), newOwner.trimmed()}});
    });
}

} // namespace rd
