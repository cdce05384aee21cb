#include "lists/DuplicateFinder.h"

#include "base/PhoneNumber.h"
#include "base/TextRules.h"
#include "cases/CustomerStore.h"
#include "storage/RowColumns.h"
#include "safety/Privacy.h"
#include "storage/Database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace rd {

QString DuplicateFinder::phoneKey(const QString &phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    auto number = PhoneNumber::normalise(phone);
    return number ? number.value() : QString();
}

QString DuplicateFinder::emailKey(const QString &email)
{
    const QString key = email.trimmed().toCaseFolded();
    return key.contains(QLatin1Char('@')) ? key : QString();
}

QString DuplicateFinder::nameKey(const QString &name)
{
    // "Ría JANSEN", "Jansen, Ria" and "ria jansen" are one name: accents off (decomposed, marks
    // dropped), case folded, punctuation gone, words in alphabetical order. An initial stays a
    // word of its own: "P. de Vries" is neither "J. de Vries" nor, by name, "Piet de Vries".
    QString plain;
    plain.reserve(name.size());
    const bool ascii = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) { // most names: the same result without decomposing (a million names per search)
        for (const QChar c : name) {
            const char16_t u = c.unicode();
            if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
                plain.append(c);
            else if (u >= 'A' && u <= 'Z')
                plain.append(QChar(char16_t(u - 'A' + 'a')));
            else
                plain.append(QChar(u' '));
        }
    } else {
        for (const QChar c : name.normalized(QString::NormalizationForm_KD))
            if (c.category() != QChar::Mark_NonSpacing)
                plain.append(c.isLetterOrNumber() ? c.toCaseFolded() : QChar(u' '));
    }
    QStringList words = plain.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2) // one word alone ("Jansen") is too little to call two customers one
        return {};
    std::sort(words.begin(), words.end());
    return words.join(QLatin1Char(' '));
}

namespace {

// Rows sharing a key, found by sorting (hash, row) pairs rather than by a hash map of lists: a
// million keys in one flat array, no allocation per key. Equal hashes are split by the key itself.
class KeyGroups
{
public:
    explicit KeyGroups(qsizetype rows) : m_keys(rows) {}

    void add(int row, const QString &key)
    {
        m_keys[row] = key;
        m_entries.push_back({qHash(key), row});
    }
    /// Calls @p group with the rows of each key that more than one row has.
    template <typename Group>
    void forEachShared(Group group)
    {
        std::sort(m_entries.begin(), m_entries.end());
        for (size_t i = 0; i < m_entries.size();) {
            size_t j = i + 1;
            while (j < m_entries.size() && m_entries[j].first == m_entries[i].first)
                ++j;
            if (j - i >= 2) {
                QList<int> run;
                for (size_t k = i; k < j; ++k)
                    run << m_entries[k].second;
                std::stable_sort(run.begin(), run.end(), [this](int a, int b) { return m_keys.at(a) < m_keys.at(b); });
                for (qsizetype a = 0; a < run.size();) {
                    qsizetype b = a + 1;
                    while (b < run.size() && m_keys.at(run.at(b)) == m_keys.at(run.at(a)))
                        ++b;
                    if (b - a >= 2)
                        group(run.mid(a, b - a));
                    a = b;
                }
            }
            i = j;
        }
    }

private:
    QList<QString> m_keys;
    std::vector<std::pair<size_t, int>> m_entries;
};

} // namespace

