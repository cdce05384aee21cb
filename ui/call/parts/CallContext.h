#pragma once

#include "agreements/DueTimeSuggestions.h"

#include <QString>

#include <functional>

namespace rd {

class Database;
class FieldAutosaver;

/// What the pages of a call share: the database, the autosaver, who is working, which case.
struct CallContext
{
    Database *db = nullptr;
    FieldAutosaver *saver = nullptr;
    QString employee;
    QString caseId;     ///< empty until the customer is identified
    QString customerId;
    std::function<DueTimeHours()> dueTimeHours; ///< the employee's hours for due-time quick picks (Settings)
};

} // namespace rd
