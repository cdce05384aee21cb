#include "cases/DuplicatesDialog.h"

#include "agreements/UndoCommands.h"
#include "cases/CustomerStore.h"
#include "cases/MergeDialog.h"
#include "widgets/Accessible.h"
#include "widgets/BackgroundTask.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rd {

namespace {

enum Role { FirstId = Qt::UserRole, SecondId };

} // namespace

DuplicatesDialog::DuplicatesDialog(Database &db, QUndoStack *undo, std::function<void(const QString &)> report, QWidget *parent)
    : QDialog(parent), m_db(db), m_undo(undo), m_report(std::move(report))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Find duplicate customers"));
    resize(760, 480);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("duplicatesList"));
    describe(m_list, tr("Likely duplicate customers"), tr("Pairs of customer records that are probably one customer. Enter compares and merges."));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Customer"), tr("Probably the same as"), tr("Why")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true); // the reasons read in full
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::itemActivated, this, &DuplicatesDialog::compareCurrent);
    layout->addWidget(m_list, 1);
    auto *keys = new QLabel(tr("Enter: compare and merge · Esc: close"), this);
    keys->setObjectName(QStringLiteral("duplicatesKeys"));
    layout->addWidget(keys);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_list->setFocus();
}

bool DuplicatesDialog::load()
{
    QList<DuplicatePair> pairs;
    // Over the window: this dialog is shown once the pairs are there.
    BackgroundTask task(m_db, parentWidget() ? parentWidget() : this, tr("Find duplicate customers"), tr("Comparing the customers…"));
    task.setStoppable(false);
    const Status done = task.run([&pairs](Database &db, TaskProgress &) -> Status {
        auto found = DuplicateFinder(db).find();
        if (!found)
            return found.error();
        pairs = found.value();
        return {};
    });
    if (!done) {
        m_status->setText(done.message());
        return false;
    }
    showPairs(pairs);
    return true;
}

void DuplicatesDialog::showPairs(const QList<DuplicatePair> &pairs)
{
    m_list->clear();
    for (const DuplicatePair &p : pairs) {
        QStringList why;
        for (const QString &reason : p.reasons)
            why << DuplicateFinder::reasonText(reason);
        const auto shown = [](const QString &name, const QString &phone) {
            return phone.isEmpty() ? name : tr("%1 · %2").arg(name, phone);
        };
        auto *item = new QTreeWidgetItem(m_list, {shown(p.firstName, p.firstPhone), shown(p.secondName, p.secondPhone),
                                                  why.join(QStringLiteral(", "))});
        item->setData(0, FirstId, p.firstId);
        item->setData(0, SecondId, p.secondId);
    }
    m_status->setText(pairs.isEmpty() ? tr("No likely duplicates: every customer's number, address and name is their own.")
                                      : tr("%n pair(s) of records that are probably one customer, the surest first.", nullptr,
                                           int(pairs.size())));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void DuplicatesDialog::compareCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    CustomerStore customers(m_db);
    auto first = customers.get(item->data(0, FirstId).toString());
    auto second = customers.get(item->data(0, SecondId).toString());
    if (!first || !second) {
        m_status->setText(!first ? first.message() : second.message());
        return;
    }
    MergeDialog dialog(m_db, first.value(), second.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_undo)
        m_undo->push(new CustomerMergeCommand(m_db, dialog.mergeId(), dialog.mergedId(), dialog.survivor(), m_report));
    // The record merged away is in no pair any more.
    const QString gone = dialog.mergedId();
    int row = m_list->indexOfTopLevelItem(item);
    for (int i = m_list->topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *other = m_list->topLevelItem(i);
        if (other->data(0, FirstId).toString() == gone || other->data(0, SecondId).toString() == gone)
            delete m_list->takeTopLevelItem(i);
    }
    m_status->setText(tr("Merged into %1. %n pair(s) left.", nullptr, m_list->topLevelItemCount()).arg(dialog.survivor().name));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(qMin(row, m_list->topLevelItemCount() - 1)));
    emit merged(dialog.survivor().id);
}

bool DuplicatesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            compareCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace rd
