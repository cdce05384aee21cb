#pragma once

#include <QTimer>
#include <QWidget>

#include "lists/WorkQueue.h"

class QComboBox;
class QLabel;
class QTreeView;

class QUndoStack;

namespace rd {

class ActPanel;
class MessageBar;
class Database;
class WorkQueueModel;
struct WorkItem;

/**
 * The employee's day: promises and callbacks, overdue first, then today, then later. Every
 * act is one letter on the selected item, completed in an inline form.
 */
class WorkQueueView : public QWidget
{
    Q_OBJECT

public:
    /// How often the queue is read again on a team database, for what colleagues did.
    static constexpr int kColleaguePollMs = 3000;
    WorkQueueView(Database &db, const QString &employee, QWidget *parent = nullptr);

    /// Re-reads the queue, keeping the selection where possible.
    void refresh();
    /// Where its queue acts go, so Ctrl+Z can take them back.
    void setUndoStack(QUndoStack *stack);
    int overdueCount() const;
    int todayCount() const;
    WorkQueueModel *model() const { return m_model; }

signals:
    void openCase(const QString &caseId);
    /// Call the customer now about this item: a follow-up call that settles it.
    void callNow(const QString &caseId, const QString &itemId, bool isCallback);
    /// The counts changed (for the window title and the tray).
    void countsChanged(int overdue, int today);
    /// Something was changed through the queue; other views may refresh.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const WorkItem *selectedItem() const;
    void showMessage(const QString &text, bool error);
    void updateHint();

    Database &m_db;
    QString m_employee;
    WorkQueueModel *m_model = nullptr;
    QComboBox *m_owner = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_hint = nullptr;
    MessageBar *m_message = nullptr;
    ActPanel *m_act = nullptr;
    QTimer m_poll;
};

} // namespace rd
