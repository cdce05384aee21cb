#pragma once

#include "base/Result.h"
#include "storage/SqlDialect.h"

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
    /// Within each key, in the order of the table's sequence column (the newest of a case's
    /// history is found without a sort): SQLite's rowid gives this by itself, elsewhere the
    /// sequence column is added to the index.
    bool inSequenceOrder = false;
};

/// One change to the schema after data format 7, described once and written out for each
/// backend (Schema::statements).
struct SchemaChange
{
    enum class Kind { AddTable, AddColumn, AddIndex, DropIndex, RebuildIndex, AddTrigger, Fill };
    Kind kind = Kind::AddColumn;
    QString table;     ///< AddColumn: the table that gets the column
    ColumnSpec column; ///< AddColumn (it needs a default when NOT NULL: the rows already there)
    TableSpec newTable; ///< AddTable
    IndexSpec index;   ///< AddIndex, DropIndex (by name), RebuildIndex
    TriggerSpec trigger; ///< AddTrigger
    QString fill;      ///< Fill: one portable statement deriving a new table's rows from the data already there

    static SchemaChange addTable(const TableSpec &table);
    static SchemaChange addColumn(const QString &table, const ColumnSpec &column);
    static SchemaChange addIndex(const IndexSpec &index);
    static SchemaChange dropIndex(const QString &name);
    /// An index whose description changed since databases were made with it: dropped and made
    /// again as described now. An index in sequence order where the backend keeps that order by
    /// itself (a file's rowid) is written the same as before, and left alone.
    static SchemaChange rebuildIndex(const IndexSpec &index);
    static SchemaChange addTrigger(const TriggerSpec &trigger);
    static SchemaChange fillWith(const QString &statement);
};

/// The changes that turn data format @p version - 1 into @p version, in a file and on a server alike.
struct SchemaUpgrade
{
    int version = 0;
    QList<SchemaChange> changes;
};

/**
 * The one description of the current tables and indexes, and the forward-only migrations that
 * bring older data to it. Migrations 1–7 (SqliteMigrations.cpp) bring an older file to format 7,
 * each in one transaction with its user_version bump; a server database starts at format 7, made
 * from the description directly (tests check that the migrations arrive at the same tables).
 * Past 7, upgrades() describe each change once for both backends.
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
    /// The triggers of the current version that keep derived data (the history's guards are each
    /// backend's own).
    static QList<TriggerSpec> triggers();
    /// A column's declaration (name, type, constraints) in @p dialect.
    static QString columnDefinition(const ColumnSpec &column, const QString &primaryKey, const SqlDialect &dialect);
    /// CREATE TABLE for @p table in @p dialect.
    static QString createTable(const TableSpec &table, const SqlDialect &dialect);
    /// CREATE INDEX IF NOT EXISTS for @p index in @p dialect.
    static QString createIndex(const IndexSpec &index, const SqlDialect &dialect);
    /// The index's columns as written for @p dialect ("a, b"), the sequence added where it must be.
    static QString indexColumns(const IndexSpec &index, const SqlDialect &dialect);
    /// CREATE INDEX IF NOT EXISTS statements for every secondary index of the current version (SQLite).
    static QStringList secondaryIndexes();
    /// The index name in one of those statements.
    static QString indexName(const QString &createStatement);
    /// The tables that hold the data (not settings, search index or maintenance notes), each
    /// after the tables it refers to, so copying them in this order keeps every reference.
    static QStringList dataTables();
    /// Work a migration needs beyond SQL, run in the same transaction right after it.
    static Status afterMigration(Database &db, int version);

    /// The upgrades past data format 7 (the first a team database has), in order. Every future
    /// change of the schema is one of these, so files and servers move forward together; the
    /// description above (tables(), indexes()) is kept the same as where they arrive.
    static QList<SchemaUpgrade> upgrades();
    /// The statements of @p change in @p dialect.
    static QStringList statements(const SchemaChange &change, const SqlDialect &dialect);
    /// The data format @p db is in now.
    static Result<int> storedVersion(Database &db);
    /// Applies to @p db each of @p upgrades it has not had yet, each in one transaction with its
    /// version number (several clients may start at once: each step is re-checked under the write lock).
    static Status upgrade(Database &db, const QList<SchemaUpgrade> &upgrades);

private:
    static TableSpec historyChainTable();
    static TableSpec trustedWorkstationTable();
    static TableSpec customerMergeTable();
    static TableSpec recognitionTable();
    static TableSpec recognitionReadTable();
    static QList<IndexSpec> recognitionIndexes();
    static QList<IndexSpec> mergeIndexes();
    static TableSpec signedBundleTable();
    static TableSpec signedChainTable();
    static IndexSpec signedChainIndex();
    static IndexSpec confirmationIndex();
    /// The erasures and anonymisations in the history: a handful among millions of events, looked
    /// for after every import (format 13).
    static QList<IndexSpec> erasureIndexes();
};

} // namespace rd
