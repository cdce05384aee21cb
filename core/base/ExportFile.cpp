#include "base/ExportFile.h"

#include <QDir>
#include <QFileInfo>

namespace rd {

namespace {

// The path with every symbolic link and ".." resolved, also for a file not made yet (through its
// folder); empty when even the folder does not exist.
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(info.fileName());
}

bool samePath(const QString &a, const QString &b)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return a.compare(b, Qt::CaseInsensitive) == 0; // the usual file systems there ignore case
#else
    return a == b;
#endif
}

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

} // namespace

ExportFile::ExportFile(const QString &path, const QString &databaseFile)
    : m_path(path), m_databaseFile(databaseFile), m_file(path)
{
}

Status ExportFile::checkTarget(const QString &path, const QString &databaseFile)
{
    if (path.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput, tr("No file was named to write to.")};
    const QFileInfo info(path);
    // QSaveFile would follow the link and replace whatever it points at.
    if (info.isSymLink())
        return Error{Error::Code::Refused,
                     tr("Did not write %1: it is a symbolic link to another file. Choose a plain file name.").arg(shown(path))};
    if (info.isDir())
        return Error{Error::Code::InvalidInput, tr("Did not write %1: it is a folder. Choose a file name.").arg(shown(path))};
    // A device, pipe or socket (/dev/null, say) would be replaced by a plain file: never.
    if (info.exists() && !info.isFile())
        return Error{Error::Code::Refused,
                     tr("Did not write %1: it is not a plain file (a device or a pipe). Choose a file name.").arg(shown(path))};
    const QString target = canonical(path);
    const QString database = canonical(databaseFile);
    if (!target.isEmpty() && !database.isEmpty()) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (samePath(target, database + suffix))
                return Error{Error::Code::Refused,
                             tr("Did not write %1: it is the open database itself, which this would overwrite. "
                                "Choose another file name.")
                                 .arg(shown(path))};
    }
    return {};
}

Status ExportFile::write(const QString &path, const QString &databaseFile, const QByteArray &data)
{
    ExportFile file(path, databaseFile);
    if (auto s = file.open(); !s)
        return s;
    if (auto s = file.write(data); !s)
        return s;
    return file.commit();
}

Status ExportFile::open()
{
    if (auto s = checkTarget(m_path, m_databaseFile); !s)
        return s;
    if (!m_file.open(QIODevice::WriteOnly))
        return failure();
    // Owner-only before the first byte: QSaveFile gives its temporary file the old target's
    // rights (or the default ones), and the rename at commit keeps whatever the temporary had.
    if (!m_file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        m_file.cancelWriting();
        return failure();
    }
    return {};
}

Status ExportFile::write(const QByteArray &data)
{
    if (m_file.write(data) != data.size())
        return failure();
    return {};
}

Status ExportFile::commit()
{
    if (!m_file.commit())
        return failure();
    return {};
}

Error ExportFile::failure() const
{
    return Error{Error::Code::Storage, tr("Could not write %1: %2").arg(shown(m_path), m_file.errorString())};
}

} // namespace rd
