#include "call/BlameDetector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rd {

namespace {

const struct
{
    const char *key;
    BlameTarget target;
} kTargets[] = {
    {"customer", BlameTarget::Customer},     {"colleague", BlameTarget::Colleague},
    {"supplier", BlameTarget::Supplier},     {"department", BlameTarget::Department},
    {"denial", BlameTarget::Denial},
};

// Typed apostrophes vary (' ’ ‘); the phrase lists use the straight one.
QString straightApostrophes(QString s)
{
    s.replace(QChar(0x2019), QLatin1Char('\''));
    s.replace(QChar(0x2018), QLatin1Char('\''));
    return s;
}

} // namespace

BlameDetector BlameDetector::fromJson(const QByteArray &json)
{
    BlameDetector detector;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QString &language : root.keys()) {
        const QJsonObject byTarget = root.value(language).toObject();
        for (const auto &t : kTargets) {
            for (const QJsonValue &v : byTarget.value(QLatin1String(t.key)).toArray()) {
                const QString phrase = v.toString().trimmed();
                if (phrase.isEmpty())
                    continue;
                // Words may be separated by any run of white space; the phrase must stand alone.
                QString pattern = QRegularExpression::escape(phrase);
                pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
                QRegularExpression re(QStringLiteral("(?<![\\w])") + pattern + QStringLiteral("(?![\\w])"),
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
                re.optimize();
                detector.m_patterns.append(Pattern{re, phrase, language, t.target});
            }
        }
    }
    return detector;
}

const BlameDetector &BlameDetector::builtIn()
{
    static const BlameDetector detector = [] {
        QFile f(QStringLiteral(":/rdcore/blame_phrases.json"));
        return fromJson(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }();
    return detector;
}

QList<BlameMatch> BlameDetector::find(const QString &text) const
{
    const QString subject = straightApostrophes(text);
    QList<BlameMatch> all;
    for (const Pattern &p : m_patterns) {
        auto it = p.regex.globalMatch(subject);
        while (it.hasNext()) {
            const auto m = it.next();
            all.append(BlameMatch{m.capturedStart(), m.capturedLength(), p.phrase, p.language, p.target});
        }
    }
    std::sort(all.begin(), all.end(), [](const BlameMatch &a, const BlameMatch &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<BlameMatch> kept;
    for (const BlameMatch &m : all) {
        if (!kept.isEmpty() && m.start < kept.last().start + kept.last().length)
            continue; // inside a longer match that starts earlier or at the same place
        kept.append(m);
    }
    return kept;
}

QString BlameDetector::hint(BlameTarget target)
{
    switch (target) {
    case BlameTarget::Customer:
        return tr("This may sound as if the customer is to blame. Describe what happened instead, and what you "
                  "will do now.");
    case BlameTarget::Colleague:
        return tr("This may sound as if you pass the blame to a colleague. To the customer, we are one company: "
                  "say what you will do.");
    case BlameTarget::Supplier:
        return tr("Naming a supplier is fine to explain; make sure it does not sound like passing the blame. "
                  "You stay the point of contact.");
    case BlameTarget::Department:
        return tr("This may sound as if the customer is sent away. Take ownership: make a process agreement or "
                  "a callback note instead.");
    case BlameTarget::Denial:
        return tr("Whose fault it is matters less to the customer than what happens next. Own your part, "
                  "without blaming anyone.");
    }
    return {};
}

} // namespace rd
