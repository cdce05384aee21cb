#pragma once

#include "Result.h"
#include "SqlDialect.h"

#include <QString>
#include <QStringList>

namespace rd {

class Database;

/// One column of the current schema.
struct ColumnSpec
{
    QString name;
    ColumnType type = ColumnType::Text;
    bool notNull = false;
    QString defaultSql; ///< a literal, e.g. "''" or "0"; empty for none
    QString rest;       ///< portable clauses: REFERENCES …, CHECK (…), UNIQUE
};

/// One table of the current schema.
struct TableSpec
{
    QString name;
    QList<ColumnSpec> columns;
    QString primaryKey;       ///< the key column, unless a Sequence column is the key
    QStringList constraints;  ///< table constraints: UNIQUE (…), CHECK (…)
};

/// One secondary index; a column written "~name" is compared without regard to case.
struct IndexSpec
{
    QString name;
    QString table;
    QStringList columns;
    QString where; ///< a partial index's condition, or empty
};

/**
 * The one description of the current tables and indexes, and the forward-only migrations that
 * bring an older file to it. Migration N turns a file at user_version N-1 into version N; each
 * runs in one transaction together with the user_version bump. A server database is created
 * from the description directly (tests check that the migrations arrive at the same tables).
 */
class Schema
{
public:
    /// The statements of migration @p version (1-based); empty if there is none.
    static QStringList migration(int version);
    /// Highest version a migration exists for.
    static int latestVersion();
    /// The tables of the current version (not the search index: each backend has its own).
    static QList<TableSpec> tables();
    /// The table called @p name in tables(), or one without columns if there is none.
    static TableSpec table(const QString &name);
    /// The secondary indexes of the current version.
    static QList<IndexSpec> indexes();
    /// CREATE TABLE for @p table in @p dialect.
    static QString createTable(const TableSpec &table, const SqlDialect &dialect);
    /// CREATE INDEX IF NOT EXISTS for @p index in @p dialect.
    static QString createIndex(const IndexSpec &index, const SqlDialect &dialect);
    /// CREATE INDEX IF NOT EXISTS statements for every secondary index of the current version (SQLite).
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
