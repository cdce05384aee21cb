#include "CaseSearch.h"

#include "Database.h"
#include "PostgresSearch.h"
#include "SearchIndex.h"

#include <QHash>

namespace rd {

SearchHit CaseSearch::hitFrom(const QSqlQuery &q, int first)
{
    SearchHit hit;
    hit.caseId = q.value(first).toString();
    hit.customerName = q.value(first + 1).toString();
    hit.kind = Vocabulary::parse<CaseKind>(q.value(first + 2).toString()).value_or(CaseKind::Complaint);
    hit.status = Vocabulary::parse<CaseStatus>(q.value(first + 3).toString()).value_or(CaseStatus::Open);
    hit.openedAt = q.value(first + 4).toLongLong();
    return hit;
}

Result<QString> CaseSearch::expandPrefixes(const QString &text)
{
    const SearchIndex::Terms typed = SearchIndex::terms(text);
    if (typed.words.isEmpty() || typed.phone)
        return SearchIndex::matchExpression(typed); // nothing to search, or a phone number: its prefix lists are short
    // A prefix query ("parc"*) makes FTS5 merge the lists of every matching word in full before
    // the first hit; the same words as an OR of exact terms are walked lazily, newest first.
    if (!m_vocabularyReady) {
        if (auto s = m_db.execOnce(QStringLiteral(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_search_terms USING fts5vocab(main, case_search, row)"));
            !s)
            return s.error();
        m_vocabularyReady = true;
    }
    QStringList groups;
    for (const QString &word : typed.words) {
        const QString start = SearchIndex::folded(word);
        QString end = start;
        end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
        auto terms = m_db.selectAll(QStringLiteral("SELECT term FROM temp.case_search_terms WHERE term >= ? AND term < ? LIMIT ?"),
                                    {start, end, kMaxExpansion + 1}, [](const QSqlQuery &q) { return q.value(0).toString(); });
        if (!terms)
            return terms.error();
        if (terms->isEmpty())
            return QString(); // a word nobody used: no hits
        if (terms->size() > kMaxExpansion) {
            groups << QStringLiteral("\"%1\"*").arg(word); // a very short prefix: rare, and slower
            continue;
        }
        QStringList exact;
        for (const QString &t : terms.value())
            exact << QStringLiteral("\"%1\"").arg(t);
        groups << QStringLiteral("(%1)").arg(exact.join(QStringLiteral(" OR ")));
    }
    return groups.join(QStringLiteral(" AND "));
}

Result<QList<SearchHit>> CaseSearch::search(const QString &text, int limit)
{
    if (m_db.backend() == Backend::PostgreSQL)
        return PostgresSearch(m_db).search(text, limit);
    auto expanded = expandPrefixes(text);
    if (!expanded)
        return expanded.error();
    const QString match = expanded.value();
    if (match.isEmpty())
        return QList<SearchHit>();
    // Step 1: rank the newest matches (FTS5 walks them in rowid order, newest first), keep the best.
    auto ranked = m_db.selectAll(
        QStringLiteral("SELECT c.rowid, c.id, c.customer_name, c.kind, c.status, c.opened_at FROM "
                       "(SELECT rowid AS r, bm25(case_search, 10.0, 8.0, 5.0, 1.0) AS score FROM case_search "
                       "WHERE case_search MATCH ? ORDER BY rowid DESC LIMIT ?) AS m "
                       "JOIN case_record c ON c.rowid = m.r ORDER BY m.score, m.r DESC LIMIT ?"),
        {match, kRankWindow, limit}, [](const QSqlQuery &q) { return qMakePair(q.value(0).toLongLong(), hitFrom(q, 1)); });
    if (!ranked)
        return ranked.error();
    if (ranked->isEmpty())
        return QList<SearchHit>();

    // Step 2: the snippets, for the few rows shown only.
    QStringList rowids;
    for (const auto &pair : ranked.value())
        rowids << QString::number(pair.first);
    const QString markStart(kMarkStart);
    const QString markEnd(kMarkEnd);
    auto snippets = m_db.selectAll(
        QStringLiteral("SELECT rowid, snippet(case_search, -1, ?, ?, '…', 12) FROM case_search "
                       "WHERE case_search MATCH ? AND rowid IN (%1)")
            .arg(rowids.join(QLatin1Char(','))), // integers we read ourselves, not user input
        {markStart, markEnd, match},
        [](const QSqlQuery &q) { return qMakePair(q.value(0).toLongLong(), q.value(1).toString()); });
    if (!snippets)
        return snippets.error();
    QHash<qint64, QString> byRow;
    for (const auto &s : snippets.value())
        byRow.insert(s.first, s.second);

    QList<SearchHit> hits;
    for (const auto &pair : ranked.value()) {
        SearchHit hit = pair.second;
        hit.snippet = byRow.value(pair.first);
        hits.append(hit);
    }
    return hits;
}

} // namespace rd
