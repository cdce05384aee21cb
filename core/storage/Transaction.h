#pragma once

#include "base/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rd {

class Database;

/**
 * One transaction; rolled back if not committed. A write transaction takes its locks up front
 * (SqlDialect::beginWrite, beginWriteOf), so two writers wait for each other politely instead of
 * one failing half-way through a user's action. A Transaction opened inside another one is a
 * savepoint: store calls compose into one atomic user action.
 *
 * A store's change names the records it reads and changes (caseRecord(), customerRecord()): on
 * a team database, changes of different cases then go on side by side, and only changes of the
 * same case take turns. Everything else locks the whole database, the safe default for work
 * whose reads span many records (imports, erasures, merges of customers, retention, upgrades).
 */
class Transaction
{
public:
    enum class Kind {
        Write,   ///< takes the whole database's write lock up front
        Snapshot ///< reads one consistent state while others write (no lock); for copies and exports
    };
    explicit Transaction(Database &db, Kind kind = Kind::Write);
    /// A write transaction that reads and changes only what belongs to @p records: their rows,
    /// the rows that hang off them (a case's promises, callbacks, search entry and history), and
    /// new rows of their own. Nested in one that holds other records, it adds these.
    Transaction(Database &db, const QStringList &records);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// The error of BEGIN, if the transaction could not start.
    const Status &status() const { return m_begin; }
    bool ok() const { return m_begin.ok(); }
    Status commit();

    /// Runs @p body in one transaction: committed if it succeeds, rolled back if it fails.
    static Status run(Database &db, const std::function<Status()> &body);
    /// The same, locking only @p records (see the constructor).
    static Status run(Database &db, const QStringList &records, const std::function<Status()> &body);

    /// The record of one case, with its promises, callbacks, search entry and history.
    static QString caseRecord(const QString &caseId);
    /// The record of one customer, with the history about the customer alone.
    static QString customerRecord(const QString &customerId);
    /// The number a record is locked under: the same on every PC, build and version, because the
    /// PCs sharing a team database must agree on it (the first 32 bits of the name's SHA-1).
    static qint32 recordLock(const QString &record);

    /// What a connection's open transaction holds locked (kept by its Database).
    struct Held
    {
        enum class Scope { Whole, Records, Snapshot };
        Scope scope = Scope::Whole;
        QList<qint32> records; ///< Records: the record locks held
    };

private:
    using Scope = Held::Scope;
    Transaction(Database &db, Scope scope, const QStringList &records);
    Status begin(Scope scope, const QStringList &records);
    void ended();
    Status runBody(const std::function<Status()> &body);

    Database &m_db;
    Status m_begin;
    QString m_savepoint; ///< empty for the outermost transaction
    bool m_active = false;
    Held m_outer; ///< nested: what the transactions around it held when it began
};

} // namespace rd
