#pragma once

#include "base/Result.h"

#include <QCoreApplication>

#include <functional>
#include <QJsonObject>
#include <QString>

namespace rd {

class Database;

/**
 * The customer's rights over their data (GDPR): erasure on request, anonymisation of closed
 * cases after the retention period, and a copy of everything held about one customer.
 *
 * Erasing removes the personal data from the current records, the search index and the
 * history (whose events keep their place, time, author and kind, so the history still
 * verifies), and appends an event saying that it was done, by whom and when.
 */
class Privacy
{
    Q_DECLARE_TR_FUNCTIONS(Privacy)

public:
    /// What an erased name reads as.
    static QString erasedName();

    explicit Privacy(Database &db) : m_db(db) {}

    /// Runs @p work, which removes personal data, so that nothing of it lingers: freed pages are
    /// overwritten while it runs; then the search index is merged and the backend clears old row
    /// versions (a file: its write-ahead log is checkpointed and truncated). For every erase path.
    Status scrubbing(const std::function<Status()> &work);
    /// Whether the file holds any erasure or anonymisation event.
    Result<bool> hasErasures();
    /// Whether merging the bundle attached as "bundle" will erase something: it brings erasures,
    /// or personal data of customers or cases erased here. Only then does a merge need scrubbing().
    Result<bool> bundleMeetsErasures();
    /// Erases all personal data of a customer and their cases; @p reason is recorded (no personal data in it).
    Status eraseCustomer(const QString &customerId, const QString &reason);
    /// Anonymises closed cases closed before @p cutoffMs (and customers left with nothing else);
    /// returns how many cases.
    Result<int> anonymiseClosedBefore(qint64 cutoffMs);
    /// Applies the retention setting, if one is set; returns how many cases were anonymised.
    Result<int> applyRetention();
    /// After a bundle merge: what was erased here stays erased, whatever a bundle brought back.
    Status reapplyErasures();
    /// Every customer erased in this file, with the reason given (to carry erasures over a restore).
    Result<QList<QPair<QString, QString>>> erasedCustomers();
    /// Erases again, in this file, the customers in @p erased that still have personal data here
    /// (a backup restored from before the erase); returns how many.
    Result<int> carryOverErasures(const QList<QPair<QString, QString>> &erased);

    /// Months after closing that a case keeps its personal data; 0 = no limit.
    Result<int> retentionMonths();
    Status setRetentionMonths(int months);

    /// Everything held about one customer, as JSON (the right of access).
    Result<QJsonObject> exportCustomer(const QString &customerId);
    /// As exportCustomer(), written to @p path (replaced atomically).
    Status writeCustomerExport(const QString &customerId, const QString &path);

private:
    /// Creates (or empties) temp.rd_redact and temp.rd_redact_customers.
    Status emptyRedactLists();
    /// Adds to temp.rd_redact_customers every record linked by a merge (not undone) to one there.
    Status addMergedRecords();
    /// Redacts the cases listed in temp.rd_redact (and their events); @p customers too when set.
    Status redactListedCases(bool customers);

    Database &m_db;
};

} // namespace rd
