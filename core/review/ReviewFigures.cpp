#include "review/ReviewFigures.h"

#include "lists/CaseListExport.h"
#include "lists/CasePager.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace rd {

namespace {

QJsonObject toObject(const QMap<QString, int> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key().isEmpty() ? QStringLiteral("none") : it.key(), it.value());
    return o;
}

// The cases a report is about, as the case list would select them.
CaseListQuery casesOf(const ReportPeriod &period, const QString &owner)
{
    CaseListQuery q;
    q.openedFrom = period.from;
    q.openedUntil = period.until;
    q.owner = owner;
    return q;
}

// The time from opening to first contact of each case the @p queries find, per part: each query
// gives (part, case key, ms after opening) per contact, and the first per case is kept here —
// grouping them in the database would sort them all first. The key is the file's row number where
// there is one: hashing a number costs less than hashing an id.
template <typename Key>
Result<QList<QList<qint64>>> firstContacts(Database &db, const QStringList &queries, const QVariantList &params, int parts)
{
    QHash<Key, QPair<int, qint64>> first; // case → (part, ms after opening)
    for (const QString &sql : queries) {
        auto rows = db.selectAll(sql, params, [&](const QSqlQuery &q) {
            const qint64 wait = q.value(2).toLongLong();
            const Key key = q.value(1).value<Key>();
            auto it = first.find(key);
            if (it == first.end())
                first.insert(key, {q.value(0).toInt(), wait});
            else
                it->second = qMin(it->second, wait);
            return 0;
        });
        if (!rows)
            return rows.error();
    }
    QList<QList<qint64>> waits(parts);
    for (const auto &[index, wait] : std::as_const(first))
        waits[qBound(0, index, parts - 1)] << wait;
    return waits;
}

} // namespace

QByteArray figuresCsv(const QList<QStringList> &rows)
{
    QStringList lines{QStringLiteral("section,item,value")};
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &field : row)
            fields << CaseListExport::csvField(field);
        lines << fields.join(QLatin1Char(','));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + QByteArrayLiteral("\r\n");
}

int ReviewReport::closed() const
{
    int total = 0;
    for (int n : outcomes)
        total += n;
    return total;
}

std::optional<double> ReviewReport::strongerShare() const
{
    const int closed = this->closed();
    if (closed == 0)
        return std::nullopt;
    return double(outcomes.value(QStringLiteral("stronger"))) / closed;
}

std::optional<double> ReviewReport::settledShare(int count) const
{
    const int settled = promisesSettled();
    if (settled == 0)
        return std::nullopt;
    return double(count) / settled;
}

std::optional<double> ReviewReport::callbacksInWindowShare() const
{
    if (promises.callbacksDone == 0)
        return std::nullopt;
    return double(promises.callbacksInWindow) / promises.callbacksDone;
}

QList<QStringList> ReviewReport::csvRows() const
{
    QList<QStringList> rows;
    auto add = [&](const QString &section, const QString &item, const QString &value) { rows << QStringList{section, item, value}; };
    add(QStringLiteral("cases"), QStringLiteral("total"), QString::number(cases));
    for (auto it = byKind.begin(); it != byKind.end(); ++it)
        add(QStringLiteral("kind"), it.key(), QString::number(it.value()));
    for (auto it = byCause.begin(); it != byCause.end(); ++it)
        add(QStringLiteral("cause"), it.key().isEmpty() ? QStringLiteral("none") : it.key(), QString::number(it.value()));
    add(QStringLiteral("promises"), QStringLiteral("made"), QString::number(promises.made));
    add(QStringLiteral("promises"), QStringLiteral("kept_on_time"), QString::number(promises.keptOnTime));
    add(QStringLiteral("promises"), QStringLiteral("kept_late"), QString::number(promises.keptLate));
    add(QStringLiteral("promises"), QStringLiteral("broken"), QString::number(promises.broken));
    add(QStringLiteral("promises"), QStringLiteral("open_overdue"), QString::number(promises.openOverdue));
    add(QStringLiteral("callbacks"), QStringLiteral("noted"), QString::number(promises.callbacksNoted));
    add(QStringLiteral("callbacks"), QStringLiteral("done"), QString::number(promises.callbacksDone));
    add(QStringLiteral("callbacks"), QStringLiteral("within_window"), QString::number(promises.callbacksInWindow));
    add(QStringLiteral("first_contact"), QStringLiteral("median_hours"),
        medianHoursToFirstContact ? QString::number(*medianHoursToFirstContact, 'f', 1) : QString());
    for (auto it = outcomes.begin(); it != outcomes.end(); ++it)
        add(QStringLiteral("outcome"), it.key(), QString::number(it.value()));
    add(QStringLiteral("outcome"), QStringLiteral("stronger_share"),
        strongerShare() ? QString::number(*strongerShare(), 'f', 3) : QString());
    for (auto it = skippedSteps.begin(); it != skippedSteps.end(); ++it)
        add(QStringLiteral("skipped_step"), it.key(), QString::number(it.value()));
    for (const QString &id : damagedEvents)
        add(QStringLiteral("damaged_event"), id, QStringLiteral("left out"));
    add(QStringLiteral("customers"), QStringLiteral("repeat_complainants"), QString::number(repeatComplainants));
    add(QStringLiteral("compliments"), QStringLiteral("received"), QString::number(compliments));
    add(QStringLiteral("compliments"), QStringLiteral("passed_on"), QString::number(complimentsPassedOn));
    return rows;
}

