#pragma once

#include "base/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace rd {

/// A period of days for a report: [from, until) in ms UTC, both open for "all".
struct ReportPeriod
{
    std::optional<qint64> from;
    std::optional<qint64> until;
    QString label;

    /// "all", "2026", "2026-11" or "2026-01-01..2026-03-31" (local calendar days, both ends included).
    static Result<ReportPeriod> parse(const QString &text);
    /// The local calendar month of @p month's date, labelled "2026-11".
    static ReportPeriod month(QDate month);
    /// @p months whole local calendar months from the first of @p first's month, labelled @p label.
    static ReportPeriod months(QDate first, int months, const QString &label);
};

/**
 * A period cut into consecutive parts (months, for a trend): which part a case belongs to is
 * worked out by the database in the same pass that counts it, so a year of months costs about
 * as much as the year as a whole.
 */
struct PeriodSplit
{
    ReportPeriod whole;
    QList<ReportPeriod> parts; ///< consecutive, covering @ref whole; one part when not split

    /// The period in one part.
    static PeriodSplit of(const ReportPeriod &period);
    /**
     * The months a trend over @p period shows, each clipped to the period: the months the period
     * spans up to @p today's month (at most 36, the latest); for "all" or a period within one month,
     * the 12 months up to and including its (or today's) month.
     */
    static PeriodSplit months(const ReportPeriod &period, QDate today);

    /// An SQL expression giving the part (0, 1 …) that @p column (ms UTC) falls in, assuming it is within the whole.
    QString partOf(const QString &column) const;
    /// The parameters of @ref partOf, in order.
    QVariantList partParams() const;
};

} // namespace rd
