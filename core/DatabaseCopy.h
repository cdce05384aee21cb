#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace rd {

class Database;

/// What a copy moved.
struct CopyStats
{
    qint64 rows = 0;
    qint64 cases = 0;
    qint64 events = 0;
    double seconds = 0;
};

/**
 * Moves everything from one database to another, of either kind: a single PC's file to the team
 * server, or the team database back into a file. The history keeps its order, so every seal
 * still checks; the search index is built anew at the target.
 */
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    /// Copies all data of @p from into @p to, which must hold no cases yet; one transaction at
    /// the target, so a copy cut off leaves it as empty as before.
    static Result<CopyStats> copy(Database &from, Database &to);
    /// Copies @p columns of every row of @p fromTable into @p toTable (whose columns have the
    /// types of the schema table @p typesOf), in @p order; inside the caller's transaction at @p to.
    static Result<qint64> copyRows(Database &from, const QString &fromTable, Database &to, const QString &toTable,
                                   const QStringList &columns, const QString &typesOf, const QString &order = QStringLiteral("id"));
};

} // namespace rd
