#include "shell/RestoreDialog.h"

#include "safety/Backups.h"
#include "base/LocalTime.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd {

RestoreDialog::RestoreDialog(const QString &databasePath, const QString &backupFolder, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));
    const Backups backups(databasePath, backupFolder);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the backup to go back to. Your current file is not deleted: it is kept beside it "
                                "as \"%1.before-restore-…\".")
                                 .arg(QFileInfo(databasePath).fileName()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("Cases"), tr("Size")});
    const QList<BackupInfo> all = backups.list();
    for (const BackupInfo &b : all) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, shortDateTime(b.madeAt.toMSecsSinceEpoch()));
        item->setText(1, b.cases < 0 ? tr("unreadable") : QLocale().toString(b.cases));
        item->setText(2, QLocale().formattedDataSize(b.bytes));
        item->setData(0, Qt::UserRole, b.path);
        item->setDisabled(b.cases < 0);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list);
    if (all.isEmpty())
        layout->addWidget(new QLabel(tr("There are no backups in %1 yet. Recovery Desk makes one at start and every hour "
                                        "in which something changed.")
                                         .arg(QDir::toNativeSeparators(backups.folder())),
                                     this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore this backup"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { m_restore->setEnabled(!chosen().isEmpty()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (!chosen().isEmpty())
            accept();
    });
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restore->setEnabled(!chosen().isEmpty());
    m_list->setFocus();
    resize(520, 360);
}

QString RestoreDialog::chosen() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !item->isDisabled() ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace rd
