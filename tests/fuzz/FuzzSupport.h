#pragma once

// Shared by the fuzz targets: one QCoreApplication (for Qt's SQL plugins) and a scratch folder
// that is the working directory, so whatever an input names stays inside it.
#include <QCoreApplication>
#include <QStandardPaths>
#include <QDir>
#include <QTemporaryDir>

#include <cstdlib>

namespace rd::fuzz {

inline QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

inline void init(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QStandardPaths::setTestModeEnabled(true); // the workstation key a bundle is signed with: never the user's own
    if (!scratch().isValid())
        std::abort();
    QDir::setCurrent(scratch().path());
}

} // namespace rd::fuzz
