#include "shell/WorkstationsDialog.h"

#include "exchange/Bundle.h"
#include "base/LocalTime.h"
#include "widgets/Theme.h"
#include "exchange/WorkstationKey.h"
#include "exchange/WorkstationTrust.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rd {

WorkstationsDialog::WorkstationsDialog(Database &db, bool readOnly, QWidget *parent)
    : QDialog(parent), m_db(db), m_readOnly(readOnly)
{
    setObjectName(QStringLiteral("workstationsDialog"));
    setWindowTitle(tr("Trusted workstations"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Bundles are imported only from these workstations. A new PC is added when its first bundle "
                                "is imported and you trust it, after comparing its key fingerprint with the one in that "
                                "PC's Settings. Revoke a key when a PC is lost, replaced or reinstalled."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("workstationList"));
    m_list->setAccessibleName(tr("Trusted workstations"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Workstation"), tr("Key fingerprint"), tr("Trusted by"), tr("Since"), tr("State"), tr("Bundles"),
                             tr("Last import")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents); // names and keys whole
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("workstationsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Theme::css(QStringLiteral("color:@errorText;")));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_revoke = buttons->addButton(tr("&Revoke key…"), QDialogButtonBox::ActionRole);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setVisible(!readOnly);
    connect(m_revoke, &QPushButton::clicked, this, &WorkstationsDialog::revokeCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        m_revoke->setEnabled(item && !item->data(0, Qt::UserRole + 1).toBool());
    });
    reload();
    m_list->setFocus();
    resize(1000, 360);
}

void WorkstationsDialog::reload()
{
    const int row = qMax(0, m_list->indexOfTopLevelItem(m_list->currentItem()));
    m_list->clear();
    auto known = WorkstationTrust(m_db).list();
    if (!known) {
        m_message->setText(known.message());
        m_message->show();
        return;
    }
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const TrustedWorkstation &w : known.value()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, w.name);
        item->setText(1, w.fingerprint);
        item->setFont(1, fixed);
        item->setText(2, w.trustedBy);
        item->setText(3, shortDateTime(w.trustedAt));
        item->setText(4, w.revokedAt ? tr("revoked by %1, %2").arg(w.revokedBy, shortDateTime(*w.revokedAt)) : tr("trusted"));
        item->setText(5, QString::number(w.bundles));
        item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(6, w.lastImport ? shortDateTime(*w.lastImport) : tr("none yet"));
        item->setData(0, Qt::UserRole, w.publicKey);
        item->setData(0, Qt::UserRole + 1, w.revokedAt.has_value());
    }
    if (m_list->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(m_list, {tr("No workstation yet: import a bundle to add its PC.")});
        item->setFlags(Qt::NoItemFlags);
        item->setData(0, Qt::UserRole + 1, true);
    }
    m_list->setCurrentItem(m_list->topLevelItem(qMin(row, m_list->topLevelItemCount() - 1)));
    m_revoke->setEnabled(m_list->currentItem() && !m_list->currentItem()->data(0, Qt::UserRole + 1).toBool());
}

void WorkstationsDialog::revokeCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (m_readOnly || !item || item->data(0, Qt::UserRole + 1).toBool())
        return;
    QMessageBox ask(QMessageBox::Warning, tr("Revoke key"),
                    tr("Revoke the key %1 of \"%2\"? Its bundles are refused from then on; what was imported from it "
                       "stays. A revoked key cannot be trusted again: a PC that is still in use needs a new key.")
                        .arg(item->text(1), item->text(0)),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("confirmRevoke"));
    QPushButton *revoke = ask.addButton(tr("&Revoke"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
    ask.exec();
    if (ask.clickedButton() != revoke)
        return;
    if (auto s = WorkstationTrust(m_db).revoke(item->data(0, Qt::UserRole).toByteArray()); !s) {
        m_message->setText(s.message());
        m_message->show();
        return;
    }
    m_message->hide();
    reload();
}

void WorkstationsDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete && m_list->hasFocus()) {
        revokeCurrent();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool WorkstationsDialog::askToTrust(QWidget *parent, Database &db, const QString &bundlePath)
{
    auto manifest = Bundle::inspect(db, bundlePath);
    if (!manifest)
        return false;
    QMessageBox ask(QMessageBox::Question, tr("Trust this workstation?"),
                    tr("%1 comes from the workstation \"%2\" (exported by %3), which this archive does not know yet.\n\n"
                       "Its key fingerprint:\n%4\n\n"
                       "Compare it with the fingerprint in Settings on that PC, or have its user read it out to you, "
                       "before you trust it. From then on its bundles are imported without asking.")
                        .arg(QFileInfo(bundlePath).fileName(), manifest->workstation, manifest->exportedBy,
                             WorkstationKey::fingerprintOf(manifest->publicKey)),
                    QMessageBox::NoButton, parent);
    ask.setObjectName(QStringLiteral("confirmTrust"));
    QPushButton *trust = ask.addButton(tr("&Trust and import"), QMessageBox::AcceptRole);
    ask.setDefaultButton(ask.addButton(tr("&Skip this bundle"), QMessageBox::RejectRole));
    ask.exec();
    return ask.clickedButton() == trust;
}

} // namespace rd
