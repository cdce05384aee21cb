#pragma once

#include "widgets/ChoiceGroup.h"
#include "call/parts/StepPage.h"

class QPlainTextEdit;

namespace rd {

/// A step that is mostly one choice (emotion, cause, decision), optionally with a text field below.
class ChoiceStepPage : public StepPage
{
    Q_OBJECT

public:
    ChoiceStepPage(CallContext &context, CaseField choiceField, const QString &title,
                   const QList<ChoiceGroup::Option> &options, QWidget *parent = nullptr);

    /// Adds a text field under the choice (e.g. the decision in words).
    void addText(CaseField field, const QString &label, const QString &placeholder);

    void load(const Case &c) override;
    QWidget *focusTarget() override;

    /// The options 1–5 of the emotion scale.
    static QList<ChoiceGroup::Option> emotionOptions();
    /// The options of a Vocabulary enum, keyed by its stored keys.
    template <typename E>
    static QList<ChoiceGroup::Option> vocabularyOptions();

private:
    CaseField m_choiceField;
    ChoiceGroup *m_choice = nullptr;
    CaseField m_textField = CaseField::Decision;
    QPlainTextEdit *m_text = nullptr;
};

template <typename E>
QList<ChoiceGroup::Option> ChoiceStepPage::vocabularyOptions()
{
    QList<ChoiceGroup::Option> options;
    for (E v : Vocabulary::all<E>())
        options.append({Vocabulary::key(v), Vocabulary::label(v)});
    return options;
}

} // namespace rd
