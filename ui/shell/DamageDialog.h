#pragma once

#include "safety/Backups.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QWidget;

namespace rd {

/// What to do with a database file the start check found damaged.
enum class Recovery { RestoreNewestBackup, SaveWhatCanBeRead };

/// Tells the employee the file is damaged and asks how to go on: the newest backup (when there is
/// a readable one), what can still be read, or quit. Empty when they chose to quit.
class DamageDialog
{
    Q_DECLARE_TR_FUNCTIONS(DamageDialog)

public:
    static std::optional<Recovery> ask(QWidget *parent, const QString &databasePath, const QStringList &problems,
                                       const std::optional<BackupInfo> &newestBackup);
};

} // namespace rd
