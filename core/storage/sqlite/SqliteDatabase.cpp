// A database in a file: what SQLite needs to open, check, migrate and watch it, and what its
// errors mean. SQLite's own SQL for this (pragmas, sqlite_master, VACUUM INTO) is here only.
#include "storage/Database.h"

#include "base/OwnerOnly.h"
#include "storage/Schema.h"
#include "search/SearchIndex.h"
#include "storage/sqlite/SqliteFile.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace rd {

namespace {

// SQLite primary result codes we turn into specific advice.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

// Whether the existing file at @p path may be ours, decided without changing it (its rights, its
// journal): another program's file is refused as it was found.
Status checkOwnership(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Error foreign{Error::Code::Foreign,
                        Database::tr("Could not open %1: it is a SQLite database of another program, not of Recovery "
                                     "Desk. Choose another file, or a new file name to start an empty database.")
                            .arg(shown)};
    // The header's application id says whose file it is without opening it.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Storage, Database::tr("Could not open %1: %2").arg(shown, file.errorString())};
    file.close();
    const std::optional<qint32> header = SqliteFile::applicationIdOf(path);
    if (!header)
        return {}; // too short to say; SQLite itself refuses it below
    const qint32 id = *header;
    if (id == Database::kApplicationId)
        return {};
    if (id != 0)
        return foreign;
    // No id in the file yet: ours only while it holds nothing (made empty to start a database
    // in), or when our id waits in its -wal (a new database another window has open). Asked
    // through a connection that cannot write.
    std::optional<bool> ours;
    const QString name = QStringLiteral("rd-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (probe.open()) {
            QSqlQuery q(probe);
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next()) {
                const qint32 seen = q.value(0).toInt();
                if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next())
                    ours = seen == Database::kApplicationId || (seen == 0 && q.value(0).toInt() == 0);
            }
            q.finish();
            probe.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    // Unreadable even for reading (damaged, locked): the open below says what is wrong.
    return ours.value_or(true) ? Status() : Status(foreign);
}

} // namespace

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists()) {
        if (info.isDir())
            return Error{Error::Code::InvalidInput,
                         tr("Could not open %1: it is a folder. Name a database file instead.").arg(shown)};
        // A device or a pipe (/dev/null, /dev/zero) is no database, and must not be chmodded.
        if (!info.isFile())
            return Error{Error::Code::InvalidInput,
                         tr("Could not open %1: it is not a plain file (a device or a pipe). Name a database file instead.")
                             .arg(shown)};
        QString why;
        if (info.size() > 0 && !SqliteFile::looksLikeSqlite(path, &why)) {
            if (!why.isEmpty())
                return Error{Error::Code::Storage, tr("Could not open %1: %2").arg(shown, why)};
            return Error{Error::Code::Foreign,
                         tr("Could not open %1: it is not a Recovery Desk database (not a SQLite file at all). "
                            "Choose another file, or a new file name to start an empty database.")
                             .arg(shown)};
        }
    } else {
        if (options.readOnly)
            return Error{Error::Code::NotFound, tr("Could not open %1: the file does not exist.").arg(shown)};
        const bool newFolder = !QFileInfo::exists(info.absolutePath());
        if (!QDir().mkpath(info.absolutePath()))
            return Error{Error::Code::Storage,
                         tr("Could not create the folder %1 for the database. Check that you may write there.")
                             .arg(QDir::toNativeSeparators(info.absolutePath()))};
        if (newFolder)
            restrictToOwner(info.absolutePath());
        // Created empty first, so the file (and the -wal and -shm files SQLite derives from it)
        // is the user's only from its first byte.
        QFile created(info.absoluteFilePath());
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{Error::Code::Storage,
                         tr("Could not create %1: %2. Check that you may write there.").arg(shown, created.errorString())};
        created.close();
    }
    // Before anything is changed (its rights, its journal): another program's file stays as it was.
    if (info.exists() && info.size() > 0)
        if (auto ours = checkOwnership(info.absoluteFilePath()); !ours)
            return ours.error();
    if (!options.readOnly) {
        restrictToOwner(info.absoluteFilePath());
        // SQLite would quietly open it for reading only, and the first save would fail mid-call.
        if (!QFileInfo(info.absoluteFilePath()).isWritable())
            return Error{Error::Code::Storage,
                         tr("Could not open %1 for writing: the file is read-only. Check its permissions, or open it "
                            "read-only as a review archive.")
                             .arg(shown)};
    }

    const QString name = connectionName(QStringLiteral("rd"));
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), options, name));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!c.isValid())
            return Error{Error::Code::Storage,
                         tr("The SQLite driver for Qt is missing (package libqt6sql6-sqlite). Install it and start again.")};
        c.setDatabaseName(info.absoluteFilePath());
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (options.readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        c.setConnectOptions(connectOptions);
        if (!c.open())
            return db->errorFrom(c.lastError(), tr("open the database"));
    }
    if (auto s = db->configure(); !s)
        return s.error();
    if (auto s = db->checkAndMigrate(); !s)
        return s.error();
    if (auto s = db->loadFileToken(); !s)
        return s.error();
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Status Database::configure()
{
    // Durability first: WAL survives a crash mid-write, FULL syncs every commit to disk.
    if (!m_options.readOnly) {
        auto mode = scalar(QStringLiteral("PRAGMA journal_mode=WAL"));
        if (!mode)
            return mode.error();
        if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error{Error::Code::Storage,
                         tr("Could not switch %1 to write-ahead logging (the file system answered \"%2\"). "
                            "Keep the database on a local disk.")
                             .arg(QDir::toNativeSeparators(m_path), mode->toString())};
    }
    const struct
    {
        const char *set;
        const char *get;
        int expected;
    } pragmas[] = {
        {"PRAGMA synchronous=FULL", "PRAGMA synchronous", 2},
        {"PRAGMA foreign_keys=ON", "PRAGMA foreign_keys", 1},
    };
    for (const auto &p : pragmas) {
        if (auto r = exec(QLatin1String(p.set)); !r)
            return r.error();
        auto v = scalar(QLatin1String(p.get));
        if (!v)
            return v.error();
        if (v->toInt() != p.expected)
            return Error{Error::Code::Storage,
                         tr("Could not set up %1 safely (%2 did not take effect).")
                             .arg(QDir::toNativeSeparators(m_path), QLatin1String(p.set))};
    }
    return {};
}

