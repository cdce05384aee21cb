#include "agreements/DueTimeRules.h"

#include "base/Clock.h"
#include "base/LocalTime.h"


namespace rd {

namespace {
constexpr qint64 kTenYearsMs = qint64(10) * 366 * 24 * 3600 * 1000;
} // namespace

Status DueTimeRules::checkFuture(const Clock &clock, qint64 atMs, const QString &label)
{
    const qint64 now = clock.nowMs();
    if (atMs <= now)
        return Error{Error::Code::InvalidInput,
                     tr("%1 (%2) has already passed. Choose a moment from now on.").arg(label, shortDateTime(atMs))};
    if (atMs - now > kTenYearsMs)
        return Error{Error::Code::InvalidInput,
                     tr("%1 (%2) is more than ten years away. Check the date.").arg(label, shortDateTime(atMs))};
    return {};
}

Status DueTimeRules::checkWindow(const Clock &clock, qint64 startMs, qint64 endMs)
{
    if (endMs < startMs)
        return Error{Error::Code::InvalidInput,
                     tr("The call-back window ends (%1) before it starts (%2).").arg(shortDateTime(endMs), shortDateTime(startMs))};
    return checkFuture(clock, endMs, tr("The end of the call-back window"));
}

} // namespace rd
