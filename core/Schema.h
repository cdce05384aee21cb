#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace rd {

class Database;

/**
 * The forward-only migrations. Migration N turns a file at user_version N-1 into version N;
 * each runs in one transaction together with the user_version bump.
 */
class Schema
{
public:
    /// The statements of migration @p version (1-based); empty if there is none.
    static QStringList migration(int version);
    /// Highest version a migration exists for.
    static int latestVersion();
    /// CREATE INDEX IF NOT EXISTS statements for every secondary index of the current version.
    static QStringList secondaryIndexes();
    /// The index name in one of those statements.
    static QString indexName(const QString &createStatement);
    /// The tables that hold the data (not settings, search index or maintenance notes), each
    /// after the tables it refers to, so copying them in this order keeps every reference.
    static QStringList dataTables();
    /// Work a migration needs beyond SQL, run in the same transaction right after it.
    static Status afterMigration(Database &db, int version);
};

} // namespace rd