Status Database::checkAndMigrate()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return appId.error();
    auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    auto objects = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects)
        return objects.error();

    const qint32 id = appId->toInt();
    int current = version->toInt();
    const bool empty = objects->toInt() == 0;
    if (id != kApplicationId && !(id == 0 && empty))
        return Error{Error::Code::Foreign,
                     tr("Could not open %1: it is a SQLite database of another program, not of Recovery Desk. "
                        "Choose another file, or a new file name to start an empty database.")
                         .arg(shown)};
    if (current > kSchemaVersion)
        return Error{Error::Code::TooNew,
                     tr("Could not open %1: it was written by a newer version of Recovery Desk (data format %2; "
                        "this version reads up to %3). Install the newer version to open it.")
                         .arg(shown)
                         .arg(current)
                         .arg(kSchemaVersion)};
    if (current == kSchemaVersion)
        return ensureIndexes();
    if (m_options.readOnly)
        return Error{Error::Code::Refused,
                     tr("Could not open %1 read-only: it must first be upgraded to the current data format. "
                        "Open it once normally.")
                         .arg(shown)};

    while (current < Schema::latestVersion()) {
        const int next = current + 1;
        Transaction tx(*this);
        if (!tx.ok())
            return tx.status();
        // Re-read inside the lock: another process may have migrated meanwhile.
        auto now = scalar(QStringLiteral("PRAGMA user_version"));
        if (!now)
            return now.error();
        if (now->toInt() >= next) {
            current = now->toInt();
            continue;
        }
        for (const QString &sql : Schema::migration(next)) {
            if (auto r = exec(sql); !r)
                return r.error();
        }
        if (auto s = Schema::afterMigration(*this, next); !s)
            return s;
        if (auto r = exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)); !r)
            return r.error();
        if (auto r = exec(QStringLiteral("PRAGMA user_version=%1").arg(next)); !r)
            return r.error();
        if (auto s = tx.commit(); !s)
            return s;
        current = next;
    }
    m_statements.clear(); // statements prepared against the old schema are stale
    // Past format 7, a file takes the same upgrades as a team database.
    if (auto s = Schema::upgrade(*this, Schema::upgrades()); !s)
        return s;
    return ensureIndexes();
}

