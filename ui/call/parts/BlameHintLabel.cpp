#include "call/parts/BlameHintLabel.h"

#include "call/parts/BlameHighlighter.h"

#include <QPlainTextEdit>

namespace rd {

BlameHintLabel::BlameHintLabel(QPlainTextEdit *edit, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("blameHint"));
    setWordWrap(true);
    hide();
    auto *highlighter = new BlameHighlighter(edit->document());
    connect(highlighter, &BlameHighlighter::hintsChanged, this, [this](const QStringList &hints) {
        setText(hints.join(QLatin1Char('\n')));
        setVisible(!hints.isEmpty());
    });
}

} // namespace rd
