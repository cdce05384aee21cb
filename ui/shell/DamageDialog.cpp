#include "shell/DamageDialog.h"

#include "base/LocalTime.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace rd {

std::optional<Recovery> DamageDialog::ask(QWidget *parent, const QString &databasePath, const QStringList &problems,
                                          const std::optional<BackupInfo> &newestBackup)
{
    QMessageBox box(QMessageBox::Critical, tr("The database is damaged"),
                    tr("Recovery Desk found damage in %1 and will not go on writing to a damaged file.")
                        .arg(QDir::toNativeSeparators(databasePath)),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("damageDialog"));
    QString details = tr("The damaged file is kept aside, unchanged. Then you can go back to the newest backup, or "
                         "save what can still be read into a fresh file.");
    QPushButton *restore = nullptr;
    if (newestBackup && newestBackup->cases >= 0) {
        details += QLatin1Char(' ') + tr("The newest backup was made %1 and holds %n case(s).", nullptr, int(newestBackup->cases))
                                          .arg(shortDateTime(newestBackup->madeAt.toMSecsSinceEpoch()));
        restore = box.addButton(tr("&Restore the newest backup"), QMessageBox::AcceptRole);
    }
    QPushButton *salvage = box.addButton(tr("&Save what can be read"), QMessageBox::AcceptRole);
    box.addButton(tr("&Quit"), QMessageBox::RejectRole);
    box.setInformativeText(details);
    box.setDetailedText(problems.join(QLatin1Char('\n')));
    box.setDefaultButton(restore ? restore : salvage);
    box.exec();
    if (restore && box.clickedButton() == restore)
        return Recovery::RestoreNewestBackup;
    if (box.clickedButton() == salvage)
        return Recovery::SaveWhatCanBeRead;
    return std::nullopt;
}

} // namespace rd
