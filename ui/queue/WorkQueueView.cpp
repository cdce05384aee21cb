#include "queue/WorkQueueView.h"

#include "widgets/Accessible.h"
#include "agreements/ActPanel.h"
#include "storage/Database.h"
#include "widgets/MessageBar.h"
#include "widgets/OwnerChoice.h"
#include "queue/WorkQueueModel.h"

#include <QComboBox>
#include <optional>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace rd {

WorkQueueView::WorkQueueView(Database &db, const QString &employee, QWidget *parent)
    : QWidget(parent), m_db(db), m_employee(employee)
{
    setObjectName(QStringLiteral("workQueue"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *top = new QHBoxLayout;
    auto *ownerLabel = new QLabel(tr("&Show:"), this);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    describe(m_owner, tr("Whose work"), tr("Shows your own promises and callbacks, a colleague's, or the whole team's."));
    ownerLabel->setBuddy(m_owner);
    top->addWidget(ownerLabel);
    top->addWidget(m_owner);
    top->addStretch();
    layout->addLayout(top);

    m_model = new WorkQueueModel(db, this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("queueTree"));
    describe(m_tree, tr("Work queue"), tr("Promises and callbacks, overdue first. K kept, N note, R reschedule, B broken, H hand over, C call now, Enter opens the case."));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(WorkQueueModel::WhatColumn, QHeaderView::Stretch);
    m_tree->header()->resizeSection(WorkQueueModel::DueColumn, 190);
    m_tree->header()->resizeSection(WorkQueueModel::CustomerColumn, 200);
    m_tree->installEventFilter(this);
    m_tree->setAccessibleName(tr("Work queue"));
    layout->addWidget(m_tree, 1);

    m_message = new MessageBar(QStringLiteral("queueMessage"), this);
    layout->addWidget(m_message);

    m_act = new ActPanel(db, this);
    layout->addWidget(m_act);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("queueHint"));
    layout->addWidget(m_hint);

    setStyleSheet(QStringLiteral(
        "#actPanel { background: #eaf2fa; border-radius: 6px; }"
        "#queueHint { color: #5f6b7a; }"
        "#queueTree { font-size: 11pt; }"));

    connect(m_act, &ActPanel::succeeded, this, [this](const QString &m) {
        showMessage(m, false);
        refresh();
        emit changed();
    });
    connect(m_act, &ActPanel::failed, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_act, &ActPanel::closed, this, [this] { m_tree->setFocus(); });
    connect(m_owner, qOverload<int>(&QComboBox::activated), this, [this] { refresh(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateHint(); });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const WorkItem *w = m_model->item(index))
            emit openCase(w->caseId);
    });
    setFocusProxy(m_tree);
    refresh();
    // On a team database colleagues change the queue too: what they did shows within seconds.
    if (m_db.backend() == Backend::PostgreSQL) {
        m_poll.setInterval(kColleaguePollMs);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            if (isVisible() && !m_act->isVisible())
                refresh();
        });
        m_poll.start();
    }
}

void WorkQueueView::refresh()
{
    refillOwnerChoice(m_owner, m_db, {{tr("My work (%1)").arg(m_employee), m_employee}, {tr("Everyone"), QString()}});

    const QString selected = selectedItem() ? selectedItem()->id : QString();
    const QString error = m_model->reload(m_owner->currentData().toString());
    if (!error.isEmpty())
        showMessage(error, true);
    m_tree->expandAll();
    // Back to the same item, or the first one that needs attention.
    QModelIndex target;
    for (int g = 0; g < WorkQueueModel::GroupCount && !target.isValid(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int r = 0; r < m_model->rowCount(group); ++r) {
            const QModelIndex idx = m_model->index(r, 0, group);
            if (selected.isEmpty() || idx.data(WorkQueueModel::ItemIdRole).toString() == selected) {
                target = idx;
                break;
            }
        }
    }
    if (!target.isValid())
        for (int g = 0; g < WorkQueueModel::GroupCount && !target.isValid(); ++g)
            if (m_model->rowCount(m_model->index(g, 0)) > 0)
                target = m_model->index(0, 0, m_model->index(g, 0));
    if (target.isValid())
        m_tree->setCurrentIndex(target);
    updateHint();
    emit countsChanged(overdueCount(), todayCount());
}

int WorkQueueView::overdueCount() const { return m_model->count(WorkQueueModel::Overdue); }
int WorkQueueView::todayCount() const { return m_model->count(WorkQueueModel::Today); }

const WorkItem *WorkQueueView::selectedItem() const { return m_model->item(m_tree->currentIndex()); }

void WorkQueueView::updateHint()
{
    const WorkItem *w = selectedItem();
    m_hint->setText(w ? ActPanel::keyHint(w->type == WorkItem::Type::Callback)
                      : tr("Nothing selected. Use the arrow keys to choose an item."));
}

void WorkQueueView::showMessage(const QString &text, bool error) { m_message->showMessage(text, error); }

bool WorkQueueView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier)
        return false;
    const WorkItem *w = selectedItem();
    if (!w)
        return false;
    const bool callback = w->type == WorkItem::Type::Callback;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        emit openCase(w->caseId);
        return true;
    }
    if (key->key() == Qt::Key_C) {
        emit callNow(w->caseId, w->id, callback);
        return true;
    }
    const std::optional<ActPanel::Act> act = ActPanel::actForKey(key->key(), callback);
    if (!act)
        return false; // arrows, Home/End, typing to search
    m_message->hide();
    if (!m_act->begin(*act, *w))
        showMessage(callback ? tr("That key is for promises. For a callback: K reached, A no answer, H hand over.")
                             : tr("That key is for callbacks. For a promise: K kept, N no news yet, R reschedule, "
                                  "B broken, H hand over."),
                    true);
    return true;
}

void WorkQueueView::setUndoStack(QUndoStack *stack) { m_act->setUndoStack(stack); }

} // namespace rd
