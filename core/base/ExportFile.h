#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

namespace rd {

/**
 * A file the program writes for the user to keep or pass on (a bundle, a CSV list, a PDF, a
 * customer's data): written whole or not at all through QSaveFile, readable by its owner only
 * from the first byte (it holds customers' personal data), and refused when the chosen name is a
 * symbolic link (which would send the data somewhere else) or the open database itself or its
 * -wal/-shm (which an export would wipe out).
 */
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    /// @p databaseFile: the file of the open database (a server address never matches a file).
    ExportFile(const QString &path, const QString &databaseFile);

    /// Why @p path may not be written while @p databaseFile is open; nothing is touched.
    static Status checkTarget(const QString &path, const QString &databaseFile);
    /// Writes @p data to @p path through an ExportFile.
    static Status write(const QString &path, const QString &databaseFile, const QByteArray &data);

    /// Checks the target and opens the temporary file beside it.
    Status open();
    /// The temporary file, for writers that take a device (QPdfWriter); valid after open().
    QIODevice *device() { return &m_file; }
    Status write(const QByteArray &data);
    /// Puts the file in place; until then the target is as it was.
    Status commit();

private:
    Error failure() const;

    QString m_path;
    QString m_databaseFile;
    QSaveFile m_file;
};

} // namespace rd