QByteArray ReviewReport::toCsv() const { return toCsv(TrendSeries{}); }

QByteArray ReviewReport::toCsv(const TrendSeries &trend) const
{
    QList<QStringList> rows{{QStringLiteral("period"), QStringLiteral("label"), period.label},
                            {QStringLiteral("period"), QStringLiteral("owner"), owner.isEmpty() ? QStringLiteral("everyone") : owner}};
    rows << csvRows() << trend.csvRows();
    return figuresCsv(rows);
}

QJsonObject ReviewReport::toJsonObject() const
{
    QJsonObject o;
    o.insert(QStringLiteral("period"), period.label);
    o.insert(QStringLiteral("owner"), owner.isEmpty() ? QStringLiteral("everyone") : owner);
    o.insert(QStringLiteral("cases"), cases);
    o.insert(QStringLiteral("by_kind"), toObject(byKind));
    o.insert(QStringLiteral("by_cause"), toObject(byCause));
    o.insert(QStringLiteral("promises"),
             QJsonObject{{QStringLiteral("made"), promises.made}, {QStringLiteral("kept_on_time"), promises.keptOnTime},
                         {QStringLiteral("kept_late"), promises.keptLate}, {QStringLiteral("broken"), promises.broken},
                         {QStringLiteral("open_overdue"), promises.openOverdue}});
    o.insert(QStringLiteral("callbacks"),
             QJsonObject{{QStringLiteral("noted"), promises.callbacksNoted}, {QStringLiteral("done"), promises.callbacksDone},
                         {QStringLiteral("within_window"), promises.callbacksInWindow}});
    o.insert(QStringLiteral("median_hours_to_first_contact"),
             medianHoursToFirstContact ? QJsonValue(*medianHoursToFirstContact) : QJsonValue());
    o.insert(QStringLiteral("outcomes"), toObject(outcomes));
    o.insert(QStringLiteral("stronger_share"), strongerShare() ? QJsonValue(*strongerShare()) : QJsonValue());
    o.insert(QStringLiteral("skipped_steps"), toObject(skippedSteps));
    o.insert(QStringLiteral("damaged_events"), QJsonArray::fromStringList(damagedEvents));
    o.insert(QStringLiteral("repeat_complainants"), repeatComplainants);
    o.insert(QStringLiteral("compliments"), compliments);
    o.insert(QStringLiteral("compliments_passed_on"), complimentsPassedOn);
    return o;
}

QByteArray ReviewReport::toJson() const { return toJson(TrendSeries{}); }

