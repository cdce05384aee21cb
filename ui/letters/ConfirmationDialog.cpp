#include "letters/ConfirmationDialog.h"

#include "call/parts/BlameHintLabel.h"
#include "cases/CustomerStore.h"
#include "letters/Confirmations.h"
#include "letters/LetterLanguage.h"
#include "letters/LetterOutput.h"
#include "storage/Database.h"
#include "widgets/Accessible.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

ConfirmationDialog::ConfirmationDialog(Database &db, const QString &caseId, const QString &employee, QWidget *parent)
    : QDialog(parent), m_db(db), m_caseId(caseId), m_employee(employee)
{
    setObjectName(QStringLiteral("confirmationDialog"));
    setWindowTitle(tr("Written confirmation"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_to = new QLabel(this);
    m_to->setObjectName(QStringLiteral("letterTo"));
    m_to->setTextFormat(Qt::PlainText); // a name or address is never markup
    m_to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("To:"), m_to);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("letterLanguage"));
    for (const QString &code : LetterLanguage::codes())
        m_language->addItem(LetterLanguage::nameOf(code), code);
    describe(m_language, tr("The customer's language"),
             tr("The language the confirmation is written in. Changing it here changes it for the customer."));
    form->addRow(tr("&Language:"), m_language);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("letterSubject"));
    describe(m_subject, tr("Subject"), tr("The subject of the mail or letter."));
    form->addRow(tr("&Subject:"), m_subject);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("letterBody"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumSize(560, 300);
    describe(m_body, tr("The confirmation"), tr("The text the customer receives. Correct it here before it goes out."));
    form->addRow(tr("&Text:"), m_body);
    form->addRow(QString(), new BlameHintLabel(m_body, this));
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("letterAddress"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    describe(m_address, tr("Postal address"),
             tr("Street and number, postcode and town: for a letter. It is kept with the customer."));
    form->addRow(tr("Postal &address:"), m_address);
    layout->addLayout(form);

    m_status = new MessageBar(QStringLiteral("letterStatus"), this);
    m_status->setTextFormat(Qt::PlainText); // messages quote the e-mail address: never markup
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_mail = buttons->addButton(tr("Open in &mail program"), QDialogButtonBox::ActionRole);
    m_mail->setObjectName(QStringLiteral("letterMail"));
    m_copy = buttons->addButton(tr("&Copy text"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("letterCopy"));
    m_pdf = buttons->addButton(tr("Save as &PDF letter…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("letterPdf"));
    m_print = buttons->addButton(tr("P&rint letter…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("letterPrint"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mail, &QPushButton::clicked, this, [this] { send(QStringLiteral("mail")); });
    connect(m_copy, &QPushButton::clicked, this, [this] { send(QStringLiteral("clipboard")); });
    connect(m_print, &QPushButton::clicked, this, [this] { send(QStringLiteral("print")); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the letter as PDF"),
                                                          QDir::home().filePath(tr("confirmation.pdf")), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            saveLetter(path);
    });
    connect(m_language, qOverload<int>(&QComboBox::activated), this, &ConfirmationDialog::changeLanguage);

    load(QString());
    // Enter sends the likeliest way: by mail when there is an address to send to.
    m_likeliest = m_letter.to.isEmpty() ? m_pdf : m_mail;
    m_likeliest->setDefault(true);
}

void ConfirmationDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_likeliest->setFocus();
}

void ConfirmationDialog::load(const QString &language)
{
    auto letter = Confirmations::make(m_db, m_caseId, m_employee, language);
    if (!letter) {
        say(letter.message(), true);
        for (QWidget *w : std::initializer_list<QWidget *>{m_mail, m_copy, m_pdf, m_print, m_language})
            w->setEnabled(false);
        return;
    }
    m_letter = letter.value();
    m_to->setText(m_letter.to.isEmpty() ? tr("%1 (no e-mail address: send a letter, or copy the text)").arg(m_letter.addressBlock.value(0))
                                        : tr("%1 <%2>").arg(m_letter.addressBlock.value(0), m_letter.to));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_letter.language)));
    m_subject->setText(m_letter.subject);
    m_body->setPlainText(m_letter.body);
    auto customer = CustomerStore(m_db).ofCase(m_caseId);
    m_address->setPlainText(customer ? customer->address : QString());
}

void ConfirmationDialog::changeLanguage()
{
    const QString code = m_language->currentData().toString();
    if (code == m_letter.language)
        return;
    // The text is written again in the other language: corrections made to it do not carry over.
    const bool corrected = m_subject->text().simplified() != m_letter.subject || m_body->toPlainText() != m_letter.body;
    if (corrected &&
        QMessageBox::question(this, tr("Write it again?"),
                              tr("Write the confirmation again in %1? Your corrections to the text are not carried over.")
                                  .arg(LetterLanguage::nameOf(code)),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        m_language->setCurrentIndex(qMax(0, m_language->findData(m_letter.language)));
        return;
    }
    auto customer = CustomerStore(m_db).ofCase(m_caseId);
    if (customer && customer->language != code) {
        Customer changed = customer.value();
        changed.language = code;
        if (const Status s = CustomerStore(m_db).update(changed); !s) {
            say(s.message(), true);
            return;
        }
    }
    const QString typedAddress = m_address->toPlainText(); // not kept yet: it stays as typed
    load(code);
    m_address->setPlainText(typedAddress);
    say(tr("Written in %1 now; %2 keeps this language.").arg(LetterLanguage::nameOf(code), m_letter.addressBlock.value(0)), false);
}

Confirmation ConfirmationDialog::current() const
{
    Confirmation out = m_letter;
    out.subject = m_subject->text().simplified();
    out.body = m_body->toPlainText();
    // The customer as stored, with the address as it stands in the dialog.
    auto stored = CustomerStore(m_db).ofCase(m_caseId);
    Customer customer = stored ? stored.value() : Customer{};
    if (!stored)
        customer.name = m_letter.addressBlock.value(0);
    customer.address = m_address->toPlainText();
    out.addressBlock = ConfirmationWriter::addressBlock(customer);
    return out;
}

bool ConfirmationDialog::keepAddress()
{
    auto customer = CustomerStore(m_db).ofCase(m_caseId);
    if (!customer) {
        say(customer.message(), true);
        return false;
    }
    Customer changed = customer.value();
    changed.address = m_address->toPlainText();
    if (const Status s = CustomerStore(m_db).update(changed); !s) {
        say(s.message(), true);
        m_address->setFocus();
        return false;
    }
    return true;
}

QString ConfirmationDialog::saveLetter(const QString &path)
{
    if (!keepAddress())
        return m_status->text();
    const Confirmation letter = current();
    finish(QStringLiteral("pdf"), letter, LetterOutput::savePdf(path, m_db.path(), letter));
    return m_status->text();
}

void ConfirmationDialog::finish(const QString &how, const Confirmation &letter, const LetterOutput::Outcome &out)
{
    if (!out.ok) {
        say(out.message, true);
        return;
    }
    const QString failed = Confirmations::record(m_db, m_caseId, how, letter);
    say(failed.isEmpty() ? out.message : failed, !failed.isEmpty());
    if (failed.isEmpty())
        emit sent();
}

void ConfirmationDialog::send(const QString &how)
{
    const Confirmation letter = current();
    LetterOutput::Outcome out;
    if (how == QLatin1String("mail")) {
        out = LetterOutput::mail(letter);
    } else if (how == QLatin1String("clipboard")) {
        out = LetterOutput::copy(letter);
    } else {
        if (!keepAddress())
            return;
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        LetterOutput::print(&printer, current());
        out = {true, tr("The letter went to the printer.")};
    }
    finish(how, letter, out);
}

void ConfirmationDialog::say(const QString &message, bool error) { m_status->showMessage(message, error); }

} // namespace rd
