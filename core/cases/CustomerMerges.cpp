#include "cases/CustomerMerges.h"

#include "base/Ids.h"
#include "base/TextRules.h"
#include "cases/CustomerStore.h"
#include "cases/EventLog.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace rd {

namespace {

const QString kSelect = QStringLiteral("SELECT id, merged_id, survivor_id, actor, created_at, updated_at, undone_at, undone_by "
                                       "FROM customer_merge ");

CustomerMerge fromRow(const QSqlQuery &q)
{
    CustomerMerge m;
    m.id = q.value(0).toString();
    m.mergedId = q.value(1).toString();
    m.survivorId = q.value(2).toString();
    m.actor = q.value(3).toString();
    m.createdAt = q.value(4).toLongLong();
    m.updatedAt = q.value(5).toLongLong();
    if (!q.isNull(6))
        m.undoneAt = q.value(6).toLongLong();
    m.undoneBy = q.value(7).toString();
    return m;
}

// Where each customer in @p next ends when its merges are followed; a circle ends in its smallest
// id. Each customer is walked once (what a walk finds is kept), so a long chain costs its length.
QHash<QString, QString> finalsOf(const QHash<QString, QString> &next)
{
    QHash<QString, QString> finals;
    for (auto start = next.cbegin(); start != next.cend(); ++start) {
        if (finals.contains(start.key()))
            continue;
        QStringList path;
        QHash<QString, qsizetype> onPath;
        QString at = start.key();
        QString end;
        for (;;) {
            if (const auto known = finals.constFind(at); known != finals.cend()) {
                end = known.value();
                break;
            }
            if (const auto seen = onPath.constFind(at); seen != onPath.cend()) { // a circle
                end = *std::min_element(path.cbegin() + seen.value(), path.cend());
                break;
            }
            if (!next.contains(at)) {
                end = at;
                break;
            }
            onPath.insert(at, path.size());
            path << at;
            at = next.value(at);
        }
        for (const QString &id : path)
            finals.insert(id, end);
    }
    return finals;
}

// The name a moved case shows: the new customer's, unless the case no longer shows its old
// customer's name (anonymised after the retention period): then it stays as it is.
QString movedName(const QString &to)
{
    return QStringLiteral("CASE WHEN customer_name = (SELECT u.name FROM customer u WHERE u.id = case_record.customer_id) "
                          "THEN (SELECT u.name FROM customer u WHERE u.id = %1) ELSE customer_name END")
        .arg(to);
}

} // namespace

Result<bool> CustomerMerges::eitherErased(const QString &a, const QString &b)
{
    // Erased on request, or anonymised after the retention period (the record reads as erased).
    auto erased = m_db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM case_event WHERE customer_id IN (?, ?) AND case_id IS NULL "
                                             "AND kind = 'customer.erased') + (SELECT count(*) FROM customer WHERE id IN (?, ?) AND name = ?)"),
                              {a, b, a, b, TextRules::erasedName()});
    if (!erased)
        return erased.error();
    return erased->toInt() > 0;
}

Result<CustomerMerge> CustomerMerges::get(const QString &mergeId)
{
    return m_db.selectOne(kSelect + QStringLiteral("WHERE id = ?"), {mergeId}, fromRow,
                          Error{Error::Code::NotFound, tr("There is no such merge of customers.")});
}

Result<QList<CustomerMerge>> CustomerMerges::into(const QString &survivorId)
{
    return m_db.selectAll(kSelect + QStringLiteral("WHERE survivor_id = ? AND undone_at IS NULL ORDER BY created_at DESC, id"),
                          {survivorId}, fromRow);
}

