#pragma once

#include "base/Result.h"

#include <QString>

#include <functional>

namespace rd {

class Database;

/**
 * One transaction; rolled back if not committed. A write transaction takes the write lock up
 * front (SqlDialect::beginWrite), so two writers wait for each other politely instead of one
 * failing half-way through a user's action. A Transaction opened inside another one is a
 * savepoint: store calls compose into one atomic user action.
 */
class Transaction
{
public:
    enum class Kind {
        Write,   ///< takes the write lock up front
        Snapshot ///< reads one consistent state while others write (no lock); for copies and exports
    };
    explicit Transaction(Database &db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// The error of BEGIN, if the transaction could not start.
    const Status &status() const { return m_begin; }
    bool ok() const { return m_begin.ok(); }
    Status commit();

    /// Runs @p body in one transaction: committed if it succeeds, rolled back if it fails.
    static Status run(Database &db, const std::function<Status()> &body);

private:
    Database &m_db;
    Status m_begin;
    QString m_savepoint; ///< empty for the outermost transaction
    bool m_active = false;
};

} // namespace rd
