#pragma once

#include "cases/Case.h"

#include <QCoreApplication>

namespace rd {

/// Drafts the summary the employee reads back: experience, expectation and cause, in plain words.
class SummaryDrafter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryDrafter)

public:
    /// A draft from what was noted so far; empty parts are left out.
    static QString draft(const Case &c);
};

} // namespace rd
