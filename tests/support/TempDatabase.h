#pragma once

#include "CatchQt.h"
#include "storage/Database.h"
#include "base/FixedClock.h"

#include <QTemporaryDir>

#include <memory>

namespace rd::test {

/// Runs @p sql on the PostgreSQL test server's maintenance database (named by RD_TEST_POSTGRESQL),
/// on a connection of its own: creating and dropping test databases, cutting one off. A failure
/// is a failed check (never a throw: the destructors use it too); returns whether it worked.
bool onServerAdmin(const QString &sql);

/// A fresh database file in its own temporary folder, with a clock the test controls.
/// The folder and everything in it is removed when the object goes.
/// With RD_TEST_BACKEND=postgresql the database is a new one on the test server named by
/// RD_TEST_POSTGRESQL (scripts/postgres.sh starts one), dropped again at the end.
class TempDatabase
{
public:
    /// Opens "test.sqlite" in a new folder; the clock starts at 2026-11-26 09:00 UTC.
    TempDatabase();
    ~TempDatabase();

    /// Whether this test process runs its store tests on the PostgreSQL test server.
    static bool onServer();
    /// The name under which every TempDatabase trusts this test process's own workstation key
    /// (not the host name, so a test can still send as an unknown workstation of this host).
    static QString testWorkstationName();

    Database &db() { return *m_db; }
    FixedClock &clock() { return *m_clock; }
    QString dir() const { return m_dir.path(); }
    /// The file, or the server database's address.
    QString path() const;
    /// Closes and reopens the file, as a restart of the program would.
    void reopen();
    /// Closes the file (e.g. before another process or a raw check uses it).
    void close() { m_db.reset(); }

    /// Edits the database as someone with an SQLite tool (or the server's keys) would: around
    /// the triggers that guard the history.
    void tamper(const QStringList &statements);

    /// ms since epoch of @p iso (UTC), for readable tests.
    static qint64 ms(const char *isoUtc);

private:
    void open();

    QTemporaryDir m_dir;
    QString m_serverDatabase; ///< the database made on the test server, if any
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Database> m_db;
};

} // namespace rd::test
