#pragma once

#include <QFile>
#include <QFileInfo>
#include <QString>

namespace rd {

/// Makes @p path readable and writable by its owner only (0600 for files, 0700 for folders on
/// Linux): customers' complaints are personal data. On Windows the files live in the user's own
/// profile, which already keeps other users out; Qt only toggles the read-only flag there.
inline bool restrictToOwner(const QString &path)
{
    if (!QFileInfo::exists(path))
        return true;
    QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
    if (QFileInfo(path).isDir())
        owner |= QFile::ExeOwner;
    return QFile::setPermissions(path, owner);
}

} // namespace rd
