#include "safety/Backups.h"

#include "storage/Database.h"
#include "storage/HistorySeal.h"
#include "base/OwnerOnly.h"
#include "safety/Privacy.h"
#include "storage/sqlite/SqliteFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStorageInfo>

namespace rd {

namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");
constexpr qint64 kSpareBytes = 64 * 1024 * 1024; // beyond the copies: room for the day's work

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

} // namespace

Backups::Backups(QString databasePath, QString folder) : m_databasePath(std::move(databasePath)), m_folder(std::move(folder)) {}

QString Backups::folder() const
{
    return m_folder.isEmpty() ? QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups")) : m_folder;
}

QString Backups::fileNameFor(const QDateTime &at) const
{
    return QStringLiteral("%1-%2.sqlite").arg(QFileInfo(m_databasePath).completeBaseName(), at.toUTC().toString(kStamp));
}

QDateTime Backups::madeAt(const QString &fileName) const
{
    const QString prefix = QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-');
    if (!fileName.startsWith(prefix) || !fileName.endsWith(QLatin1String(".sqlite")))
        return {};
    // Read as the UTC it was written in: parsed whole, a stamp in the local clock's spring-forward
    // hour would come back invalid or an hour off.
    const QString stamp = fileName.mid(prefix.size(), kStamp.size());
    const QDateTime at(QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd")),
                       QTime::fromString(stamp.mid(9, 6), QStringLiteral("HHmmss")), Qt::UTC);
    // Exactly the name a backup gets: rotation and the space limit delete these, never a copy
    // someone made beside them ("desk-20261130-101500 before the move.sqlite").
    if (!at.isValid() || fileNameFor(at) != fileName)
        return {};
    return at;
}

Result<QString> Backups::changeMarker(Database &db)
{
    // Every change to cases, customers, promises and callbacks appends an event; improvement
    // items and reflections carry their own update times.
    auto marker = db.scalar(QStringLiteral(
        "SELECT coalesce((SELECT max(seq) FROM case_event), 0) || ':' || "
        "coalesce((SELECT max(updated_at) FROM improvement_item), 0) || ':' || "
        "coalesce((SELECT max(updated_at) FROM improvement_case), 0) || ':' || "
        "coalesce((SELECT max(updated_at) FROM reflection), 0)"));
    if (!marker)
        return marker.error();
    return marker->toString();
}

Result<QString> Backups::make(Database &db)
{
    auto marker = changeMarker(db);
    if (!marker)
        return marker.error();
    return makeWith(db, marker.value());
}

