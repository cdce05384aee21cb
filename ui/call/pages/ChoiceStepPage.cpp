#include "call/pages/ChoiceStepPage.h"

#include "call/parts/BlameHintLabel.h"
#include "cases/CaseStore.h"
#include "call/parts/FieldAutosaver.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace rd {

namespace {
QString choiceOf(const Case &c, CaseField field)
{
    switch (field) {
    case CaseField::EmotionStart: return c.emotionStart ? QString::number(*c.emotionStart) : QString();
    case CaseField::EmotionEnd: return c.emotionEnd ? QString::number(*c.emotionEnd) : QString();
    case CaseField::Cause: return c.cause ? Vocabulary::key(*c.cause) : QString();
    case CaseField::DecisionKind: return c.decisionKind ? Vocabulary::key(*c.decisionKind) : QString();
    case CaseField::Resolution: return c.resolution ? Vocabulary::key(*c.resolution) : QString();
    default: return {};
    }
}
} // namespace

ChoiceStepPage::ChoiceStepPage(CallContext &context, CaseField choiceField, const QString &title,
                               const QList<ChoiceGroup::Option> &options, QWidget *parent)
    : StepPage(context, parent), m_choiceField(choiceField)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_choice = new ChoiceGroup(title, options, Qt::Vertical, this);
    m_choice->setObjectName(QStringLiteral("field_") + CaseStore::fieldKey(choiceField));
    layout->addWidget(m_choice);
    layout->addStretch(1);
    connect(m_choice, &ChoiceGroup::chosen, this, [this](const QString &key) {
        const bool emotion = m_choiceField == CaseField::EmotionStart || m_choiceField == CaseField::EmotionEnd;
        m_context.saver->saveNow(m_choiceField, emotion ? QVariant(key.toInt()) : QVariant(key));
    });
}

void ChoiceStepPage::addText(CaseField field, const QString &label, const QString &placeholder)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    delete layout->takeAt(layout->count() - 1); // the stretch goes; the text takes the room
    auto *caption = new QLabel(label, this);
    m_textField = field;
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("field_") + CaseStore::fieldKey(field));
    m_text->setPlaceholderText(placeholder);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(label);
    caption->setBuddy(m_text);
    layout->addSpacing(8);
    layout->addWidget(caption);
    layout->addWidget(m_text, 1);
    layout->addWidget(new BlameHintLabel(m_text, this));
    m_context.saver->watch(m_text, field);
}

void ChoiceStepPage::load(const Case &c)
{
    m_choice->setValue(choiceOf(c, m_choiceField));
    if (m_text && m_textField == CaseField::Decision && m_text->toPlainText() != c.decision) {
        QSignalBlocker block(m_text);
        m_text->setPlainText(c.decision);
    }
}

QWidget *ChoiceStepPage::focusTarget() { return m_choice; }

QList<ChoiceGroup::Option> ChoiceStepPage::emotionOptions()
{
    return {{QStringLiteral("1"), tr("Calm")},
            {QStringLiteral("2"), tr("A little annoyed")},
            {QStringLiteral("3"), tr("Annoyed")},
            {QStringLiteral("4"), tr("Upset")},
            {QStringLiteral("5"), tr("Very upset or angry")}};
}

} // namespace rd
