#pragma once

#include <QStringList>
#include <QSyntaxHighlighter>

namespace rd {

/**
 * Underlines phrases that shift blame in a text field, and reports a gentle hint for each kind
 * found. It only marks; saving is never blocked.
 */
class BlameHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit BlameHighlighter(QTextDocument *document);

    /// Hints for the phrases found in the whole document, one per kind, in order of appearance.
    QStringList hints() const;

signals:
    void hintsChanged(const QStringList &hints);

protected:
    void highlightBlock(const QString &text) override;

private:
    void updateHints();
    QStringList m_hints;
};

} // namespace rd
