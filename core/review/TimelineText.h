#pragma once

#include "cases/CaseEvent.h"

#include <QCoreApplication>

namespace rd {

/// Turns history events into plain sentences, so a case reads as a story: who did what.
class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineText)

public:
    /// One sentence for @p event, without the time and actor (shown beside it).
    static QString describe(const CaseEvent &event);
};

} // namespace rd
