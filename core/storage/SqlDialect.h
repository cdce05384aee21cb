#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace rd {

class Database;
class SearchEngine;

/// Where the data lives: a SQLite file on this PC, or a team database on a PostgreSQL server.
enum class Backend { SQLite, PostgreSQL };

/// The kinds of column in the schema description (Schema::tables()).
enum class ColumnType {
    Text,
    Integer, ///< 64-bit: timestamps are milliseconds since the epoch
    Sequence ///< the history's own numbering: ascending, never reused
};

/// A trigger that runs one portable statement after each row inserted into @p table (the
/// statement and the condition name the new row NEW), written out by each backend's dialect.
struct TriggerSpec
{
    QString name;
    QString table;
    QString when;      ///< a condition on NEW, or empty
    QString statement; ///< portable SQL
};

/**
 * What differs between the SQL of SQLite and of PostgreSQL, in one place per backend: the
 * stores write portable SQL and ask the dialect for the few pieces that differ. SQLite's own SQL
 * (pragmas, FTS5, attached files) lives only in the core/Sqlite*.cpp files, PostgreSQL's only in
 * core/Postgres*.cpp and DatabaseServer.cpp; a test keeps it that way (tests/SqlBoundary.cmake).
 */
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    static const SqlDialect &sqlite();
    static const SqlDialect &postgresql();
    static const SqlDialect &of(Backend backend) { return backend == Backend::SQLite ? sqlite() : postgresql(); }

    virtual Backend backend() const = 0;
    /// The statements that begin a write transaction. Writers take turns, on a server as in a
    /// file, so a store's read-then-write never loses another writer's change.
    virtual QStringList beginWrite() const = 0;
    /// The statements that begin a write transaction changing only the records named by
    /// @p records (stable numbers, Transaction::recordLock, sorted, no repeats): writers of other
    /// records go on at the same time where the backend allows it (on a server), while work on
    /// the whole database (beginWrite) still waits for all of them and they for it.
    virtual QStringList beginWriteOf(const QList<qint32> &records) const = 0;
    /// The statements that add @p records to a transaction begun by beginWriteOf (a store call
    /// nested in another one that touches one more record); none where the file has one writer.
    virtual QStringList lockRecords(const QList<qint32> &records) const = 0;
    /// The statements that widen a transaction begun by beginWriteOf to the whole database.
    virtual QStringList lockWhole() const = 0;
    /// The statement that begins a transaction reading one consistent state of the whole database
    /// while others go on writing (for copies and exports).
    virtual QString beginSnapshot() const = 0;
    /// @p expr as compared and sorted without regard to upper and lower case.
    virtual QString foldCase(const QString &expr) const = 0;
    /// LIKE that ignores upper and lower case.
    virtual QString likeIgnoringCase() const = 0;
    /// The text of member @p key of the JSON object in @p column (an event's data).
    virtual QString jsonText(const QString &column, const QString &key) const = 0;
    /// A condition that holds when @p column is valid JSON.
    virtual QString jsonValid(const QString &column) const = 0;
    /// The text expression @p textExpr compared byte by byte (not by a language's collation), so
    /// the same texts sort the same on every backend and every server's locale.
    virtual QString bytewise(const QString &textExpr) const = 0;
    /// Whether an index keeps the rows of one key in the order of the table's sequence column by
    /// itself (SQLite: the sequence is the rowid, which every index entry ends with).
    virtual bool rowsInSequenceOrder() const = 0;
    /// A whole number naming one row of the table called @p alias in a query (SQLite: its rowid),
    /// cheaper to read and hash than its id; empty where the backend has none.
    virtual QString rowNumber(const QString &alias) const = 0;
    /// The declaration of a column of @p type (with its key clause for a sequence).
    virtual QString columnType(ColumnType type) const = 0;
    /// INSERT INTO @p table (@p columns) of the rows of one bound parameter: a JSON array of
    /// arrays, each value in column order; @p types are the columns' types.
    virtual QString insertJsonRows(const QString &table, const QStringList &columns, const QList<ColumnType> &types) const = 0;
    /// Session settings for a bulk load of generated data (@p on), and back to the usual ones.
    virtual QStringList bulkLoad(bool on) const = 0;
    /// Session settings for one transaction that writes a great many rows into a large database
    /// (a bundle's import), keeping its durability; and back to the usual ones. Includes longWork().
    virtual QStringList largeWrite(bool on) const = 0;
    /// Session settings for one transaction that stays open while this PC works on what it read
    /// (a move between databases), and back to the usual ones.
    virtual QStringList longWork(bool on) const = 0;
    /// Before a privacy erase: freed space is overwritten, where the backend can.
    virtual QStringList beforeErasing() const = 0;
    /// After a privacy erase of rows in @p tables: nothing of the erased text lingers in old row
    /// versions or freed space (the search index is compacted separately).
    virtual QStringList afterErasing(const QStringList &tables) const = 0;
    /// A query for the data format the database is in, and the statement that records @p version.
    virtual QString readVersion() const = 0;
    virtual QString writeVersion(int version) const = 0;
    /// The statements that create @p trigger.
    virtual QStringList createTrigger(const TriggerSpec &trigger) const = 0;
    /// The statements that drop the index @p name and make it again with @p create, unless it
    /// already has these @p columns (as "a, b"), where the backend can tell cheaply.
    virtual QStringList rebuildIndex(const QString &name, const QString &columns, const QString &create) const = 0;
    /// The search index of @p db (which must use this dialect).
    virtual std::unique_ptr<SearchEngine> searchEngine(Database &db) const = 0;
};

} // namespace rd