Result<CustomerMerge> CustomerMerges::merge(const QString &mergedId, const Customer &survivor)
{
    CustomerStore customers(m_db);
    CustomerMerge m;
    const Status s = Transaction::run(m_db, [&]() -> Status {
        auto merged = customers.get(mergedId);
        if (!merged)
            return merged.error();
        auto kept = customers.get(survivor.id);
        if (!kept)
            return kept.error();
        if (merged->id == kept->id)
            return Error{Error::Code::InvalidInput, tr("A customer cannot be merged with itself.")};
        auto erased = eitherErased(merged->id, kept->id);
        if (!erased)
            return erased.error();
        if (erased.value())
            return Error{Error::Code::Refused, tr("An erased customer is never merged: their data was removed on request.")};
        for (const Customer *c : {&merged.value(), &kept.value()})
            if (!c->mergedInto.isEmpty())
                return Error{Error::Code::Refused, tr("%1 was already merged into another customer: merge with that one instead.")
                                                       .arg(c->name)};
        auto moving = m_db.scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE customer_id = ?"), {merged->id});
        if (!moving)
            return moving.error();
        auto fields = customers.writeDetails(survivor);
        if (!fields)
            return fields.error();
        m.id = newId();
        m.mergedId = merged->id;
        m.survivorId = kept->id;
        m.actor = m_db.actor();
        m.createdAt = m.updatedAt = m_db.clock().nowMs();
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO customer_merge (id, merged_id, survivor_id, actor, created_at, updated_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"),
                               {m.id, m.mergedId, m.survivorId, m.actor, m.createdAt, m.updatedAt});
            !r)
            return r.error();
        EventLog log(m_db);
        if (auto e = log.append({}, m.mergedId, QStringLiteral("customer.merged"),
                                {{QStringLiteral("merge"), m.id}, {QStringLiteral("into"), m.survivorId}});
            !e)
            return e;
        if (auto e = log.append({}, m.survivorId, QStringLiteral("customer.merged"),
                                {{QStringLiteral("merge"), m.id},
                                 {QStringLiteral("from"), m.mergedId},
                                 {QStringLiteral("cases"), moving->toInt()},
                                 {QStringLiteral("fields"), fields.value()}});
            !e)
            return e;
        return applyAndIndex();
    });
    if (!s)
        return s.error();
    return m;
}

Status CustomerMerges::undo(const QString &mergeId)
{
    CustomerStore customers(m_db);
    return Transaction::run(m_db, [&]() -> Status {
        auto m = get(mergeId);
        if (!m)
            return m.error();
        if (m->undoneAt)
            return Error{Error::Code::Refused, tr("This merge was undone already.")};
        // An erased person stays one erased person: splitting would leave a record whose
        // erasure no merge explains any more.
        auto erased = eitherErased(m->mergedId, m->survivorId);
        if (!erased)
            return erased.error();
        if (erased.value())
            return Error{Error::Code::Refused, tr("This customer was erased for privacy; an erased customer is not split again.")};
        // The survivor's details as the merge left them go back to what they were, unless
        // someone changed them since (then the newer word stands).
        auto data = m_db.selectAll(QStringLiteral("SELECT data FROM case_event WHERE customer_id = ? AND case_id IS NULL "
                                                  "AND kind = 'customer.merged' ORDER BY at, seq"),
                                   {m->survivorId}, [](const QSqlQuery &q) {
                                       return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
                                   });
        if (!data)
            return data.error();
        QJsonObject fields;
        for (const QJsonObject &d : data.value())
            if (d.value(QStringLiteral("merge")).toString() == mergeId)
                fields = d.value(QStringLiteral("fields")).toObject();
        auto kept = customers.get(m->survivorId);
        if (!kept)
            return kept.error();
        Customer restored = kept.value();
        for (const Customer::Detail &d : Customer::details()) {
            const QJsonArray change = fields.value(QLatin1String(d.key)).toArray();
            if (change.size() == 2 && restored.*d.field == change.at(1).toString())
                restored.*d.field = change.at(0).toString();
        }
        auto back = customers.writeDetails(restored);
        if (!back)
            return back.error();
        // Later than the merge even when this PC's clock is behind the one that merged: the
        // newer version of the record wins everywhere, and that must be the undo.
        const qint64 now = qMax(m_db.clock().nowMs(), m->updatedAt + 1);
        if (auto r = m_db.exec(QStringLiteral("UPDATE customer_merge SET undone_at = ?, undone_by = ?, updated_at = ? WHERE id = ?"),
                               {now, m_db.actor(), now, mergeId});
            !r)
            return r.error();
        EventLog log(m_db);
        if (auto e = log.append({}, m->mergedId, QStringLiteral("customer.split"),
                                {{QStringLiteral("merge"), mergeId}, {QStringLiteral("into"), m->survivorId}});
            !e)
            return e;
        if (auto e = log.append({}, m->survivorId, QStringLiteral("customer.split"),
                                {{QStringLiteral("merge"), mergeId}, {QStringLiteral("from"), m->mergedId},
                                 {QStringLiteral("fields"), back.value()}});
            !e)
            return e;
        return applyAndIndex();
    });
}

Status CustomerMerges::applyAndIndex()
{
    auto moved = apply();
    if (!moved)
        return moved.error();
    for (const QString &id : moved.value())
        if (auto idx = SearchIndex(m_db).indexCustomerCases(id); !idx)
            return idx;
    return {};
}

