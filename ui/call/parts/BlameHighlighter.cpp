#include "call/parts/BlameHighlighter.h"

#include "call/BlameDetector.h"
#include "widgets/Theme.h"

#include <QTextDocument>

namespace rd {

BlameHighlighter::BlameHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    connect(document, &QTextDocument::contentsChanged, this, &BlameHighlighter::updateHints);
}

void BlameHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xC2, 0x7C, 0x0E)); // amber: a hint, not an error
    format.setBackground(Theme::color("warnBg"));
    for (const BlameMatch &m : BlameDetector::builtIn().find(text))
        setFormat(int(m.start), int(m.length), format);
}

void BlameHighlighter::updateHints()
{
    QStringList hints;
    QList<BlameTarget> seen;
    // Phrases can span lines; look at the whole text for the hints.
    for (const BlameMatch &m : BlameDetector::builtIn().find(document()->toPlainText())) {
        if (seen.contains(m.target))
            continue;
        seen.append(m.target);
        hints.append(BlameDetector::hint(m.target));
    }
    if (hints != m_hints) {
        m_hints = hints;
        emit hintsChanged(m_hints);
    }
}

QStringList BlameHighlighter::hints() const { return m_hints; }

} // namespace rd
