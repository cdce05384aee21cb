#include "lists/DuplicateFinder.h"

#include "base/PhoneNumber.h"
#include "safety/Privacy.h"
#include "storage/Database.h"

#include <QHash>
#include <QRegularExpression>
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
    for (const QChar c : name.normalized(QString::NormalizationForm_KD))
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c.isLetterOrNumber() ? c.toCaseFolded() : QChar(u' '));
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

} // namespace rd
