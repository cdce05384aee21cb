#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariantList>

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
    /// Which cases to copy: the ids a query returns (over "case_record c", with its @p params),
    /// with what belongs to them; an empty query copies everything.
    struct Cases
    {
        QString select;
        QVariantList params;
    };
    /// Copies the data of @p from (all of it, or the @p chosen cases and what belongs to them)
    /// into @p to, which must hold no cases yet. @p from is read in one consistent state while
    /// others may write to it; @p to is written in one transaction, so a copy cut off leaves it
    /// as empty as before.
    static Result<CopyStats> copy(Database &from, Database &to, const Cases &chosen = {});
    /// Copies @p columns of the rows of @p fromTable matching @p where (all if its SQL is empty)
    /// into @p toTable (whose columns have the types of the schema table @p typesOf), in @p order;
    /// inside the caller's transaction at @p to.
    struct Condition
    {
        QString sql;
        QVariantList params;
    };
    static Result<qint64> copyRows(Database &from, const QString &fromTable, Database &to, const QString &toTable,
                                   const QStringList &columns, const QString &typesOf, const QString &order = QStringLiteral("id"),
                                   const Condition &where = {});

    /// For each data table, the condition (over its rows in schema "main") that keeps the rows
    /// belonging to the @p chosen cases: their customers, promises, callbacks, history (and the
    /// customers' own events), improvement links and items, and their owners' reflections. The
    /// choice is written into each condition (no table is made for it: a read-only connection
    /// to a server may make none).
    static QHash<QString, Condition> rowsOf(const Cases &chosen);

private:
    /// Replaces @p to's count of events per history chain with @p from's (of the chosen cases
    /// only when @p chosenOnly), so the copy's history checks against what was written.
    static Status carryChainCounts(Database &from, Database &to, bool chosenOnly);
};

} // namespace rd
