#include "call/pages/TextStepPage.h"

#include "call/parts/BlameHintLabel.h"
#include "cases/CaseStore.h"
#include "call/parts/FieldAutosaver.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace rd {

namespace {
QString textOf(const Case &c, CaseField field)
{
    switch (field) {
    case CaseField::Experience: return c.experience;
    case CaseField::Expectation: return c.expectation;
    case CaseField::Summary: return c.summary;
    case CaseField::Explanation: return c.explanation;
    case CaseField::Decision: return c.decision;
    case CaseField::ComplimentFor: return c.complimentFor;
    case CaseField::Note: return c.note;
    default: return {};
    }
}
} // namespace

TextStepPage::TextStepPage(CallContext &context, CaseField field, const QString &label, const QString &placeholder,
                           Shape shape, bool blameHints, QWidget *parent)
    : StepPage(context, parent), m_field(field)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(label, this);
    layout->addWidget(caption);
    const QString name = QStringLiteral("field_") + CaseStore::fieldKey(field);
    if (shape == Shape::MultiLine) {
        m_multi = new QPlainTextEdit(this);
        m_multi->setObjectName(name);
        m_multi->setPlaceholderText(placeholder);
        m_multi->setTabChangesFocus(true); // Tab moves on, as in every other field
        m_multi->setAccessibleName(label);
        caption->setBuddy(m_multi);
        layout->addWidget(m_multi, 1);
        m_context.saver->watch(m_multi, field);
        if (blameHints)
            layout->addWidget(new BlameHintLabel(m_multi, this));
    } else {
        m_single = new QLineEdit(this);
        m_single->setObjectName(name);
        m_single->setPlaceholderText(placeholder);
        m_single->setAccessibleName(label);
        caption->setBuddy(m_single);
        layout->addWidget(m_single);
        layout->addStretch(1);
        m_context.saver->watch(m_single, field);
    }
}

void TextStepPage::offerNames(const QStringList &names)
{
    if (!m_single)
        return;
    auto *completer = new QCompleter(names, m_single);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains); // "vries" finds "Bram de Vries"
    m_single->setCompleter(completer);
    // A name taken from the list is not typed (no textEdited): saved as chosen.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) { m_context.saver->saveNow(m_field, name); });
}

void TextStepPage::load(const Case &c)
{
    const QString text = textOf(c, m_field);
    if (m_multi && m_multi->toPlainText() != text) {
        QSignalBlocker block(m_multi); // loading is not typing: no save
        m_multi->setPlainText(text);
        m_multi->moveCursor(QTextCursor::End);
    }
    if (m_single && m_single->text() != text)
        m_single->setText(text);
}

QWidget *TextStepPage::focusTarget() { return m_multi ? static_cast<QWidget *>(m_multi) : m_single; }

} // namespace rd
