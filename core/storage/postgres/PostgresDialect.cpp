#include "storage/postgres/PostgresDialect.h"

#include "storage/Database.h"
#include "search/postgres/PostgresSearch.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

namespace rd {

namespace {

// How long a session may sit idle inside a transaction before the server ends it: below the
// time a save waits for the write lock (DatabaseServer.cpp), so a PC that hangs holding the lock is
// cut off before the saves waiting behind it give up; long work of the program's own allows more.
const QString kIdleInTransaction = QStringLiteral("4s");
const QString kIdleInLongWork = QStringLiteral("120s");

QString idleTimeout(bool on)
{
    return QStringLiteral("SET idle_in_transaction_session_timeout = '%1'").arg(on ? kIdleInLongWork : kIdleInTransaction);
}

// One advisory lock per record, in the two-number space of this program (the whole database's
// lock is the one-number lock of kApplicationId: a different lock), taken in the order given.
QString recordLocks(const QList<qint32> &records)
{
    QString sql;
    for (qint32 record : records)
        sql += QStringLiteral(", pg_advisory_xact_lock(%1, %2)").arg(Database::kApplicationId).arg(record);
    return sql;
}

class PostgresDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::PostgreSQL; }
    // Locks held until commit, readers never wait for them. Work on the whole database (an
    // import, an erasure, a merge of customers, retention, an upgrade) holds the database's lock
    // alone, so it takes turns with every other writer as on a SQLite file. A store's change of a
    // few records shares that lock and holds one lock per record (a case, a customer): changes of
    // one case take turns, so its read-then-write loses nothing and its history chain grows one
    // event at a time, while changes of different cases go on side by side.
    QStringList beginWrite() const override { return {QStringLiteral("BEGIN"), lockWhole().constFirst()}; }
    QStringList beginWriteOf(const QList<qint32> &records) const override
    {
        return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock_shared(%1)").arg(Database::kApplicationId) +
                                             recordLocks(records)};
    }
    QStringList lockRecords(const QList<qint32> &records) const override
    {
        return {QStringLiteral("SELECT ") + recordLocks(records).mid(2)};
    }
    // Held beside the shared lock: it waits for the other writers to finish (the server finds and
    // ends a deadlock, should two transactions widen at once).
    QStringList lockWhole() const override
    {
        return {QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(Database::kApplicationId)};
    }
    QString beginSnapshot() const override { return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"); }
    QString foldCase(const QString &expr) const override { return QStringLiteral("lower(%1)").arg(expr); }
    QString likeIgnoringCase() const override { return QStringLiteral("ILIKE"); }
    QString jsonText(const QString &column, const QString &key) const override
    {
        return QStringLiteral("(CAST(%1 AS JSONB) ->> '%2')").arg(column, key);
    }
    QString bytewise(const QString &textExpr) const override { return QStringLiteral("(%1) COLLATE \"C\"").arg(textExpr); }
    // PostgreSQL 15 has no test for valid JSON (IS JSON comes with 16). Rows reach a team
    // database only through the stores and through bundles checked row by row in a file first.
    QString jsonValid(const QString &) const override { return QStringLiteral("TRUE"); }
    bool rowsInSequenceOrder() const override { return false; }
    QString rowNumber(const QString &alias) const override { Q_UNUSED(alias); return QString(); }
    QString columnType(ColumnType type) const override
    {
        switch (type) {
        case ColumnType::Text: return QStringLiteral("TEXT");
        case ColumnType::Integer: return QStringLiteral("BIGINT");
        case ColumnType::Sequence: return QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
        }
        return QStringLiteral("TEXT");
    }
    QString insertJsonRows(const QString &table, const QStringList &columns, const QList<ColumnType> &types) const override
    {
        QStringList picks;
        for (int i = 0; i < columns.size(); ++i) {
            // PostgreSQL reads JSON values as text; numbers are cast back to their column's type.
            const QString pick = QStringLiteral("value->>%1").arg(i);
            picks << (types.value(i) == ColumnType::Text ? pick : QStringLiteral("CAST(%1 AS BIGINT)").arg(pick));
        }
        return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM json_array_elements(CAST(? AS JSON))")
            .arg(table, columns.join(QStringLiteral(", ")), picks.join(QStringLiteral(", ")));
    }
    // Generated data: a batch need not wait for its flush to disk (a crash loses the last
    // batches of a demo at most, never a half-written one).
    QStringList bulkLoad(bool on) const override
    {
        return {on ? QStringLiteral("SET synchronous_commit = off") : QStringLiteral("RESET synchronous_commit"), idleTimeout(on)};
    }
    // The server manages its own memory; the transaction may sit idle while this PC works on
    // what it read (checking a bundle's history, writing a file) for longer than a save ever does.
    QStringList largeWrite(bool on) const override { return longWork(on); }
    QStringList longWork(bool on) const override { return {idleTimeout(on)}; }
    QStringList beforeErasing() const override { return {}; }
    // The server keeps old row versions until they are vacuumed away.
    QStringList afterErasing(const QStringList &tables) const override
    {
        QStringList qualified;
        for (const QString &t : tables)
            qualified << QStringLiteral("main.") + t;
        return {QStringLiteral("VACUUM ") + qualified.join(QStringLiteral(", "))};
    }
    // A server has no header to keep it in: it is a setting of the database.
    // A server set up since the index was described this way has it already: rebuilding it there
    // would lock the history against every PC's saves for nothing.
    QStringList rebuildIndex(const QString &name, const QString &columns, const QString &create) const override
    {
        const QString written = QLatin1Char('(') + columns + QLatin1Char(')');
        return {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() "
                               "AND indexname = '%1' AND right(indexdef, %2) = '%3') THEN DROP INDEX IF EXISTS %1; %4; "
                               "END IF; END $$")
                    .arg(name)
                    .arg(written.size())
                    .arg(written, create)};
    }
    QString readVersion() const override
    {
        return QStringLiteral("SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'schema_version'");
    }
    QString writeVersion(int version) const override
    {
        return QStringLiteral("INSERT INTO setting (key, value) VALUES ('schema_version', '%1') "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .arg(version);
    }
    // A row trigger runs a function: one per trigger, named after it.
    QStringList createTrigger(const TriggerSpec &t) const override
    {
        const QString function = t.name + QStringLiteral("_row");
        return {QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN %2; RETURN NULL; END $body$")
                    .arg(function, t.statement),
                QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 FOR EACH ROW%3 EXECUTE FUNCTION %4()")
                    .arg(t.name, t.table, t.when.isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(t.when), function)};
    }
    std::unique_ptr<SearchEngine> searchEngine(Database &db) const override { return std::make_unique<PostgresSearch>(db); }
};

