#include "call/pages/ClosePage.h"

#include "agreements/AgreementReadBack.h"
#include "agreements/CallbackStore.h"
#include "cases/CaseStore.h"
#include "widgets/ChoiceGroup.h"
#include "call/pages/ChoiceStepPage.h"
#include "call/parts/FieldAutosaver.h"
#include "agreements/PromiseStore.h"

#include "cases/CustomerStore.h"
#include "letters/ConfirmationDialog.h"
#include "letters/Confirmations.h"
#include "letters/LetterLanguage.h"
#include "widgets/Settings.h"

#include <QLabel>
#include <QPushButton>
#include <QShortcut>
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
    layout->addSpacing(12);

    // The written confirmation: one key while the customer is still on the line.
    m_confirmation = new QLabel(this);
    m_confirmation->setObjectName(QStringLiteral("confirmationState"));
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextFormat(Qt::PlainText); // it names the customer: never markup
    layout->addWidget(m_confirmation);
    auto *send = new QPushButton(tr("Send the written confirmation"), this);
    send->setObjectName(QStringLiteral("sendConfirmation"));
    send->setToolTip(tr("Ctrl+M; Ctrl+Shift+M shows it first"));
    send->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    layout->addWidget(send);
    connect(send, &QPushButton::clicked, this, &ClosePage::sendConfirmation);
    auto *mailKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), this);
    mailKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(mailKey, &QShortcut::activated, this, &ClosePage::sendConfirmation);
    auto *showKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this);
    showKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(showKey, &QShortcut::activated, this, &ClosePage::showConfirmation);

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
    showConfirmationState();
}

void ClosePage::showConfirmationState()
{
    auto customer = CustomerStore(*m_context.db).ofCase(m_context.caseId);
    if (!customer) {
        m_confirmation->setText(customer.message());
        return;
    }
    const QString language =
        LetterLanguage::nameOf(customer->language.isEmpty() ? Settings::customerLanguage() : customer->language);
    const QString how = customer->email.isEmpty()
                            ? tr("%1 has no e-mail address: Ctrl+M shows the confirmation in %2, to print, save as a "
                                 "PDF letter or copy.")
                                  .arg(customer->name, language)
                            : tr("Ctrl+M puts the confirmation in %1 into your mail program, to %2. Ctrl+Shift+M shows it first.")
                                  .arg(language, customer->email);
    m_confirmation->setText(Confirmations::stateLine(*m_context.db, m_context.caseId) + QLatin1Char(' ') + how);
}

void ClosePage::sendConfirmation()
{
    const LetterOutput::Outcome out = Confirmations::mailNow(*m_context.db, m_context.caseId, m_context.employee);
    if (!out.ok && out.message.isEmpty()) {
        showConfirmation(); // no address to mail to: another way out
        return;
    }
    emit message(out.message, !out.ok);
    showConfirmationState();
}

void ClosePage::showConfirmation()
{
    ConfirmationDialog dialog(*m_context.db, m_context.caseId, m_context.employee, this);
    connect(&dialog, &ConfirmationDialog::sent, this, &ClosePage::showConfirmationState);
    dialog.exec();
    showConfirmationState();
}

QWidget *ClosePage::focusTarget() { return m_emotion; }

} // namespace rd
