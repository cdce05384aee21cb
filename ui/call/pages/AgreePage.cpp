#include "call/pages/AgreePage.h"

#include "agreements/AgreementReadBack.h"
#include "agreements/CallbackStore.h"
#include "cases/CaseStore.h"
#include "widgets/ChoiceGroup.h"
#include "call/pages/ChoiceStepPage.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "widgets/DueTimeEdit.h"
#include "call/parts/FieldAutosaver.h"
#include "agreements/PromiseStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

AgreePage::AgreePage(CallContext &context, QWidget *parent) : StepPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_resolution = new ChoiceGroup(tr("Is the matter resolved now?"), ChoiceStepPage::vocabularyOptions<Resolution>(),
                                   Qt::Horizontal, this);
    m_resolution->setObjectName(QStringLiteral("field_resolution"));
    layout->addWidget(m_resolution);
    connect(m_resolution, &ChoiceGroup::chosen, this, [this](const QString &key) {
        if (m_context.saver->saveNow(CaseField::Resolution, key))
            emit agreementsChanged();
    });

    // What was agreed stays in sight beside the forms, so nothing needs scrolling on a laptop.
    auto *agreed = new QGroupBox(tr("Agreed so far"), this);
    auto *agreedLayout = new QVBoxLayout(agreed);
    m_list = new QListWidget(agreed);
    m_list->setObjectName(QStringLiteral("agreementList"));
    m_list->setAccessibleName(tr("Agreed so far"));
    m_list->setWordWrap(true);
    m_list->setFocusPolicy(Qt::NoFocus); // read-only summary: Tab skips it
    m_list->setFrameShape(QFrame::NoFrame);
    agreedLayout->addWidget(m_list);

    auto *grid = new QGridLayout;
    grid->addWidget(createPromiseBox(), 0, 0);
    grid->addWidget(createNextContactBox(), 1, 0);
    grid->addWidget(createCallbackBox(), 0, 1);
    grid->addWidget(agreed, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch(1);

    setTabOrder(m_resolution, m_what);
}

QWidget *AgreePage::createPromiseBox()
{
    auto *box = new QGroupBox(tr("A promise: what I will do, by when"), this);
    auto *form = new QFormLayout(box);
    m_what = new QLineEdit(box);
    m_what->setObjectName(QStringLiteral("promiseWhat"));
    m_what->setPlaceholderText(tr("e.g. ask the carrier for a Saturday delivery"));
    m_owner = new QLineEdit(m_context.employee, box);
    m_owner->setObjectName(QStringLiteral("promiseOwner"));
    m_due = new DueTimeEdit(m_context.db->clock(), m_context.dueTimeHours, box);
    m_due->setObjectName(QStringLiteral("promiseDue"));
    m_kind = new QComboBox(box);
    m_kind->setObjectName(QStringLiteral("promiseKind"));
    m_kind->addItem(Vocabulary::label(PromiseKind::Process), Vocabulary::key(PromiseKind::Process));
    m_kind->addItem(Vocabulary::label(PromiseKind::Final), Vocabulary::key(PromiseKind::Final));
    auto *add = new QPushButton(tr("Add &promise"), box);
    add->setObjectName(QStringLiteral("addPromiseButton"));
    form->addRow(tr("What:"), m_what);
    form->addRow(tr("Who:"), m_owner);
    form->addRow(tr("By:"), m_due);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(QString(), add);
    connect(add, &QPushButton::clicked, this, &AgreePage::addPromise);
    connect(m_what, &QLineEdit::returnPressed, this, &AgreePage::addPromise);
    return box;
}

QWidget *AgreePage::createNextContactBox()
{
    auto *box = new QGroupBox(tr("When I will contact the customer again"), this);
    auto *form = new QFormLayout(box);
    m_contactWhen = new DueTimeEdit(m_context.db->clock(), m_context.dueTimeHours, box);
    m_contactWhen->setObjectName(QStringLiteral("nextContactWhen"));
    m_contactWhen->refreshSuggestions(DueTimeEdit::Default::NextAfternoon);
    m_contactHow = new QComboBox(box);
    m_contactHow->setObjectName(QStringLiteral("nextContactHow"));
    m_contactHow->addItem(tr("by phone"));
    m_contactHow->addItem(tr("by e-mail"));
    auto *set = new QPushButton(tr("Set ne&xt contact"), box);
    set->setObjectName(QStringLiteral("setNextContactButton"));
    form->addRow(tr("On:"), m_contactWhen);
    form->addRow(tr("How:"), m_contactHow);
    form->addRow(QString(), set);
    connect(set, &QPushButton::clicked, this, &AgreePage::setNextContact);
    return box;
}

