#pragma once

#include "search/SearchEngine.h"
#include "search/SearchIndex.h"

namespace rd {

class Database;

/**
 * The search index of a team database, in PostgreSQL's full text search: one row per case with
 * its words weighted (name and phone first, then e-mail, then the case's text), folded to lower
 * case without accents. The server keeps it tidy itself (autovacuum).
 */
class PostgresSearch final : public SearchEngine
{
public:
    explicit PostgresSearch(Database &db) : SearchEngine(db) {}

    Status indexCase(const QString &caseId) override;
    Status indexCasesWhere(const QString &condition) override;
    Result<bool> tidy(int) override { return false; }
    Status compact() override { return {}; }
    /// The best @p limit hits among the newest CaseSearch::kRankWindow matches.
    Result<QList<SearchHit>> search(const QString &text, int limit) override;

    /// The tsquery for what the user typed: every word a prefix; empty if nothing to search.
    static QString tsQuery(const QString &userText);
    static QString tsQuery(const SearchIndex::Terms &terms);
};

} // namespace rd
