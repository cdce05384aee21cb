#pragma once

#include "agreements/ActPanel.h"
#include "cases/Customer.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace rd {

class Database;

/// Tells the user why an undo or redo could not be done (the case was closed meanwhile, …).
using UndoReport = std::function<void(const QString &message)>;

/**
 * A queue act (kept, broken, reached, handed over) that can be taken back. Undo does not rewrite
 * the history: it is itself a change, recorded as an event ("reopened", "handed back"); redo
 * does the act again. Acts that plan something new (no news yet, reschedule, no answer) are not
 * taken back this way: their new due time is simply changed again.
 */
class QueueActCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(QueueActCommand)

public:
    /// Whether @p act can be undone.
    static bool undoable(ActPanel::Act act);

    /// @p act was just done on @p item with @p text; @p previousOwner for a hand-over.
    QueueActCommand(Database &db, ActPanel::Act act, const WorkItem &item, const QString &text, UndoReport report);

    void undo() override;
    void redo() override;

private:
    Database &m_db;
    ActPanel::Act m_act;
    WorkItem m_item;
    QString m_text;
    UndoReport m_report;
    bool m_done = true; ///< pushed after the act was done: the first redo() has nothing to do
};

/// A correction of a customer's details that can be taken back (as another correction).
class CustomerEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CustomerEditCommand)

public:
    CustomerEditCommand(Database &db, Customer before, Customer after, UndoReport report);

    void undo() override;
    void redo() override;

private:
    /// Changes the stored customer from @p from to @p to, detail by detail.
    void apply(const Customer &from, const Customer &to);

    Database &m_db;
    Customer m_before, m_after;
    UndoReport m_report;
    bool m_done = true;
};

/// A merge of two customer records (MergeDialog); undo splits them back, redo merges them again
/// with the same details picked. Each is a new event in both records' history.
class CustomerMergeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CustomerMergeCommand)

public:
    CustomerMergeCommand(Database &db, QString mergeId, QString mergedId, Customer survivor, UndoReport report);

    void undo() override;
    void redo() override;

private:
    Database &m_db;
    QString m_mergeId; ///< the merge in force; a redo makes a new one
    QString m_mergedId;
    Customer m_survivor;
    UndoReport m_report;
    bool m_done = true;
};

/// Splitting a merge back (the customer view's Split back); undo merges the two records again,
/// with the survivor's details as they were before the split. Each is a new event in both histories.
class CustomerSplitCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSplitCommand)

public:
    CustomerSplitCommand(Database &db, QString mergeId, QString mergedId, QString survivorId, UndoReport report);

    void undo() override;
    void redo() override;

private:
    Database &m_db;
    QString m_mergeId; ///< the merge to split; an undo makes a new one
    QString m_mergedId;
    QString m_survivorId;
    Customer m_survivor; ///< the details before the split, which the merge had picked
    UndoReport m_report;
};

} // namespace rd
