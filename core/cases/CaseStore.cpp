#include "cases/CaseStore.h"

#include "storage/Database.h"
#include "storage/RowColumns.h"
#include "cases/EventLog.h"
#include "base/Ids.h"
#include "search/SearchIndex.h"
#include "base/TextRules.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QJsonValue>

namespace rd {

namespace {

struct FieldInfo
{
    CaseField field;
    const char *key; // also the column name
};

// Column names come only from this table, never from callers.
constexpr FieldInfo kFields[] = {
    {CaseField::Channel, "channel"},
    {CaseField::Kind, "kind"},
    {CaseField::Experience, "experience"},
    {CaseField::Expectation, "expectation"},
    {CaseField::Summary, "summary"},
    {CaseField::SummaryConfirmed, "summary_confirmed"},
    {CaseField::Explanation, "explanation"},
    {CaseField::Cause, "cause"},
    {CaseField::Decision, "decision"},
    {CaseField::EmotionStart, "emotion_start"},
    {CaseField::EmotionEnd, "emotion_end"},
    {CaseField::DecisionKind, "decision_kind"},
    {CaseField::Resolution, "resolution"},
    {CaseField::ComplimentFor, "compliment_for"},
    {CaseField::Note, "note"},
};

// What a Case is read from: the record's own columns (the derived ones, customer_name,
// open_promises and next_due_at, serve the lists).
const RowColumns kCaseColumns(QStringLiteral("case_record"),
                              {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("owner"),
                               QStringLiteral("channel"), QStringLiteral("kind"), QStringLiteral("experience"),
                               QStringLiteral("expectation"), QStringLiteral("summary"), QStringLiteral("summary_confirmed"),
                               QStringLiteral("explanation"), QStringLiteral("cause"), QStringLiteral("decision"),
                               QStringLiteral("emotion_start"), QStringLiteral("emotion_end"), QStringLiteral("status"),
                               QStringLiteral("outcome"), QStringLiteral("outcome_words"), QStringLiteral("opened_at"),
                               QStringLiteral("updated_at"), QStringLiteral("closed_at"), QStringLiteral("decision_kind"),
                               QStringLiteral("resolution"), QStringLiteral("compliment_for"), QStringLiteral("call_step"),
                               QStringLiteral("note")});

// What a line of the case list is read from.
const RowColumns kListColumns(QStringLiteral("case_record"),
                              {QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("customer_name"),
                               QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("cause"), QStringLiteral("owner"),
                               QStringLiteral("opened_at"), QStringLiteral("updated_at"), QStringLiteral("open_promises")});

// A Vocabulary key that may be cleared with an empty string (e.g. "not assessed yet").
template <typename E>
Result<QVariant> optionalKey(const QVariant &value, const QString &unknownMessage)
{
    const QString key = value.toString();
    if (key.isEmpty())
        return QVariant();
    if (!Vocabulary::parse<E>(key))
        return Error{Error::Code::InvalidInput, unknownMessage.arg(key)};
    return QVariant(key);
}

QJsonValue toJson(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    return QJsonValue::fromVariant(v);
}

std::optional<int> optionalInt(const RowColumns::Row &row, const QString &name)
{
    const auto n = row.optionalInteger(name);
    return n ? std::optional<int>(int(*n)) : std::nullopt;
}

// Required keys fall back to their default only for a row that broke the schema's CHECK, which a
// database opened by this program cannot hold.
Case caseFromRow(const QSqlQuery &q)
{
    const auto row = kCaseColumns.row(q);
    Case c;
    c.id = row.text(QStringLiteral("id"));
    c.customerId = row.text(QStringLiteral("customer_id"));
    c.owner = row.text(QStringLiteral("owner"));
    c.channel = row.key<Channel>(QStringLiteral("channel")).value_or(Channel::Phone);
    c.kind = row.key<CaseKind>(QStringLiteral("kind")).value_or(CaseKind::Complaint);
    c.experience = row.text(QStringLiteral("experience"));
    c.expectation = row.text(QStringLiteral("expectation"));
    c.summary = row.text(QStringLiteral("summary"));
    c.summaryConfirmed = row.flag(QStringLiteral("summary_confirmed"));
    c.explanation = row.text(QStringLiteral("explanation"));
    c.cause = row.key<Cause>(QStringLiteral("cause"));
    c.decision = row.text(QStringLiteral("decision"));
    c.emotionStart = optionalInt(row, QStringLiteral("emotion_start"));
    c.emotionEnd = optionalInt(row, QStringLiteral("emotion_end"));
    c.status = row.key<CaseStatus>(QStringLiteral("status")).value_or(CaseStatus::Open);
    c.outcome = row.key<Outcome>(QStringLiteral("outcome"));
    c.outcomeWords = row.text(QStringLiteral("outcome_words"));
    c.openedAt = row.integer(QStringLiteral("opened_at"));
    c.updatedAt = row.integer(QStringLiteral("updated_at"));
    c.closedAt = row.optionalInteger(QStringLiteral("closed_at"));
    c.decisionKind = row.key<DecisionKind>(QStringLiteral("decision_kind"));
    c.resolution = row.key<Resolution>(QStringLiteral("resolution"));
    c.complimentFor = row.text(QStringLiteral("compliment_for"));
    c.callStep = row.text(QStringLiteral("call_step"));
    c.note = row.text(QStringLiteral("note"));
    return c;
}

} // namespace

CaseListRow CaseStore::listRowFromQuery(const QSqlQuery &q)
{
    const auto r = kListColumns.row(q);
    CaseListRow row;
    row.id = r.text(QStringLiteral("id"));
    row.customerId = r.text(QStringLiteral("customer_id"));
    row.customerName = r.text(QStringLiteral("customer_name"));
    row.kind = r.key<CaseKind>(QStringLiteral("kind")).value_or(CaseKind::Complaint);
    row.status = r.key<CaseStatus>(QStringLiteral("status")).value_or(CaseStatus::Open);
    row.cause = r.key<Cause>(QStringLiteral("cause"));
    row.owner = r.text(QStringLiteral("owner"));
    row.openedAt = r.integer(QStringLiteral("opened_at"));
    row.updatedAt = r.integer(QStringLiteral("updated_at"));
    row.openPromises = int(r.integer(QStringLiteral("open_promises")));
    return row;
}

QString CaseStore::listColumns() { return kListColumns.list(QStringLiteral("c")); }

const RowColumns &CaseStore::caseColumns() { return kCaseColumns; }
const RowColumns &CaseStore::listRowColumns() { return kListColumns; }

QString CaseStore::fieldKey(CaseField field)
{
    for (const auto &f : kFields)
        if (f.field == field)
            return QString::fromLatin1(f.key);
    return {};
}

QString CaseStore::fieldLabel(CaseField field)
{
    switch (field) {
    case CaseField::Channel: return tr("Channel");
    case CaseField::Kind: return tr("Kind of case");
    case CaseField::Experience: return tr("The customer's experience");
    case CaseField::Expectation: return tr("The customer's expectation");
    case CaseField::Summary: return tr("The summary");
    case CaseField::SummaryConfirmed: return tr("Summary confirmed");
    case CaseField::Explanation: return tr("Our explanation");
    case CaseField::Cause: return tr("The cause");
    case CaseField::Decision: return tr("The decision");
    case CaseField::EmotionStart: return tr("Emotion at the start");
    case CaseField::EmotionEnd: return tr("Emotion at the end");
    case CaseField::DecisionKind: return tr("Kind of decision");
    case CaseField::Resolution: return tr("Resolution");
    case CaseField::ComplimentFor: return tr("Who the compliment is for");
    case CaseField::Note: return tr("What happened since");
    }
    return {};
}

Result<Case> CaseStore::create(const QString &customerId, Channel channel, CaseKind kind, const QString &owner)
{
    if (auto s = TextRules::checkRequired(tr("The case owner"), owner); !s)
        return s.error();
    Case c;
    c.id = newId();
    c.customerId = customerId;
    c.owner = owner.trimmed();
    c.channel = channel;
    c.kind = kind;
    c.openedAt = c.updatedAt = m_db.clock().nowMs();
    const Status s = Transaction::run(m_db, {Transaction::caseRecord(c.id)}, [&]() -> Status {
        auto name = m_db.scalar(QStringLiteral("SELECT name FROM customer WHERE id = ?"), {customerId});
        if (!name)
            return name.error();
        if (!name->isValid())
            return Error{Error::Code::NotFound,
                         tr("No customer with id %1 exists; find or create the customer first.").arg(customerId)};
        auto r = m_db.exec(QStringLiteral("INSERT INTO case_record (id, customer_id, customer_name, owner, channel, kind, "
                                          "status, opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)"),
                           {c.id, c.customerId, name->toString(), c.owner, Vocabulary::key(channel),
                            Vocabulary::key(kind), c.openedAt, c.updatedAt});
        if (!r)
            return r.error();
        if (auto indexed = SearchIndex(m_db).indexCase(c.id); !indexed)
            return indexed;
        return EventLog(m_db).append(c.id, c.customerId, QStringLiteral("case.opened"),
                                       {{QStringLiteral("owner"), c.owner},
                                        {QStringLiteral("channel"), Vocabulary::key(channel)},
                                        {QStringLiteral("kind"), Vocabulary::key(kind)}});
    });
    if (!s)
        return s.error();
    return c;
}

Result<Case> CaseStore::get(const QString &id)
{
    return m_db.selectOne(kCaseColumns.select() + QStringLiteral("WHERE id = ?"), {id}, caseFromRow,
                          Error{Error::Code::NotFound, tr("No case with id %1 exists in this database.").arg(id)});
}

bool CaseStore::isText(CaseField field)
{
    switch (field) {
    case CaseField::Experience:
    case CaseField::Expectation:
    case CaseField::Summary:
    case CaseField::Explanation:
    case CaseField::Decision:
    case CaseField::ComplimentFor:
    case CaseField::Note: return true;
    default: return false;
    }
}

Status CaseStore::refreshOpenCounts(const QString &caseId)
{
    return refreshOpenCountsWhere(QStringLiteral("id = ?"), {caseId});
}

Status CaseStore::requireKnown(const QString &caseId)
{
    auto known = m_db.scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE id = ?"), {caseId});
    if (!known)
        return known.error();
    if (known->toInt() == 0)
        return Error{Error::Code::NotFound, tr("No case with id %1 exists in this database.").arg(caseId)};
    return {};
}

QStringList CaseStore::recordsOf(const QString &table, const QString &id)
{
    // A promise or callback never moves to another case, so the case read here is still its case
    // once the lock is held.
    auto caseId = m_db.scalar(QStringLiteral("SELECT case_id FROM %1 WHERE id = ?").arg(table), {id});
    if (!caseId || !caseId->isValid())
        return {};
    return {Transaction::caseRecord(caseId->toString())};
}

Status CaseStore::refreshOpenCountsWhere(const QString &condition, const QVariantList &params)
{
    // The one definition of the columns the case list sorts on: open promises, and the soonest
    // open promise or callback window.
    auto r = m_db.exec(
        QStringLiteral("UPDATE main.case_record SET "
                       "open_promises = (SELECT count(*) FROM main.promised_action p WHERE p.case_id = case_record.id "
                       "AND p.status = 'open'), "
                       "next_due_at = (SELECT min(d) FROM (SELECT due_at AS d FROM main.promised_action "
                       "WHERE case_id = case_record.id AND status = 'open' UNION ALL SELECT window_end FROM main.callback_note "
                       "WHERE case_id = case_record.id AND status = 'open') AS due) WHERE ") +
            condition,
        params);
    return r ? Status() : Status(r.error());
}

Result<QVariant> CaseStore::normalise(CaseField field, const QVariant &value) const
{
    const QString label = fieldLabel(field);
    switch (field) {
    case CaseField::Experience:
    case CaseField::Expectation:
    case CaseField::Summary:
    case CaseField::Explanation:
    case CaseField::Decision:
    case CaseField::ComplimentFor:
    case CaseField::Note: {
        // A colleague's name is matched as a name: without the spaces around it.
        const QString text = field == CaseField::ComplimentFor ? value.toString().trimmed() : value.toString();
        if (auto s = TextRules::check(label, text); !s)
            return s.error();
        return QVariant(text);
    }
    case CaseField::Channel:
        if (!Vocabulary::parse<Channel>(value.toString()))
            return Error{Error::Code::InvalidInput, tr("\"%1\" is not a known channel.").arg(value.toString())};
        return QVariant(value.toString());
    case CaseField::Kind:
        if (!Vocabulary::parse<CaseKind>(value.toString()))
            return Error{Error::Code::InvalidInput, tr("\"%1\" is not a known kind of case.").arg(value.toString())};
        return QVariant(value.toString());
    case CaseField::Cause:
        return optionalKey<Cause>(value, tr("\"%1\" is not a known cause."));
    case CaseField::DecisionKind:
        return optionalKey<DecisionKind>(value, tr("\"%1\" is not a known kind of decision."));
    case CaseField::Resolution:
        return optionalKey<Resolution>(value, tr("\"%1\" is not a known resolution."));
    case CaseField::EmotionStart:
    case CaseField::EmotionEnd: {
        if (!value.isValid() || value.isNull())
            return QVariant();
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v < 1 || v > 5)
            return Error{Error::Code::InvalidInput,
                         tr("%1 must be a number from 1 (calm) to 5 (very upset).").arg(label)};
        return QVariant(v);
    }
    case CaseField::SummaryConfirmed:
        return QVariant(value.toBool() ? 1 : 0);
    }
    return Error{Error::Code::InvalidInput, tr("Unknown field.")};
}

