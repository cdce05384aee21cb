#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace rd {

/// Whom a phrase shifts the blame to.
enum class BlameTarget { Customer, Colleague, Supplier, Department, Denial };

struct BlameMatch
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString phrase;   ///< the phrase from the list that matched
    QString language; ///< "en" or "nl"
    BlameTarget target = BlameTarget::Customer;
};

/**
 * Finds phrases that shift blame (to the customer, a colleague, a supplier, "not our
 * department", "not our fault") in English and Dutch text. The phrases are data
 * (blame_phrases.json); the detector only hints, it never blocks saving.
 */
class BlameDetector
{
    Q_DECLARE_TR_FUNCTIONS(BlameDetector)

public:
    /// The detector with the phrase lists built into the program.
    static const BlameDetector &builtIn();
    /// A detector over a phrase list in the JSON format of blame_phrases.json.
    static BlameDetector fromJson(const QByteArray &json);

    /// Every match in @p text, in order of position; overlapping matches keep the longest.
    QList<BlameMatch> find(const QString &text) const;
    int phraseCount() const { return int(m_patterns.size()); }

    /// A gentle hint for the employee about a phrase of this kind.
    static QString hint(BlameTarget target);

private:
    struct Pattern
    {
        QRegularExpression regex;
        QString phrase;
        QString language;
        BlameTarget target;
    };
    QList<Pattern> m_patterns;
};

} // namespace rd
