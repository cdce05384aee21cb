#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rd {

class Database;

/// What a salvage saved.
struct SalvageStats
{
    qint64 rowsSaved = 0;
    qint64 rowsLost = 0; ///< unreadable, or referring to a record that was lost
    qint64 cases = 0;    ///< cases in the fresh file
};

/**
 * What happens when a database file is damaged: finding it (SQLite's quick_check), keeping the
 * damaged file aside untouched, and reading what can still be read into a fresh file.
 */
class Salvage
{
    Q_DECLARE_TR_FUNCTIONS(Salvage)

public:
    /// The problems PRAGMA quick_check reports for the file behind @p db; empty when it is sound.
    static Result<QStringList> check(Database &db);
    /// As check() on the file at @p path, opened read-only on its own connection.
    static Result<QStringList> check(const QString &path);

    /// Moves the file at @p path (and its -wal and -shm files) aside as "<path>.corrupt-<time>";
    /// returns the new name. The file must not be open.
    static Result<QString> setAside(const QString &path);

    /// Copies every readable row of @p damagedPath into a new database at @p freshPath, parents
    /// before children, row by row where a whole table cannot be read; rows that cannot be
    /// read, or whose parent was lost, are counted and left out.
    static Result<SalvageStats> salvage(const QString &damagedPath, const QString &freshPath);
};

} // namespace rd