QWidget *AgreePage::createCallbackBox()
{
    auto *box = new QGroupBox(tr("A colleague calls back (callback note)"), this);
    auto *form = new QFormLayout(box);
    m_callbackFor = new QLineEdit(box);
    m_callbackFor->setObjectName(QStringLiteral("callbackFor"));
    m_callbackFor->setPlaceholderText(tr("colleague's name"));
    m_callbackPhone = new QLineEdit(box);
    m_callbackPhone->setObjectName(QStringLiteral("callbackPhone"));
    m_callbackQuestion = new QLineEdit(box);
    m_callbackQuestion->setObjectName(QStringLiteral("callbackQuestion"));
    m_callbackQuestion->setPlaceholderText(tr("the customer's question, in a sentence"));
    m_callbackFrom = new DueTimeEdit(m_context.db->clock(), m_context.dueTimeHours, box);
    m_callbackFrom->setObjectName(QStringLiteral("callbackFrom"));
    m_callbackLength = new QComboBox(box);
    m_callbackLength->setObjectName(QStringLiteral("callbackLength"));
    m_callbackLength->addItem(tr("within 1 hour"), 1);
    m_callbackLength->addItem(tr("within 2 hours"), 2);
    m_callbackLength->addItem(tr("within 4 hours"), 4);
    m_callbackLength->setCurrentIndex(1);
    auto *add = new QPushButton(tr("Add call&back note"), box);
    add->setObjectName(QStringLiteral("addCallbackButton"));
    form->addRow(tr("Who calls:"), m_callbackFor);
    form->addRow(tr("Number:"), m_callbackPhone);
    form->addRow(tr("About:"), m_callbackQuestion);
    form->addRow(tr("From:"), m_callbackFrom);
    form->addRow(tr("Window:"), m_callbackLength);
    form->addRow(QString(), add);
    connect(add, &QPushButton::clicked, this, &AgreePage::addCallback);
    return box;
}

void AgreePage::load(const Case &c)
{
    m_resolution->setValue(c.resolution ? Vocabulary::key(*c.resolution) : QString());
    if (m_callbackPhone->text().isEmpty())
        if (auto customer = CustomerStore(*m_context.db).get(c.customerId); customer)
            m_callbackPhone->setText(customer->phone);
    refreshList();
}

void AgreePage::addPromise()
{
    auto made = PromiseStore(*m_context.db)
                    .add(m_context.caseId, m_what->text(), m_owner->text(), m_due->valueMs(),
                         Vocabulary::parse<PromiseKind>(m_kind->currentData().toString()).value_or(PromiseKind::Process));
    if (!made) {
        emit message(made.message(), true);
        return;
    }
    m_what->clear();
    m_what->setFocus();
    refreshList();
    emit message(tr("Promise added."), false);
    emit agreementsChanged();
}

void AgreePage::setNextContact()
{
    const QString what = m_contactHow->currentIndex() == 0
                             ? tr("contact the customer again by phone")
                             : tr("contact the customer again by e-mail");
    auto made = PromiseStore(*m_context.db)
                    .add(m_context.caseId, what, m_context.employee, m_contactWhen->valueMs(), PromiseKind::Process, true);
    if (!made) {
        emit message(made.message(), true);
        return;
    }
    refreshList();
    emit message(tr("Next contact agreed."), false);
    emit agreementsChanged();
}

void AgreePage::addCallback()
{
    const qint64 from = m_callbackFrom->valueMs();
    const qint64 until = from + qint64(m_callbackLength->currentData().toInt()) * 3600 * 1000;
    auto made = CallbackStore(*m_context.db)
                    .add(m_context.caseId, m_callbackFor->text(), m_callbackPhone->text(), m_callbackQuestion->text(),
                         from, until);
    if (!made) {
        emit message(made.message(), true);
        return;
    }
    m_callbackQuestion->clear();
    refreshList();
    emit message(tr("Callback note made for %1.").arg(made->forWhom), false);
    emit agreementsChanged();
}

void AgreePage::refreshList()
{
    m_list->clear();
    auto c = CaseStore(*m_context.db).get(m_context.caseId);
    auto promises = PromiseStore(*m_context.db).forCase(m_context.caseId);
    auto callbacks = CallbackStore(*m_context.db).forCase(m_context.caseId);
    if (!c || !promises || !callbacks)
        return;
    Case withoutDecision = c.value();
    withoutDecision.decision.clear(); // the list shows agreements; the decision has its own step
    withoutDecision.resolution.reset();
    const QStringList lines =
        AgreementReadBack::sentences(withoutDecision, promises.value(), callbacks.value(), m_context.employee);
    if (lines.isEmpty())
        m_list->addItem(tr("Nothing agreed yet."));
    else
        m_list->addItems(lines);
}

QWidget *AgreePage::focusTarget() { return m_resolution; }

} // namespace rd
