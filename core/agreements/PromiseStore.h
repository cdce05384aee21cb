#pragma once

#include "agreements/PromisedAction.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QList>

namespace rd {

class Database;
class RowColumns;

/**
 * Promised next actions: made during a call, then kept (on time or late), rescheduled,
 * broken, cancelled or handed over. Each act is an event of the case.
 */
class PromiseStore
{
    Q_DECLARE_TR_FUNCTIONS(PromiseStore)

public:
    /// The columns a promise is read from (checked against the schema by a test).
    static const RowColumns &columns();
    explicit PromiseStore(Database &db) : m_db(db) {}

    /// Records a promise; @p dueAt (ms UTC) must lie in the future. A @p nextContact promise is
    /// the agreed moment to contact the customer again (always a process agreement).
    Result<PromisedAction> add(const QString &caseId, const QString &what, const QString &owner, qint64 dueAt,
                               PromiseKind kind, bool nextContact = false);
    Result<PromisedAction> get(const QString &id);
    Result<QList<PromisedAction>> forCase(const QString &caseId);
    /// Open promises on any case of the customer, soonest due first.
    Result<QList<PromisedAction>> openForCustomer(const QString &customerId);

    /// Done: kept if on time and never rescheduled, otherwise kept late. @p result says what came of it.
    Status complete(const QString &id, const QString &result);
    /// A new due time with the reason; the promise will count as late when kept.
    Status reschedule(const QString &id, qint64 newDueAt, const QString &reason);
    /// The promise cannot be kept; the reason is required.
    Status breakPromise(const QString &id, const QString &reason);
    /// No longer needed (e.g. the customer withdrew); the reason is required.
    Status cancel(const QString &id, const QString &reason);
    /// Takes back a kept, late, broken or cancelled mark made by mistake (Undo): the promise is
    /// open again and the history says so; the earlier event stays.
    Status reopen(const QString &id);
    /// Another employee takes the promise over.
    Status handOver(const QString &id, const QString &newOwner);
    /// "No news yet": the customer was contacted as agreed without a result. The promise counts
    /// as kept (a process agreement kept) and the next contact is agreed for @p nextContactAt.
    /// Returns the new next-contact promise.
    Result<PromisedAction> reportBack(const QString &id, const QString &note, qint64 nextContactAt);

private:
    Result<PromisedAction> openPromise(const QString &id);
    Status finish(const QString &id, PromiseStatus status, const QString &reasonLabel, const QString &reason,
                  bool reasonRequired);

    Database &m_db;
};

} // namespace rd
