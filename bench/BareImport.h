#pragma once

#include <QString>

namespace rd::bench {

/// What a bundle import costs SQLite itself: the bundle's rows inserted into the same tables of
/// @p archive (new ids only, in the product's order) and its cases into the search index, in one
/// durable transaction, through the sqlite3 C API. None of the product's checks, rules, merges or
/// private copy. Returns the seconds taken, or a negative number when a statement failed.
double bareImport(const QString &archive, const QString &bundle);

} // namespace rd::bench
