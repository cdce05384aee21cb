#pragma once

#include "call/parts/StepPage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rd {

/// A step that fills one text field: the customer's story, expectation, our explanation, …
class TextStepPage : public StepPage
{
    Q_OBJECT

public:
    enum class Shape { MultiLine, SingleLine };

    TextStepPage(CallContext &context, CaseField field, const QString &label, const QString &placeholder,
                 Shape shape, bool blameHints, QWidget *parent = nullptr);

    void load(const Case &c) override;
    QWidget *focusTarget() override;
    /// Offers @p names as the line is typed (a single line only): "Pass it on" ties a compliment
    /// to a known colleague rather than to free text.
    void offerNames(const QStringList &names);

private:
    CaseField m_field;
    QPlainTextEdit *m_multi = nullptr;
    QLineEdit *m_single = nullptr;
    QLabel *m_hints = nullptr;
};

} // namespace rd
