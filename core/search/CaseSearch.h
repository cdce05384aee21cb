#pragma once

#include "base/Result.h"
#include "base/Vocabulary.h"

#include <QList>
#include <QString>

#include <memory>

class QSqlQuery;

namespace rd {

class Database;
class SearchEngine;

/// One case found by a search, with the words that matched marked.
struct SearchHit
{
    QString caseId;
    QString customerName;
    CaseKind kind = CaseKind::Complaint;
    CaseStatus status = CaseStatus::Open;
    qint64 openedAt = 0;
    /// A short piece of the matching text; matches are wrapped in kMarkStart … kMarkEnd.
    QString snippet;
};

/**
 * Search as you type over customers' names, phone numbers, e-mail and all case text.
 * Any input is valid (it is searched as plain words); accents are ignored; every word is a
 * prefix. Hits are ranked by relevance among the newest 2,000 matches, so a common word
 * answers as fast as a rare one and recent cases come first among equals.
 */
class CaseSearch
{
public:
    static constexpr QChar kMarkStart = QChar(0x0001);
    static constexpr QChar kMarkEnd = QChar(0x0002);
    static constexpr int kRankWindow = 2000;
    /// A typed prefix becomes an OR of at most this many words; beyond it, a plain prefix search.
    static constexpr int kMaxExpansion = 16;

    explicit CaseSearch(Database &db);
    ~CaseSearch();
    CaseSearch(const CaseSearch &) = delete;
    CaseSearch &operator=(const CaseSearch &) = delete;

    /// The best @p limit hits for @p text; empty for blank text.
    Result<QList<SearchHit>> search(const QString &text, int limit = 50);

    /// A hit from a row whose columns from @p first on are: id, customer name, kind, status, opened.
    static SearchHit hitFrom(const QSqlQuery &q, int first);

private:
    /// The backend's search (it keeps what it learnt of the index for this CaseSearch's later searches).
    std::unique_ptr<SearchEngine> m_engine;
};

} // namespace rd
