#pragma once

#include "search/SearchEngine.h"
#include "search/SearchIndex.h"

namespace rd {

class Database;

/**
 * The search index of a file, in SQLite's FTS5: one row per case (rowid = the case's rowid),
 * name and phone weighted above e-mail and the case's text. Its pieces are merged by tidy()
 * in the background, never in the middle of a save.
 */
class SqliteSearch final : public SearchEngine
{
public:
    explicit SqliteSearch(Database &db) : SearchEngine(db) {}

    Status indexCase(const QString &caseId) override;
    Status indexCasesWhere(const QString &condition) override;
    Result<bool> tidy(int pages) override;
    Status compact() override;
    Result<QList<SearchHit>> search(const QString &text, int limit) override;

    /// The FTS5 query for @p text: each typed prefix replaced by the indexed words it starts.
    Result<QString> expandPrefixes(const QString &text);

    /// A safe FTS5 query for what the user typed: every word a quoted prefix, so no input is a
    /// syntax error; phone-like input also matches without its leading zero. Empty if nothing to search.
    static QString matchExpression(const QString &userText);
    static QString matchExpression(const SearchIndex::Terms &terms);

private:
    /// The names and join a case's index row is written with: with the customer a merge moved it
    /// from, once the file has that column (the index is also rebuilt by the format 1–7
    /// migrations, before it exists).
    Result<QPair<QString, QString>> namesAndJoin();

    bool m_vocabularyReady = false;
};

} // namespace rd