Status Database::loadFileToken()
{
    auto token = scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'file_token'"));
    if (!token)
        return token.error();
    m_fileToken = token->toString();
    // Written once per file: opening must not need the write lock another program may hold.
    if (!token->isValid() && !m_options.readOnly) {
        m_fileToken = newFileToken();
        if (auto r = exec(QStringLiteral("INSERT OR IGNORE INTO setting VALUES ('file_token', ?)"), {m_fileToken}); !r)
            return r.error();
        auto stored = scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'file_token'"));
        if (!stored)
            return stored.error();
        m_fileToken = stored->toString(); // another process may have been first
    }
    return {};
}

Database::Whereabouts Database::whereabouts() const
{
    if (backend() == Backend::PostgreSQL)
        return Whereabouts::InPlace; // the server keeps it; a lost connection shows as an error
    if (!QFileInfo::exists(m_path))
        return Whereabouts::Deleted;
    // SQLite removes the -wal file only when the last connection closes; while we hold the
    // file open it must be there, or what it held is reachable through our connection only.
    if (!m_options.readOnly && !QFileInfo::exists(m_path + QStringLiteral("-wal")))
        return Whereabouts::WalMissing;
    if (m_fileToken.isEmpty())
        return Whereabouts::InPlace;
    // Another file in its place (restored by hand, copied over) carries another token.
    QString found;
    const QString name = m_connectionName + QStringLiteral("-whereabouts");
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(m_path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (probe.open()) {
            QSqlQuery q(probe);
            if (q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'file_token'")) && q.next())
                found = q.value(0).toString();
            q.finish();
            probe.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return found == m_fileToken ? Whereabouts::InPlace : Whereabouts::Replaced;
}

Status Database::rescueTo(const QString &target)
{
    QFile::remove(target);
    if (auto s = SqliteFile::copyTo(*this, target); !s)
        return s;
    restrictToOwner(target);
    return {};
}

Status Database::ensureIndexes()
{
    if (backend() == Backend::PostgreSQL)
        return {}; // created with the schema; no bulk load drops them there
    if (m_options.readOnly)
        return {};
    auto have = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"));
    if (!have)
        return have.error();
    auto rebuild = scalar(QStringLiteral("SELECT value FROM maintenance WHERE key = 'search_rebuild'"));
    if (!rebuild)
        return rebuild.error();
    const bool indexesMissing = have->toInt() < Schema::secondaryIndexes().size();
    if (!indexesMissing && !rebuild->isValid())
        return {};
    // A bulk load dropped them (and may have been cut off before it finished): put them back.
    return Transaction::run(*this, [&]() -> Status {
        for (const QString &sql : Schema::secondaryIndexes())
            if (auto r = exec(sql); !r)
                return r.error();
        if (rebuild->isValid()) {
            if (auto s = SearchIndex(*this).rebuildAll(); !s)
                return s;
            if (auto r = exec(QStringLiteral("DELETE FROM maintenance WHERE key = 'search_rebuild'")); !r)
                return r.error();
        }
        return {};
    });
}

Error Database::fileError(const QSqlError &error, const QString &action) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xFF; // primary code of an extended one
    if (numeric) {
        switch (code) {
        case kSqliteBusy:
        case kSqliteLocked:
            return {Error::Code::InUse,
                    tr("The database %1 is in use by another program, which kept it locked for %2 seconds. "
                       "Close the other program or Recovery Desk window and try again.")
                        .arg(shown)
                        .arg(m_options.busyTimeoutMs / 1000.0)};
        case kSqliteReadOnly:
            return {Error::Code::Storage,
                    tr("Could not save to %1: the file or its folder is read-only. Check its permissions, "
                       "or start Recovery Desk with --database and a file you may write.")
                        .arg(shown)};
        case kSqliteFull:
            return {Error::Code::Storage,
                    tr("Could not save to %1: the disk is full. Free some space and try again; "
                       "everything saved before is safe.")
                        .arg(shown)};
        case kSqliteCorrupt:
            return {Error::Code::Storage,
                    tr("The database %1 is damaged. Restore it from a backup.").arg(shown)};
        case kSqliteNotADb:
            return {Error::Code::Foreign,
                    tr("Could not open %1: it is not a Recovery Desk database, or it is encrypted or damaged.")
                        .arg(shown)};
        case kSqliteCantOpen:
            return {Error::Code::Storage,
                    tr("Could not open %1: the file or its folder cannot be opened. Check that it exists and "
                       "that you may read and write it.")
                        .arg(shown)};
        default:
            break;
        }
    }
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return {Error::Code::Storage, tr("Could not %1 in %2: %3").arg(action, shown, detail)};
}

} // namespace rd
