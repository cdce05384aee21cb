#include "cases/CustomerView.h"

#include "letters/LetterLanguage.h"
#include "widgets/Settings.h"
#include "widgets/Accessible.h"
#include "widgets/BackgroundTask.h"
#include "agreements/AgreementReadBack.h"
#include "cases/CaseStore.h"
#include "cases/CustomerMerges.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "cases/EventLog.h"
#include "base/LocalTime.h"
#include "widgets/MessageBar.h"
#include "safety/Privacy.h"
#include "agreements/PromiseStore.h"
#include "widgets/Theme.h"
#include "review/TimelineText.h"
#include "agreements/UndoCommands.h"

#include <QDateTime>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QStyle>
#include <QVBoxLayout>

namespace rd {

CustomerView::CustomerView(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("customerView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("customerHeader"));
    layout->addWidget(m_header);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("customerName"));
    describe(m_name, tr("Name"), tr("The customer's name. Enter saves a correction."));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    describe(m_phone, tr("Phone"), tr("The customer's phone number. Enter saves a correction."));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("customerEmail"));
    describe(m_email, tr("E-mail"), tr("The customer's e-mail address. Enter saves a correction."));
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("customerOrganisation"));
    describe(m_organisation, tr("Organisation"), tr("The customer's organisation. Enter saves a correction."));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Organisation:"), m_organisation);
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("customerAddress"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    describe(m_address, tr("Postal address"), tr("Street and number, postcode and town, for a letter. Save changes (Alt+S) keeps it."));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("customerLanguage"));
    describe(m_language, tr("Language for letters"), tr("The language written confirmations to this customer are in."));
    form->addRow(tr("Postal &address:"), m_address);
    form->addRow(tr("Lan&guage for letters:"), m_language);
    connect(m_language, qOverload<int>(&QComboBox::activated), this, &CustomerView::save);
    auto *saveButton = new QPushButton(tr("&Save changes"), this);
    saveButton->setObjectName(QStringLiteral("saveCustomerButton"));
    auto *rights = new QHBoxLayout;
    rights->addWidget(saveButton);
    auto *exportButton = new QPushButton(tr("E&xport data…"), this);
    exportButton->setObjectName(QStringLiteral("exportCustomerButton"));
    exportButton->setToolTip(tr("Everything held about this customer, as a JSON file (their right of access)."));
    auto *eraseButton = new QPushButton(tr("E&rase customer…"), this);
    eraseButton->setObjectName(QStringLiteral("eraseCustomerButton"));
    eraseButton->setToolTip(tr("Remove this customer's personal data from all cases and the history, on their request."));
    rights->addWidget(exportButton);
    rights->addWidget(eraseButton);
    rights->addStretch();
    form->addRow(QString(), rights);
    connect(exportButton, &QPushButton::clicked, this, &CustomerView::askExport);
    connect(eraseButton, &QPushButton::clicked, this, &CustomerView::askErase);
    left->addLayout(form);
    for (QLineEdit *e : {m_name, m_phone, m_email, m_organisation})
        connect(e, &QLineEdit::returnPressed, this, &CustomerView::save);
    connect(saveButton, &QPushButton::clicked, this, &CustomerView::save);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("customerSummary"));
    m_summary->setWordWrap(true);
    left->addWidget(m_summary);
    auto *historyCaption = new QLabel(tr("Changes to the details:"), this);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("customerHistory"));
    m_history->setFocusPolicy(Qt::NoFocus);
    left->addWidget(historyCaption);
    left->addWidget(m_history, 1);
    columns->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    auto *casesCaption = new QLabel(tr("&Cases (Enter opens):"), this);
    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("customerCases"));
    describe(m_cases, tr("Cases of this customer"), tr("All cases of this customer, newest first. Enter opens one."));
    m_cases->installEventFilter(this);
    casesCaption->setBuddy(m_cases);
    connect(m_cases, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit openCase(item->data(Qt::UserRole).toString()); });
    auto *promisesCaption = new QLabel(tr("Open promises:"), this);
    m_promises = new QListWidget(this);
    m_promises->setObjectName(QStringLiteral("customerPromises"));
    m_promises->setFocusPolicy(Qt::NoFocus);
    right->addWidget(casesCaption);
    right->addWidget(m_cases, 2);
    right->addWidget(promisesCaption);
    right->addWidget(m_promises, 1);
    // Records of this customer entered twice and merged into this one, each to split back.
    m_mergedCaption = new QLabel(tr("Merged into this record (entered twice):"), this);
    m_merges = new QListWidget(this);
    m_merges->setObjectName(QStringLiteral("customerMerges"));
    describe(m_merges, tr("Records merged into this one"), tr("Records of this customer that were merged into this one. "
                                                              "Split back returns their cases to them."));
    m_mergedCaption->setBuddy(m_merges);
    m_splitButton = new QPushButton(tr("Split &back"), this);
    m_splitButton->setObjectName(QStringLiteral("splitCustomerButton"));
    connect(m_splitButton, &QPushButton::clicked, this, &CustomerView::splitSelected);
    right->addWidget(m_mergedCaption);
    right->addWidget(m_merges, 1);
    right->addWidget(m_splitButton, 0, Qt::AlignLeft);
    columns->addLayout(right, 3);
    layout->addLayout(columns, 1);

    m_message = new MessageBar(QStringLiteral("customerMessage"), this);
    layout->addWidget(m_message);
    setStyleSheet(Theme::css(QStringLiteral("#customerHeader { font-size: @fs(16); font-weight: 600; color: @title; }")));
    showCustomer({});
}

