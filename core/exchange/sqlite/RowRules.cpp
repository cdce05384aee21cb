#include "exchange/sqlite/RowRules.h"

#include "cases/CustomerStore.h"
#include "review/ImprovementStore.h"
#include "base/TextRules.h"
#include "base/Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVariant>

namespace rd {

namespace {

template <typename E>
QStringList keysOf()
{
    QStringList keys;
    for (E value : Vocabulary::all<E>())
        keys << Vocabulary::key(value);
    return keys;
}

QStringList improvementStatuses()
{
    return {ImprovementStore::statusKey(ImprovementItem::Status::Open),
            ImprovementStore::statusKey(ImprovementItem::Status::InProgress),
            ImprovementStore::statusKey(ImprovementItem::Status::Done)};
}

ColumnRule rule(const char *column, ColumnRule::Kind kind) { return {QLatin1String(column), kind, {}, 0, 0}; }

ColumnRule vocabulary(const char *column, const QStringList &keys, bool optional = false)
{
    return {QLatin1String(column), optional ? ColumnRule::Kind::OptionalVocabulary : ColumnRule::Kind::Vocabulary, keys, 0, 0};
}

ColumnRule integer(const char *column, qint64 min, qint64 max, bool optional = false)
{
    return {QLatin1String(column), optional ? ColumnRule::Kind::OptionalInteger : ColumnRule::Kind::Integer, {}, min, max};
}

bool isNull(const QVariant &v) { return v.isNull() || !v.isValid(); }

bool isInteger(const QVariant &v)
{
    const int type = v.metaType().id();
    return type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::ULongLong || type == QMetaType::UInt;
}

} // namespace

namespace {

// Letters, digits, '-' and '_' only, at most @p maxLength of them: the alphabet of ids and of
// base64url seals. A loop, not a regular expression: it runs for millions of values per import.
bool isPlainToken(const QString &text, int minLength, int maxLength)
{
    if (text.size() < minLength || text.size() > maxLength)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

// Every text inside an event's data (names and values, at any depth) meets the rules of typed
// text: a JSON escape ("\u202e") must not carry in what the text itself may not hold.
Status jsonTextsMeetRules(const QString &label, const QJsonDocument &doc)
{
    QList<QJsonValue> pending{doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array())};
    while (!pending.isEmpty()) {
        const QJsonValue v = pending.takeLast();
        if (v.isString()) {
            if (auto s = TextRules::check(label, v.toString(), TextRules::Lines::Multi); !s)
                return s;
        } else if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                pending << item;
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (auto s = TextRules::check(label, it.key(), TextRules::Lines::Single); !s)
                    return s;
                pending << it.value();
            }
        }
    }
    return {};
}

} // namespace

bool RowRules::isId(const QString &text) { return isPlainToken(text, 1, 64); }

QList<ColumnRule> RowRules::of(const QString &table)
{
    using K = ColumnRule::Kind;
    if (table == QLatin1String("customer"))
        return {rule("id", K::Id), rule("name", K::RequiredLine), rule("phone", K::Phone), rule("phone_digits", K::Line),
                rule("email", K::Line), rule("organisation", K::Line), rule("created_at", K::Stamp),
                rule("updated_at", K::Stamp), rule("address", K::Address),
                vocabulary("language", QStringList{QString()} + Customer::languages())};
    if (table == QLatin1String("case_record"))
        return {rule("id", K::Id), rule("customer_id", K::Id), rule("owner", K::RequiredLine),
                vocabulary("channel", keysOf<Channel>()), vocabulary("kind", keysOf<CaseKind>()),
                rule("experience", K::Text), rule("expectation", K::Text), rule("summary", K::Text),
                integer("summary_confirmed", 0, 1), rule("explanation", K::Text),
                vocabulary("cause", keysOf<Cause>(), true), rule("decision", K::Text),
                integer("emotion_start", 1, 5, true), integer("emotion_end", 1, 5, true),
                vocabulary("status", keysOf<CaseStatus>()), vocabulary("outcome", keysOf<Outcome>(), true),
                rule("outcome_words", K::Text), rule("opened_at", K::Stamp), rule("updated_at", K::Stamp),
                rule("closed_at", K::OptionalStamp), vocabulary("decision_kind", keysOf<DecisionKind>(), true),
                vocabulary("resolution", keysOf<Resolution>(), true), rule("compliment_for", K::Line),
                rule("note", K::Text), rule("customer_name", K::Line), integer("open_promises", 0, 1'000'000),
                rule("next_due_at", K::OptionalDueTime), rule("origin_customer_id", K::OptionalId)};
    if (table == QLatin1String("customer_merge"))
        return {rule("id", K::Id), rule("merged_id", K::Id), rule("survivor_id", K::Id), rule("actor", K::RequiredLine),
                rule("created_at", K::Stamp), rule("updated_at", K::Stamp), rule("undone_at", K::OptionalStamp),
                rule("undone_by", K::Line)};
    if (table == QLatin1String("promised_action"))
        return {rule("id", K::Id), rule("case_id", K::Id), rule("what", K::RequiredText), rule("owner", K::RequiredLine),
                rule("due_at", K::DueTime), rule("original_due_at", K::DueTime), vocabulary("kind", keysOf<PromiseKind>()),
                vocabulary("status", keysOf<PromiseStatus>()), rule("reason", K::Text), rule("created_at", K::Stamp),
                rule("updated_at", K::Stamp), rule("done_at", K::OptionalStamp), integer("next_contact", 0, 1)};
    if (table == QLatin1String("callback_note"))
        return {rule("id", K::Id), rule("case_id", K::Id), rule("for_whom", K::RequiredLine), rule("phone", K::Phone),
                rule("question", K::RequiredText), rule("window_start", K::DueTime), rule("window_end", K::DueTime),
                vocabulary("status", keysOf<CallbackStatus>()), rule("result", K::Text), rule("created_at", K::Stamp),
                rule("updated_at", K::Stamp), rule("done_at", K::OptionalStamp)};
    if (table == QLatin1String("case_event"))
        return {rule("id", K::Id), rule("case_id", K::OptionalId), rule("customer_id", K::OptionalId), rule("at", K::Stamp),
                rule("actor", K::RequiredLine), rule("kind", K::RequiredLine), rule("data", K::JsonObject),
                rule("workstation", K::SealPart), rule("salt", K::SealPart), rule("data_hash", K::SealPart),
                rule("prev_hash", K::SealPart), rule("hash", K::SealPart)};
    if (table == QLatin1String("improvement_item"))
        return {rule("id", K::Id), rule("what", K::RequiredText), vocabulary("cause", keysOf<Cause>(), true),
                rule("owner", K::RequiredLine), vocabulary("status", improvementStatuses()), rule("created_at", K::Stamp),
                rule("updated_at", K::Stamp)};
    if (table == QLatin1String("improvement_case"))
        return {rule("id", K::Id), rule("item_id", K::Id), rule("case_id", K::Id), rule("created_at", K::Stamp),
                rule("updated_at", K::Stamp)};
    if (table == QLatin1String("reflection"))
        return {rule("id", K::Id), rule("employee", K::RequiredLine), rule("month", K::Month),
                rule("best_experience", K::Text), rule("meeting_delivered", K::Text), rule("changed_behaviour", K::Text),
                rule("case_ids", K::JsonArray), rule("created_at", K::Stamp), rule("updated_at", K::Stamp)};
    if (table == QLatin1String("recognition"))
        return {rule("id", K::Id), rule("employee", K::RequiredLine), rule("case_id", K::Id), rule("words", K::RequiredText),
                rule("written_by", K::RequiredLine), rule("created_at", K::Stamp), rule("updated_at", K::Stamp)};
    return {};
}