QByteArray ReviewReport::toJson(const TrendSeries &trend) const
{
    QJsonObject o = toJsonObject();
    if (!trend.months.isEmpty())
        o.insert(QStringLiteral("months"), trend.toJson());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QJsonArray TrendSeries::toJson() const
{
    QJsonArray a;
    for (const ReviewReport &month : months) {
        QJsonObject o = month.toJsonObject();
        o.remove(QStringLiteral("skipped_steps"));
        o.remove(QStringLiteral("damaged_events"));
        o.remove(QStringLiteral("owner")); // the report's
        a.append(o);
    }
    return a;
}

QList<QStringList> TrendSeries::csvRows() const
{
    QList<QStringList> rows;
    for (const ReviewReport &month : months)
        for (const QStringList &row : month.csvRows())
            rows << QStringList{QStringLiteral("month ") + month.period.label, row.at(0) + QLatin1Char('.') + row.at(1), row.at(2)};
    return rows;
}

Result<QList<CaseListRow>> ReviewFigures::goodExamples(const ReportPeriod &period, const QString &owner, int limit)
{
    CaseListQuery chosen = casesOf(period, owner);
    chosen.kind = CaseKind::Complaint;
    const CasePager::Condition condition = CasePager::conditionFor(chosen);
    const QString where = condition.sql + QStringLiteral(" AND c.summary_confirmed = 1");
    const QVariantList params = condition.params + QVariantList{limit};
    return m_db.selectAll(
        QStringLiteral("SELECT %1 FROM case_record c WHERE %2 "
                       "AND EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = 'call.ended') "
                       "AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = 'step.skipped') "
                       "AND EXISTS (SELECT 1 FROM promised_action p WHERE p.case_id = c.id AND p.status = 'kept') "
                       "ORDER BY c.opened_at DESC, c.id DESC LIMIT ?")
            .arg(CaseStore::listColumns(), where),
        params, CaseStore::listRowFromQuery);
}

Result<ReviewReport> ReviewFigures::compute(const ReportPeriod &period, const QString &owner)
{
    auto parts = countParts(PeriodSplit::of(period), owner);
    if (!parts)
        return parts.error();
    ReviewReport r = parts->first();
    // Only the report as a whole names the steps skipped (and the history it could not read).
    const CasePager::Condition condition = CasePager::conditionFor(casesOf(period, owner));
    const QString skippedStep = m_db.dialect().jsonText(QStringLiteral("e.data"), QStringLiteral("step"));
    auto skipped = m_db.selectAll(QStringLiteral("SELECT ") + skippedStep +
                                      QStringLiteral(", count(*) FROM case_event e JOIN case_record c ON c.id = e.case_id "
                                                     "WHERE %1 AND e.kind = 'step.skipped' AND %2 GROUP BY 1")
                                          .arg(condition.sql, m_db.dialect().jsonValid(QStringLiteral("e.data"))),
                                  condition.params,
                                  [](const QSqlQuery &q) { return qMakePair(q.value(0).toString(), q.value(1).toInt()); });
    if (!skipped)
        return skipped.error();
    for (const auto &kv : skipped.value())
        r.skippedSteps.insert(kv.first, kv.second);
    auto damaged = m_db.selectAll(QStringLiteral("SELECT e.id FROM case_event e JOIN case_record c ON c.id = e.case_id "
                                                 "WHERE %1 AND e.kind = 'step.skipped' AND NOT (%2) ORDER BY e.id LIMIT 20")
                                      .arg(condition.sql, m_db.dialect().jsonValid(QStringLiteral("e.data"))),
                                  condition.params, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!damaged)
        return damaged.error();
    r.damagedEvents = damaged.value();
    return r;
}

Result<TrendSeries> ReviewFigures::trend(const PeriodSplit &months, const QString &owner)
{
    auto parts = countParts(months, owner);
    if (!parts)
        return parts.error();
    return TrendSeries{owner, parts.value()};
}

Result<QList<ReviewReport>> ReviewFigures::countParts(const PeriodSplit &split, const QString &owner)
{
    QList<ReviewReport> parts;
    for (const ReportPeriod &period : split.parts) {
        ReviewReport r;
        r.period = period;
        r.owner = owner;
        parts << r;
    }
    if (parts.isEmpty())
        return parts;
    const auto partAt = [&parts](const QSqlQuery &q) -> ReviewReport & {
        return parts[qBound(0, q.value(0).toInt(), int(parts.size()) - 1)];
    };
    // The cases of the whole period; every figure below is about them, each in its own part.
    const CasePager::Condition condition = CasePager::conditionFor(casesOf(split.whole, owner));
    const QString part = split.partOf(QStringLiteral("c.opened_at"));
    const QVariantList params = split.partParams() + condition.params;

    // Kinds, causes, outcomes and compliments passed on, each counted by a filter (grouping by the
    // words themselves would sort every case of the period first).
    QStringList columns;
    QVariantList filterParams;
    struct Column
    {
        QMap<QString, int> ReviewReport::*map = nullptr;
        QString key;
    };
    QList<Column> keys;
    const auto add = [&](const QString &filter, const QVariantList &values, QMap<QString, int> ReviewReport::*map,
                         const QString &key) {
        columns << QStringLiteral("count(*) FILTER (WHERE %1)").arg(filter);
        filterParams << values;
        keys << Column{map, key};
    };
    for (CaseKind k : Vocabulary::all<CaseKind>())
        add(QStringLiteral("c.kind = ?"), {Vocabulary::key(k)}, &ReviewReport::byKind, Vocabulary::key(k));
    for (Cause cause : Vocabulary::all<Cause>())
        add(QStringLiteral("c.kind = 'complaint' AND c.cause = ?"), {Vocabulary::key(cause)}, &ReviewReport::byCause,
            Vocabulary::key(cause));
    add(QStringLiteral("c.kind = 'complaint' AND coalesce(c.cause, '') = ''"), {}, &ReviewReport::byCause, QString());
    for (Outcome o : Vocabulary::all<Outcome>())
        add(QStringLiteral("c.status = 'closed' AND c.outcome = ?"), {Vocabulary::key(o)}, &ReviewReport::outcomes,
            Vocabulary::key(o));
    columns << QStringLiteral("count(*) FILTER (WHERE c.kind = 'compliment' AND c.compliment_for <> '')")
            << QStringLiteral("count(*)"); // every case, also one of a kind this version does not know
    // One query per part: without a GROUP BY the database streams the cases through the filters.
    Result<QList<int>> counted = QList<int>();
    for (int i = 0; i < parts.size() && counted; ++i) {
        ReviewReport &r = parts[i];
        const CasePager::Condition inPart = CasePager::conditionFor(casesOf(r.period, owner));
        counted = m_db.selectAll(QStringLiteral("SELECT %1 FROM case_record c WHERE %2").arg(columns.join(QStringLiteral(", ")), inPart.sql),
                                 filterParams + inPart.params, [&](const QSqlQuery &q) {
                                     for (int k = 0; k < keys.size(); ++k)
                                         if (const int n = q.value(k).toInt(); n > 0)
                                             (r.*(keys.at(k).map))[keys.at(k).key] = n;
                                     r.cases = q.value(int(keys.size()) + 1).toInt();
                                     r.compliments = r.byKind.value(QStringLiteral("compliment"));
                                     r.complimentsPassedOn = q.value(int(keys.size())).toInt();
                                     return 0;
                                 });
    }
    if (!counted)
        return counted.error();
    counted = m_db.selectAll(QStringLiteral("SELECT part, count(*) FROM (SELECT %1 AS part, c.customer_id FROM case_record c "
                                            "WHERE %2 AND coalesce(c.kind, '') = 'complaint' GROUP BY 1, 2 HAVING count(*) >= 2) AS repeated "
                                            "GROUP BY part")
                                 .arg(part, condition.sql),
                             params, [&](const QSqlQuery &q) { return partAt(q).repeatComplainants = q.value(1).toInt(); });
    if (!counted)
        return counted.error();

    // Time to first contact after the call: the first promise kept (on time or late) or callback made.
    // (A contact without a time, or one before the case was opened, says nothing about the wait.)
    const QStringList contactTables{
        QStringLiteral("promised_action x ON x.case_id = c.id WHERE %1 AND x.status IN ('kept', 'late') AND x.done_at >= c.opened_at"),
        QStringLiteral("callback_note x ON x.case_id = c.id WHERE %1 AND x.status = 'done' AND x.done_at >= c.opened_at")};
    const QString rowNumber = m_db.dialect().rowNumber(QStringLiteral("c"));
    QStringList contactQueries;
    for (const QString &table : contactTables)
        contactQueries << QStringLiteral("SELECT %1, %2, x.done_at - c.opened_at FROM case_record c JOIN ")
                              .arg(part, rowNumber.isEmpty() ? QStringLiteral("c.id") : rowNumber) +
                              table.arg(condition.sql);
    auto waits = rowNumber.isEmpty() ? firstContacts<QString>(m_db, contactQueries, params, int(parts.size()))
                                     : firstContacts<qint64>(m_db, contactQueries, params, int(parts.size()));
    if (!waits)
        return waits.error();
    for (int i = 0; i < parts.size(); ++i) {
        QList<qint64> &w = (*waits)[i];
        if (w.isEmpty())
            continue;
        const auto middle = w.begin() + w.size() / 2;
        std::nth_element(w.begin(), middle, w.end());
        double median = double(*middle);
        if (w.size() % 2 == 0) // the mean of the two middle waits
            median = (median + double(*std::max_element(w.begin(), middle))) / 2;
        parts[i].medianHoursToFirstContact = median / 3600000.0;
    }

    auto counts = PromiseFigures(m_db).perPart(split, owner, m_db.clock().nowMs());
    if (!counts)
        return counts.error();
    for (int i = 0; i < parts.size(); ++i)
        parts[i].promises = counts->at(i);
    return parts;
}

} // namespace rd