// The history is append-only, as the SQLite triggers keep it: only an erase (which writes the
// "erasing" note in its own transaction) may change an event, and then only its personal data.
const char *const kHistoryGuard = R"(CREATE FUNCTION rd_history_guard() RETURNS trigger LANGUAGE plpgsql AS $guard$
BEGIN
    IF TG_OP = 'DELETE' OR NOT EXISTS (SELECT 1 FROM maintenance WHERE key = 'erasing') THEN
        RAISE EXCEPTION 'case history is append-only';
    END IF;
    IF (NEW.seq, NEW.id, NEW.case_id, NEW.customer_id, NEW.at, NEW.actor, NEW.kind, NEW.workstation,
        NEW.data_hash, NEW.prev_hash, NEW.hash) IS DISTINCT FROM
       (OLD.seq, OLD.id, OLD.case_id, OLD.customer_id, OLD.at, OLD.actor, OLD.kind, OLD.workstation,
        OLD.data_hash, OLD.prev_hash, OLD.hash) THEN
        RAISE EXCEPTION 'case history is append-only: only personal data may be erased';
    END IF;
    RETURN NEW;
END
$guard$)";

} // namespace

const SqlDialect &SqlDialect::postgresql()
{
    static const PostgresDialect dialect;
    return dialect;
}

Status PostgresSchema::create(Database &db)
{
    const SqlDialect &dialect = SqlDialect::postgresql();
    // Accent folding for search where the server has it (package postgresql-contrib; the
    // extension is "trusted": the database owner may create it). Without it, search still
    // works, and "Muller" then finds "Müller" only when typed with the accent.
    auto have = db.scalar(QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'unaccent'"));
    if (!have)
        return have.error();
    bool unaccent = false;
    if (have->toInt() > 0) {
        Transaction attempt(db); // a savepoint: a refusal must not end the whole creation
        if (attempt.ok() && db.execOnce(QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent")).ok())
            unaccent = attempt.commit().ok();
    }
    QStringList statements{QStringLiteral("CREATE SCHEMA IF NOT EXISTS main")};
    for (const TableSpec &table : Schema::tables())
        statements << Schema::createTable(table, dialect);
    for (const IndexSpec &index : Schema::indexes())
        statements << Schema::createIndex(index, dialect);
    for (const TriggerSpec &trigger : Schema::triggers())
        statements << dialect.createTrigger(trigger);
    statements << QLatin1String(kHistoryGuard)
               << QStringLiteral("CREATE TRIGGER case_event_guard BEFORE UPDATE OR DELETE ON case_event "
                                 "FOR EACH ROW EXECUTE FUNCTION rd_history_guard()")
               // The words as the index keeps them: lower case, and without accents where possible.
               << (unaccent ? QStringLiteral("CREATE FUNCTION rd_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE "
                                             "AS $fold$ SELECT lower(public.unaccent('public.unaccent', t)) $fold$")
                            : QStringLiteral("CREATE FUNCTION rd_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE "
                                             "AS $fold$ SELECT lower(t) $fold$"))
               << QStringLiteral("CREATE TABLE case_search (case_id TEXT PRIMARY KEY REFERENCES case_record(id), "
                                 "name TEXT NOT NULL, phone TEXT NOT NULL, email TEXT NOT NULL, body TEXT NOT NULL, "
                                 "document TSVECTOR NOT NULL)")
               // Without the pending list: each save updates the word index itself, instead of one
               // save in many stalling while it merges the list everyone else added (tens of ms).
               << QStringLiteral("CREATE INDEX case_search_document ON case_search USING gin(document) WITH (fastupdate = off)");
    for (const QString &sql : statements)
        if (auto s = db.execOnce(sql); !s)
            return s;
    return {};
}

} // namespace rd
