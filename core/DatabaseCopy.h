#pragma once

#include "Result.h"

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
    /// Copies @p columns of the rows of @p fromTable matching @p where (all if empty) into
    /// @p toTable (whose columns have the types of the schema table @p typesOf), in @p order;
    /// inside the caller's transaction at @p to.
    static Result<qint64> copyRows(Database &from, const QString &fromTable, Database &to, const QString &toTable,
                                   const QStringList &columns, const QString &typesOf, const QString &order = QStringLiteral("id"),
                                   const QString &where = QString());

    /// Fills the temporary table rd_chosen of @p db with the ids @p chosen selects (inside the
    /// caller's transaction), for the conditions of rowsOfChosen().
    static Status choose(Database &db, const Cases &chosen);
    /// For each data table, the condition (over its rows in schema "main") that keeps the rows
    /// belonging to the cases in rd_chosen: their customers, promises, callbacks, history (and the
    /// customers' own events), improvement links and items, and their owners' reflections.
    static QHash<QString, QString> rowsOfChosen();
};

} // namespace rd