Result<QString> Backups::makeWith(Database &db, const QString &marker)
{
    QDir dir(folder());
    if (!dir.mkpath(QStringLiteral(".")))
        return Error{Error::Code::Storage,
                     tr("Could not create the backup folder %1. Check that you may write there.").arg(shown(folder()))};
    restrictToOwner(folder());
    removeLeftovers();
    // A backup must never fill the disk the database itself needs: keep room for two more copies.
    const qint64 size = QFileInfo(db.path()).size() + QFileInfo(db.path() + QStringLiteral("-wal")).size();
    const QStorageInfo disk(folder());
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < 2 * size + kSpareBytes)
        return Error{Error::Code::Storage,
                     tr("Not enough free space for a backup in %1: it needs about %2 MB and leaves room for the database; "
                        "%3 MB are free. Free some space or choose another backup folder in Settings.")
                         .arg(shown(folder()))
                         .arg(2 * size / (1024 * 1024) + 1)
                         .arg(disk.bytesAvailable() / (1024 * 1024))};
    QDateTime at = db.clock().nowUtc();
    QString target = dir.filePath(fileNameFor(at));
    while (QFileInfo::exists(target)) { // two backups in one second: the next free second
        at = at.addSecs(1);
        target = dir.filePath(fileNameFor(at));
    }
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (auto s = SqliteFile::copyTo(db, partial); !s) {
        QFile::remove(partial);
        return Error{s.error().code, tr("The backup into %1 failed: %2").arg(shown(folder()), s.message())};
    }
    restrictToOwner(partial);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{Error::Code::Storage, tr("The backup could not be renamed to %1.").arg(shown(target))};
    }
    // Checked before it counts: a backup that does not hold replaces none, and is tried again.
    bool holds = false;
    {
        auto copy = Database::openReadOnly(target);
        auto check = copy ? SqliteFile::check(*copy.value()) : Result<QStringList>(copy.error());
        holds = check && check.value() == QStringList{QStringLiteral("ok")};
    } // closed before it may be removed
    if (!holds) {
        QFile::remove(target);
        return Error{Error::Code::Storage, tr("The new backup did not pass its check and was removed; the older backups are kept.")};
    }
    if (auto r = db.exec(QStringLiteral("INSERT INTO setting VALUES ('backup_marker', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {marker}); !r)
        return r.error();
    rotate(target);
    if (auto trimmed = keepWithinLimit(QFileInfo(target).size(), target); !trimmed)
        return trimmed.error();
    return target;
}

void Backups::removeLeftovers() const
{
    // A backup cut off halfway (the program ended during the copy) leaves its ".part" behind.
    for (const QFileInfo &f : QDir(folder()).entryInfoList({QStringLiteral("*.sqlite.part")}, QDir::Files))
        if (madeAt(f.fileName().chopped(5)).isValid())
            QFile::remove(f.absoluteFilePath());
}

Result<int> Backups::keepWithinLimit(qint64 backupSize, const QString &newest) const
{
    const qint64 limit = limitFor(backupSize);
    if (limit <= 0)
        return 0;
    const auto found = files(); // newest first
    const QList<Kept> kept = rotation(found);
    // A backup well larger than the new one holds what the database has lost since (a salvage
    // into a smaller file, a mass erase): kept outside the limit, until the rotation lets it go.
    const auto spared = [backupSize](const QFileInfo &f) { return f.size() > backupSize + backupSize / 4; };
    qint64 used = 0;
    for (const auto &f : found)
        if (!spared(f.second))
            used += f.second.size();
    if (used <= limit)
        return 0;
    // The extra copies of the newest few go first (each day keeps its own newest), then the
    // oldest; never the new backup, nor one larger than the database.
    QList<int> order;
    for (int pass = 0; pass < 2; ++pass)
        for (int i = int(found.size()) - 1; i >= 0; --i)
            if ((kept.at(i) == Kept::Newest) == (pass == 0))
                order << i;
    int removed = 0;
    for (int i : std::as_const(order)) {
        const QFileInfo &file = found.at(i).second;
        if (used <= limit)
            break;
        if (file.absoluteFilePath() == QFileInfo(newest).absoluteFilePath() || spared(file))
            continue;
        if (!QFile::remove(file.absoluteFilePath()))
            return Error{Error::Code::Storage, tr("The backup was made, but the older backup %1 could not be removed to keep "
                                                  "backups within their room; the older ones are kept. Check the folder's "
                                                  "permissions.")
                                                   .arg(shown(file.absoluteFilePath()))};
        used -= file.size();
        ++removed;
    }
    return removed;
}

Result<QString> Backups::makeIfChanged(Database &db)
{
    auto marker = changeMarker(db);
    if (!marker)
        return marker.error();
    auto last = db.scalar(QStringLiteral("SELECT value FROM setting WHERE key = 'backup_marker'"));
    if (!last)
        return last.error();
    if (last->isValid() && last->toString() == marker.value() && !files().isEmpty())
        return QString();
    return makeWith(db, marker.value());
}

QList<QPair<QDateTime, QFileInfo>> Backups::files() const
{
    QList<QPair<QDateTime, QFileInfo>> found;
    for (const QFileInfo &f : QDir(folder()).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const QDateTime at = madeAt(f.fileName());
        if (at.isValid())
            found.append({at, f});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    return found;
}

QList<BackupInfo> Backups::list() const
{
    QList<BackupInfo> out;
    for (const auto &[at, file] : files()) {
        BackupInfo b;
        b.madeAt = at;
        b.path = file.absoluteFilePath();
        b.bytes = file.size();
        if (auto db = Database::openReadOnly(b.path))
            if (auto n = db.value()->scalar(QStringLiteral("SELECT count(*) FROM case_record")); n)
                b.cases = n->toLongLong();
        out << b;
    }
    return out;
}

QList<Backups::Kept> Backups::rotation(const QList<QPair<QDateTime, QFileInfo>> &files)
{
    QList<Kept> kept;
    QSet<QDate> days;
    QSet<int> weeks;
    for (int i = 0; i < files.size(); ++i) {
        const QDate day = files.at(i).first.toLocalTime().date();
        int year = 0;
        const int week = day.weekNumber(&year) + year * 100;
        Kept why = i < kKeepNewest ? Kept::Newest : Kept::No;
        if (!days.contains(day) && days.size() < kKeepDaily) {
            why = Kept::Daily;
            days.insert(day);
        } else if (!days.contains(day) && !weeks.contains(week) && weeks.size() < kKeepWeekly) {
            why = Kept::Weekly;
            weeks.insert(week);
        }
        days.insert(day); // a day seen counts even when an earlier backup of it was kept
        kept << why;
    }
    return kept;
}

int Backups::rotate(const QString &keep) const
{
    const auto files = this->files();
    const QList<Kept> kept = rotation(files);
    int removed = 0;
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i).second.absoluteFilePath();
        if (kept.at(i) == Kept::No && path != QFileInfo(keep).absoluteFilePath() && QFile::remove(path))
            ++removed;
    }
    return removed;
}

Status Backups::restore(const QString &backupPath, const QString &erasuresFrom) const
{
    // A customer erased since the backup was made must not come back with it.
    QList<QPair<QString, QString>> erased;
    {
        // The live file, when it opens but cannot list its erasures, is not replaced blindly. A
        // damaged file set aside (@p erasuresFrom) gives what it can: recovering from damage must
        // not fail because the damage reaches the history too.
        const bool damaged = !erasuresFrom.isEmpty();
        if (auto current = Database::openReadOnly(damaged ? erasuresFrom : m_databasePath)) {
            auto list = Privacy(*current.value()).erasedCustomers();
            if (!list && !damaged)
                return Error{list.error().code,
                             tr("The backup was not restored: the customers erased since cannot be read from the current "
                                "database (%1), and an erased customer must not come back.")
                                 .arg(list.message())};
            if (list)
                erased = std::move(list).value();
        }
    }
    {
        auto backup = Database::openReadOnly(backupPath);
        if (!backup)
            return Error{backup.error().code, tr("The backup cannot be restored: %1").arg(backup.message())};
        auto check = SqliteFile::check(*backup.value());
        if (!check || check.value() != QStringList{QStringLiteral("ok")})
            return Error{Error::Code::Storage, tr("The backup %1 is damaged; choose an older one.").arg(shown(backupPath))};
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(kStamp);
    const QString aside = m_databasePath + QStringLiteral(".before-restore-") + stamp;
    const QString incoming = m_databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error{Error::Code::Storage,
                     tr("Could not copy the backup next to %1. Is the disk full?").arg(shown(m_databasePath))};
    restrictToOwner(incoming);
    if (QFileInfo::exists(m_databasePath)) {
        if (!Database::moveFiles(m_databasePath, aside)) {
            QFile::remove(incoming);
            return Error{Error::Code::Storage,
                         tr("Could not move %1 aside; is it still open in another program?").arg(shown(m_databasePath))};
        }
    }
    if (!QFile::rename(incoming, m_databasePath))
        return Error{Error::Code::Storage, tr("Could not put the backup in place of %1; the previous file is kept as %2.")
                                               .arg(shown(m_databasePath), shown(aside))};
    auto db = Database::open(m_databasePath);
    if (!db)
        return db.error();
    // The history written here before keeps counting as this file's own (SignedHistory): the
    // identity it had is remembered beside the new one.
    auto ids = HistorySeal::idsWrittenUnder(*db.value());
    if (!ids)
        return ids.error();
    if (auto s = HistorySeal::rememberFormerIds(*db.value(), ids.value()); !s)
        return s;
    for (const auto &[key, value] : {std::pair{QStringLiteral("workstation"), HistorySeal::newWorkstationId()},
                                     std::pair{QStringLiteral("file_token"), Database::newFileToken()}})
        if (auto r = db.value()->exec(QStringLiteral("INSERT INTO setting VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {key, value}); !r)
            return r.error();
    auto carried = Privacy(*db.value()).carryOverErasures(erased);
    return carried ? Status() : Status(carried.error());
}

} // namespace rd
