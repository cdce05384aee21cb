#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace rd {

/// A stored timestamp (milliseconds since the epoch, UTC) as the employee reads it:
/// in local time, in the short format of the current locale.
inline QString shortDateTime(qint64 msUtc)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msUtc).toLocalTime(), QLocale::ShortFormat);
}

/// As shortDateTime(), the local date only.
inline QString shortDate(qint64 msUtc)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msUtc).toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace rd
