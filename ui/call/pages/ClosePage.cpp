#include "call/pages/ClosePage.h"

#include "agreements/AgreementReadBack.h"
#include "agreements/CallbackStore.h"
#include "cases/CaseStore.h"
#include "widgets/ChoiceGroup.h"
#include "call/pages/ChoiceStepPage.h"
#include "call/parts/FieldAutosaver.h"
#include "agreements/PromiseStore.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rd {

ClosePage::ClosePage(CallContext &context, QWidget *parent) : StepPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("Read this back to the customer:"), this);
    m_readBack = new QLabel(this);
    m_readBack->setObjectName(QStringLiteral("readBack"));
    m_readBack->setWordWrap(true);
    m_readBack->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_readBack->setAccessibleName(tr("Agreements to read back"));
    layout->addWidget(caption);
    layout->addWidget(m_readBack);
    layout->addSpacing(12);

    m_emotion = new ChoiceGroup(tr("How does the customer sound now?"), ChoiceStepPage::emotionOptions(),
                                Qt::Horizontal, this);
    m_emotion->setObjectName(QStringLiteral("field_emotion_end"));
    layout->addWidget(m_emotion);
    connect(m_emotion, &ChoiceGroup::chosen, this,
            [this](const QString &key) { m_context.saver->saveNow(CaseField::EmotionEnd, key.toInt()); });

    layout->addStretch(1);
}

void ClosePage::load(const Case &c)
{
    m_emotion->setValue(c.emotionEnd ? QString::number(*c.emotionEnd) : QString());
    auto promises = PromiseStore(*m_context.db).forCase(c.id);
    auto callbacks = CallbackStore(*m_context.db).forCase(c.id);
    QStringList lines = AgreementReadBack::sentences(c, promises ? promises.value() : QList<PromisedAction>(),
                                                     callbacks ? callbacks.value() : QList<CallbackNote>(),
                                                     m_context.employee);
    lines.append(c.kind == CaseKind::Compliment ? tr("Thank you for taking the time to tell us.")
                                                : tr("Thank you for calling us and for telling us this."));
    QString html;
    for (const QString &line : lines)
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    m_readBack->setText(html);
}

QWidget *ClosePage::focusTarget() { return m_emotion; }

} // namespace rd
