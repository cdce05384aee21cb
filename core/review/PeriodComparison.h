#pragma once

#include "base/Vocabulary.h"
#include "lists/CaseListQuery.h"
#include "review/ReviewFigures.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rd {

/// The figures a trend follows and two periods are compared on, each with the cases behind it.
enum class TrendFigure {
    Cases,
    StrongerShare,      ///< of the closed cases
    KeptOnTime,         ///< share of the promises settled
    KeptLate,
    Broken,
    CallbacksInWindow,  ///< share of the callbacks made
    FirstContactHours,  ///< median
    RepeatComplainants,
    ComplaintsByCause,  ///< with a cause
};

/// One figure of two periods side by side, and the change from the earlier to the later in words.
struct FigureChange
{
    TrendFigure figure = TrendFigure::Cases;
    std::optional<Cause> cause; ///< for ComplaintsByCause
    QString label;              ///< "Promises kept on time"
    QString later, earlier;     ///< the figure as shown: "72% (36 of 50)"
    QString change;             ///< "12 points more kept on time"
};

/**
 * Compares the review figures of two periods — this month against the same month last year, or
 * two quarters — and says what changed in words a team lead reads aloud in a meeting. Also knows
 * which cases stand behind a figure, so a point in a trend or a row of a comparison can be opened.
 */
class PeriodComparison
{
    Q_DECLARE_TR_FUNCTIONS(PeriodComparison)

public:
    /// The figures in the order a dashboard shows them (each cause of complaints is one).
    static QList<QPair<TrendFigure, std::optional<Cause>>> figures();
    /// A figure of @p report as shown: "72% (36 of 50)", "5.5 hours", "120"; "72%" and "5.5" when
    /// not @p full; a dash when it has no value.
    static QString text(const ReviewReport &report, TrendFigure figure, std::optional<Cause> cause, bool full);

    /// Every figure of @p later beside @p earlier, in the order a dashboard shows them.
    static QList<FigureChange> compare(const ReviewReport &later, const ReviewReport &earlier);

    /// A figure's value in @p report as a number to draw (a share in percent, hours, a count), if it has one.
    static std::optional<double> value(const ReviewReport &report, TrendFigure figure, std::optional<Cause> cause = {});
    /// The figure's name, as a chart or table shows it.
    static QString label(TrendFigure figure, std::optional<Cause> cause = {});

    /// The case list's selection of the cases behind @p figure in @p period, of @p owner (everyone if empty).
    static CaseListQuery casesBehind(TrendFigure figure, std::optional<Cause> cause, const ReportPeriod &period,
                                     const QString &owner);
};

} // namespace rd
