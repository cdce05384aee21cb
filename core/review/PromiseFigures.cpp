#include "review/PromiseFigures.h"

#include "storage/Database.h"

#include <limits>

namespace rd {

namespace {

// The cases opened in the split's whole period, with the part each belongs to as column 0.
struct Selection
{
    QString part;
    QString where;
    QVariantList partParams, whereParams;
};

Selection select(const PeriodSplit &split, const QString &ownerColumn, const QString &owner)
{
    Selection s{split.partOf(QStringLiteral("c.opened_at")), QStringLiteral("c.opened_at >= ? AND c.opened_at < ?"),
                split.partParams(),
                {split.whole.from.value_or(std::numeric_limits<qint64>::min()),
                 split.whole.until.value_or(std::numeric_limits<qint64>::max())}};
    if (!owner.isEmpty()) {
        s.where += QStringLiteral(" AND %1 = ?").arg(ownerColumn);
        s.whereParams << owner;
    }
    return s;
}

} // namespace

Result<PromiseCounts> PromiseFigures::compute(const QString &owner, qint64 fromMs, qint64 untilMs, qint64 nowMs)
{
    ReportPeriod period;
    period.from = fromMs;
    period.until = untilMs;
    auto counts = perPart(PeriodSplit::of(period), owner, nowMs);
    if (!counts)
        return counts.error();
    return counts->first();
}

Result<QList<PromiseCounts>> PromiseFigures::perPart(const PeriodSplit &split, const QString &owner, qint64 nowMs)
{
    QList<PromiseCounts> counts(qMax(1, int(split.parts.size())));
    // The one rule for periods (README, "Which period a figure belongs to"): a promise or callback
    // counts in the period its case was opened in, like every other figure of that case.
    const Selection promises = select(split, QStringLiteral("p.owner"), owner);
    auto rows = m_db.selectAll(
        QStringLiteral("SELECT %1, count(*), "
                       "count(*) FILTER (WHERE p.status = 'kept'), count(*) FILTER (WHERE p.status = 'late'), "
                       "count(*) FILTER (WHERE p.status = 'broken'), count(*) FILTER (WHERE p.status = 'cancelled'), "
                       "count(*) FILTER (WHERE p.status = 'open' AND p.due_at < ?), "
                       "count(*) FILTER (WHERE p.status = 'open' AND p.due_at >= ?) "
                       "FROM case_record c JOIN promised_action p ON p.case_id = c.id WHERE %2 GROUP BY 1")
            .arg(promises.part, promises.where),
        promises.partParams + QVariantList{nowMs, nowMs} + promises.whereParams, [&counts](const QSqlQuery &q) {
            PromiseCounts &c = counts[qBound(0, q.value(0).toInt(), int(counts.size()) - 1)];
            c.made = q.value(1).toInt();
            c.keptOnTime = q.value(2).toInt();
            c.keptLate = q.value(3).toInt();
            c.broken = q.value(4).toInt();
            c.cancelled = q.value(5).toInt();
            c.openOverdue = q.value(6).toInt();
            c.openOnTrack = q.value(7).toInt();
            return 0;
        });
    if (!rows)
        return rows.error();

    const Selection callbacks = select(split, QStringLiteral("n.for_whom"), owner);
    rows = m_db.selectAll(
        QStringLiteral("SELECT %1, count(*), count(*) FILTER (WHERE n.status = 'done'), "
                       "count(*) FILTER (WHERE n.status = 'done' AND n.done_at >= n.window_start AND n.done_at <= n.window_end) "
                       "FROM case_record c JOIN callback_note n ON n.case_id = c.id WHERE %2 GROUP BY 1")
            .arg(callbacks.part, callbacks.where),
        callbacks.partParams + callbacks.whereParams, [&counts](const QSqlQuery &q) {
            PromiseCounts &c = counts[qBound(0, q.value(0).toInt(), int(counts.size()) - 1)];
            c.callbacksNoted = q.value(1).toInt();
            c.callbacksDone = q.value(2).toInt();
            c.callbacksInWindow = q.value(3).toInt();
            return 0;
        });
    if (!rows)
        return rows.error();
    return counts;
}

} // namespace rd
