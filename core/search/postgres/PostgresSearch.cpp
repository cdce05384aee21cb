#include "search/postgres/PostgresSearch.h"

#include "storage/Database.h"
#include "search/SearchIndex.h"

namespace rd {

Status PostgresSearch::indexCase(const QString &caseId)
{
    auto phone = phoneTokensOf(caseId);
    if (!phone)
        return phone.error();
    const QString body = SearchIndex::bodyExpression();
    auto r = m_db.exec(
        // A team database has every column from its start (made from the current schema).
        QStringLiteral("INSERT INTO case_search (case_id, name, phone, email, body, document) "
                       "SELECT c.id, %2, p.tokens, cu.email, %1, "
                       "setweight(to_tsvector('simple', rd_fold(%2)), 'A') || setweight(to_tsvector('simple', p.tokens), 'A') || "
                       "setweight(to_tsvector('simple', rd_fold(cu.email)), 'B') || setweight(to_tsvector('simple', rd_fold(%1)), 'C') "
                       "FROM case_record c JOIN customer cu ON cu.id = c.customer_id %3, (SELECT CAST(? AS TEXT) AS tokens) AS p "
                       "WHERE c.id = ? "
                       "ON CONFLICT (case_id) DO UPDATE SET name = excluded.name, phone = excluded.phone, "
                       "email = excluded.email, body = excluded.body, document = excluded.document")
            .arg(body, SearchIndex::namesExpression(), SearchIndex::originJoin()),
        {phone.value(), caseId});
    return r ? Status() : Status(r.error());
}

Status PostgresSearch::indexCasesWhere(const QString &condition)
{
    // Case by case: the phone tokens are made in C++, and imports into a server touch few cases.
    return indexEach(QStringLiteral("SELECT c.id FROM case_record c WHERE ") + condition, {});
}

QString PostgresSearch::tsQuery(const QString &userText) { return tsQuery(SearchIndex::terms(userText)); }

QString PostgresSearch::tsQuery(const SearchIndex::Terms &terms)
{
    QStringList parts;
    for (const QString &word : terms.words) // letters and digits only: nothing here is tsquery syntax
        parts << SearchIndex::folded(word) + QStringLiteral(":*");
    return parts.join(terms.phone ? QStringLiteral(" | ") : QStringLiteral(" & "));
}

Result<QList<SearchHit>> PostgresSearch::search(const QString &text, int limit)
{
    const SearchIndex::Terms terms = SearchIndex::terms(text);
    const QString query = tsQuery(terms);
    if (query.isEmpty())
        return QList<SearchHit>();
    // Ids begin with their time, so the newest matches come first by id, as rowid order does in SQLite.
    const QString marks = QStringLiteral("StartSel=%1, StopSel=%2, MaxWords=14, MinWords=6, ShortWord=2")
                              .arg(CaseSearch::kMarkStart, CaseSearch::kMarkEnd);
    // Words: the planner weighs how common they are (walking the newest cases for a common word,
    // the word index for a rare one). A phone number is always rare, but its prefix forms fool
    // the estimate: its matches are taken from the index first, then ordered.
    const QString matches = terms.phone
                                ? QStringLiteral("(WITH found AS MATERIALIZED (SELECT case_id, document FROM case_search "
                                                 "WHERE document @@ to_tsquery('simple', ?)) SELECT case_id, "
                                                 "ts_rank(document, to_tsquery('simple', ?)) AS score FROM found "
                                                 "ORDER BY case_id DESC LIMIT ?)")
                                : QStringLiteral("(SELECT case_id, ts_rank(document, to_tsquery('simple', ?)) AS score FROM "
                                                 "case_search WHERE document @@ to_tsquery('simple', ?) "
                                                 "ORDER BY case_id DESC LIMIT ?)");
    // The best few are picked among the matches first; only they are joined to their cases and
    // given a snippet (joining all 2,000 first made the planner scan every case: 30 ms).
    return m_db.selectAll(
        QStringLiteral("SELECT c.id, c.customer_name, c.kind, c.status, c.opened_at, "
                       "ts_headline('simple', s.name || ' ' || s.body, to_tsquery('simple', ?), ?) FROM "
                       "(SELECT case_id, score FROM ") + matches +
            QStringLiteral(" AS w ORDER BY score DESC, case_id DESC LIMIT ?) AS m "
                       "JOIN case_record c ON c.id = m.case_id JOIN case_search s ON s.case_id = m.case_id "
                       "ORDER BY m.score DESC, m.case_id DESC"),
        {query, marks, query, query, CaseSearch::kRankWindow, limit}, [](const QSqlQuery &q) {
            SearchHit hit = CaseSearch::hitFrom(q, 0);
            hit.snippet = q.value(5).toString();
            return hit;
        });
}

} // namespace rd
