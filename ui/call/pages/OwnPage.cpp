#include "call/pages/OwnPage.h"

#include "call/BlameDetector.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rd {

OwnPage::OwnPage(CallContext &context, const QString &note, QWidget *parent) : StepPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(note, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_review = new QLabel(this);
    m_review->setObjectName(QStringLiteral("ownReview"));
    m_review->setWordWrap(true);
    m_review->setFocusPolicy(Qt::StrongFocus); // so the step has somewhere to put the keyboard
    m_review->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    layout->addWidget(m_review);
    layout->addStretch(1);
}

void OwnPage::load(const Case &c)
{
    QStringList hints;
    QList<BlameTarget> seen;
    for (const QString &text : {c.summary, c.explanation, c.decision}) {
        for (const BlameMatch &m : BlameDetector::builtIn().find(text)) {
            if (seen.contains(m.target))
                continue;
            seen.append(m.target);
            hints << tr("“%1” — %2").arg(text.mid(m.start, m.length), BlameDetector::hint(m.target));
        }
    }
    m_review->setText(hints.isEmpty() ? tr("Your notes so far blame no one. Good — stay the point of contact.")
                                      : hints.join(QStringLiteral("\n\n")));
    m_review->setProperty("hasHints", !hints.isEmpty());
}

QWidget *OwnPage::focusTarget() { return m_review; }

} // namespace rd
