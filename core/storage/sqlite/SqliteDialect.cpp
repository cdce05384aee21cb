#include "storage/SqlDialect.h"

#include "search/sqlite/SqliteSearch.h"

namespace rd {

namespace {

class SqliteDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::SQLite; }
    // IMMEDIATE takes the file's write lock at once: no upgrade from reader to writer can fail midway.
    QStringList beginWrite() const override { return {QStringLiteral("BEGIN IMMEDIATE")}; }
    // A file has one writer at a time: a transaction of a few records locks all of it too.
    QStringList beginWriteOf(const QList<qint32> &) const override { return beginWrite(); }
    QStringList lockRecords(const QList<qint32> &) const override { return {}; }
    QStringList lockWhole() const override { return {}; }
    // In WAL mode a read transaction sees the file as of its first read, however long it lasts.
    QString beginSnapshot() const override { return QStringLiteral("BEGIN"); }
    QString foldCase(const QString &expr) const override { return expr + QStringLiteral(" COLLATE NOCASE"); }
    QString likeIgnoringCase() const override { return QStringLiteral("LIKE"); } // ASCII case is ignored by default
    QString jsonText(const QString &column, const QString &key) const override
    {
        // Data that is not JSON (a damaged row) reads as NULL instead of failing the whole query.
        return QStringLiteral("CASE WHEN json_valid(%1) THEN json_extract(%1, '$.%2') END").arg(column, key);
    }
    QString bytewise(const QString &textExpr) const override { return textExpr; } // BINARY is the default
    QString jsonValid(const QString &column) const override { return QStringLiteral("json_valid(%1)").arg(column); }
    bool rowsInSequenceOrder() const override { return true; }
    QString rowNumber(const QString &alias) const override { return alias + QStringLiteral(".rowid"); }
    QString columnType(ColumnType type) const override
    {
        switch (type) {
        case ColumnType::Text: return QStringLiteral("TEXT");
        case ColumnType::Integer: return QStringLiteral("INTEGER");
        case ColumnType::Sequence: return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
        }
        return QStringLiteral("TEXT");
    }
    QString insertJsonRows(const QString &table, const QStringList &columns, const QList<ColumnType> &) const override
    {
        QStringList picks;
        for (int i = 0; i < columns.size(); ++i)
            picks << QStringLiteral("json_extract(value, '$[%1]')").arg(i); // SQLite keeps each value's JSON type
        return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM json_each(?)")
            .arg(table, columns.join(QStringLiteral(", ")), picks.join(QStringLiteral(", ")));
    }
    // NORMAL sync is safe in WAL and far faster for batches; a large page cache keeps the
    // indexes in memory while they grow.
    QStringList bulkLoad(bool on) const override
    {
        if (on)
            return {QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA cache_size=-65536")};
        return {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA cache_size=-2000")};
    }
    // Index pages stay in memory until the commit, instead of being read again and again and
    // spilled into the log half-written (a 100,000-case import into a 1M-case file: its case rows
    // took 4.7 s instead of 7.7 s).
    QStringList largeWrite(bool on) const override
    {
        return {on ? QStringLiteral("PRAGMA cache_size=-262144") : QStringLiteral("PRAGMA cache_size=-2000")};
    }
    QStringList longWork(bool) const override { return {}; } // no session is ended for waiting
    QStringList beforeErasing() const override { return {QStringLiteral("PRAGMA secure_delete=ON")}; }
    // The erased text also sits in the write-ahead log until it is checkpointed: copied into the
    // (overwritten) pages and cut back to nothing.
    QStringList afterErasing(const QStringList &) const override
    {
        return {QStringLiteral("PRAGMA secure_delete=OFF"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")};
    }
    QStringList rebuildIndex(const QString &name, const QString &, const QString &create) const override
    {
        return {QStringLiteral("DROP INDEX IF EXISTS ") + name, create};
    }
    QString readVersion() const override { return QStringLiteral("PRAGMA user_version"); }
    QString writeVersion(int version) const override { return QStringLiteral("PRAGMA user_version=%1").arg(version); }
    QStringList createTrigger(const TriggerSpec &t) const override
    {
        return {QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 FOR EACH ROW%3 BEGIN %4; END")
                    .arg(t.name, t.table, t.when.isEmpty() ? QString() : QStringLiteral(" WHEN ") + t.when, t.statement)};
    }
    std::unique_ptr<SearchEngine> searchEngine(Database &db) const override { return std::make_unique<SqliteSearch>(db); }
};

} // namespace

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace rd
