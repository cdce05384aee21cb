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
    auto promises = m_db.exec(
        QStringLiteral("SELECT count(*), "
                       "count(*) FILTER (WHERE status = 'kept'), count(*) FILTER (WHERE status = 'late'), "
                       "count(*) FILTER (WHERE status = 'broken'), count(*) FILTER (WHERE status = 'cancelled'), "
                       "count(*) FILTER (WHERE status = 'open' AND due_at < ?), "
                       "count(*) FILTER (WHERE status = 'open' AND due_at >= ?) "
                       "FROM promised_action WHERE created_at >= ? AND created_at < ?") +
            (everyone ? QString() : QStringLiteral(" AND owner = ?")),
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
        QStringLiteral("SELECT count(*), count(*) FILTER (WHERE status = 'done'), "
                       "count(*) FILTER (WHERE status = 'done' AND done_at >= window_start AND done_at <= window_end) "
                       "FROM callback_note WHERE created_at >= ? AND created_at < ?") +
            (everyone ? QString() : QStringLiteral(" AND for_whom = ?")),
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
