#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace rd {

/// A quick pick for a due time: "Tomorrow 10:00" and the moment it means.
struct DueSuggestion
{
    QString label;
    QDateTime at; ///< local time
};

/// The times of day the quick picks use (the employee can change them in Settings).
struct DueTimeHours
{
    int morning = 10;   ///< next working day, morning
    int afternoon = 14; ///< next working day, afternoon
    int endOfDay = 16;  ///< today, before the end of the day
};

/// The quick picks offered when promising something, so a due time is two keys away.
class DueTimeSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(DueTimeSuggestions)

public:
    /// Picks relative to @p nowLocal: in one hour, today 16:00 (if still ahead), the next working
    /// day 10:00 and 14:00, and two working days on 10:00 (the hours as in @p hours). Weekends are skipped.
    static QList<DueSuggestion> forNow(const QDateTime &nowLocal, const DueTimeHours &hours = {});
    /// The working day @p days working days after @p from (Saturday and Sunday skipped).
    static QDate addWorkingDays(QDate from, int days);
};

} // namespace rd