Status CaseStore::requireOpen(const QString &caseId)
{
    auto status = m_db.scalar(QStringLiteral("SELECT status FROM case_record WHERE id = ?"), {caseId});
    if (!status)
        return status.error();
    if (!status->isValid())
        return Error{Error::Code::NotFound, tr("No case with id %1 exists in this database.").arg(caseId)};
    if (status->toString() == Vocabulary::key(CaseStatus::Closed))
        return Error{Error::Code::Refused, tr("This case is closed; its fields can no longer be changed.")};
    return {};
}

Status CaseStore::setField(const QString &caseId, CaseField field, const QVariant &value)
{
    auto normal = normalise(field, value);
    if (!normal)
        return normal.error();
    const QString column = fieldKey(field);
    return Transaction::run(m_db, {Transaction::caseRecord(caseId)}, [&]() -> Status {
        if (auto s = requireOpen(caseId); !s)
            return s;
        auto current = m_db.scalar(QStringLiteral("SELECT %1 FROM case_record WHERE id = ?").arg(column), {caseId});
        if (!current)
            return current.error();
        const QVariant &v = normal.value();
        const bool same = (current->isNull() && v.isNull()) ||
                          (!current->isNull() && !v.isNull() && current->toString() == v.toString());
        if (same)
            return {};
        auto r = m_db.exec(QStringLiteral("UPDATE case_record SET %1 = ?, updated_at = ? WHERE id = ?").arg(column),
                           {v, m_db.clock().nowMs(), caseId});
        if (!r)
            return r.error();
        if (isText(field))
            if (auto s = SearchIndex(m_db).indexCase(caseId); !s)
                return s;
        return EventLog(m_db).append(caseId, {}, QStringLiteral("field.set"),
                                       {{QStringLiteral("field"), column}, {QStringLiteral("value"), toJson(v)}});
    });
}