void CustomerView::showCustomer(const QString &customerId)
{
    m_customerId = customerId;
    m_message->hide();
    refresh();
    m_cases->setFocus();
}

void CustomerView::refresh()
{
    m_cases->clear();
    m_promises->clear();
    m_history->clear();
    m_merges->clear();
    auto customer = m_customerId.isEmpty() ? Result<Customer>(Error{}) : CustomerStore(m_db).get(m_customerId);
    if (customer && !customer->mergedInto.isEmpty()) { // a record merged away: its customer is the survivor
        m_customerId = customer->mergedInto;
        customer = CustomerStore(m_db).get(m_customerId);
    }
    for (QWidget *e : std::initializer_list<QWidget *>{m_name, m_phone, m_email, m_organisation, m_address, m_language})
        e->setEnabled(customer.ok());
    if (!customer) {
        m_header->setText(tr("No customer chosen"));
        m_summary->setText(tr("Open a customer from a case (Alt+U)."));
        return;
    }
    m_shown = customer.value();
    m_header->setText(customer->name);
    m_name->setText(customer->name);
    m_phone->setText(customer->phone);
    m_email->setText(customer->email);
    m_organisation->setText(customer->organisation);
    m_address->setPlainText(customer->address);
    m_language->clear();
    m_language->addItem(tr("As set in Settings (now %1)").arg(LetterLanguage::nameOf(Settings::customerLanguage())), QString());
    for (const QString &code : LetterLanguage::codes())
        m_language->addItem(LetterLanguage::nameOf(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(customer->language)));

    auto cases = CaseStore(m_db).listForCustomer(m_customerId);
    const qint64 yearAgo = m_db.clock().nowUtc().addDays(-365).toMSecsSinceEpoch();
    int complaints = 0;
    if (cases)
        for (const CaseListRow &row : cases.value()) {
            if (row.kind == CaseKind::Complaint && row.openedAt >= yearAgo)
                ++complaints;
            auto *item = new QListWidgetItem(
                tr("%1 · %2 · %3").arg(shortDate(row.openedAt),
                                       Vocabulary::label(row.kind), Vocabulary::label(row.status)),
                m_cases);
            item->setData(Qt::UserRole, row.id);
        }
    m_cases->setCurrentRow(0);
    m_summary->setText(tr("%n case(s) in all; ", nullptr, cases ? int(cases->size()) : 0) +
                       tr("%n complaint(s) in the past year.", nullptr, complaints) +
                       (complaints > 1 ? QStringLiteral(" ") + tr("A repeat complainant: acknowledge it on the next call.") : QString()));
    if (auto promises = PromiseStore(m_db).openForCustomer(m_customerId); promises)
        for (const PromisedAction &p : promises.value())
            m_promises->addItem(tr("%1 — %2 (%3)").arg(AgreementReadBack::when(p.dueAt), p.what, p.owner));
    if (m_promises->count() == 0)
        m_promises->addItem(tr("None."));
    if (auto events = EventLog(m_db).customerHistory(m_customerId); events)
        for (const CaseEvent &e : events.value())
            m_history->addItem(QStringLiteral("%1  %2 — %3").arg(shortDateTime(e.at), e.actor, historyText(e)));
    if (auto merges = CustomerMerges(m_db).into(m_customerId); merges)
        for (const CustomerMerge &m : merges.value()) {
            auto merged = CustomerStore(m_db).get(m.mergedId);
            auto *item = new QListWidgetItem(tr("%1 — merged %2 by %3")
                                                 .arg(merged ? merged->name : m.mergedId, shortDate(m.createdAt), m.actor),
                                             m_merges);
            item->setData(Qt::UserRole, m.id);
        }
    const bool anyMerged = m_merges->count() > 0;
    m_mergedCaption->setVisible(anyMerged);
    m_merges->setVisible(anyMerged);
    m_splitButton->setVisible(anyMerged);
    if (anyMerged)
        m_merges->setCurrentRow(0);
}

QString CustomerView::historyText(const CaseEvent &e) const
{
    const auto nameOf = [this](const QString &id) {
        auto c = CustomerStore(m_db).get(id);
        return c ? c->name : id;
    };
    const QString from = e.data.value(QStringLiteral("from")).toString();
    const QString into = e.data.value(QStringLiteral("into")).toString();
    if (e.kind == QLatin1String("customer.created"))
        return tr("added");
    if (e.kind == QLatin1String("customer.merged"))
        return from.isEmpty() ? tr("merged into %1").arg(nameOf(into)) : tr("merged with %1").arg(nameOf(from));
    if (e.kind == QLatin1String("customer.split"))
        return from.isEmpty() ? tr("split back from %1").arg(nameOf(into)) : tr("split back: %1").arg(nameOf(from));
    if (e.kind == QLatin1String("customer.erased"))
        return tr("personal data erased");
    return tr("changed: %1").arg(e.data.keys().join(QStringLiteral(", ")));
}

