#pragma once

#include "Result.h"

namespace rd {
class Database;
}

namespace rd::bench {

/// What the generated database holds, for the report.
struct BenchShape
{
    int cases = 0;
    int customers = 0;
    int ownerOpenItems = 0; ///< open promises + callbacks of the measured owner
    int allOpenItems = 0;
};

/**
 * Fills @p db with @p cases cases spread over 20 employees: customers with several cases,
 * events, promises (most kept, some late, broken or open) and callbacks. The measured owner
 * ("anna") gets exactly @p ownerOpen open items. Written with plain inserts in large
 * transactions: the data's shape matters here, not the path it took.
 */
Result<BenchShape> buildBenchData(Database &db, int cases, int ownerOpen, quint32 seed);

} // namespace rd::bench
