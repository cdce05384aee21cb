#include "agreements/CallbackStore.h"

#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "storage/RowColumns.h"
#include "agreements/DueTimeRules.h"
#include "cases/EventLog.h"
#include "base/Ids.h"
#include "base/TextRules.h"
#include "storage/Transaction.h"

namespace rd {

namespace {

const RowColumns kColumns(QStringLiteral("callback_note"),
                          {QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("for_whom"), QStringLiteral("phone"),
                           QStringLiteral("question"), QStringLiteral("window_start"), QStringLiteral("window_end"),
                           QStringLiteral("status"), QStringLiteral("result"), QStringLiteral("created_at"),
                           QStringLiteral("updated_at"), QStringLiteral("done_at")});
const QString kSelect = kColumns.select();

CallbackNote fromRow(const QSqlQuery &q)
{
    const auto row = kColumns.row(q);
    CallbackNote n;
    n.id = row.text(QStringLiteral("id"));
    n.caseId = row.text(QStringLiteral("case_id"));
    n.forWhom = row.text(QStringLiteral("for_whom"));
    n.phone = row.text(QStringLiteral("phone"));
    n.question = row.text(QStringLiteral("question"));
    n.windowStart = row.integer(QStringLiteral("window_start"));
    n.windowEnd = row.integer(QStringLiteral("window_end"));
    n.status = row.key<CallbackStatus>(QStringLiteral("status")).value_or(CallbackStatus::Open);
    n.result = row.text(QStringLiteral("result"));
    n.createdAt = row.integer(QStringLiteral("created_at"));
    n.updatedAt = row.integer(QStringLiteral("updated_at"));
    n.doneAt = row.optionalInteger(QStringLiteral("done_at"));
    return n;
}

} // namespace

const RowColumns &CallbackStore::columns() { return kColumns; }

Result<CallbackNote> CallbackStore::add(const QString &caseId, const QString &forWhom, const QString &phone,
                                        const QString &question, qint64 windowStart, qint64 windowEnd)
{
    if (auto s = TextRules::checkRequired(tr("Who calls back"), forWhom); !s)
        return s.error();
    if (auto s = TextRules::checkRequired(tr("The number to call"), phone); !s)
        return s.error();
    if (auto s = CustomerStore::checkPhone(tr("The number to call"), phone.trimmed()); !s)
        return s.error();
    if (TextRules::phoneDigits(phone).size() < 3)
        return Error{Error::Code::InvalidInput, tr("The number to call (\"%1\") has too few digits.").arg(phone)};
    if (auto s = TextRules::checkRequired(tr("The customer's question"), question, TextRules::Lines::Multi); !s)
        return s.error();
    if (auto s = DueTimeRules::checkWindow(m_db.clock(), windowStart, windowEnd); !s)
        return s.error();
    CallbackNote n;
    n.id = newId();
    n.caseId = caseId;
    n.forWhom = forWhom.trimmed();
    n.phone = phone.trimmed();
    n.question = question.trimmed();
    n.windowStart = windowStart;
    n.windowEnd = windowEnd;
    n.createdAt = n.updatedAt = m_db.clock().nowMs();
    const Status s = Transaction::run(m_db, {Transaction::caseRecord(caseId)}, [&]() -> Status {
        if (auto known = CaseStore(m_db).requireKnown(caseId); !known)
            return known;
        auto r = m_db.exec(QStringLiteral("INSERT INTO callback_note (id, case_id, for_whom, phone, question, "
                                          "window_start, window_end, status, created_at, updated_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)"),
                           {n.id, caseId, n.forWhom, n.phone, n.question, windowStart, windowEnd, n.createdAt,
                            n.updatedAt});
        if (!r)
            return r.error();
        if (auto counts = CaseStore(m_db).refreshOpenCounts(caseId); !counts)
            return counts;
        return EventLog(m_db).append(caseId, {}, QStringLiteral("callback.noted"),
                                     {{QStringLiteral("callback"), n.id},
                                      {QStringLiteral("for"), n.forWhom},
                                      {QStringLiteral("phone"), n.phone},
                                      {QStringLiteral("question"), n.question},
                                      {QStringLiteral("from"), QString::number(windowStart)},
                                      {QStringLiteral("until"), QString::number(windowEnd)}});
    });
    if (!s)
        return s.error();
    return n;
}

Result<CallbackNote> CallbackStore::get(const QString &id)
{
    return m_db.selectOne(
        kSelect + QStringLiteral("WHERE id = ?"), {id}, fromRow,
        Error{Error::Code::NotFound, tr("No callback note with id %1 exists in this database.").arg(id)});
}

Result<QList<CallbackNote>> CallbackStore::forCase(const QString &caseId)
{
    return m_db.selectAll(kSelect + QStringLiteral("WHERE case_id = ? ORDER BY window_start, id"), {caseId}, fromRow);
}

Result<CallbackNote> CallbackStore::openNote(const QString &id)
{
    auto n = get(id);
    if (!n)
        return n;
    if (n->status != CallbackStatus::Open)
        return Error{Error::Code::Refused, tr("This callback was already made.")};
    return n;
}

Status CallbackStore::complete(const QString &id, const QString &result)
{
    if (auto s = TextRules::check(tr("The result of the call"), result); !s)
        return s;
    return Transaction::run(m_db, CaseStore(m_db).recordsOf(QStringLiteral("callback_note"), id), [&]() -> Status {
        auto n = openNote(id);
        if (!n)
            return n.error();
        const qint64 now = m_db.clock().nowMs();
        auto r = m_db.exec(QStringLiteral("UPDATE callback_note SET status = 'done', result = ?, done_at = ?, "
                                          "updated_at = ? WHERE id = ?"),
                           {result.trimmed(), now, now, id});
        if (!r)
            return r.error();
        if (auto counts = CaseStore(m_db).refreshOpenCounts(n->caseId); !counts)
            return counts;
        return EventLog(m_db).append(n->caseId, {}, QStringLiteral("callback.done"),
                                     {{QStringLiteral("callback"), id},
                                      {QStringLiteral("result"), result.trimmed()},
                                      {QStringLiteral("in_window"), now >= n->windowStart && now <= n->windowEnd}});
    });
}

Status CallbackStore::reopen(const QString &id)
{
    return Transaction::run(m_db, CaseStore(m_db).recordsOf(QStringLiteral("callback_note"), id), [&]() -> Status {
        auto row = m_db.selectOne(QStringLiteral("SELECT n.case_id, n.status, c.status FROM callback_note n "
                                                 "JOIN case_record c ON c.id = n.case_id WHERE n.id = ?"),
                                  {id},
                                  [](const QSqlQuery &q) {
                                      return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
                                  },
                                  Error{Error::Code::NotFound, tr("This callback note does not exist (any more).")});
        if (!row)
            return row.error();
        if (row->at(1) == QLatin1String("open"))
            return Error{Error::Code::Refused, tr("This callback is already open.")};
        if (row->at(2) == QLatin1String("closed"))
            return Error{Error::Code::Refused, tr("The case is closed; its callbacks stay as they are.")};
        const qint64 now = m_db.clock().nowMs();
        auto r = m_db.exec(QStringLiteral("UPDATE callback_note SET status = 'open', result = '', done_at = NULL, "
                                          "updated_at = ? WHERE id = ?"),
                           {now, id});
        if (!r)
            return r.error();
        if (auto counts = CaseStore(m_db).refreshOpenCounts(row->at(0)); !counts)
            return counts;
        return EventLog(m_db).append(row->at(0), {}, QStringLiteral("callback.reopened"), {{QStringLiteral("callback"), id}});
    });
}

Status CallbackStore::retry(const QString &id, const QString &what, qint64 windowStart, qint64 windowEnd)
{
    if (auto s = TextRules::checkRequired(tr("What happened on the call"), what, TextRules::Lines::Multi); !s)
        return s;
    if (auto s = DueTimeRules::checkWindow(m_db.clock(), windowStart, windowEnd); !s)
        return s;
    return Transaction::run(m_db, CaseStore(m_db).recordsOf(QStringLiteral("callback_note"), id), [&]() -> Status {
        auto n = openNote(id);
        if (!n)
            return n.error();
        auto r = m_db.exec(QStringLiteral("UPDATE callback_note SET window_start = ?, window_end = ?, result = ?, "
                                          "updated_at = ? WHERE id = ?"),
                           {windowStart, windowEnd, what.trimmed(), m_db.clock().nowMs(), id});
        if (!r)
            return r.error();
        if (auto counts = CaseStore(m_db).refreshOpenCounts(n->caseId); !counts)
            return counts;
        return EventLog(m_db).append(n->caseId, {}, QStringLiteral("callback.attempted"),
                                     {{QStringLiteral("callback"), id},
                                      {QStringLiteral("result"), what.trimmed()},
                                      {QStringLiteral("from"), QString::number(windowStart)},
                                      {QStringLiteral("until"), QString::number(windowEnd)}});
    });
}

Status CallbackStore::handOver(const QString &id, const QString &newOwner)
{
    if (auto s = TextRules::checkRequired(tr("The colleague who takes over"), newOwner); !s)
        return s;
    return Transaction::run(m_db, CaseStore(m_db).recordsOf(QStringLiteral("callback_note"), id), [&]() -> Status {
        auto n = openNote(id);
        if (!n)
            return n.error();
        if (n->forWhom == newOwner.trimmed())
            return Status();
        auto r = m_db.exec(QStringLiteral("UPDATE callback_note SET for_whom = ?, updated_at = ? WHERE id = ?"),
                           {newOwner.trimmed(), m_db.clock().nowMs(), id});
        if (!r)
            return r.error();
        if (auto counts = CaseStore(m_db).refreshOpenCounts(n->caseId); !counts)
            return counts;
        return EventLog(m_db).append(n->caseId, {}, QStringLiteral("callback.handed_over"),
                                     {{QStringLiteral("callback"), id},
                                      {QStringLiteral("from"), n->forWhom},
                                      {QStringLiteral("to"), newOwner.trimmed()}});
    });
}

} // namespace rd
