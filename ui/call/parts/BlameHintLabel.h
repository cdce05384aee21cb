#pragma once

#include <QLabel>

class QPlainTextEdit;

namespace rd {

/// A quiet line under a text field with the hints of its BlameHighlighter; hidden when there are none.
class BlameHintLabel : public QLabel
{
    Q_OBJECT

public:
    /// Highlights @p edit and shows its hints here.
    explicit BlameHintLabel(QPlainTextEdit *edit, QWidget *parent = nullptr);
};

} // namespace rd
