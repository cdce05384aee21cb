#pragma once

#include "CaseSearch.h"
#include "Result.h"
#include "SearchIndex.h"

namespace rd {

class Database;

/**
 * The search index of a team database, in PostgreSQL's full text search: one row per case with
 * its words weighted (name and phone first, then e-mail, then the case's text), folded to lower
 * case without accents. SearchIndex and CaseSearch hand over to it on a server.
 */
class PostgresSearch
{
public:
    explicit PostgresSearch(Database &db) : m_db(db) {}

    Status indexCase(const QString &caseId);
    /// The best @p limit hits among the newest CaseSearch::kRankWindow matches.
    Result<QList<SearchHit>> search(const QString &text, int limit);

    /// The tsquery for what the user typed: every word a prefix; empty if nothing to search.
    static QString tsQuery(const QString &userText);
    static QString tsQuery(const SearchIndex::Terms &terms);

private:
    Database &m_db;
};

} // namespace rd
