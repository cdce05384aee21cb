#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace rd {

/// Source of "now" for the core, so rules about due times can be tested with a fixed time.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current time in UTC.
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }
    /// Milliseconds since the Unix epoch, the unit every timestamp column stores.
    qint64 nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

} // namespace rd
