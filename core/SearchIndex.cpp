#include "SearchIndex.h"

#include "CustomerStore.h"
#include "Database.h"
#include "PostgresSearch.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>

namespace rd {

namespace {

// Everything a case says, in one column; the order does not matter to the index.
const QString kBody = QStringLiteral(
    "c.experience || ' ' || c.expectation || ' ' || c.summary || ' ' || c.explanation || ' ' || c.decision || ' ' || "
    "c.note || ' ' || c.outcome_words || ' ' || c.compliment_for");

constexpr int kShortestPhoneEnding = 6;
constexpr int kTidyStepPages = 16; // ~2 ms of writing: the longest a save can wait for a step
constexpr int kTidyPauseMs = 3;

} // namespace

QString SearchIndex::phoneTokens(const QString &phone)
{
    const QString digits = CustomerStore::phoneDigits(phone);
    QStringList tokens;
    for (int start = 0; digits.size() - start >= kShortestPhoneEnding; ++start)
        tokens << digits.mid(start);
    if (tokens.isEmpty() && !digits.isEmpty())
        tokens << digits;
    return tokens.join(QLatin1Char(' '));
}

SearchIndex::Terms SearchIndex::terms(const QString &userText)
{
    Terms terms;
    const QString text = userText.simplified();
    if (text.isEmpty())
        return terms;
    // Mostly digits: a phone number, typed with any spacing.
    const QString digits = CustomerStore::phoneDigits(text);
    if (digits.size() >= 3 && digits.size() * 2 >= text.size() - text.count(QLatin1Char(' '))) {
        terms.phone = true;
        QString withoutZero = digits;
        while (withoutZero.startsWith(QLatin1Char('0')))
            withoutZero.remove(0, 1);
        terms.words << digits;
        if (!withoutZero.isEmpty() && withoutZero != digits)
            terms.words << withoutZero;
        // "+31 6 …" for a number kept as "06 …": try it without a two-digit country code too.
        const bool international = text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1String("00"));
        const QString national = withoutZero.mid(2);
        if (international && national.size() >= 5)
            terms.words << national;
        return terms;
    }
    // Words: letters and digits only, so no input is a syntax error in either search language.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    terms.words = text.split(separators, Qt::SkipEmptyParts);
    return terms;
}

QString SearchIndex::folded(const QString &word)
{
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out;
}

QString SearchIndex::matchExpression(const QString &userText) { return matchExpression(terms(userText)); }

QString SearchIndex::matchExpression(const Terms &t)
{
    QStringList parts;
    for (const QString &word : t.words)
        parts << (t.phone ? QStringLiteral("phone:\"%1\"*") : QStringLiteral("\"%1\"*")).arg(word); // quotes: every token literal
    return parts.join(t.phone ? QStringLiteral(" OR ") : QStringLiteral(" "));
}

QString SearchIndex::bodyExpression() { return kBody; }

Status SearchIndex::indexCase(const QString &caseId)
{
    if (m_db.backend() == Backend::PostgreSQL)
        return PostgresSearch(m_db).indexCase(caseId);
    auto phone = m_db.scalar(QStringLiteral("SELECT cu.phone FROM case_record c JOIN customer cu ON cu.id = c.customer_id "
                                            "WHERE c.id = ?"),
                             {caseId});
    if (!phone)
        return phone.error();
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM case_search WHERE rowid = (SELECT rowid FROM case_record WHERE id = ?)"),
                           {caseId});
        !r)
        return r.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO case_search (rowid, name, phone, email, body) "
                                      "SELECT c.rowid, cu.name, ?, cu.email, ") +
                           kBody +
                           QStringLiteral(" FROM case_record c JOIN customer cu ON cu.id = c.customer_id WHERE c.id = ?"),
                       {phoneTokens(phone->toString()), caseId});
    return r ? Status() : Status(r.error());
}

Status SearchIndex::indexCustomerCases(const QString &customerId)
{
    return indexEach(QStringLiteral("SELECT id FROM case_record WHERE customer_id = ?"), {customerId});
}

Status SearchIndex::indexEach(const QString &selectIds, const QVariantList &params)
{
    auto cases = m_db.selectAll(selectIds, params, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!cases)
        return cases.error();
    for (const QString &id : cases.value())
        if (auto s = indexCase(id); !s)
            return s;
    return {};
}

Result<bool> SearchIndex::tidy(int pages)
{
    if (m_db.backend() == Backend::PostgreSQL)
        return false; // the server keeps its own index tidy (autovacuum)
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

Result<bool> SearchIndex::tidyFor(int budgetMs)
{
    QElapsedTimer spent;
    spent.start();
    while (spent.elapsed() < budgetMs) {
        auto worked = tidy(kTidyStepPages);
        if (!worked || !worked.value())
            return worked;
        QThread::msleep(kTidyPauseMs);
    }
    return true;
}

Status SearchIndex::rebuildAll()
{
    if (m_db.backend() == Backend::PostgreSQL)
        return indexCasesWhere(QStringLiteral("1 = 1"));
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM case_search")); !r)
        return r.error();
    return indexCasesWhere(QStringLiteral("1 = 1"));
}

Status SearchIndex::indexCasesWhere(const QString &condition)
{
    if (m_db.backend() == Backend::PostgreSQL) // case by case: the server has no bulk path here yet
        return indexEach(QStringLiteral("SELECT c.id FROM case_record c WHERE ") + condition, {});
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
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO temp.rd_phone_tokens VALUES (?, ?)"), {p.first, phoneTokens(p.second)}); !r)
            return r.error();
    auto r = m_db.exec(QStringLiteral("INSERT INTO case_search (rowid, name, phone, email, body) "
                                      "SELECT c.rowid, cu.name, coalesce(t.tokens, ''), cu.email, ") +
                       kBody +
                       QStringLiteral(" FROM case_record c JOIN customer cu ON cu.id = c.customer_id "
                                      "LEFT JOIN temp.rd_phone_tokens t ON t.customer_id = cu.id WHERE ") + condition);
    if (!r)
        return r.error();
    auto drop = m_db.exec(QStringLiteral("DELETE FROM temp.rd_phone_tokens"));
    return drop ? Status() : Status(drop.error());
}

} // namespace rd
