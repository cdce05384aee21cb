#pragma once

#include "base/Clock.h"
#include "base/Result.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <unordered_map>
#include <utility>
#include <memory>

class QSqlError;

namespace rd {

/**
 * One open Recovery Desk database: a SQLite file (the connection, its pragmas and schema
 * version) or a team database on a PostgreSQL server (named by a postgresql:// address).
 *
 * Opening checks that the data is ours and migrates it forward; writes go through a
 * Transaction. One Database belongs to one thread (Qt SQL connections are per thread).
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// Version of the schema this build writes; stored in PRAGMA user_version.
    static constexpr int kSchemaVersion = 15;
    /// PRAGMA application_id of a Recovery Desk database ("RDK1").
    static constexpr qint32 kApplicationId = 0x52444B31;

    struct Options
    {
        bool readOnly = false;
        int busyTimeoutMs = 5000; ///< how long to wait for another process's lock
        /// On a server: this PC's name in the history seals (empty: one derived from the machine
        /// and the user). A file keeps its own in its settings.
        QString workstation;
    };

    /// Whether @p location names a server database (postgresql://user@host:port/name).
    static bool isServerAddress(const QString &location);

    /// Opens (or creates) the file at @p path, checking and migrating it.
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }
    /// Opens @p path for reading only (a review archive, a backup, a worker's connection).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path)
    {
        Options options;
        options.readOnly = true;
        return open(path, options);
    }
    /// Moves the -wal and -shm files of the (closed) database at @p path to those of @p to: they
    /// belong to that file, and a file later put at @p path must not be read through them.
    static void moveSidecars(const QString &path, const QString &to);
    /// Moves the closed database at @p path, with its -wal and -shm, to @p to; false if the file itself did not move.
    static bool moveFiles(const QString &path, const QString &to);

    /// The database in the user's data folder, used when no --database is given.
    static QString defaultPath();
    /// The name written as actor and default owner: the operating-system user.
    static QString defaultActor();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The file, or the server address without its password.
    QString path() const { return m_path; }
    Backend backend() const { return m_dialect->backend(); }
    const SqlDialect &dialect() const { return *m_dialect; }
    /// The name this client seals its history events with on a server (empty for a file).
    QString clientWorkstation() const { return m_options.workstation; }
    bool isReadOnly() const { return m_options.readOnly; }
    /// How this connection was opened: a worker's own connection to the same database opens with these.
    const Options &options() const { return m_options; }
    QSqlDatabase connection() const;

    const Clock &clock() const { return *m_clock; }
    std::shared_ptr<const Clock> sharedClock() const { return m_clock; }
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    /// Runs @p sql with bound @p params on a cached prepared statement.
    /// The returned query stays valid until the same SQL text is run again.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &params = {});
    /// Runs @p sql once on a statement of its own that is finished at once: for statements that
    /// change the schema or attach files, which a lingering cached statement would keep locked.
    Status execOnce(const QString &sql, const QVariantList &params = {});
    /// Runs each of @p statements once (a dialect's session settings), every one of them even
    /// after one fails, so settings being put back are all tried; the first error.
    Status execEach(const QStringList &statements);
    /// The cached prepared statement for @p sql, for loops that run it many times through run().
    Result<QSqlQuery *> prepare(const QString &sql);
    /// Runs a statement from prepare() with bound @p params.
    Result<QSqlQuery *> run(QSqlQuery *statement, const QVariantList &params);
    /// Runs a statement that returns one value (a count, a pragma); an invalid QVariant if no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &params = {});

    /// Runs a query and maps every row with @p map (a function of const QSqlQuery&).
    template <typename Map>
    auto selectAll(const QString &sql, const QVariantList &params, Map map)
        -> Result<QList<decltype(map(std::declval<const QSqlQuery &>()))>>
    {
        using Row = decltype(map(std::declval<const QSqlQuery &>()));
        auto r = exec(sql, params);
        if (!r)
            return r.error();
        QList<Row> rows;
        while (r.value()->next())
            rows.append(map(*r.value()));
        // SQLite's step error (a damaged page, an I/O error) ends next() as the last row would.
        if (auto failed = readError(*r.value()); !failed)
            return failed.error();
        r.value()->finish();
        return rows;
    }

    /// As selectAll() for one row; @p notFound is returned when there is none.
    template <typename Map>
    auto selectOne(const QString &sql, const QVariantList &params, Map map, const Error &notFound)
        -> Result<decltype(map(std::declval<const QSqlQuery &>()))>
    {
        auto r = exec(sql, params);
        if (!r)
            return r.error();
        if (!r.value()->next())
            return notFound;
        auto row = map(*r.value());
        r.value()->finish();
        return row;
    }

    /// Re-creates any secondary index that is missing and, when a bulk load left the
    /// "search_rebuild" note, rebuilds the search index: at the end of a bulk load, and on
    /// open after one was interrupted. Cheap (two lookups) when there is nothing to do.
    Status ensureIndexes();

    /// Whether the file this connection writes to is still the one at path().
    enum class Whereabouts { InPlace, Deleted, Replaced, WalMissing };
    /// Checks that the file was not deleted, replaced or stripped of its -wal file by another
    /// program while open; any of these would make later writes vanish on close. About 1 ms.
    Whereabouts whereabouts() const;
    /// Writes a consistent copy of everything this connection can read to @p target: after
    /// whereabouts() said the file is gone, this still reaches all of it through the open handle.
    Status rescueTo(const QString &target);
    /// A new random identity for a file (kept in its settings; renewed when a backup is restored).
    static QString newFileToken();

    /// On a server: whether a statement found the server unreachable, since the connection was
    /// last known to work (always false for a file). While it is, statements fail at once rather
    /// than each trying to connect again; checkConnection() ends it.
    bool connectionLost() const { return m_connectionLost; }
    /// On a server, between transactions: tries the connection, opening it again if it dropped;
    /// whether it works now. Blocks up to the connect timeout (5 s) when the network hangs: call it
    /// once a probe on another thread found the server reachable.
    bool checkConnection();

    /// Drops the prepared statements (after the schema changed under them).
    void forgetStatements() { m_statements.clear(); }
    /// How many prepared statements this connection keeps (each distinct SQL text is one).
    std::size_t cachedStatements() const { return m_statements.size(); }

    /// How many Transactions are open on this connection; inner ones are savepoints.
    int transactionDepth() const { return m_transactionDepth; }

    /// Turns a driver error into a message naming this file, what failed and what to do.
    Error errorFrom(const QSqlError &error, const QString &action) const;
    /// After the last next() of a loop over @p query: the error that ended it early, if one did
    /// (SQLite reports a failed step as the end of the rows), as a message saying it failed to @p action.
    Status readError(const QSqlQuery &query, const QString &action = QString()) const;

private:
    Database(QString path, Options options, QString connectionName);
    // In a file (SqliteDatabase.cpp):
    static Result<std::unique_ptr<Database>> openFile(const QString &path, const Options &options);
    Status configure();
    Status checkAndMigrate();
    Status loadFileToken();
    Error fileError(const QSqlError &error, const QString &action) const;
    // On a server (DatabaseServer.cpp):
    static Result<std::unique_ptr<Database>> openServer(const QString &address, Options options);
    Status createOrCheckServerSchema();
    Result<QSqlQuery *> execNow(const QString &sql, const QVariantList &params);
    /// The query kept for @p sql on this connection, made (and @p prepared) on first use.
    Result<QSqlQuery *> cached(const QString &sql, bool prepared);
    /// A name for a new Qt SQL connection, unique in this process.
    static QString connectionName(const QString &kind);
    /// Session settings of a server connection (schema search path, read-only mode).
    Status setUpServerSession();
    bool serverReachable();
    /// Opens the server connection again after it dropped; false if the server cannot be reached.
    bool reconnect();
    Error serverError(const QSqlError &error, const QString &action) const;
    static QString defaultWorkstation();
    static void bindAll(QSqlQuery &q, const QVariantList &params);

    QString m_path;
    Options m_options;
    QString m_connectionName;
    std::shared_ptr<const Clock> m_clock;
    QString m_actor;
    QString m_fileToken;
    const SqlDialect *m_dialect = &SqlDialect::sqlite();
    int m_transactionDepth = 0;
    Transaction::Held m_held; ///< what the open transaction holds locked
    mutable bool m_connectionLost = false; ///< set where a server error is explained (serverError)
    friend class Transaction;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements; ///< prepared once per connection
};

} // namespace rd
