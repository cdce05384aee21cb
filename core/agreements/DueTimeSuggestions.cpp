#include "agreements/DueTimeSuggestions.h"

#include <QLocale>

namespace rd {

QDate DueTimeSuggestions::addWorkingDays(QDate from, int days)
{
    QDate d = from;
    while (days > 0) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            --days;
    }
    return d;
}

QList<DueSuggestion> DueTimeSuggestions::forNow(const QDateTime &nowLocal, const DueTimeHours &hours)
{
    QList<DueSuggestion> picks;
    // An hour from now, rounded up to the next quarter: easier to say aloud than 11:07.
    QDateTime inHour = nowLocal.addSecs(3600);
    const int overQuarter = (inHour.time().minute() % 15) * 60 + inHour.time().second();
    if (overQuarter > 0)
        inHour = inHour.addSecs(15 * 60 - overQuarter);
    inHour.setTime(QTime(inHour.time().hour(), inHour.time().minute()));
    picks.append({tr("In an hour (%1)").arg(QLocale().toString(inHour.time(), QLocale::ShortFormat)), inHour});

    const auto at = [](int hour) { return QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')); };
    const QDateTime endOfDay(nowLocal.date(), QTime(hours.endOfDay, 0));
    if (nowLocal.secsTo(endOfDay) >= 30 * 60)
        picks.append({tr("Today %1").arg(at(hours.endOfDay)), endOfDay});

    const QDate next = addWorkingDays(nowLocal.date(), 1);
    const bool tomorrow = next == nowLocal.date().addDays(1);
    const QString nextDay = QLocale().dayName(next.dayOfWeek());
    picks.append({tomorrow ? tr("Tomorrow %1").arg(at(hours.morning)) : tr("%1 %2").arg(nextDay, at(hours.morning)),
                  QDateTime(next, QTime(hours.morning, 0))});
    picks.append({tomorrow ? tr("Tomorrow %1").arg(at(hours.afternoon)) : tr("%1 %2").arg(nextDay, at(hours.afternoon)),
                  QDateTime(next, QTime(hours.afternoon, 0))});

    const QDate twoOn = addWorkingDays(nowLocal.date(), 2);
    picks.append({tr("%1 %2").arg(QLocale().dayName(twoOn.dayOfWeek()), at(hours.morning)), QDateTime(twoOn, QTime(hours.morning, 0))});
    return picks;
}

} // namespace rd
