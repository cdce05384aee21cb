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

Result<QList<DuplicatePair>> DuplicateFinder::find(int limit)
{
    struct Row
    {
        QString id;
        QString name;
        QString phone;
    };
    QList<Row> rows;
    // One map per kind of key, from the key to the customers (by their place in rows). Reading a
    // number with libphonenumber is the slow part, so numbers are first grouped by the last digits
    // of what was typed (every form of one number ends the same) and read only within a group.
    enum Kind { Phone, Email, Name };
    QHash<QString, QList<int>> byKey[3];
    QHash<QString, QList<int>> byEnding;
    const char *const kinds[3] = {"phone", "email", "name"};
    auto read = m_db.exec(QStringLiteral("SELECT id, name, phone, email, phone_digits FROM customer WHERE name <> ? AND merged_into IS NULL ORDER BY id"),
                          {Privacy::erasedName()});
    if (!read)
        return read.error();
    QSqlQuery *q = read.value();
    while (q->next()) {
        const int at = int(rows.size());
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
        const QString digits = q->value(4).toString();
        if (digits.size() >= kEndingDigits)
            byEnding[digits.right(kEndingDigits)].append(at);
        if (const QString email = emailKey(q->value(3).toString()); !email.isEmpty())
            byKey[Email][email].append(at);
        if (const QString name = nameKey(q->value(1).toString()); !name.isEmpty())
            byKey[Name][name].append(at);
    }
    q->finish();
    for (auto it = byEnding.cbegin(); it != byEnding.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        for (int at : it.value())
            if (const QString phone = phoneKey(rows.at(at).phone); !phone.isEmpty())
                byKey[Phone][phone].append(at);
    }

    QHash<QPair<int, int>, QStringList> reasons;
    for (int k = 0; k < 3; ++k) {
        for (auto it = byKey[k].cbegin(); it != byKey[k].cend(); ++it) {
            const QList<int> &group = it.value();
            if (group.size() < 2 || group.size() > kMaxGroup)
                continue;
            for (int i = 0; i < group.size(); ++i)
                for (int j = i + 1; j < group.size(); ++j)
                    reasons[{group.at(i), group.at(j)}] << QString::fromLatin1(kinds[k]);
        }
    }
    QList<DuplicatePair> pairs;
    pairs.reserve(reasons.size());
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        const Row &a = rows.at(it.key().first);
        const Row &b = rows.at(it.key().second);
        pairs.append({a.id, a.name, b.id, b.name, it.value()});
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
