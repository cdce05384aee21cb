#include "search/SearchIndex.h"

#include "base/PhoneNumber.h"
#include "base/TextRules.h"
#include "storage/Database.h"
#include "search/SearchEngine.h"

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
constexpr int kLongestPhoneDigits = 20;
constexpr int kTidyStepPages = 16; // ~2 ms of writing: the longest a save can wait for a step
constexpr int kTidyPauseMs = 3;

} // namespace

QString SearchIndex::phoneTokens(const QString &phone)
{
    // Every ending is a token, so the work grows with the square of the length: only the last
    // digits count (a number from an older file may be longer than the store now allows).
    const QString digits = TextRules::phoneDigits(phone).right(kLongestPhoneDigits);
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
    const QString digits = TextRules::phoneDigits(text);
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
        // A whole number, read as a phone reads it: the ending every way of writing it shares.
        const QString significant = PhoneNumber::searchDigits(text);
        if (significant.size() >= kShortestPhoneEnding && !terms.words.contains(significant))
            terms.words << significant;
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

QString SearchIndex::bodyExpression() { return kBody; }

QString SearchIndex::namesExpression() { return QStringLiteral("(cu.name || coalesce(' ' || oc.name, ''))"); }

QString SearchIndex::originJoin() { return QStringLiteral(" LEFT JOIN customer oc ON oc.id = c.origin_customer_id "); }

SearchIndex::SearchIndex(Database &db) : m_db(db), m_engine(db.dialect().searchEngine(db)) {}

SearchIndex::~SearchIndex() = default;

Status SearchIndex::indexCase(const QString &caseId) { return m_engine->indexCase(caseId); }

Status SearchIndex::indexCustomerCases(const QString &customerId)
{
    return m_engine->indexEach(QStringLiteral("SELECT id FROM case_record WHERE customer_id = ?"), {customerId});
}

Result<bool> SearchIndex::tidy(int pages) { return m_engine->tidy(pages); }

Status SearchIndex::compact() { return m_engine->compact(); }

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
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM case_search")); !r)
        return r.error();
    return indexCasesWhere(QStringLiteral("1 = 1"));
}

Status SearchIndex::indexCasesWhere(const QString &condition) { return m_engine->indexCasesWhere(condition); }

} // namespace rd