Status CaseStore::confirmSummary(const QString &caseId)
{
    return Transaction::run(m_db, {Transaction::caseRecord(caseId)}, [&]() -> Status {
        if (auto s = requireOpen(caseId); !s)
            return s;
        auto summary = m_db.scalar(QStringLiteral("SELECT summary FROM case_record WHERE id = ?"), {caseId});
        if (!summary)
            return summary.error();
        if (summary->toString().trimmed().isEmpty())
            return Error{Error::Code::Refused, tr("Write the summary before the customer confirms it.")};
        auto r = m_db.exec(QStringLiteral("UPDATE case_record SET summary_confirmed = 1, updated_at = ? WHERE id = ?"),
                           {m_db.clock().nowMs(), caseId});
        if (!r)
            return r.error();
        return EventLog(m_db).append(caseId, {}, QStringLiteral("summary.confirmed"),
                                       {{QStringLiteral("summary"), summary->toString()}});
    });
}

Status CaseStore::correctSummary(const QString &caseId, const QString &correction, const QString &newSummary)
{
    if (auto s = TextRules::checkRequired(tr("The customer's correction"), correction, TextRules::Lines::Multi); !s)
        return s;
    if (auto s = TextRules::check(fieldLabel(CaseField::Summary), newSummary); !s)
        return s;
    return Transaction::run(m_db, {Transaction::caseRecord(caseId)}, [&]() -> Status {
        if (auto s = requireOpen(caseId); !s)
            return s;
        auto r = m_db.exec(QStringLiteral("UPDATE case_record SET summary = ?, summary_confirmed = 0, updated_at = ? "
                                          "WHERE id = ?"),
                           {newSummary, m_db.clock().nowMs(), caseId});
        if (!r)
            return r.error();
        if (auto s = SearchIndex(m_db).indexCase(caseId); !s)
            return s;
        return EventLog(m_db).append(caseId, {}, QStringLiteral("summary.corrected"),
                                       {{QStringLiteral("correction"), correction},
                                        {QStringLiteral("summary"), newSummary}});
    });
}

