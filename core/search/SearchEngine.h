#pragma once

#include "search/CaseSearch.h"
#include "base/Result.h"

#include <QString>
#include <QVariantList>

namespace rd {

class Database;

/**
 * The search index of one backend (SQLite FTS5 in a file, full text search on a server).
 * SearchIndex and CaseSearch hold what both share and hand the backend's part to it; each
 * dialect makes its own (SqlDialect::searchEngine).
 */
class SearchEngine
{
public:
    explicit SearchEngine(Database &db) : m_db(db) {}
    virtual ~SearchEngine() = default;
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    /// Rewrites the index row of one case.
    virtual Status indexCase(const QString &caseId) = 0;
    /// Rewrites the rows of the cases matching @p condition, an SQL expression over "case_record c".
    virtual Status indexCasesWhere(const QString &condition) = 0;
    /// Merges at most @p pages pages of the index's pieces; whether there was work to do.
    virtual Result<bool> tidy(int pages) = 0;
    /// Merges the whole index, so no deleted word lingers in an older piece of it.
    virtual Status compact() = 0;
    /// The best @p limit hits for what the user typed; empty for blank text.
    virtual Result<QList<SearchHit>> search(const QString &text, int limit) = 0;

    /// Indexes, one by one, each case whose id @p selectIds returns.
    Status indexEach(const QString &selectIds, const QVariantList &params);

protected:
    /// The searchable forms of the phone number of the customer of case @p caseId.
    Result<QString> phoneTokensOf(const QString &caseId);

    Database &m_db;
};

} // namespace rd
