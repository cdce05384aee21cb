#pragma once

#include "lists/DuplicateFinder.h"

#include <QDialog>

#include <functional>

class QLabel;
class QTreeWidget;
class QUndoStack;

namespace rd {

class Database;

/**
 * Customers → Find duplicates: the likely pairs of customer records (DuplicateFinder), found on a
 * worker so the window keeps answering, with the reasons. Keyboard first: arrows move, Enter
 * compares the pair in the merge dialog, Esc closes. A merged pair leaves the list, with every
 * other pair that named the record merged away.
 */
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p report tells the employee why a later undo or redo of a merge made here could not be
    /// done: it must outlive this dialog (the undo stack does).
    DuplicatesDialog(Database &db, QUndoStack *undo, std::function<void(const QString &)> report, QWidget *parent = nullptr);

    /// Finds the pairs on a worker (call before the dialog shows); false when that failed (the
    /// dialog then says why).
    bool load();

signals:
    /// A merge was made: the views showing customers and cases refresh.
    void merged(const QString &survivorId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPairs(const QList<DuplicatePair> &pairs);
    void compareCurrent();

    Database &m_db;
    QUndoStack *m_undo;
    std::function<void(const QString &)> m_report;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace rd
