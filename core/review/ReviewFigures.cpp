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

qint64 startOfDay(QDate d) { return QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch(); }

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

} // namespace

Result<ReportPeriod> ReportPeriod::parse(const QString &text)
{
    const QString t = text.trimmed();
    ReportPeriod p;
    p.label = t;
    if (t == QLatin1String("all"))
        return p;
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression range(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    if (auto m = year.match(t); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), 1, 1);
        if (first.isValid()) { // there is no year 0000
            p.from = startOfDay(first);
            p.until = startOfDay(first.addYears(1));
            return p;
        }
    }
    if (auto m = month.match(t); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (first.isValid()) {
            p.from = startOfDay(first);
            p.until = startOfDay(first.addMonths(1));
            return p;
        }
    }
    if (auto m = range.match(t); m.hasMatch()) {
        const QDate a = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate b = QDate::fromString(m.captured(2), Qt::ISODate);
        if (a.isValid() && b.isValid() && a <= b) {
            p.from = startOfDay(a);
            p.until = startOfDay(b.addDays(1));
            return p;
        }
    }
    return Error{Error::Code::InvalidInput,
                 QCoreApplication::translate("rd::ReportPeriod",
                                             "\"%1\" is not a period. Use all, 2026, 2026-11 or 2026-01-01..2026-03-31.")
                     .arg(text)};
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

QByteArray ReviewReport::toCsv() const
{
    QStringList lines{QStringLiteral("section,item,value")};
    auto add = [&](const QString &section, const QString &item, const QString &value) {
        lines << QStringList{CaseListExport::csvField(section), CaseListExport::csvField(item), CaseListExport::csvField(value)}
                     .join(QLatin1Char(','));
    };
    add(QStringLiteral("period"), QStringLiteral("label"), period.label);
    add(QStringLiteral("period"), QStringLiteral("owner"), owner.isEmpty() ? QStringLiteral("everyone") : owner);
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
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + QByteArrayLiteral("\r\n");
}

QByteArray ReviewReport::toJson() const
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
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
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
    ReviewReport r;
    r.period = period;
    r.owner = owner;
    // The cases of the period; every figure below is about them.
    const CasePager::Condition condition = CasePager::conditionFor(casesOf(period, owner));
    const QString &where = condition.sql;
    const QVariantList &params = condition.params;
    const auto grouped = [&](const QString &sql, QMap<QString, int> &into) -> Status {
        auto rows = m_db.selectAll(sql.arg(where), params,
                                   [](const QSqlQuery &q) { return qMakePair(q.value(0).toString(), q.value(1).toInt()); });
        if (!rows)
            return rows.error();
        for (const auto &kv : rows.value())
            into.insert(kv.first, kv.second);
        return {};
    };
    if (auto s = grouped(QStringLiteral("SELECT c.kind, count(*) FROM case_record c WHERE %1 GROUP BY c.kind"), r.byKind); !s)
        return s.error();
    for (int n : std::as_const(r.byKind))
        r.cases += n;
    if (auto s = grouped(QStringLiteral("SELECT coalesce(c.cause, ''), count(*) FROM case_record c WHERE %1 AND c.kind = 'complaint' "
                                        "GROUP BY 1"),
                         r.byCause);
        !s)
        return s.error();
    if (auto s = grouped(QStringLiteral("SELECT c.outcome, count(*) FROM case_record c WHERE %1 AND c.status = 'closed' "
                                        "AND c.outcome IS NOT NULL GROUP BY 1"),
                         r.outcomes);
        !s)
        return s.error();
    const QString skippedStep = m_db.dialect().jsonText(QStringLiteral("e.data"), QStringLiteral("step"));
    if (auto s = grouped(QStringLiteral("SELECT ") + skippedStep +
                             QStringLiteral(", count(*) FROM case_event e JOIN case_record c ON c.id = e.case_id "
                                            "WHERE %1 AND e.kind = 'step.skipped' AND ") +
                             m_db.dialect().jsonValid(QStringLiteral("e.data")) + QStringLiteral(" GROUP BY 1"),
                         r.skippedSteps);
        !s)
        return s.error();
    auto damaged = m_db.selectAll(QStringLiteral("SELECT e.id FROM case_event e JOIN case_record c ON c.id = e.case_id "
                                                 "WHERE %1 AND e.kind = 'step.skipped' AND NOT (%2) ORDER BY e.id LIMIT 20")
                                      .arg(where, m_db.dialect().jsonValid(QStringLiteral("e.data"))),
                                  params, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!damaged)
        return damaged.error();
    r.damagedEvents = damaged.value();
    auto repeat = m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT c.customer_id FROM case_record c WHERE %1 AND "
                                             "c.kind = 'complaint' GROUP BY c.customer_id HAVING count(*) >= 2) AS repeated").arg(where),
                              params);
    if (!repeat)
        return repeat.error();
    r.repeatComplainants = repeat->toInt();
    r.compliments = r.byKind.value(QStringLiteral("compliment"));
    auto passed = m_db.scalar(QStringLiteral("SELECT count(*) FROM case_record c WHERE %1 AND c.kind = 'compliment' "
                                             "AND c.compliment_for <> ''").arg(where),
                              params);
    if (!passed)
        return passed.error();
    r.complimentsPassedOn = passed->toInt();

    // Time to first contact after the call: the first promise kept or callback made.
    auto waits = m_db.selectAll(
        QStringLiteral("SELECT min(e.at) - c.opened_at FROM case_record c JOIN case_event e ON e.case_id = c.id "
                       "WHERE %1 AND e.kind IN ('promise.kept', 'promise.late', 'callback.done') GROUP BY c.id")
            .arg(where),
        params, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!waits)
        return waits.error();
    if (!waits->isEmpty()) {
        QList<qint64> w = waits.value();
        std::nth_element(w.begin(), w.begin() + w.size() / 2, w.end());
        r.medianHoursToFirstContact = double(w.at(w.size() / 2)) / 3600000.0;
    }
    auto counts = PromiseFigures(m_db).compute(owner, period.from.value_or(0),
                                               period.until.value_or(std::numeric_limits<qint64>::max()), m_db.clock().nowMs());
    if (!counts)
        return counts.error();
    r.promises = counts.value();
    return r;
}

} // namespace rd
