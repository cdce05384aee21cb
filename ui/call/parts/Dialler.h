#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace rd {

class Database;

/**
 * Dials for the employee who calls someone back: through the dial command in Settings (a
 * softphone such as MicroSIP), or else the tel: link, which the desktop hands to whatever phone
 * program it has. Each dial is recorded in the case's history.
 */
class Dialler
{
    Q_DECLARE_TR_FUNCTIONS(Dialler)

public:
    /// Dials @p phone (any form) for @p caseId. Returns what to tell the employee: the number
    /// dialled, or why nothing was (no number, dialling off, the command or link failed).
    static Result<QString> dial(Database &db, const QString &caseId, const QString &phone);
};

} // namespace rd
