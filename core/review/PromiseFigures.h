#pragma once

#include "base/Result.h"
#include "review/ReportPeriod.h"

#include <QCoreApplication>
#include <QString>

namespace rd {

class Database;

/// How well promises were kept in a period: the figures that matter more than a score.
struct PromiseCounts
{
    int made = 0;          ///< promises of the cases opened in the period
    int keptOnTime = 0;    ///< of those: kept by their first due time
    int keptLate = 0;      ///< of those: kept after it, or after a reschedule
    int broken = 0;
    int cancelled = 0;
    int openOverdue = 0;   ///< of those: still open and past due now
    int openOnTrack = 0;   ///< of those: still open and not yet due
    int callbacksNoted = 0;    ///< callback notes of the cases opened in the period
    int callbacksDone = 0;     ///< of those: done
    int callbacksInWindow = 0; ///< of those done: within the customer's preferred window
};

/**
 * Counts the promises and callbacks of the cases opened in a period [from, until) — the one rule
 * for periods every figure follows — for one owner (or everyone), judged at @p nowMs. Read-only;
 * feeds the team lead's review.
 */
class PromiseFigures
{
    Q_DECLARE_TR_FUNCTIONS(PromiseFigures)

public:
    explicit PromiseFigures(Database &db) : m_db(db) {}

    Result<PromiseCounts> compute(const QString &owner, qint64 fromMs, qint64 untilMs, qint64 nowMs);
    /// The same counts for each part of @p split (a trend's months), in one pass over the whole.
    Result<QList<PromiseCounts>> perPart(const PeriodSplit &split, const QString &owner, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace rd
