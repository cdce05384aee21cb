#include "review/PeriodComparison.h"

#include <QLocale>

#include <cmath>

namespace rd {

namespace {

QString count(int n) { return QLocale().toString(n); }

// A share as "72% (36 of 50)", or a dash when there is nothing to share.
QString share(std::optional<double> part, int of)
{
    if (!part)
        return QStringLiteral("—");
    return PeriodComparison::tr("%1% (%2 of %3)").arg(qRound(*part * 100)).arg(count(qRound(*part * of))).arg(count(of));
}

// The change of a share in whole percentage points, said with @p more, @p fewer or @p same.
QString pointsChange(std::optional<double> later, std::optional<double> earlier, const char *more, const char *fewer,
                     const char *same)
{
    if (!later || !earlier)
        return PeriodComparison::tr("Cannot compare: none in one of the periods.");
    const int points = qRound(*later * 100) - qRound(*earlier * 100);
    if (points == 0)
        return PeriodComparison::tr(same);
    return PeriodComparison::tr(points > 0 ? more : fewer, nullptr, std::abs(points));
}

QString countChange(int later, int earlier, const char *more, const char *fewer, const char *same, const QString &arg = {})
{
    const int d = later - earlier;
    QString text = d == 0 ? PeriodComparison::tr(same) : PeriodComparison::tr(d > 0 ? more : fewer, nullptr, std::abs(d));
    return arg.isEmpty() ? text : text.arg(arg);
}

} // namespace

QList<QPair<TrendFigure, std::optional<Cause>>> PeriodComparison::figures()
{
    QList<QPair<TrendFigure, std::optional<Cause>>> figures{
        {TrendFigure::Cases, {}},         {TrendFigure::StrongerShare, {}},     {TrendFigure::KeptOnTime, {}},
        {TrendFigure::KeptLate, {}},      {TrendFigure::Broken, {}},            {TrendFigure::CallbacksInWindow, {}},
        {TrendFigure::FirstContactHours, {}}, {TrendFigure::RepeatComplainants, {}}};
    for (Cause c : Vocabulary::all<Cause>())
        figures.append({TrendFigure::ComplaintsByCause, c});
    return figures;
}

QString PeriodComparison::text(const ReviewReport &r, TrendFigure figure, std::optional<Cause> cause, bool full)
{
    const std::optional<double> v = value(r, figure, cause);
    if (!v)
        return QStringLiteral("—");
    const auto percent = [&](int of) { return full ? share(*v / 100, of) : tr("%1%").arg(qRound(*v)); };
    switch (figure) {
    case TrendFigure::StrongerShare: return percent(r.closed());
    case TrendFigure::KeptOnTime:
    case TrendFigure::KeptLate:
    case TrendFigure::Broken: return percent(r.promisesSettled());
    case TrendFigure::CallbacksInWindow: return percent(r.promises.callbacksDone);
    case TrendFigure::FirstContactHours:
        return full ? tr("%1 hours").arg(QLocale().toString(*v, 'f', 1)) : QLocale().toString(*v, 'f', 1);
    default: return count(qRound(*v));
    }
}

QString PeriodComparison::label(TrendFigure figure, std::optional<Cause> cause)
{
    switch (figure) {
    case TrendFigure::Cases: return tr("Cases");
    case TrendFigure::StrongerShare: return tr("Relationship stronger (of the closed cases)");
    case TrendFigure::KeptOnTime: return tr("Promises kept on time");
    case TrendFigure::KeptLate: return tr("Promises kept late");
    case TrendFigure::Broken: return tr("Promises broken");
    case TrendFigure::CallbacksInWindow: return tr("Callbacks within the customer's window");
    case TrendFigure::FirstContactHours: return tr("Time to first contact (median)");
    case TrendFigure::RepeatComplainants: return tr("Repeat complainants");
    case TrendFigure::ComplaintsByCause:
        return tr("Complaints caused by %1").arg(cause ? Vocabulary::label(*cause).toLower() : tr("something not yet assessed"));
    }
    return {};
}

std::optional<double> PeriodComparison::value(const ReviewReport &r, TrendFigure figure, std::optional<Cause> cause)
{
    const auto percent = [](std::optional<double> s) { return s ? std::optional<double>(*s * 100) : std::nullopt; };
    switch (figure) {
    case TrendFigure::Cases: return r.cases;
    case TrendFigure::StrongerShare: return percent(r.strongerShare());
    case TrendFigure::KeptOnTime: return percent(r.settledShare(r.promises.keptOnTime));
    case TrendFigure::KeptLate: return percent(r.settledShare(r.promises.keptLate));
    case TrendFigure::Broken: return percent(r.settledShare(r.promises.broken));
    case TrendFigure::CallbacksInWindow: return percent(r.callbacksInWindowShare());
    case TrendFigure::FirstContactHours: return r.medianHoursToFirstContact;
    case TrendFigure::RepeatComplainants: return r.repeatComplainants;
    case TrendFigure::ComplaintsByCause: return r.byCause.value(cause ? Vocabulary::key(*cause) : QString());
    }
    return std::nullopt;
}

QList<FigureChange> PeriodComparison::compare(const ReviewReport &later, const ReviewReport &earlier)
{
    QList<FigureChange> changes;
    for (const auto &[figure, cause] : figures()) {
        FigureChange c;
        c.figure = figure;
        c.cause = cause;
        c.label = label(figure, cause);
        c.later = text(later, figure, cause, true);
        c.earlier = text(earlier, figure, cause, true);
        switch (figure) {
        case TrendFigure::Cases:
            c.change = countChange(later.cases, earlier.cases, QT_TR_N_NOOP("%n more case(s)"), QT_TR_N_NOOP("%n fewer case(s)"),
                                   QT_TR_NOOP("As many cases"));
            break;
        case TrendFigure::StrongerShare:
            c.change = pointsChange(later.strongerShare(), earlier.strongerShare(),
                                    QT_TR_N_NOOP("%n point(s) more relationships stronger"),
                                    QT_TR_N_NOOP("%n point(s) fewer relationships stronger"),
                                    QT_TR_NOOP("The same share of relationships stronger"));
            break;
        case TrendFigure::KeptOnTime:
            c.change = pointsChange(later.settledShare(later.promises.keptOnTime), earlier.settledShare(earlier.promises.keptOnTime),
                                    QT_TR_N_NOOP("%n point(s) more kept on time"), QT_TR_N_NOOP("%n point(s) fewer kept on time"),
                                    QT_TR_NOOP("The same share kept on time"));
            break;
        case TrendFigure::KeptLate:
            c.change = pointsChange(later.settledShare(later.promises.keptLate), earlier.settledShare(earlier.promises.keptLate),
                                    QT_TR_N_NOOP("%n point(s) more kept late"), QT_TR_N_NOOP("%n point(s) fewer kept late"),
                                    QT_TR_NOOP("The same share kept late"));
            break;
        case TrendFigure::Broken:
            c.change = pointsChange(later.settledShare(later.promises.broken), earlier.settledShare(earlier.promises.broken),
                                    QT_TR_N_NOOP("%n point(s) more broken"), QT_TR_N_NOOP("%n point(s) fewer broken"),
                                    QT_TR_NOOP("The same share broken"));
            break;
        case TrendFigure::CallbacksInWindow:
            c.change = pointsChange(later.callbacksInWindowShare(), earlier.callbacksInWindowShare(),
                                    QT_TR_N_NOOP("%n point(s) more callbacks within the window"),
                                    QT_TR_N_NOOP("%n point(s) fewer callbacks within the window"),
                                    QT_TR_NOOP("The same share of callbacks within the window"));
            break;
        case TrendFigure::FirstContactHours:
            if (!later.medianHoursToFirstContact || !earlier.medianHoursToFirstContact) {
                c.change = tr("Cannot compare: none in one of the periods.");
            } else {
                const double d = *later.medianHoursToFirstContact - *earlier.medianHoursToFirstContact;
                const QString hours = QLocale().toString(std::abs(d), 'f', 1);
                c.change = std::abs(d) < 0.05 ? tr("As fast to first contact")
                           : d < 0        ? tr("%1 hours faster to first contact").arg(hours)
                                          : tr("%1 hours slower to first contact").arg(hours);
            }
            break;
        case TrendFigure::RepeatComplainants:
            c.change = countChange(later.repeatComplainants, earlier.repeatComplainants,
                                   QT_TR_N_NOOP("%n more repeat complainant(s)"), QT_TR_N_NOOP("%n fewer repeat complainant(s)"),
                                   QT_TR_NOOP("As many repeat complainants"));
            break;
        case TrendFigure::ComplaintsByCause: {
            const QString key = cause ? Vocabulary::key(*cause) : QString();
            c.change = countChange(later.byCause.value(key), earlier.byCause.value(key),
                                   QT_TR_N_NOOP("%n more complaint(s) caused by %1"), QT_TR_N_NOOP("%n fewer complaint(s) caused by %1"),
                                   QT_TR_NOOP("As many complaints caused by %1"),
                                   cause ? Vocabulary::label(*cause).toLower() : QString());
            break;
        }
        }
        changes << c;
    }
    return changes;
}

CaseListQuery PeriodComparison::casesBehind(TrendFigure figure, std::optional<Cause> cause, const ReportPeriod &period,
                                            const QString &owner)
{
    CaseListQuery q;
    q.openedFrom = period.from;
    q.openedUntil = period.until;
    q.owner = owner;
    switch (figure) {
    case TrendFigure::Cases: break;
    case TrendFigure::StrongerShare: q.outcome = Outcome::Stronger; break;
    case TrendFigure::KeptOnTime: q.followUp = CaseListQuery::FollowUp::KeptOnTime; break;
    case TrendFigure::KeptLate: q.followUp = CaseListQuery::FollowUp::KeptLate; break;
    case TrendFigure::Broken: q.followUp = CaseListQuery::FollowUp::Broken; break;
    // The callbacks that missed the window are the ones to learn from.
    case TrendFigure::CallbacksInWindow: q.followUp = CaseListQuery::FollowUp::CallbackOutsideWindow; break;
    case TrendFigure::FirstContactHours: q.followUp = CaseListQuery::FollowUp::Contacted; break;
    case TrendFigure::RepeatComplainants:
        q.kind = CaseKind::Complaint;
        q.repeatOnly = true;
        break;
    case TrendFigure::ComplaintsByCause:
        q.kind = CaseKind::Complaint;
        q.cause = cause;
        break;
    }
    return q;
}

} // namespace rd
