#include "call/parts/CustomerLookup.h"

#include "base/PhoneNumber.h"
#include "base/TextRules.h"
#include "widgets/Accessible.h"
#include "widgets/Theme.h"
#include "agreements/PromiseStore.h"
#include "cases/CustomerStore.h"
#include "lists/DuplicateFinder.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rd {

CustomerLookup::CustomerLookup(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *caption = new QLabel(tr("Find the customer (name, phone number or e-mail):"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Type to search — Enter picks the first match"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find the customer"));
    m_search->installEventFilter(this);
    caption->setBuddy(m_search);
    layout->addWidget(caption);
    layout->addWidget(m_search);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("customerResults"));
    describe(m_results, tr("Matching customers"), tr("Customers whose name, phone number or e-mail match what you typed. Enter chooses one."));
    m_results->setAccessibleName(tr("Matching customers"));
    m_results->setMaximumHeight(150);
    m_results->installEventFilter(this);
    layout->addWidget(m_results);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { chooseRow(m_results->row(item)); });

    m_newButton = new QPushButton(tr("Ne&w customer"), this);
    m_newButton->setObjectName(QStringLiteral("newCustomerButton"));
    m_newButton->setCheckable(true);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_newButton);
    buttonRow->addStretch();
    layout->addLayout(buttonRow);
    connect(m_newButton, &QPushButton::toggled, this, &CustomerLookup::showNewForm);

    m_newForm = new QWidget(this);
    m_newForm->setObjectName(QStringLiteral("newCustomerForm"));
    auto *form = new QFormLayout(m_newForm);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(m_newForm);
    m_name->setObjectName(QStringLiteral("newCustomerName"));
    describe(m_name, tr("Name"), tr("The new customer's name, as they say it."));
    m_phone = new QLineEdit(m_newForm);
    m_phone->setObjectName(QStringLiteral("newCustomerPhone"));
    describe(m_phone, tr("Phone"), tr("A number to call the customer back on, in any spacing."));
    m_email = new QLineEdit(m_newForm);
    m_email->setObjectName(QStringLiteral("newCustomerEmail"));
    describe(m_email, tr("E-mail"), tr("The customer's e-mail address (optional)."));
    m_organisation = new QLineEdit(m_newForm);
    m_organisation->setObjectName(QStringLiteral("newCustomerOrganisation"));
    describe(m_organisation, tr("Organisation"), tr("The customer's company or organisation (optional)."));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Organisation:"), m_organisation);
    m_addButton = new QPushButton(tr("&Add customer and start"), m_newForm);
    m_addButton->setObjectName(QStringLiteral("addCustomerButton"));
    m_addButton->setAutoDefault(true);
    connect(m_addButton, &QPushButton::clicked, this, &CustomerLookup::addCustomer);
    for (QLineEdit *e : {m_name, m_phone, m_email, m_organisation})
        e->installEventFilter(this); // Enter: take the likely customer, or add; Alt+A (the button): add
    m_hint = new QLabel(m_newForm);
    m_hint->setObjectName(QStringLiteral("duplicateHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAccessibleName(tr("Probably a customer already here"));
    m_hint->setStyleSheet(Theme::css(QStringLiteral(
        "#duplicateHint { background: @example; color: @exampleText; border-left: 3px solid @accent; padding: 6px 8px; }")));
    m_hint->hide();
    form->addRow(QString(), m_hint); // read before the button: the customer may be here already
    form->addRow(QString(), m_addButton);
    m_hintTimer = new QTimer(this);
    m_hintTimer->setSingleShot(true);
    m_hintTimer->setInterval(250); // when typing pauses
    connect(m_hintTimer, &QTimer::timeout, this, &CustomerLookup::checkLikelyMatch);
    for (QLineEdit *e : {m_name, m_phone, m_email})
        connect(e, &QLineEdit::textChanged, m_hintTimer, qOverload<>(&QTimer::start));
    m_newForm->hide();
    layout->addWidget(m_newForm);
    layout->addStretch(1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120); // search when typing pauses, not on every key
    connect(m_searchTimer, &QTimer::timeout, this, &CustomerLookup::search);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    setFocusProxy(m_search);
}

void CustomerLookup::search()
{
    m_searchTimer->stop();
    auto found = CustomerStore(m_db).find(m_search->text(), 20);
    m_results->clear();
    m_found.clear();
    if (!found) {
        emit message(found.message(), true);
        return;
    }
    m_found = found.value();
    for (const Customer &c : m_found) {
        QStringList parts{c.name};
        for (const QString &extra : {c.phone, c.email, c.organisation})
            if (!extra.isEmpty())
                parts << extra;
        m_results->addItem(parts.join(QStringLiteral("  ·  ")));
    }
    if (!m_found.isEmpty())
        m_results->setCurrentRow(0);
}

void CustomerLookup::lookUpCaller(const QString &phone, const QString &name)
{
    const QString shown = PhoneNumber::readable(phone);
    m_search->setText(shown);
    search();
    // Taken at once only when exactly one customer has this very number: the search also finds
    // numbers that merely end the same (a Belgian 2 123 45 67 in a Dutch 6 21234567).
    QList<int> same;
    for (int i = 0; i < m_found.size(); ++i)
        if (PhoneNumber::same(m_found.at(i).phone, phone))
            same << i;
    if (same.size() == 1) {
        chooseRow(same.first());
        return;
    }
    if (!m_found.isEmpty()) {
        if (!same.isEmpty())
            m_results->setCurrentRow(same.first());
        m_results->setFocus(); // Enter takes the highlighted one
        return;
    }
    if (m_newButton->isChecked())
        showNewForm(true);
    else
        m_newButton->setChecked(true); // opens the form
    m_phone->setText(shown);
    m_name->setText(name);
    m_name->setFocus();
    m_name->end(false);
}

void CustomerLookup::chooseRow(int row)
{
    if (row < 0 || row >= m_found.size())
        return;
    emit customerChosen(m_found.at(row));
}

void CustomerLookup::showNewForm(bool show)
{
    m_newForm->setVisible(show);
    if (!show)
        return;
    // Put what was typed where it belongs, so it need not be typed twice.
    const QString typed = m_search->text().trimmed();
    if (typed.contains(QLatin1Char('@')))
        m_email->setText(typed);
    else if (TextRules::phoneDigits(typed).size() >= 3 && TextRules::phoneDigits(typed).size() * 2 >= typed.size())
        m_phone->setText(typed);
    else
        m_name->setText(typed);
    m_name->setFocus();
    m_name->end(false);
}

void CustomerLookup::checkLikelyMatch()
{
    m_hintTimer->stop();
    m_likely.reset();
    Customer typed;
    typed.name = m_name->text();
    typed.phone = m_phone->text();
    typed.email = m_email->text();
    auto matches = DuplicateFinder(m_db).matchesFor(typed, 1);
    if (!matches || matches->isEmpty()) {
        m_hint->hide(); // a hint that cannot be worked out is no reason to stop the employee
        return;
    }
    const Customer &c = matches->first().customer;
    QStringList details;
    if (!c.phone.isEmpty())
        details << c.phone; // as the employee's colleagues wrote it, as they will see it on the card
    else if (!c.email.isEmpty())
        details << c.email;
    auto promises = PromiseStore(m_db).openForCustomer(c.id);
    if (promises && !promises->isEmpty())
        details << tr("%n open promise(s)", nullptr, int(promises->size()));
    const QString who = details.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, details.join(QStringLiteral(", ")));
    // The add button's own key, in the language on screen (Alt+A; in Dutch Alt+S).
    const QString addKey = QKeySequence::mnemonic(m_addButton->text()).toString(QKeySequence::NativeText);
    m_hint->setText(tr("Maybe %1? Enter takes this customer; %2 adds a new one anyway.").arg(who, addKey));
    m_hint->show();
    m_likely = c;
}

