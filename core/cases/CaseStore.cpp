#include "cases/CaseStore.h"

#include "storage/Database.h"
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

const QString kSelect = QStringLiteral(
    "SELECT id, customer_id, owner, channel, kind, experience, expectation, summary, summary_confirmed, "
    "explanation, cause, decision, emotion_start, emotion_end, status, outcome, outcome_words, opened_at, "
    "updated_at, closed_at, decision_kind, resolution, compliment_for, call_step, note FROM case_record WHERE id = ?");

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

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

Case caseFromRow(const QSqlQuery &q)
{
    Case c;
    c.id = q.value(0).toString();
    c.customerId = q.value(1).toString();
    c.owner = q.value(2).toString();
    c.channel = Vocabulary::parse<Channel>(q.value(3).toString()).value_or(Channel::Phone);
    c.kind = Vocabulary::parse<CaseKind>(q.value(4).toString()).value_or(CaseKind::Complaint);
    c.experience = q.value(5).toString();
    c.expectation = q.value(6).toString();
    c.summary = q.value(7).toString();
    c.summaryConfirmed = q.value(8).toBool();
    c.explanation = q.value(9).toString();
    c.cause = Vocabulary::parse<Cause>(q.value(10).toString());
    c.decision = q.value(11).toString();
    c.emotionStart = optionalInt(q.value(12));
    c.emotionEnd = optionalInt(q.value(13));
    c.status = Vocabulary::parse<CaseStatus>(q.value(14).toString()).value_or(CaseStatus::Open);
    c.outcome = Vocabulary::parse<Outcome>(q.value(15).toString());
    c.outcomeWords = q.value(16).toString();
    c.openedAt = q.value(17).toLongLong();
    c.updatedAt = q.value(18).toLongLong();
    if (!q.value(19).isNull())
        c.closedAt = q.value(19).toLongLong();
    c.decisionKind = Vocabulary::parse<DecisionKind>(q.value(20).toString());
    c.resolution = Vocabulary::parse<Resolution>(q.value(21).toString());
    c.complimentFor = q.value(22).toString();
    c.callStep = q.value(23).toString();
    c.note = q.value(24).toString();
    return c;
}

} // namespace

CaseListRow CaseStore::listRowFromQuery(const QSqlQuery &q)
{
    CaseListRow row;
    row.id = q.value(0).toString();
    row.customerId = q.value(1).toString();
    row.customerName = q.value(2).toString();
    row.kind = Vocabulary::parse<CaseKind>(q.value(3).toString()).value_or(CaseKind::Complaint);
    row.status = Vocabulary::parse<CaseStatus>(q.value(4).toString()).value_or(CaseStatus::Open);
    row.cause = Vocabulary::parse<Cause>(q.value(5).toString());
    row.owner = q.value(6).toString();
    row.openedAt = q.value(7).toLongLong();
    row.updatedAt = q.value(8).toLongLong();
    row.openPromises = q.value(9).toInt();
    return row;
}

namespace {
const QString kListColumns = QStringLiteral("c.id, c.customer_id, c.customer_name, c.kind, c.status, c.cause, c.owner, "
                                            "c.opened_at, c.updated_at, c.open_promises");
} // namespace

QString CaseStore::listColumns() { return kListColumns; }

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
    const Status s = Transaction::run(m_db, [&]() -> Status {
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
    return m_db.selectOne(kSelect, {id}, caseFromRow,
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
        const QString text = value.toString();
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
    return Transaction::run(m_db, [&]() -> Status {
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
    return Transaction::run(m_db, [&]() -> Status {
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
    return Transaction::run(m_db, [&]() -> Status {
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
    return Transaction::run(m_db, [&]() -> Status {
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
    return Transaction::run(m_db, [&]() -> Status {
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
