#include "cases/ExportDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QSysInfo>

namespace rd {

namespace {
// What the owner choice holds for the return bundles (any other value: an owner, or everyone's).
const QString kReturnOne = QStringLiteral("\x01return-one");
const QString kReturnTeam = QStringLiteral("\x01return-team");
} // namespace

ExportDialog::ExportDialog(const QString &employee, qint64 nowMs, const QStringList &colleagues, QWidget *parent)
    : QDialog(parent), m_employee(employee), m_now(nowMs)
{
    setWindowTitle(tr("Export cases"));
    auto *form = new QFormLayout(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("exportPeriod"));
    m_period->addItem(tr("All cases"), 0);
    m_period->addItem(tr("Opened in the last 30 days"), 30);
    m_period->addItem(tr("Opened in the last 90 days"), 90);
    m_period->addItem(tr("Opened in the last 12 months"), 365);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("exportOwner"));
    m_owner->addItem(tr("Everyone's cases"), QString());
    m_owner->addItem(tr("My cases (%1)").arg(employee), employee);
    m_owner->addItem(tr("Compliments and recognition for one colleague, to send back"), kReturnOne);
    m_owner->addItem(tr("Compliments and recognition for the whole team, to send back"), kReturnTeam);
    m_returnFor = new QLineEdit(this);
    m_returnFor->setObjectName(QStringLiteral("exportReturnFor"));
    m_returnFor->setPlaceholderText(tr("The colleague's name"));
    auto *completer = new QCompleter(colleagues, m_returnFor);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_returnFor->setCompleter(completer);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder).filePath(QStringLiteral("%1-%2.rdbundle")
                                               .arg(QSysInfo::machineHostName(),
                                                    QDateTime::fromMSecsSinceEpoch(nowMs).toString(QStringLiteral("yyyy-MM-dd")))));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("&Which cases:"), m_period);
    form->addRow(tr("Wh&ose:"), m_owner);
    form->addRow(tr("Co&lleague:"), m_returnFor);
    form->addRow(tr("&File:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    form->addRow(buttons);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_owner, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportDialog::updateChoice);
    updateChoice();
    resize(560, sizeHint().height());
}

void ExportDialog::updateChoice()
{
    const QString whose = m_owner->currentData().toString();
    m_returnFor->setEnabled(whose == kReturnOne);
    // A return bundle carries what reached people, whenever it was said.
    m_period->setEnabled(whose != kReturnOne && whose != kReturnTeam);
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export cases to"), m_path->text(),
                                                        tr("Case bundles (*.rdbundle)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

BundleSelection ExportDialog::selection() const
{
    BundleSelection s;
    const QString whose = m_owner->currentData().toString();
    if (whose == kReturnOne || whose == kReturnTeam) {
        s.returnFor = whose == kReturnTeam ? Bundle::kReturnToTeam : m_returnFor->text().trimmed();
        return s;
    }
    const int days = m_period->currentData().toInt();
    if (days > 0)
        s.openedFrom = m_now - qint64(days) * 86400000;
    s.owner = whose;
    return s;
}

bool ExportDialog::returnsToOne() const { return m_owner->currentData().toString() == kReturnOne; }

QString ExportDialog::path() const { return m_path->text().trimmed(); }

} // namespace rd
