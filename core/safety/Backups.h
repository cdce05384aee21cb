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

    /// Holds all backups together to @p times × the size of a backup (the database, compact; 0:
    /// no limit; the program's default is 5, from Settings). Once a new backup is written and
    /// passes its check, older ones go until the rest fit: first the extra copies of the newest
    /// few, then the oldest. A backup more than a quarter larger than the new one may hold what
    /// the database has lost since (a salvage into a smaller file, a mass erase): it is kept
    /// outside the limit, until the rotation lets it go.
    void setSpaceLimit(int times) { m_spaceTimes = times; }

    /// Writes a backup of @p db now, then rotates; returns its path.
    Result<QString> make(Database &db);
    /// Makes a backup if anything changed since the last one (or there is none); returns its
    /// path, or an empty string if nothing had changed.
    Result<QString> makeIfChanged(Database &db);
    /// The backups, newest first, with their case counts.
    QList<BackupInfo> list() const;
    /// Deletes backups beyond the rotation, never @p keep; returns how many went.
    int rotate(const QString &keep = {}) const;
    /// Removes older backups until all fit the space limit for backups of @p backupSize bytes,
    /// never @p newest nor one spared for its size (see setSpaceLimit()); stops at the first
    /// that cannot be removed. Returns how many went.
    Result<int> keepWithinLimit(qint64 backupSize, const QString &newest) const;

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
    /// Removes what backups cut off halfway left behind (our ".part" files).
    void removeLeftovers() const;
    /// What the rotation keeps each of @p files (newest first) for.
    enum class Kept { Newest, Daily, Weekly, No };
    static QList<Kept> rotation(const QList<QPair<QDateTime, QFileInfo>> &files);
    /// The limit in bytes for backups of @p backupSize bytes (0: none).
    qint64 limitFor(qint64 backupSize) const { return m_spaceTimes > 0 ? qint64(m_spaceTimes) * backupSize : 0; }

    QString m_databasePath;
    QString m_folder;
    int m_spaceTimes = 0;
};

} // namespace rd
