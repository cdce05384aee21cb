#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace rd {

class Database;

/// A case as a document for printing or PDF: the customer, what was said and agreed, and the history.
class CaseReport
{
    Q_DECLARE_TR_FUNCTIONS(CaseReport)

public:
    /// The case @p caseId as self-contained HTML (no external resources).
    static Result<QString> html(Database &db, const QString &caseId);
};

} // namespace rd
