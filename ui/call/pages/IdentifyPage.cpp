#include "call/pages/IdentifyPage.h"

#include "widgets/Accessible.h"
#include "call/parts/CustomerLookup.h"
#include "cases/CustomerStore.h"
#include "call/parts/FieldAutosaver.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLabel>
#include <QVBoxLayout>

namespace rd {

namespace {
template <typename E>
void fill(QComboBox *box)
{
    for (E v : Vocabulary::all<E>())
        box->addItem(Vocabulary::label(v), Vocabulary::key(v));
}
} // namespace

IdentifyPage::IdentifyPage(CallContext &context, QWidget *parent) : StepPage(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("field_kind"));
    describe(m_kind, tr("Kind of call"), tr("Complaint, question, compliment or suggestion."));
    fill<CaseKind>(m_kind);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("field_channel"));
    describe(m_channel, tr("Channel"), tr("How the customer contacted us."));
    fill<Channel>(m_channel);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("C&hannel:"), m_channel);

    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("chosenCustomer"));
    m_chosen->hide();
    layout->addWidget(m_chosen);

    m_lookup = new CustomerLookup(*context.db, this);
    m_lookup->setObjectName(QStringLiteral("customerLookup"));
    layout->addWidget(m_lookup, 1);
    layout->addLayout(form);

    connect(m_lookup, &CustomerLookup::customerChosen, this, &IdentifyPage::customerChosen);
    connect(m_lookup, &CustomerLookup::message, this, &StepPage::message);
    connect(m_kind, qOverload<int>(&QComboBox::activated), this, [this] {
        if (m_context.saver->saveNow(CaseField::Kind, m_kind->currentData()))
            emit kindChanged();
    });
    connect(m_channel, qOverload<int>(&QComboBox::activated), this,
            [this] { m_context.saver->saveNow(CaseField::Channel, m_channel->currentData()); });
    setTabOrder(m_lookup->searchField(), m_kind);
    setTabOrder(m_kind, m_channel);
}

void IdentifyPage::load(const Case &c)
{
    m_kind->setCurrentIndex(m_kind->findData(Vocabulary::key(c.kind)));
    m_channel->setCurrentIndex(m_channel->findData(Vocabulary::key(c.channel)));
    auto customer = CustomerStore(*m_context.db).get(c.customerId);
    m_lookup->setVisible(!customer.ok());
    m_chosen->setVisible(customer.ok());
    if (customer)
        m_chosen->setText(tr("Calling: <b>%1</b>").arg(customer->name.toHtmlEscaped()));
}

QWidget *IdentifyPage::focusTarget() { return m_lookup->isVisible() ? m_lookup->searchField() : static_cast<QWidget *>(m_kind); }

void IdentifyPage::lookUpCaller(const QString &phone, const QString &name) { m_lookup->lookUpCaller(phone, name); }

Channel IdentifyPage::channel() const
{
    return Vocabulary::parse<Channel>(m_channel->currentData().toString()).value_or(Channel::Phone);
}

CaseKind IdentifyPage::kind() const
{
    return Vocabulary::parse<CaseKind>(m_kind->currentData().toString()).value_or(CaseKind::Complaint);
}

} // namespace rd
