#include "MailCatcher.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"

#include "agreements/PromiseStore.h"
#include "cases/CaseStore.h"
#include "cases/CaseView.h"
#include "cases/CustomerView.h"
#include "cases/CustomerStore.h"
#include "letters/ConfirmationDialog.h"
#include "letters/ConfirmationLog.h"
#include "letters/WordingDialog.h"
#include "safety/Privacy.h"
#include "base/TextRules.h"
#include "widgets/Settings.h"

#include <catch2/catch.hpp>

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace rd;
using rd::test::MailCatcher;
using rd::test::TempDatabase;
using rd::test::UiDriver;

namespace {

// A complaint decided on the phone, with a promise: for @p customer, saved first.
QString decidedCase(TempDatabase &t, Customer customer, const QString &summary = QStringLiteral("Your parcel did not arrive."))
{
    auto made = CustomerStore(t.db()).create(customer);
    REQUIRE(made.ok());
    auto c = CaseStore(t.db()).create(made->id, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    REQUIRE(c.ok());
    REQUIRE(CaseStore(t.db()).setField(c->id, CaseField::Summary, summary).ok());
    REQUIRE(CaseStore(t.db()).setField(c->id, CaseField::Decision, QStringLiteral("A new parcel by courier.")).ok());
    REQUIRE(PromiseStore(t.db()).add(c->id, QStringLiteral("send the tracking code"), QStringLiteral("anna"),
                                     TempDatabase::ms("2026-11-27T10:00:00Z"), PromiseKind::Process).ok());
    return c->id;
}

Customer ria(const QString &email = {}, const QString &language = {})
{
    Customer c;
    c.name = QStringLiteral("Ria Jansen");
    c.email = email;
    c.language = language;
    return c;
}

std::optional<ConfirmationSent> lastSent(TempDatabase &t, const QString &caseId)
{
    auto last = ConfirmationLog(t.db()).last(caseId);
    REQUIRE(last.ok());
    return last.value();
}

// Opens the case view's confirmation (Alt+W) and hands the dialog to @p answer.
void withDialog(CaseView &view, const std::function<void(ConfirmationDialog *)> &answer)
{
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    UiDriver ui(&view);
    bool answered = false;
    UiDriver::answerDialog(QStringLiteral("confirmationDialog"), [&](QWidget *w) {
        answered = true;
        w->activateWindow();
        CHECK(QTest::qWaitForWindowActive(w));
        QApplication::processEvents();
        answer(static_cast<ConfirmationDialog *>(w));
        static_cast<QDialog *>(w)->reject();
    });
    ui.key(Qt::Key_W, Qt::AltModifier);
    CHECK(answered);
}

} // namespace

TEST_CASE("Without an e-mail address the confirmation becomes a PDF letter with the address block", "[ui][letters]")
{
    TempDatabase t;
    const QString caseId = decidedCase(t, ria());
    CaseView view(t.db(), QStringLiteral("anna"));
    view.resize(1000, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.showCase(caseId);
    CHECK(view.findChild<QLabel *>(QStringLiteral("caseFields"))->text().contains(QStringLiteral("No written confirmation sent yet.")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    withDialog(view, [&](ConfirmationDialog *dialog) {
        UiDriver ui(dialog);
        CHECK(ui.find<QLabel>("letterTo")->text().contains(QStringLiteral("no e-mail address")));
        CHECK(ui.find<QPlainTextEdit>("letterBody")->toPlainText().startsWith(QStringLiteral("Dear Ria Jansen,")));
        // Enter would save the letter: the PDF button is the default without an address.
        CHECK(QApplication::focusWidget() == ui.find<QWidget>("letterPdf"));
        ui.key(Qt::Key_A, Qt::AltModifier);
        ui.type(QStringLiteral("Dorpsstraat 1"));
        ui.key(Qt::Key_Return);
        ui.type(QStringLiteral("1234 AB  Ergens"));
        CHECK(dialog->saveLetter(pdf).contains(QStringLiteral("saved")));
    });
    // The address is kept with the customer, the letter recorded.
    CHECK(CustomerStore(t.db()).ofCase(caseId)->address == QStringLiteral("Dorpsstraat 1\n1234 AB  Ergens"));
    REQUIRE(lastSent(t, caseId).has_value());
    CHECK(lastSent(t, caseId)->how == QStringLiteral("pdf"));
    CHECK(view.findChild<QLabel *>(QStringLiteral("caseFields"))->text().contains(QStringLiteral("Written confirmation sent as a PDF letter")));

    // The PDF read back as text: the address block, the date, the subject and the agreements.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext comes with poppler-utils, which scripts/test.sh installs");
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess read;
    read.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(read.waitForFinished(30000));
    const QString text = QString::fromUtf8(read.readAllStandardOutput());
    INFO(text.toStdString());
    const qsizetype name = text.indexOf(QStringLiteral("Ria Jansen"));
    const qsizetype street = text.indexOf(QStringLiteral("Dorpsstraat 1"));
    const qsizetype town = text.indexOf(QStringLiteral("1234 AB"));
    const qsizetype subject = text.indexOf(QStringLiteral("What we agreed on 26 November 2026"));
    const qsizetype dear = text.indexOf(QStringLiteral("Dear Ria Jansen,"));
    CHECK(name >= 0);
    CHECK(street > name);
    CHECK(town > street);
    CHECK(subject > town);
    CHECK(dear > subject);
    CHECK(text.contains(QStringLiteral("26 November 2026")));
    CHECK(text.contains(QStringLiteral("I will send the tracking code, by Friday 27 November at")));
    CHECK(text.contains(QStringLiteral("A new parcel by courier.")));
}

TEST_CASE("The confirmation is in the customer's language, and choosing another changes the customer's", "[ui][letters]")
{
    TempDatabase t;
    const QString caseId = decidedCase(t, ria(QStringLiteral("ria@example.nl"), QStringLiteral("nl")));
    CaseView view(t.db(), QStringLiteral("anna"));
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.showCase(caseId);
    withDialog(view, [&](ConfirmationDialog *dialog) {
        UiDriver ui(dialog);
        auto *body = ui.find<QPlainTextEdit>("letterBody");
        // The program speaks English; the customer reads Dutch.
        CHECK(body->toPlainText().startsWith(QStringLiteral("Beste Ria Jansen,")));
        CHECK(body->toPlainText().contains(QStringLiteral("Ik zorg voor het volgende: send the tracking code, uiterlijk vrijdag 27 november om")));
        CHECK(ui.find<QLineEdit>("letterSubject")->text() == QStringLiteral("Onze afspraken van 26 november 2026"));
        CHECK(QApplication::focusWidget() == ui.find<QWidget>("letterMail"));
        ui.key(Qt::Key_L, Qt::AltModifier);
        auto *language = ui.find<QComboBox>("letterLanguage");
        CHECK(QApplication::focusWidget() == language);
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        emit language->activated(language->currentIndex());
        CHECK(body->toPlainText().startsWith(QStringLiteral("Dear Ria Jansen,")));
    });
    CHECK(CustomerStore(t.db()).ofCase(caseId)->language == QStringLiteral("en"));
    CHECK_FALSE(lastSent(t, caseId).has_value()); // looked at, not sent
}

TEST_CASE("Mail, copy, and a text too long for a mail link going to the clipboard", "[ui][letters]")
{
    TempDatabase t;
    MailCatcher mail;
    const QString caseId = decidedCase(t, ria(QStringLiteral("ria@example.nl")));
    CaseView view(t.db(), QStringLiteral("anna"));
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.showCase(caseId);
    withDialog(view, [&](ConfirmationDialog *dialog) {
        UiDriver ui(dialog);
        // The employee corrects the text before it goes: the correction is what goes.
        auto *body = ui.find<QPlainTextEdit>("letterBody");
        body->moveCursor(QTextCursor::End);
        body->insertPlainText(QStringLiteral("\nPS: één vraag"));
        ui.key(Qt::Key_M, Qt::AltModifier);
        REQUIRE(mail.opened.size() == 1);
        const QByteArray link = mail.opened.first().toEncoded();
        CHECK(link.startsWith("mailto:ria@example.nl?subject=What%20we%20agreed%20on%2026%20November%202026&body=Dear%20Ria"));
        CHECK(link.contains("%0D%0APS%3A%20%C3%A9%C3%A9n%20vraag"));
        CHECK(ui.find<QLabel>("letterStatus")->text().contains(QStringLiteral("in your mail program")));

        QGuiApplication::clipboard()->clear();
        ui.key(Qt::Key_C, Qt::AltModifier);
        CHECK(QGuiApplication::clipboard()->text() == body->toPlainText());
        CHECK(ui.find<QLabel>("letterStatus")->text().contains(QStringLiteral("clipboard")));
    });
    REQUIRE(lastSent(t, caseId).has_value());
    CHECK(lastSent(t, caseId)->how == QStringLiteral("clipboard"));

    // A long story: the link carries address and subject, the clipboard the text.
    const QString longCase = decidedCase(t, ria(QStringLiteral("ria@example.nl")), QString(2500, QLatin1Char('x')));
    view.showCase(longCase);
    withDialog(view, [&](ConfirmationDialog *dialog) {
        UiDriver ui(dialog);
        QGuiApplication::clipboard()->clear();
        ui.key(Qt::Key_Return); // the mail button is the default
        REQUIRE(mail.opened.size() == 2);
        CHECK(mail.opened.last().toEncoded() == QByteArray("mailto:ria@example.nl?subject=What%20we%20agreed%20on%2026%20November%202026"));
        CHECK(QGuiApplication::clipboard()->text() == ui.find<QPlainTextEdit>("letterBody")->toPlainText());
        CHECK(ui.find<QLabel>("letterStatus")->text().contains(QStringLiteral("too long for a mail link")));
    });
    REQUIRE(lastSent(t, longCase).has_value());
    CHECK(lastSent(t, longCase)->how == QStringLiteral("mail"));
}

TEST_CASE("The wording is edited per language with a preview, and wrong placeholders are refused", "[ui][letters][settings]")
{
    Settings::setLetterWording(QStringLiteral("en"), {});
    Settings::setCustomerLanguage(QStringLiteral("en"));
    WordingDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    UiDriver ui(&dialog);
    auto *preview = ui.find<QPlainTextEdit>("wordingPreview");
    CHECK(preview->toPlainText().startsWith(QStringLiteral("What we agreed on ")));
    CHECK(preview->toPlainText().contains(QStringLiteral("Dear Ria Jansen,")));
    CHECK(preview->toPlainText().contains(QStringLiteral("- I will ask the courier for a delivery on Saturday, by ")));

    ui.key(Qt::Key_T, Qt::AltModifier);
    ui.key(Qt::Key_Home, Qt::ControlModifier);
    ui.type(QStringLiteral("Hello {customer}! {shoe_size}"));
    ui.key(Qt::Key_Return);
    ui.key(Qt::Key_Return);
    CHECK(preview->toPlainText().contains(QStringLiteral("Hello Ria Jansen! {shoe_size}")));
    CHECK(ui.find<QLabel>("wordingProblem")->isVisible());
    CHECK(ui.find<QLabel>("wordingProblem")->text().contains(QStringLiteral("{shoe_size}")));
    dialog.accept();
    CHECK(dialog.isVisible()); // refused: nothing kept
    CHECK(Settings::letterWording(QStringLiteral("en")).body == LetterTemplate::defaults(Settings::letterLanguage(QStringLiteral("en"))).body);

    auto *body = ui.find<QPlainTextEdit>("wordingBody");
    body->setPlainText(QStringLiteral("Hello {customer},\n\n{agreements}\n\n{employee}"));
    CHECK_FALSE(ui.find<QLabel>("wordingProblem")->isVisible());
    // The Dutch wording is kept apart while English is edited.
    auto *language = ui.find<QComboBox>("wordingLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("nl")));
    CHECK(body->toPlainText().startsWith(QStringLiteral("Beste {customer},")));
    CHECK(preview->toPlainText().startsWith(QStringLiteral("Onze afspraken van ")));
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    CHECK(Settings::letterWording(QStringLiteral("en")).body == QStringLiteral("Hello {customer},\n\n{agreements}\n\n{employee}"));
    CHECK(Settings::letterWording(QStringLiteral("nl")).body.startsWith(QStringLiteral("Beste {customer},")));
    Settings::setLetterWording(QStringLiteral("en"), {});
}

TEST_CASE("A letter's address or language chosen elsewhere survives a stale customer view and an undo", "[ui][letters][customer]")
{
    TempDatabase t;
    auto made = CustomerStore(t.db()).create(ria(QStringLiteral("ria@example.nl")));
    REQUIRE(made.ok());
    QUndoStack undo;
    CustomerView view(t.db());
    view.setUndoStack(&undo);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.showCustomer(made->id);

    // Meanwhile the confirmation keeps an address and a language for her.
    Customer elsewhere = CustomerStore(t.db()).get(made->id).value();
    elsewhere.address = QStringLiteral("Dorpsstraat 1");
    elsewhere.language = QStringLiteral("nl");
    REQUIRE(CustomerStore(t.db()).update(elsewhere).ok());

    // The view, filled before that, corrects her phone number: only the phone changes.
    auto *phone = view.findChild<QLineEdit *>(QStringLiteral("customerPhone"));
    phone->setText(QStringLiteral("06 1234 5678"));
    QTest::keyClick(phone, Qt::Key_Return);
    Customer now = CustomerStore(t.db()).get(made->id).value();
    CHECK(now.phone == QStringLiteral("06 1234 5678"));
    CHECK(now.address == QStringLiteral("Dorpsstraat 1"));
    CHECK(now.language == QStringLiteral("nl"));

    // A later change of the address, then Ctrl+Z of the phone correction: the phone goes back, the address stays.
    Customer later = now;
    later.address = QStringLiteral("Kerkstraat 2");
    REQUIRE(CustomerStore(t.db()).update(later).ok());
    REQUIRE(undo.canUndo());
    undo.undo();
    now = CustomerStore(t.db()).get(made->id).value();
    CHECK(now.phone.isEmpty());
    CHECK(now.address == QStringLiteral("Kerkstraat 2"));
    CHECK(now.language == QStringLiteral("nl"));
    undo.redo();
    CHECK(CustomerStore(t.db()).get(made->id)->phone == QStringLiteral("06 1234 5678"));
    CHECK(CustomerStore(t.db()).get(made->id)->address == QStringLiteral("Kerkstraat 2"));

    // Erased on her request: no undo brings a detail back.
    REQUIRE(Privacy(t.db()).eraseCustomer(made->id, QStringLiteral("asked by phone")).ok());
    undo.undo();
    now = CustomerStore(t.db()).get(made->id).value();
    CHECK(now.name == TextRules::erasedName());
    CHECK(now.phone.isEmpty());
    CHECK(now.address.isEmpty());
    CHECK(now.language.isEmpty());
}
