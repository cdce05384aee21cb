#include "cases/MergeDialog.h"

#include "agreements/PromiseStore.h"
#include "cases/CaseStore.h"
#include "cases/CustomerMerges.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

namespace {

// The four details a merge picks, in the order of the form.
QString Customer::*const kFields[4] = {&Customer::name, &Customer::phone, &Customer::email, &Customer::organisation};

} // namespace

MergeDialog::MergeDialog(Database &db, const Customer &first, const Customer &second, QWidget *parent)
    : QDialog(parent), m_db(db), m_records{first, second}
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge two records of one customer"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These two records are probably one customer. Pick the record that stays and what it keeps; "
                                "everything of the other record moves to it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_keep = new QComboBox(this);
    m_keep->setObjectName(QStringLiteral("mergeKeep"));
    describe(m_keep, tr("The record that stays"), tr("The customer record that stays; the other is merged into it."));
    // The record with more cases stays by default: fewer cases change hands.
    const bool secondFirst = casesOf(second.id) > casesOf(first.id);
    for (int i : {secondFirst ? 1 : 0, secondFirst ? 0 : 1}) {
        const int cases = casesOf(m_records[i].id);
        m_keep->addItem(tr("%1 (%n case(s))", nullptr, cases).arg(m_records[i].name), i);
    }
    form->addRow(tr("&Keep the record of:"), m_keep);
    const QString labels[4] = {tr("&Name:"), tr("&Phone:"), tr("&E-mail:"), tr("&Organisation:")};
    const QString names[4] = {tr("Name"), tr("Phone"), tr("E-mail"), tr("Organisation")};
    for (int f = 0; f < 4; ++f) {
        m_fields[f] = new QComboBox(this);
        m_fields[f]->setObjectName(QStringLiteral("mergeField%1").arg(f));
        describe(m_fields[f], names[f], tr("Which value the record that stays keeps."));
        form->addRow(labels[f], m_fields[f]);
    }
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::css(QStringLiteral("color: @overdue;")));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_keep, &QComboBox::currentIndexChanged, this, [this] {
        fillChoices();
        updateSummary();
    });
    fillChoices();
    updateSummary();
    m_keep->setFocus();
}

const Customer &MergeDialog::kept() const { return m_records[m_keep->currentData().toInt()]; }

const Customer &MergeDialog::other() const { return m_records[1 - m_keep->currentData().toInt()]; }

int MergeDialog::casesOf(const QString &customerId) const
{
    auto cases = CaseStore(m_db).listForCustomer(customerId);
    return cases ? int(cases->size()) : 0;
}

void MergeDialog::fillChoices()
{
    for (int f = 0; f < 4; ++f) {
        QComboBox *box = m_fields[f];
        box->clear();
        const QString mine = kept().*kFields[f];
        const QString theirs = other().*kFields[f];
        // What the record that stays has, unless it has nothing there and the other has.
        QStringList values{mine};
        if (theirs != mine)
            values << theirs;
        if (mine.isEmpty())
            std::swap(values.first(), values.last());
        for (const QString &value : values)
            box->addItem(value.isEmpty() ? tr("(empty)") : value, value);
        box->setEnabled(values.size() > 1);
    }
}

void MergeDialog::updateSummary()
{
    const int cases = casesOf(other().id);
    auto promises = PromiseStore(m_db).openForCustomer(other().id);
    const int open = promises ? int(promises->size()) : 0;
    m_summary->setText(tr("What moves to %3, with its history: %1 of %2, %4.")
                           .arg(tr("%n case(s)", nullptr, cases), other().name, kept().name,
                                tr("%n open promise(s)", nullptr, open)) +
                       QLatin1Char(' ') +
                       tr("The old details stay findable. The customer's view can split the records again."));
}

void MergeDialog::accept()
{
    Customer picked = kept();
    for (int f = 0; f < 4; ++f)
        picked.*kFields[f] = m_fields[f]->currentData().toString();
    // Where to send a letter, and in which language, when only the other record knew.
    if (picked.address.isEmpty())
        picked.address = other().address;
    if (picked.language.isEmpty())
        picked.language = other().language;
    auto merged = CustomerMerges(m_db).merge(other().id, picked);
    if (!merged) {
        m_error->setText(merged.message());
        m_error->show();
        return; // both records as they were; the dialog stays to try again or leave
    }
    m_mergeId = merged->id;
    m_mergedId = other().id;
    m_survivor = picked;
    QDialog::accept();
}

} // namespace rd