Status RowRules::check(const ColumnRule &rule, const QVariant &value, const QByteArray &raw, qint64 nowMs)
{
    using K = ColumnRule::Kind;
    const QString &label = rule.column;
    const auto refuse = [&label](const QString &why) {
        return Error{Error::Code::InvalidInput, tr("%1: %2").arg(label, why)};
    };
    const bool optional = rule.kind == K::OptionalId || rule.kind == K::OptionalVocabulary || rule.kind == K::OptionalStamp ||
                          rule.kind == K::OptionalDueTime || rule.kind == K::OptionalInteger || rule.kind == K::SealPart;
    if (isNull(value))
        return optional ? Status{} : refuse(tr("empty where a value is required"));

    switch (rule.kind) {
    case K::Stamp:
    case K::OptionalStamp:
    case K::DueTime:
    case K::OptionalDueTime:
    case K::Integer:
    case K::OptionalInteger: {
        if (!isInteger(value))
            return refuse(tr("not a whole number"));
        const qint64 n = value.toLongLong();
        const bool stamp = rule.kind == K::Stamp || rule.kind == K::OptionalStamp;
        const bool due = rule.kind == K::DueTime || rule.kind == K::OptionalDueTime;
        if (stamp && (n < kEarliest || n > nowMs + kSlackMs))
            return refuse(tr("a time before 2000 or later than the bundle was made"));
        if (due && (n < kEarliest || n > kLatestDue))
            return refuse(tr("a time before 2000 or after 2200"));
        if (!stamp && !due && (n < rule.min || n > rule.max))
            return refuse(tr("%1 is outside %2 to %3").arg(n).arg(rule.min).arg(rule.max));
        return {};
    }
    default: break;
    }

    // Text: decoded from the stored bytes, refusing invalid UTF-8, then the typed-input rules.
    if (value.metaType().id() != QMetaType::QString)
        return refuse(tr("not text"));
    auto decoded = TextRules::fromUtf8(label, raw);
    if (!decoded)
        return decoded.error();
    const QString text = decoded.value();
    switch (rule.kind) {
    case K::Id:
    case K::OptionalId:
        return isId(text) ? Status{} : refuse(tr("not a record id"));
    case K::Text: return TextRules::check(label, text, TextRules::Lines::Multi);
    case K::Line: return TextRules::check(label, text, TextRules::Lines::Single);
    case K::RequiredLine: return TextRules::checkRequired(label, text, TextRules::Lines::Single);
    case K::RequiredText: return TextRules::checkRequired(label, text, TextRules::Lines::Multi);
    case K::Vocabulary:
    case K::OptionalVocabulary:
        return rule.keys.contains(text) ? Status{} : refuse(tr("\"%1\" is not one of %2").arg(text.left(40), rule.keys.join(QStringLiteral(", "))));
    case K::Phone: return CustomerStore::checkPhone(label, text);
    case K::Address: return CustomerStore::checkAddress(label, text);
    case K::Month: return TextRules::isMonth(text) ? Status{} : refuse(tr("not a month (YYYY-MM)"));
    case K::JsonObject:
    case K::JsonArray: {
        if (raw.size() > TextRules::kMaxBytes)
            return refuse(tr("more than 64 KiB"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError)
            return refuse(tr("not valid JSON (%1)").arg(error.errorString()));
        const bool shape = rule.kind == K::JsonObject ? doc.isObject() : doc.isArray();
        if (!shape)
            return refuse(rule.kind == K::JsonObject ? tr("not a JSON object") : tr("not a JSON list"));
        return jsonTextsMeetRules(label, doc);
    }
    case K::SealPart: return isPlainToken(text, 0, 64) ? Status{} : refuse(tr("not part of a history seal"));
    default: return {};
    }
}

} // namespace rd
