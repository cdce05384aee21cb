#include "review/ReportPeriod.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace rd {

namespace {

// Midnight where it exists; the first moment of the day where a clock change skips midnight.
qint64 startOfDay(QDate d) { return d.startOfDay().toMSecsSinceEpoch(); }
QDate firstOfMonth(QDate d) { return QDate(d.year(), d.month(), 1); }
QDate dateOf(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(); }

constexpr int kMaxMonths = 36;
constexpr int kDefaultMonths = 12;

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
        if (first.isValid())
            return ReportPeriod::month(first);
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

ReportPeriod ReportPeriod::month(QDate month)
{
    return months(month, 1, firstOfMonth(month).toString(QStringLiteral("yyyy-MM")));
}

ReportPeriod ReportPeriod::months(QDate first, int months, const QString &label)
{
    const QDate start = firstOfMonth(first);
    ReportPeriod p;
    p.from = startOfDay(start);
    p.until = startOfDay(start.addMonths(months));
    p.label = label;
    return p;
}

PeriodSplit PeriodSplit::of(const ReportPeriod &period) { return {period, {period}}; }

PeriodSplit PeriodSplit::months(const ReportPeriod &period, QDate today)
{
    const QDate thisMonth = firstOfMonth(today);
    QDate first, last;
    if (period.from && period.until) {
        first = firstOfMonth(dateOf(*period.from));
        last = std::min(firstOfMonth(dateOf(*period.until - 1)), thisMonth); // none after this month
    }
    const bool clip = first.isValid() && first < last;
    if (!clip) { // "all", one month, or one not yet past its first month: the 12 months up to it
        last = first.isValid() ? std::min(first, thisMonth) : thisMonth;
        first = last.addMonths(1 - kDefaultMonths);
    }
    if (first.addMonths(kMaxMonths - 1) < last)
        first = last.addMonths(1 - kMaxMonths);
    PeriodSplit split;
    for (QDate m = first; m <= last; m = m.addMonths(1))
        split.parts << ReportPeriod::month(m);
    if (clip) { // the first and last month as far as the period reaches
        split.parts.first().from = std::max(*split.parts.first().from, *period.from);
        split.parts.last().until = std::min(*split.parts.last().until, *period.until);
    }
    split.whole.from = split.parts.first().from;
    split.whole.until = split.parts.last().until;
    split.whole.label = split.parts.first().label + QStringLiteral("..") + split.parts.last().label;
    return split;
}

QString PeriodSplit::partOf(const QString &column) const
{
    if (parts.size() <= 1)
        return QStringLiteral("0");
    QString sql = QStringLiteral("CASE");
    for (int i = 0; i + 1 < parts.size(); ++i)
        sql += QStringLiteral(" WHEN %1 < ? THEN %2").arg(column).arg(i);
    return sql + QStringLiteral(" ELSE %1 END").arg(parts.size() - 1);
}

QVariantList PeriodSplit::partParams() const
{
    QVariantList params;
    for (int i = 0; i + 1 < parts.size(); ++i)
        params << *parts.at(i).until;
    return params;
}

} // namespace rd
