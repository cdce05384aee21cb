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
    // Takes rights away from others; never gives the owner more than they had (a file made
    // read-only on purpose stays read-only).
    const QFile::Permissions current = QFileInfo(path).permissions();
    const QFile::Permissions ownerOnly =
        current & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
    if (ownerOnly == current)
        return true;
    return QFile::setPermissions(path, ownerOnly);
}

} // namespace rd