Result<QStringList> CustomerMerges::apply()
{
    // The merges in force, earliest first: both customers here, neither erased, not undone.
    auto active = m_db.selectAll(
        QStringLiteral("SELECT m.merged_id, m.survivor_id FROM customer_merge m "
                       "JOIN customer a ON a.id = m.merged_id JOIN customer b ON b.id = m.survivor_id "
                       "WHERE m.undone_at IS NULL AND m.merged_id <> m.survivor_id AND NOT EXISTS (SELECT 1 FROM case_event e "
                       "WHERE e.customer_id IN (m.merged_id, m.survivor_id) AND e.case_id IS NULL AND e.kind = 'customer.erased') "
                       "ORDER BY m.created_at, m.id"),
        {}, [](const QSqlQuery &q) { return qMakePair(q.value(0).toString(), q.value(1).toString()); });
    if (!active)
        return active.error();
    QHash<QString, QString> next;
    for (const auto &[merged, survivor] : active.value())
        if (!next.contains(merged))
            next.insert(merged, survivor);
    QHash<QString, QString> mergedInto; // only customers that live on in another
    const QHash<QString, QString> finals = finalsOf(next);
    for (auto it = finals.cbegin(); it != finals.cend(); ++it)
        if (it.value() != it.key())
            mergedInto.insert(it.key(), it.value());

    auto marked = m_db.selectAll(QStringLiteral("SELECT id, merged_into FROM customer WHERE merged_into IS NOT NULL"), {},
                                 [](const QSqlQuery &q) { return qMakePair(q.value(0).toString(), q.value(1).toString()); });
    if (!marked)
        return marked.error();
    QSet<QString> markedHere;
    for (const auto &[id, into] : marked.value()) {
        markedHere.insert(id);
        if (mergedInto.value(id) != into)
            if (auto r = m_db.exec(QStringLiteral("UPDATE customer SET merged_into = ? WHERE id = ?"),
                                   {mergedInto.contains(id) ? QVariant(mergedInto.value(id)) : QVariant(), id});
                !r)
                return r.error();
    }
    for (auto it = mergedInto.cbegin(); it != mergedInto.cend(); ++it)
        if (!markedHere.contains(it.key()))
            if (auto r = m_db.exec(QStringLiteral("UPDATE customer SET merged_into = ? WHERE id = ?"), {it.value(), it.key()}); !r)
                return r.error();
    return moveCases(mergedInto);
}

Result<QStringList> CustomerMerges::moveCases(const QHash<QString, QString> &mergedInto)
{
    QSet<QString> touched;
    const auto changed = [&](Result<QSqlQuery *> r, const QString &from, const QString &to) -> Status {
        if (!r)
            return r.error();
        if (r.value()->numRowsAffected() > 0)
            touched << from << to;
        return {};
    };
    // Cases a merge moved before: each to where the customer it was opened for lives now, or
    // back to that customer when no merge holds it any more.
    auto origins = m_db.selectAll(QStringLiteral("SELECT DISTINCT origin_customer_id FROM case_record WHERE origin_customer_id IS NOT NULL"),
                                  {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!origins)
        return origins.error();
    for (const QString &origin : origins.value()) {
        const QString to = mergedInto.value(origin, origin);
        const Status s = to == origin
                             ? changed(m_db.exec(QStringLiteral("UPDATE case_record SET customer_name = %1, customer_id = origin_customer_id, "
                                                                "origin_customer_id = NULL WHERE origin_customer_id = ?")
                                                     .arg(movedName(QStringLiteral("case_record.origin_customer_id"))),
                                                 {origin}),
                                       origin, origin)
                             : changed(m_db.exec(QStringLiteral("UPDATE case_record SET customer_name = %1, customer_id = ? "
                                                                "WHERE origin_customer_id = ? AND customer_id <> ?")
                                                     .arg(movedName(QStringLiteral("?"))),
                                                 {to, to, origin, to}),
                                       origin, to);
        if (!s)
            return s.error();
    }
    // Cases still with a customer that was merged: to the survivor, remembering whose they were.
    for (auto it = mergedInto.cbegin(); it != mergedInto.cend(); ++it)
        if (auto s = changed(m_db.exec(QStringLiteral("UPDATE case_record SET customer_name = %1, origin_customer_id = coalesce(origin_customer_id, customer_id), "
                                                      "customer_id = ? WHERE customer_id = ?")
                                           .arg(movedName(QStringLiteral("?"))),
                                       {it.value(), it.value(), it.key()}),
                             it.key(), it.value());
            !s)
            return s.error();
    QStringList out(touched.cbegin(), touched.cend());
    out.sort();
    return out;
}

} // namespace rd
