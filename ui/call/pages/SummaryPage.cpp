#include "call/pages/SummaryPage.h"

#include "call/parts/BlameHintLabel.h"
#include "cases/CaseStore.h"
#include "call/parts/FieldAutosaver.h"
#include "call/SummaryDrafter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QVBoxLayout>

namespace rd {

SummaryPage::SummaryPage(CallContext &context, QWidget *parent) : StepPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("&Summary to read back:"), this);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("field_summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setAccessibleName(tr("Summary to read back"));
    caption->setBuddy(m_summary);
    layout->addWidget(caption);
    layout->addWidget(m_summary, 1);
    layout->addWidget(new BlameHintLabel(m_summary, this));
    m_context.saver->watch(m_summary, CaseField::Summary);

    auto *buttons = new QHBoxLayout;
    auto *redraft = new QPushButton(tr("&Draft from notes"), this);
    redraft->setObjectName(QStringLiteral("draftSummaryButton"));
    auto *confirmButton = new QPushButton(tr("Customer c&onfirms"), this);
    confirmButton->setObjectName(QStringLiteral("confirmSummaryButton"));
    buttons->addWidget(confirmButton);
    buttons->addWidget(redraft);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *correctionCaption = new QLabel(tr("The customer co&rrects:"), this);
    m_correction = new QLineEdit(this);
    m_correction->setObjectName(QStringLiteral("summaryCorrection"));
    m_correction->setPlaceholderText(tr("What the customer says is different — then adjust the summary above"));
    m_correction->setAccessibleName(tr("The customer's correction"));
    correctionCaption->setBuddy(m_correction);
    auto *saveCorrection = new QPushButton(tr("Save correction"), this);
    saveCorrection->setObjectName(QStringLiteral("saveCorrectionButton"));
    auto *correctionRow = new QHBoxLayout;
    correctionRow->addWidget(m_correction, 1);
    correctionRow->addWidget(saveCorrection);
    layout->addWidget(correctionCaption);
    layout->addLayout(correctionRow);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("summaryState"));
    layout->addWidget(m_state);

    connect(redraft, &QPushButton::clicked, this, &SummaryPage::draft);
    connect(confirmButton, &QPushButton::clicked, this, &SummaryPage::confirm);
    connect(saveCorrection, &QPushButton::clicked, this, &SummaryPage::correct);
    connect(m_correction, &QLineEdit::returnPressed, this, &SummaryPage::correct);
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] { showConfirmed(false); });
}

void SummaryPage::load(const Case &c)
{
    if (m_summary->toPlainText() != c.summary) {
        QSignalBlocker block(m_summary);
        m_summary->setPlainText(c.summary);
    }
    if (c.summary.trimmed().isEmpty())
        draft(); // a starting point the employee edits, never an empty box
    showConfirmed(c.summaryConfirmed);
}

void SummaryPage::draft()
{
    m_context.saver->flush();
    auto c = CaseStore(*m_context.db).get(m_context.caseId);
    if (!c)
        return;
    const QString text = SummaryDrafter::draft(c.value());
    if (text.isEmpty())
        return;
    // Through the cursor, so Ctrl+Z brings the previous summary back.
    QTextCursor cursor(m_summary->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

void SummaryPage::confirm()
{
    m_context.saver->flush();
    const Status s = CaseStore(*m_context.db).confirmSummary(m_context.caseId);
    if (!s) {
        emit message(s.message(), true);
        return;
    }
    showConfirmed(true);
    emit message(tr("Summary confirmed by the customer."), false);
}

void SummaryPage::correct()
{
    m_context.saver->flush();
    const Status s =
        CaseStore(*m_context.db).correctSummary(m_context.caseId, m_correction->text(), m_summary->toPlainText());
    if (!s) {
        emit message(s.message(), true);
        return;
    }
    m_correction->clear();
    showConfirmed(false);
    emit message(tr("Correction kept in the history. Adjust the summary and read it back again."), false);
}

void SummaryPage::showConfirmed(bool confirmed)
{
    m_state->setText(confirmed ? tr("✓ Confirmed by the customer") : tr("Not confirmed yet"));
    m_state->setProperty("confirmed", confirmed);
}

QWidget *SummaryPage::focusTarget() { return m_summary; }

} // namespace rd
