#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace rd {

class Clock;

/// Checks on the times people promise: a new due time must be in the future, and sane.
class DueTimeRules
{
    Q_DECLARE_TR_FUNCTIONS(DueTimeRules)

public:
    /// @p atMs must be after now and within ten years; @p label names the field in the message.
    static Status checkFuture(const Clock &clock, qint64 atMs, const QString &label);
    /// A time window: start before end, and the end in the future.
    static Status checkWindow(const Clock &clock, qint64 startMs, qint64 endMs);
};

} // namespace rd
