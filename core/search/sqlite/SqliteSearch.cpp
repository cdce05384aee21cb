#include "search/sqlite/SqliteSearch.h"

#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace rd {

QString SqliteSearch::matchExpression(const QString &userText) { return matchExpression(SearchIndex::terms(userText)); }

QString SqliteSearch::matchExpression(const SearchIndex::Terms &t)
{
    QStringList parts;
    for (const QString &word : t.words)
        parts << (t.phone ? QStringLiteral("phone:\"%1\"*") : QStringLiteral("\"%1\"*")).arg(word); // quotes: every token literal
    return parts.join(t.phone ? QStringLiteral(" OR ") : QStringLiteral(" "));
}

Result<QPair<QString, QString>> SqliteSearch::namesAndJoin()
{
    auto origin = m_db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('case_record') WHERE name = 'origin_customer_id'"));
    if (!origin)
        return origin.error();
    if (origin->toInt() == 0)
        return qMakePair(QStringLiteral("cu.name"), QString());
    return qMakePair(SearchIndex::namesExpression(), SearchIndex::originJoin());
}

Status SqliteSearch::indexCase(const QString &caseId)
{
    auto phone = phoneTokensOf(caseId);
    if (!phone)
        return phone.error();
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM case_search WHERE rowid = (SELECT rowid FROM case_record WHERE id = ?)"),
                           {caseId});
        !r)
        return r.error();
    auto names = namesAndJoin();
    if (!names)
        return names.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO case_search (rowid, name, phone, email, body) SELECT c.rowid, ") + names->first +
                           QStringLiteral(", ?, cu.email, ") + SearchIndex::bodyExpression() +
                           QStringLiteral(" FROM case_record c JOIN customer cu ON cu.id = c.customer_id ") + names->second +
                           QStringLiteral(" WHERE c.id = ?"),
                       {phone.value(), caseId});
    return r ? Status() : Status(r.error());
}

Status SqliteSearch::indexCasesWhere(const QString &condition)
{
    const QString chosen = QStringLiteral("SELECT c.rowid FROM case_record c WHERE ") + condition;
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM case_search WHERE rowid IN (%1)").arg(chosen)); !r)
        return r.error();
    // Phone tokens are computed here, once per customer, then joined in by SQL.
    if (auto r = m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS rd_phone_tokens (customer_id TEXT PRIMARY KEY, tokens TEXT)")); !r)
        return r.error();
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM temp.rd_phone_tokens")); !r)
        return r.error();
    auto phones = m_db.selectAll(QStringLiteral("SELECT id, phone FROM customer WHERE phone <> '' AND id IN "
                                                "(SELECT c.customer_id FROM case_record c WHERE %1)").arg(condition),
                                 {}, [](const QSqlQuery &q) { return qMakePair(q.value(0).toString(), q.value(1).toString()); });
    if (!phones)
        return phones.error();
    for (const auto &p : phones.value())
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO temp.rd_phone_tokens VALUES (?, ?)"),
                               {p.first, SearchIndex::phoneTokens(p.second)});
            !r)
            return r.error();
    auto names = namesAndJoin();
    if (!names)
        return names.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO case_search (rowid, name, phone, email, body) SELECT c.rowid, ") + names->first +
                       QStringLiteral(", coalesce(t.tokens, ''), cu.email, ") + SearchIndex::bodyExpression() +
                       QStringLiteral(" FROM case_record c JOIN customer cu ON cu.id = c.customer_id ") + names->second +
                       QStringLiteral(" LEFT JOIN temp.rd_phone_tokens t ON t.customer_id = cu.id WHERE ") + condition);
    if (!r)
        return r.error();
    auto drop = m_db.exec(QStringLiteral("DELETE FROM temp.rd_phone_tokens"));
    return drop ? Status() : Status(drop.error());
}

Result<bool> SqliteSearch::tidy(int pages)
{
    // FTS5 reports no result; a merge that did anything changes at least two rows of its tables.
    auto before = m_db.scalar(QStringLiteral("SELECT total_changes()"));
    if (!before)
        return before.error();
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO case_search (case_search, rank) VALUES ('merge', ?)"), {pages}); !r)
        return r.error();
    auto after = m_db.scalar(QStringLiteral("SELECT total_changes()"));
    if (!after)
        return after.error();
    return after->toLongLong() - before->toLongLong() >= 2;
}

Status SqliteSearch::compact() { return m_db.execOnce(QStringLiteral("INSERT INTO case_search(case_search) VALUES ('optimize')")); }

Result<QString> SqliteSearch::expandPrefixes(const QString &text)
{
    const SearchIndex::Terms typed = SearchIndex::terms(text);
    if (typed.words.isEmpty() || typed.phone)
        return matchExpression(typed); // nothing to search, or a phone number: its prefix lists are short
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
        // The word itself is asked of the index, which stops at its first hit. The vocabulary
        // table works out a count for every term it lists, reading all of that term's hits
        // (milliseconds for a common word): it is asked only for the longer words.
        auto itself = m_db.scalar(QStringLiteral("SELECT 1 FROM case_search WHERE case_search MATCH ? LIMIT 1"),
                                  {QStringLiteral("\"%1\"").arg(start)});
        if (!itself)
            return itself.error();
        const bool known = itself->isValid() && !itself->isNull();
        // (From just past the word: the vocabulary table reads "term > ?" as "term >= ?" and would
        // count the word's hits before leaving it out. No word holds a control character.)
        auto longer = m_db.selectAll(QStringLiteral("SELECT term FROM temp.case_search_terms WHERE term >= ? AND term < ? LIMIT ?"),
                                     {start + QChar(1), end, CaseSearch::kMaxExpansion + (known ? 0 : 1)},
                                     [](const QSqlQuery &q) { return q.value(0).toString(); });
        if (!longer)
            return longer.error();
        const QStringList terms = known ? QStringList{start} + longer.value() : longer.value();
        if (terms.isEmpty())
            return QString(); // a word nobody used: no hits
        if (terms.size() > CaseSearch::kMaxExpansion) {
            groups << QStringLiteral("\"%1\"*").arg(word); // a very short prefix: rare, and slower
            continue;
        }
        QStringList exact;
        for (const QString &t : terms)
            exact << QStringLiteral("\"%1\"").arg(t);
        groups << QStringLiteral("(%1)").arg(exact.join(QStringLiteral(" OR ")));
    }
    return groups.join(QStringLiteral(" AND "));
}

Result<QList<SearchHit>> SqliteSearch::search(const QString &text, int limit)
{
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
        {match, CaseSearch::kRankWindow, limit},
        [](const QSqlQuery &q) { return qMakePair(q.value(0).toLongLong(), CaseSearch::hitFrom(q, 1)); });
    if (!ranked)
        return ranked.error();
    if (ranked->isEmpty())
        return QList<SearchHit>();

    // Step 2: the snippets, for the few rows shown only: their rowids bound as one JSON array,
    // so every search runs the same statement (row ids in the SQL text made one per search, each
    // kept prepared for the connection's lifetime).
    QJsonArray rowids;
    for (const auto &pair : ranked.value())
        rowids.append(pair.first);
    const QString markStart(CaseSearch::kMarkStart);
    const QString markEnd(CaseSearch::kMarkEnd);
    auto snippets = m_db.selectAll(
        QStringLiteral("SELECT rowid, snippet(case_search, -1, ?, ?, '…', 12) FROM case_search "
                       "WHERE case_search MATCH ? AND rowid IN (SELECT value FROM json_each(?))"),
        {markStart, markEnd, match, QString::fromUtf8(QJsonDocument(rowids).toJson(QJsonDocument::Compact))},
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
