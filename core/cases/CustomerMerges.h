#pragma once

#include "base/Result.h"
#include "cases/Customer.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd {

class Database;

/// One customer taken into another: the record that says so, travelling in bundles.
struct CustomerMerge
{
    QString id;
    QString mergedId;   ///< the record entered twice, kept with its own history
    QString survivorId; ///< the customer its cases now belong to
    QString actor;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> undoneAt; ///< split back; the merge no longer applies
    QString undoneBy;
};

/**
 * Merging a customer entered twice into the one that stays, and splitting them back.
 *
 * A merge is a record of its own (table customer_merge), never an edit of either customer: it
 * travels in bundles beside their changes, and what it means is worked out again from the
 * merges a database holds (apply()), so every archive ends the same whatever the order in which
 * bundles arrive. Each case remembers the customer it was opened for (origin_customer_id), so an
 * undo returns exactly the cases that were that customer's, wherever they were moved meanwhile.
 * Promises, callbacks and the cases' history follow their case; the merged record keeps its own
 * history and details, so a search by the old name or number still finds the survivor.
 */
class CustomerMerges
{
    Q_DECLARE_TR_FUNCTIONS(CustomerMerges)

public:
    explicit CustomerMerges(Database &db) : m_db(db) {}

    /// Merges @p mergedId into @p survivor's customer, whose details become @p survivor's
    /// (picked field by field). Refused for an erased customer, one already merged, or itself.
    Result<CustomerMerge> merge(const QString &mergedId, const Customer &survivor);
    /// Splits the merge back: its cases return to the merged customer, and the survivor's
    /// details the merge changed (and nobody changed since) are as before. A new event each side.
    Status undo(const QString &mergeId);
    Result<CustomerMerge> get(const QString &mergeId);
    /// The merges into @p survivorId still in force, newest first.
    Result<QList<CustomerMerge>> into(const QString &survivorId);

    /// Brings every customer and case to what the merges held here say: a merged customer
    /// points at the one it lives on in, and each case belongs to the customer it was opened
    /// for, or to whom that one was merged into. Idempotent. A merge with an erased customer,
    /// or undone, does not count; of two merges of one customer the earliest counts; merges
    /// that go round in a circle (made on two PCs at once) end in the circle's smallest id.
    /// Returns the customers whose cases changed hands (their search index is the caller's).
    Result<QStringList> apply();

private:
    /// Whether either customer's personal data was erased (an erased customer is never merged or split).
    Result<bool> eitherErased(const QString &a, const QString &b);
    /// apply(), then the search index of every case that changed hands (a merge or undo here).
    Status applyAndIndex();
    Result<QStringList> moveCases(const QHash<QString, QString> &finalOf);

    Database &m_db;
};

} // namespace rd
