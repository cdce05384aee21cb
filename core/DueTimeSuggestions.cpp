#include "DueTimeSuggestions.h"

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

QList<DueSuggestion> DueTimeSuggestions::forNow(const QDateTime &nowLocal)
{
    QList<DueSuggestion> picks;
    // An hour from now, rounded up to the next quarter: easier to say aloud than 11:07.
    QDateTime inHour = nowLocal.addSecs(3600);
    const int overQuarter = (inHour.time().minute() % 15) * 60 + inHour.time().second();
    if (overQuarter > 0)
        inHour = inHour.addSecs(15 * 60 - overQuarter);
    inHour.setTime(QTime(inHour.time().hour(), inHour.time().minute()));
    picks.append({tr("In an hour (%1)").arg(QLocale().toString(inHour.time(), QLocale::ShortFormat)), inHour});

    const QDateTime today16(nowLocal.date(), QTime(16, 0));
    if (nowLocal.secsTo(today16) >= 30 * 60)
        picks.append({tr("Today 16:00"), today16});

    const QDate next = addWorkingDays(nowLocal.date(), 1);
    const QString nextLabel = next == nowLocal.date().addDays(1)
                                  ? tr("Tomorrow 10:00")
                                  : tr("%1 10:00").arg(QLocale().dayName(next.dayOfWeek()));
    picks.append({nextLabel, QDateTime(next, QTime(10, 0))});
    const QString afternoonLabel = next == nowLocal.date().addDays(1)
                                       ? tr("Tomorrow 14:00")
                                       : tr("%1 14:00").arg(QLocale().dayName(next.dayOfWeek()));
    picks.append({afternoonLabel, QDateTime(next, QTime(14, 0))});

    const QDate twoOn = addWorkingDays(nowLocal.date(), 2);
    picks.append({tr("%1 10:00").arg(QLocale().dayName(twoOn.dayOfWeek())), QDateTime(twoOn, QTime(10, 0))});
    return picks;
}

} // namespace rd
