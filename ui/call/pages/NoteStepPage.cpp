#include "call/pages/NoteStepPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rd {

NoteStepPage::NoteStepPage(CallContext &context, const QString &note, QWidget *parent) : StepPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note = new QLabel(note, this);
    m_note->setWordWrap(true);
    m_note->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

QWidget *NoteStepPage::focusTarget() { return m_note; }

} // namespace rd
