#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QList>
#include <QString>

namespace rd {

class Database;

/// One backup file.
struct BackupInfo
{
    QString path;
    QDateTime madeAt;  ///< UTC, from the file name
    qint64 bytes = 0;
    qint64 cases = -1; ///< -1: the file could not be read
};

/**
 * Online backups of a database into a "backups" folder beside it: a consistent copy taken with
 * VACUUM INTO while the program runs (written under a temporary name, then renamed, so a
 * half-written backup never looks like a good one), rotated to the newest few plus one per day
 * for a week and one per week for a month, and restored on request. All of them together may be
 * held to a space limit: see setSpaceLimit().
 */
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int kKeepNewest = 6;
    static constexpr int kKeepDaily = 7;
    static constexpr int kKeepWeekly = 4;

    /// Backups of the database file at @p databasePath, in @p folder (empty: "backups" beside it).
    explicit Backups(QString databasePath, QString folder = {});

    QString folder() const;

    /// Holds all backups together to @p times × the database's size (0: no limit; the program's
    /// default is 5, from Settings). Once a new backup is written and passes its check, older
    /// ones go until the rest fit: first the extra copies of the newest few, then the oldest. A
    /// backup larger than the database now (from before a salvage into a smaller file, say) may
    /// hold what the database lost: it is never removed to make room, and when such backups
    /// leave no room, the new backup is skipped with a message saying so.
    void setSpaceLimit(int times) { m_spaceTimes = times; }

    /// Writes a backup of @p db now, then rotates; returns its path.
    Result<QString> make(Database &db);
    /// Makes a backup if anything changed since the last one (or there is none); returns its
    /// path, or an empty string if nothing had changed.
    Result<QString> makeIfChanged(Database &db);
    /// The backups, newest first, with their case counts.
    QList<BackupInfo> list() const;
    /// Deletes backups beyond the rotation; returns how many went.
    int rotate() const;
    /// Removes older backups until all fit the space limit for a database of @p databaseSize
    /// bytes, never @p newest (checked before anything goes) nor one larger than the database;
    /// stops at the first that cannot be removed. Returns how many went.
    Result<int> keepWithinLimit(qint64 databaseSize, const QString &newest) const;

    /// Replaces the database file with @p backupPath. The database must be closed. The current
    /// file is kept aside as "<name>.before-restore-<time>"; the restored file gets a new
    /// workstation identity, so its history chains do not fork from the file it replaced.
    /// Customers erased in @p erasuresFrom (default: the file being replaced) stay erased.
    Status restore(const QString &backupPath, const QString &erasuresFrom = {}) const;

    /// The file name a backup made at @p at gets.
    QString fileNameFor(const QDateTime &at) const;
    /// When a backup of this name was made; invalid if the name is not one of ours.
    QDateTime madeAt(const QString &fileName) const;

private:
    static Result<QString> changeMarker(Database &db);
    Result<QString> makeWith(Database &db, const QString &marker);
    /// Our backup files in the folder, newest first, without opening them.
    QList<QPair<QDateTime, QFileInfo>> files() const;
    /// What the rotation keeps each of @p files (newest first) for.
    enum class Kept { Newest, Daily, Weekly, No };
    static QList<Kept> rotation(const QList<QPair<QDateTime, QFileInfo>> &files);
    /// The limit in bytes for a database of @p databaseSize bytes (0: none).
    qint64 limitFor(qint64 databaseSize) const { return m_spaceTimes > 0 ? qint64(m_spaceTimes) * databaseSize : 0; }

    QString m_databasePath;
    QString m_folder;
    int m_spaceTimes = 0;
};

} // namespace rd