Status CaseStore::setStatus(const QString &caseId, CaseStatus status)
{
    if (status == CaseStatus::Closed)
        return Error{Error::Code::InvalidInput, tr("Close a case with its outcome, through Close case.")};
    return Transaction::run(m_db, {Transaction::caseRecord(caseId)}, [&]() -> Status {
        if (auto s = requireOpen(caseId); !s)
            return s;
        auto r = m_db.exec(QStringLiteral("UPDATE case_record SET status = ?, updated_at = ? WHERE id = ? AND status <> ?"),
                           {Vocabulary::key(status), m_db.clock().nowMs(), caseId, Vocabulary::key(status)});
        if (!r)
            return r.error();
        if (r.value()->numRowsAffected() == 0)
            return {};
        return EventLog(m_db).append(caseId, {}, QStringLiteral("case.status"),
                                       {{QStringLiteral("status"), Vocabulary::key(status)}});
    });
}

Status CaseStore::close(const QString &caseId, Outcome outcome, const QString &customerWords)
{
    if (auto s = TextRules::check(tr("The customer's words on the outcome"), customerWords); !s)
        return s;
    return Transaction::run(m_db, {Transaction::caseRecord(caseId)}, [&]() -> Status {
        if (auto s = requireOpen(caseId); !s)
            return s;
        auto open = m_db.scalar(
            QStringLiteral("SELECT (SELECT count(*) FROM promised_action WHERE case_id = ? AND status = 'open') + "
                           "(SELECT count(*) FROM callback_note WHERE case_id = ? AND status = 'open')"),
            {caseId, caseId});
        if (!open)
            return open.error();
        if (open->toInt() > 0)
            return Error{Error::Code::Refused,
                         tr("This case still has %n open promise(s) or callback(s). Mark each kept, broken or "
                            "cancelled before closing the case.",
                            nullptr, open->toInt())};
        const qint64 now = m_db.clock().nowMs();
        auto r = m_db.exec(QStringLiteral("UPDATE case_record SET status = 'closed', outcome = ?, outcome_words = ?, "
                                          "closed_at = ?, updated_at = ? WHERE id = ?"),
                           {Vocabulary::key(outcome), customerWords, now, now, caseId});
        if (!r)
            return r.error();
        if (auto s = SearchIndex(m_db).indexCase(caseId); !s)
            return s;
        return EventLog(m_db).append(caseId, {}, QStringLiteral("case.closed"),
                                       {{QStringLiteral("outcome"), Vocabulary::key(outcome)},
                                        {QStringLiteral("words"), customerWords}});
    });
}

