#include "review/PromiseFigures.h"

#include "storage/Database.h"

namespace rd {

Result<PromiseCounts> PromiseFigures::compute(const QString &owner, qint64 fromMs, qint64 untilMs, qint64 nowMs)
{
    PromiseCounts counts;
    const bool everyone = owner.isEmpty();
    QVariantList params{nowMs, nowMs, fromMs, untilMs};
    if (!everyone)
        params << owner;
    // The one rule for periods (README, "Which period a figure belongs to"): a promise or callback
    // counts in the period its case was opened in, like every other figure of that case.
    auto promises = m_db.exec(
        QStringLiteral("SELECT count(*), "
                       "count(*) FILTER (WHERE p.status = 'kept'), count(*) FILTER (WHERE p.status = 'late'), "
                       "count(*) FILTER (WHERE p.status = 'broken'), count(*) FILTER (WHERE p.status = 'cancelled'), "
                       "count(*) FILTER (WHERE p.status = 'open' AND p.due_at < ?), "
                       "count(*) FILTER (WHERE p.status = 'open' AND p.due_at >= ?) "
                       "FROM case_record c JOIN promised_action p ON p.case_id = c.id "
                       "WHERE c.opened_at >= ? AND c.opened_at < ?") +
            (everyone ? QString() : QStringLiteral(" AND p.owner = ?")),
        params);
    if (!promises)
        return promises.error();
    if (promises.value()->next()) {
        QSqlQuery *q = promises.value();
        counts.made = q->value(0).toInt();
        counts.keptOnTime = q->value(1).toInt();
        counts.keptLate = q->value(2).toInt();
        counts.broken = q->value(3).toInt();
        counts.cancelled = q->value(4).toInt();
        counts.openOverdue = q->value(5).toInt();
        counts.openOnTrack = q->value(6).toInt();
        q->finish();
    } else if (auto failed = m_db.readError(*promises.value(), tr("count the promises")); !failed) {
        return failed.error();
    }

    QVariantList cbParams{fromMs, untilMs};
    if (!everyone)
        cbParams << owner;
    auto callbacks = m_db.exec(
        QStringLiteral("SELECT count(*), count(*) FILTER (WHERE n.status = 'done'), "
                       "count(*) FILTER (WHERE n.status = 'done' AND n.done_at >= n.window_start AND n.done_at <= n.window_end) "
                       "FROM case_record c JOIN callback_note n ON n.case_id = c.id "
                       "WHERE c.opened_at >= ? AND c.opened_at < ?") +
            (everyone ? QString() : QStringLiteral(" AND n.for_whom = ?")),
        cbParams);
    if (!callbacks)
        return callbacks.error();
    if (callbacks.value()->next()) {
        QSqlQuery *q = callbacks.value();
        counts.callbacksNoted = q->value(0).toInt();
        counts.callbacksDone = q->value(1).toInt();
        counts.callbacksInWindow = q->value(2).toInt();
        q->finish();
    } else if (auto failed = m_db.readError(*callbacks.value(), tr("count the callbacks")); !failed) {
        return failed.error();
    }
    return counts;
}

} // namespace rd