void CustomerLookup::addCustomer()
{
    Customer c;
    c.name = m_name->text();
    c.phone = m_phone->text();
    c.email = m_email->text();
    c.organisation = m_organisation->text();
    auto made = CustomerStore(m_db).create(c);
    if (!made) {
        emit message(made.message(), true);
        return;
    }
    emit customerChosen(made.value());
}

bool CustomerLookup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && m_newForm->isAncestorOf(static_cast<QWidget *>(watched))) {
        // Enter takes the customer the hint names only once the employee has seen the hint:
        // when this Enter is what brings it up, it only shows it.
        const bool shown = m_hint->isVisible() && !m_hintTimer->isActive();
        if (m_hintTimer->isActive())
            checkLikelyMatch();
        if (m_likely && shown)
            emit customerChosen(*m_likely);
        else if (!m_likely)
            addCustomer();
        return true;
    }
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down && m_results->count() > 0) {
            m_results->setFocus();
            m_results->setCurrentRow(0);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            if (m_searchTimer->isActive())
                search(); // Enter right after typing: search first
            if (!m_found.isEmpty())
                chooseRow(qMax(0, m_results->currentRow()));
            else if (!m_search->text().trimmed().isEmpty())
                m_newButton->setChecked(true);
            return true;
        }
    } else if (watched == m_results) {
        if (key->key() == Qt::Key_Up && m_results->currentRow() == 0) {
            m_search->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rd
