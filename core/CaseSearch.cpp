#include "CaseSearch.h"

#include "Database.h"
#include "SearchIndex.h"

#include <QHash>

namespace rd {

Result<QList<SearchHit>> CaseSearch::search(const QString &text, int limit)
{
    const QString match = SearchIndex::matchExpression(text);
    if (match.isEmpty())
        return QList<SearchHit>();
    // Step 1: rank the newest matches (FTS5 walks them in rowid order, newest first), keep the best.
    auto ranked = m_db.selectAll(
        QStringLiteral("SELECT c.rowid, c.id, c.customer_name, c.kind, c.status, c.opened_at FROM "
                       "(SELECT rowid AS r, bm25(case_search, 10.0, 8.0, 5.0, 1.0) AS score FROM case_search "
                       "WHERE case_search MATCH ? ORDER BY rowid DESC LIMIT ?) AS m "
                       "JOIN case_record c ON c.rowid = m.r ORDER BY m.score, m.r DESC LIMIT ?"),
        {match, kRankWindow, limit}, [](const QSqlQuery &q) {
            SearchHit hit;
            hit.caseId = q.value(1).toString();
            hit.customerName = q.value(2).toString();
            hit.kind = Vocabulary::parse<CaseKind>(q.value(3).toString()).value_or(CaseKind::Complaint);
            hit.status = Vocabulary::parse<CaseStatus>(q.value(4).toString()).value_or(CaseStatus::Open);
            hit.openedAt = q.value(5).toLongLong();
            return qMakePair(q.value(0).toLongLong(), hit);
        });
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
