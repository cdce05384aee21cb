#pragma once

#include "base/Result.h"

#include <QString>

#include <functional>

namespace rd {

class Database;

/// What a demo run made.
struct DemoStats
{
    int cases = 0;
    int customers = 0;
    int promises = 0;
    int callbacks = 0;
    int events = 0;
    double seconds = 0;
};

/**
 * Fills a database with realistic, varied cases for trying the program, training and the
 * benchmark: customers with several cases, stories in English or Dutch across all kinds and
 * causes, promises kept, late, broken and open, callbacks, outcomes, and their history.
 * The same seed gives the same data. Written in large transactions with plain inserts (the
 * search index and sort columns included), so a million cases take well under a minute.
 */
class DemoData
{
public:
    enum class Language { English, Dutch };

    DemoData(Database &db, quint32 seed, Language language) : m_db(db), m_seed(seed), m_language(language) {}

    /// Adds @p cases cases; @p progress (0–100) is called between batches and may return false to stop.
    Result<DemoStats> generate(int cases, const std::function<bool(int)> &progress = {});

    /// Open items given to one employee on top of the generated history (for the benchmark's
    /// work queue of exactly N items). Returns how many were added.
    Result<int> addOpenItems(const QString &owner, int count);

private:
    Database &m_db;
    quint32 m_seed;
    Language m_language;
};

} // namespace rd
