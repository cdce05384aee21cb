#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rd {

class Database;

/// Click-to-dial: the command a softphone is started with, and the dial recorded in the case's history.
class Dialling
{
    Q_DECLARE_TR_FUNCTIONS(Dialling)

public:
    /// @p commandTemplate split as a command line (double quotes keep a path with spaces whole),
    /// with %n in any argument replaced by @p number: the program first, then its arguments.
    static Result<QStringList> command(const QString &commandTemplate, const QString &number);
    /// Records in @p caseId's history that the employee dialled @p number, and @p how ("link", "command").
    static Status record(Database &db, const QString &caseId, const QString &number, const QString &how);
};

} // namespace rd
