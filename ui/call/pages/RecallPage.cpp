#include "call/pages/RecallPage.h"

#include "agreements/AgreementReadBack.h"
#include "agreements/CallbackStore.h"
#include "agreements/PromiseStore.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rd {

RecallPage::RecallPage(CallContext &context, QWidget *parent) : StepPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("recallText"));
    m_text->setWordWrap(true);
    m_text->setFocusPolicy(Qt::StrongFocus);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void RecallPage::load(const Case &c)
{
    auto promises = PromiseStore(*m_context.db).forCase(c.id);
    auto callbacks = CallbackStore(*m_context.db).forCase(c.id);
    QString html;
    if (!c.summary.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("The matter, as summarised:"), c.summary.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    const QStringList open = AgreementReadBack::sentences(c, promises ? promises.value() : QList<PromisedAction>(),
                                                          callbacks ? callbacks.value() : QList<CallbackNote>(),
                                                          m_context.employee);
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("What we agreed:"));
    if (open.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No open agreements."));
    for (const QString &line : open)
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    m_text->setText(html);
}

QWidget *RecallPage::focusTarget() { return m_text; }

} // namespace rd
