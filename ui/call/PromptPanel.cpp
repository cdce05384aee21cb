#include "call/PromptPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rd {

PromptPanel::PromptPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("promptPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(6);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("promptPosition"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("promptTitle"));
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("promptText"));
    m_prompt->setWordWrap(true);
    m_example = new QLabel(this);
    m_example->setObjectName(QStringLiteral("promptExample"));
    m_example->setWordWrap(true);
    // A screen reader reads the words themselves; the description says what they are.
    m_title->setAccessibleDescription(tr("Current step"));
    m_prompt->setAccessibleDescription(tr("What to do"));
    m_example->setAccessibleDescription(tr("What you could say"));
    layout->addWidget(m_position);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addWidget(m_example);
}

void PromptPanel::showStep(const CallStep &step, int number, int count)
{
    m_position->setText(tr("Step %1 of %2").arg(number).arg(count));
    m_title->setText(step.title);
    m_prompt->setText(step.prompt);
    m_example->setText(tr("You could say: %1").arg(step.example));
}

} // namespace rd