void CustomerView::splitSelected()
{
    QListWidgetItem *item = m_merges->currentItem();
    if (!item)
        return;
    auto merge = CustomerMerges(m_db).get(item->data(Qt::UserRole).toString());
    if (!merge) {
        showMessage(merge.message(), true);
        return;
    }
    if (m_undo) { // Ctrl+Z merges them again; a split that cannot be is said by the command
        m_undo->push(new CustomerSplitCommand(m_db, merge->id, merge->mergedId, merge->survivorId,
                                              [this](const QString &why) { showMessage(why, true); }));
        if (!CustomerMerges(m_db).get(merge->id).value_or(CustomerMerge{}).undoneAt)
            return;
    } else if (auto s = CustomerMerges(m_db).undo(merge->id); !s) {
        showMessage(s.message(), true);
        return;
    }
    refresh();
    showMessage(tr("Split back: the cases of that record are its own again."), false);
    emit changed();
}

void CustomerView::save()
{
    if (m_customerId.isEmpty())
        return;
    auto before = CustomerStore(m_db).get(m_customerId);
    if (!before) {
        showMessage(before.message(), true);
        return;
    }
    // The details as typed here, over the stored ones: a detail left as shown stays as stored,
    // so one changed elsewhere since (the language or address chosen for a letter) is kept.
    Customer typed = m_shown;
    typed.name = m_name->text();
    typed.phone = m_phone->text();
    typed.email = m_email->text();
    typed.organisation = m_organisation->text();
    typed.address = m_address->toPlainText();
    typed.language = m_language->currentData().toString();
    // A text field gives back a no-break space as a plain one: compared alike.
    const auto same = [](const QString &a, const QString &b) {
        return QString(a).replace(QChar::Nbsp, QLatin1Char(' ')) == QString(b).replace(QChar::Nbsp, QLatin1Char(' '));
    };
    Customer c = before.value();
    for (const Customer::Detail &d : Customer::details())
        if (!same(typed.*d.field, m_shown.*d.field))
            c.*d.field = typed.*d.field;
    const Status s = CustomerStore(m_db).update(c);
    if (!s) {
        showMessage(s.message(), true); // what was typed stays in the fields
        return;
    }
    if (m_undo && before)
        m_undo->push(new CustomerEditCommand(m_db, before.value(), CustomerStore(m_db).get(m_customerId).value_or(c),
                                             [this](const QString &why) { showMessage(why, true); }));
    refresh();
    showMessage(tr("Details saved."), false);
    emit changed();
}

void CustomerView::askErase()
{
    if (m_customerId.isEmpty())
        return;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("eraseDialog"));
    ask.setWindowTitle(tr("Erase customer"));
    ask.setLabelText(tr("Erase all personal data of %1 from every case and from the history? This cannot be undone; "
                        "the history keeps only that an erase was done, by you, now.\n\nReason (no personal data):")
                         .arg(m_name->text()));
    ask.setTextValue(tr("Request of the customer"));
    ask.setOkButtonText(tr("&Erase"));
    if (ask.exec() != QDialog::Accepted)
        return;
    eraseShown(ask.textValue());
}

bool CustomerView::eraseShown(const QString &reason)
{
    if (m_customerId.isEmpty())
        return false;
    // The erase merges the search index afterwards, which takes seconds on a big archive.
    BackgroundTask task(m_db, window(), tr("Erase customer"), tr("Erasing the customer's personal data…"));
    task.setStoppable(false); // one transaction: all of it is erased, or nothing
    const QString id = m_customerId;
    const Status s = task.run([&id, &reason](Database &db, TaskProgress &) { return Privacy(db).eraseCustomer(id, reason); });
    if (!s) {
        showMessage(s.message(), true);
        return false;
    }
    refresh();
    showMessage(tr("The customer's personal data was erased."), false);
    emit changed();
    return true;
}

void CustomerView::askExport()
{
    if (m_customerId.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export customer data"),
                                                      m_name->text().simplified() + QStringLiteral(".json"),
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportShown(path);
}

bool CustomerView::exportShown(const QString &path)
{
    const Status s = Privacy(m_db).writeCustomerExport(m_customerId, path);
    showMessage(s ? tr("Exported the customer's data to %1.").arg(QDir::toNativeSeparators(path)) : s.message(), !s);
    return s.ok();
}

void CustomerView::showMessage(const QString &text, bool error) { m_message->showMessage(text, error); }

bool CustomerView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cases && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_cases->currentItem()) {
            const QString id = m_cases->currentItem()->data(Qt::UserRole).toString();
            if (!id.isEmpty())
                emit openCase(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rd
