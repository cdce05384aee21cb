#pragma once

#include "lists/WorkQueue.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace rd {

class Database;
class DueTimeEdit;

/**
 * The inline form for acting on a promise or callback: kept, no news yet, reschedule, broken,
 * hand over; reached or no answer for a callback. No dialog: it opens under the list, Enter
 * confirms, Esc cancels, and every act becomes a case event through the core.
 */
class ActPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Act { Kept, NoNews, Reschedule, Broken, HandOver, Reached, NoAnswer };

    ActPanel(Database &db, QWidget *parent = nullptr);

    /// Opens the form for @p act on @p item; false if the act does not fit the item.
    bool begin(Act act, const WorkItem &item);
    void cancel();
    bool isActive() const { return isVisible(); }
    /// Where acts that can be taken back go (Ctrl+Z); none: they cannot be undone here.
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }

    /// The act a key starts on a promise or a callback (K, N, R, B, H, A), if any.
    static std::optional<Act> actForKey(int key, bool callback);
    /// The letter that starts each act in the lists ("K" for kept, …), for the shortcut hints.
    static QString keyHint(bool callback);

signals:
    void succeeded(const QString &message);
    void failed(const QString &message);
    /// The form closed (done or cancelled): the list takes the focus back.
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void confirm();

    Database &m_db;
    QUndoStack *m_undo = nullptr;
    Act m_act = Act::Kept;
    WorkItem m_item;
    QLabel *m_title = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_whenLabel = nullptr;
    DueTimeEdit *m_when = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace rd