Result<QList<CaseListRow>> CaseStore::list(const QString &where, const QVariantList &params)
{
    return m_db.selectAll(QStringLiteral("SELECT %1 FROM case_record c ").arg(listColumns()) + where, params,
                          listRowFromQuery);
}

Result<QList<CaseListRow>> CaseStore::listRecent(int limit)
{
    return list(QStringLiteral("ORDER BY c.opened_at DESC, c.id DESC LIMIT ?"), {limit});
}

Result<QList<CaseListRow>> CaseStore::listForCustomer(const QString &customerId)
{
    return list(QStringLiteral("WHERE c.customer_id = ? ORDER BY c.opened_at DESC, c.id DESC"), {customerId});
}

Result<int> CaseStore::complaintsSince(const QString &customerId, qint64 sinceMs, const QString &exceptCaseId)
{
    auto r = m_db.scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE customer_id = ? AND kind = ? "
                                        "AND opened_at >= ? AND id <> ?"),
                         {customerId, Vocabulary::key(CaseKind::Complaint), sinceMs, exceptCaseId});
    if (!r)
        return r.error();
    return r->toInt();
}

Status CaseStore::setCallStep(const QString &caseId, const QString &stepId)
{
    if (auto s = TextRules::check(tr("The call step"), stepId, TextRules::Lines::Single); !s)
        return s;
    auto r = m_db.exec(QStringLiteral("UPDATE case_record SET call_step = ? WHERE id = ?"),
                       {stepId.isEmpty() ? QVariant() : QVariant(stepId), caseId});
    if (!r)
        return r.error();
    if (r.value()->numRowsAffected() == 0)
        return Error{Error::Code::NotFound, tr("No case with id %1 exists in this database.").arg(caseId)};
    return {};
}

Result<int> CaseStore::openNextContacts(const QString &caseId)
{
    auto r = m_db.scalar(
        QStringLiteral("SELECT (SELECT count(*) FROM promised_action WHERE case_id = ? AND status = 'open' "
                       "AND next_contact = 1) + (SELECT count(*) FROM callback_note WHERE case_id = ? "
                       "AND status = 'open')"),
        {caseId, caseId});
    if (!r)
        return r.error();
    return r->toInt();
}

Result<QList<CaseListRow>> CaseStore::listOpenCalls(const QString &owner)
{
    return list(QStringLiteral("WHERE c.owner = ? AND c.call_step IS NOT NULL ORDER BY c.opened_at DESC, c.id DESC"),
                {owner});
}

Result<bool> CaseStore::isEmpty()
{
    auto r = m_db.scalar(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM case_record)"));
    if (!r)
        return r.error();
    return r->toBool();
}

Result<qint64> CaseStore::count()
{
    auto r = m_db.scalar(QStringLiteral("SELECT count(*) FROM case_record"));
    if (!r)
        return r.error();
    return r->toLongLong();
}

} // namespace rd
