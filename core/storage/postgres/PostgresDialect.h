#pragma once

#include "base/Result.h"
#include "storage/SqlDialect.h"

namespace rd {

class Database;

/// The team database's schema on PostgreSQL: the tables and indexes of Schema's description,
/// plus what SQLite expresses differently (the history's guard, the search index).
class PostgresSchema
{
public:
    /// Creates the current schema in an empty database; call inside a transaction.
    static Status create(Database &db);
};

} // namespace rd
