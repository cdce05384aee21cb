#pragma once

#include "base/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace rd {

class Database;
class SearchEngine;

/**
 * The full-text index over customers' names, phone numbers and e-mail and all case text (FTS5
 * in a file, full text search on a server: see SearchEngine). The stores call it inside their
 * own transactions, so the index never lags behind the data it describes.
 */
class SearchIndex
{
public:
    explicit SearchIndex(Database &db);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    /// Rewrites the index row of one case.
    Status indexCase(const QString &caseId);
    /// Rewrites the rows of every case of a customer (after their details changed).
    Status indexCustomerCases(const QString &customerId);
    /// Rebuilds the whole index from the tables (after a migration or a bulk load).
    Status rebuildAll();
    /// Merges some of the index's pieces, writing at most @p pages pages. Saves leave this work
    /// to a background job so no keystroke waits for it. Returns whether there was work to do.
    Result<bool> tidy(int pages);
    /// Tidies in small steps for up to @p budgetMs, pausing between steps so the window's
    /// saves get the write lock within milliseconds. Returns whether work is left.
    Result<bool> tidyFor(int budgetMs);
    /// Merges the whole index, so no erased word lingers in an older piece of it.
    Status compact();

    /// Rewrites the rows of the cases matching @p condition, an SQL expression over "case_record c"
    /// written by the caller (never user input); for imports that touch many cases at once.
    Status indexCasesWhere(const QString &condition);

    /// The searchable form of a phone number: its digits and every ending of six digits or more,
    /// so "06 1234 5678" is found as "0612345678", "612345678" or "+31 6 1234 5678".
    static QString phoneTokens(const QString &phone);
    /// What the user typed, as search terms: the words, or (for a phone number) the forms of it to try.
    struct Terms
    {
        bool phone = false;
        QStringList words;
    };
    static Terms terms(const QString &userText);
    /// @p word as the index keeps it: lower case, without accents.
    static QString folded(const QString &word);
    /// Everything a case says, as one SQL expression over "case_record c".
    static QString bodyExpression();
    /// The names a case is found by, over "customer cu" (its customer) and "customer oc" (the
    /// record it was opened for, when a merge moved it; see originJoin()): a search by the old
    /// name still finds the case.
    static QString namesExpression();
    /// The join that gives "oc" to namesExpression().
    static QString originJoin();

private:
    Database &m_db;
    std::unique_ptr<SearchEngine> m_engine;
};

} // namespace rd