Result<QList<DuplicatePair>> DuplicateFinder::find(int limit)
{
    struct Row
    {
        QString id;
        QString name;
        QString phone;
    };
    QList<Row> rows;
    struct Keys
    {
        QString email, name, ending;
    };
    QList<Keys> keys;
    auto read = m_db.exec(QStringLiteral("SELECT id, name, phone, email, phone_digits FROM customer WHERE name <> ? AND merged_into IS NULL ORDER BY id"),
                          {Privacy::erasedName()});
    if (!read)
        return read.error();
    QSqlQuery *q = read.value();
    while (q->next()) {
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
        const QString digits = q->value(4).toString();
        keys.append({emailKey(q->value(3).toString()), nameKey(rows.last().name),
                     digits.size() >= kEndingDigits ? digits.right(kEndingDigits) : QString()});
    }
    q->finish();
    // One group of keys per kind; numbers are read with libphonenumber (the slow part) only among
    // customers whose typed digits end the same (every form of one number does).
    enum Kind { Phone, Email, Name };
    const char *const kinds[3] = {"phone", "email", "name"};
    KeyGroups byKind[3] = {KeyGroups(rows.size()), KeyGroups(rows.size()), KeyGroups(rows.size())};
    KeyGroups byEnding(rows.size());
    for (int at = 0; at < int(rows.size()); ++at) {
        if (!keys.at(at).email.isEmpty())
            byKind[Email].add(at, keys.at(at).email);
        if (!keys.at(at).name.isEmpty())
            byKind[Name].add(at, keys.at(at).name);
        if (!keys.at(at).ending.isEmpty())
            byEnding.add(at, keys.at(at).ending);
    }
    byEnding.forEachShared([&](const QList<int> &group) {
        for (int at : group)
            if (const QString phone = phoneKey(rows.at(at).phone); !phone.isEmpty())
                byKind[Phone].add(at, phone);
    });

    QHash<QPair<int, int>, QStringList> reasons;
    for (int k = 0; k < 3; ++k)
        byKind[k].forEachShared([&](const QList<int> &group) {
            if (group.size() > kMaxGroup)
                return;
            for (int i = 0; i < group.size(); ++i)
                for (int j = i + 1; j < group.size(); ++j)
                    reasons[{qMin(group.at(i), group.at(j)), qMax(group.at(i), group.at(j))}] << QString::fromLatin1(kinds[k]);
        });
    QList<DuplicatePair> pairs;
    pairs.reserve(reasons.size());
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        const Keys &x = keys.at(it.key().first);
        const Keys &y = keys.at(it.key().second);
        // The same name with another number (numbers that end differently) or another address
        // is another person of that name, not a record entered twice.
        const bool otherNumber = !x.ending.isEmpty() && !y.ending.isEmpty() && x.ending != y.ending;
        const bool otherAddress = !x.email.isEmpty() && !y.email.isEmpty() && x.email != y.email;
        if (it.value() == QStringList{QStringLiteral("name")} && (otherNumber || otherAddress))
            continue;
        const Row &a = rows.at(it.key().first);
        const Row &b = rows.at(it.key().second);
        pairs.append({a.id, a.name, b.id, b.name, it.value(), a.phone, b.phone}); // reasons: phone, email, name in that order
    }
    // Most reasons first, then by the first customer's id: the same list on every run.
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        if (x.reasons.size() != y.reasons.size())
            return x.reasons.size() > y.reasons.size();
        return x.firstId != y.firstId ? x.firstId < y.firstId : x.secondId < y.secondId;
    });
    if (pairs.size() > limit)
        pairs.resize(limit);
    return pairs;
}

Result<QList<LikelyMatch>> DuplicateFinder::matchesFor(const Customer &typed, int limit)
{
    // Candidates by each key on its own, the surest first (the address by its index), so a
    // common surname cannot crowd out the customer with the very number; then the same keys as find().
    constexpr int kCandidates = 100;
    const QString phone = phoneKey(typed.phone), email = emailKey(typed.email), name = nameKey(typed.name);
    const QString digits = TextRules::phoneDigits(typed.phone);
    QString longestWord;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (word.size() > longestWord.size())
            longestWord = word;
    const SqlDialect &dialect = m_db.dialect();
    QList<QPair<QString, QString>> lookups; // condition, its value
    if (!email.isEmpty())
        lookups.append({dialect.foldCase(QStringLiteral("email")) + QStringLiteral(" = ") + dialect.foldCase(QStringLiteral("?")),
                        typed.email.trimmed()});
    if (!phone.isEmpty() && digits.size() >= kEndingDigits)
        lookups.append({QStringLiteral("phone_digits LIKE ?"), QStringLiteral("%") + digits.right(kEndingDigits)});
    if (longestWord.size() >= 3) // a word of the name, accents aside: the folded key decides
        lookups.append({QStringLiteral("name %1 ?").arg(dialect.likeIgnoringCase()), QStringLiteral("%") + longestWord + QStringLiteral("%")});
    QList<Customer> candidates;
    QSet<QString> seen;
    for (const auto &[condition, value] : lookups) {
        auto found = m_db.selectAll(CustomerStore::columns().select() +
                                        QStringLiteral("WHERE %1 AND merged_into IS NULL AND name <> ? LIMIT ?").arg(condition),
                                    {value, Privacy::erasedName(), kCandidates}, [](const QSqlQuery &q) { return CustomerStore::fromRow(q); });
        if (!found)
            return found.error();
        for (const Customer &c : found.value())
            if (c.id != typed.id && !seen.contains(c.id)) {
                seen.insert(c.id);
                candidates << c;
            }
    }
    QList<LikelyMatch> out;
    for (const Customer &c : candidates) {
        const QString theirPhone = phoneKey(c.phone), theirEmail = emailKey(c.email);
        QStringList reasons;
        if (!phone.isEmpty() && theirPhone == phone)
            reasons << QStringLiteral("phone");
        if (!email.isEmpty() && theirEmail == email)
            reasons << QStringLiteral("email");
        if (!name.isEmpty() && nameKey(c.name) == name)
            reasons << QStringLiteral("name");
        // The same name with another number or address is another person of that name.
        const bool conflicts = (!phone.isEmpty() && !theirPhone.isEmpty() && theirPhone != phone) ||
                               (!email.isEmpty() && !theirEmail.isEmpty() && theirEmail != email);
        if (reasons == QStringList{QStringLiteral("name")} && conflicts)
            continue;
        if (!reasons.isEmpty())
            out.append({c, reasons});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const LikelyMatch &a, const LikelyMatch &b) { return a.reasons.size() > b.reasons.size(); });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QString DuplicateFinder::reasonText(const QString &reason)
{
    if (reason == QLatin1String("phone"))
        return tr("same phone number");
    if (reason == QLatin1String("email"))
        return tr("same e-mail address");
    return tr("same name");
}

} // namespace rd
