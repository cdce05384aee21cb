#include "call/CallScreen.h"
#include "call/parts/FieldAutosaver.h"
#include "agreements/CallbackStore.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "cases/EventLog.h"
#include "shell/MainWindow.h"
#include "agreements/PromiseStore.h"
#include "base/PhoneNumber.h"
#include "recognition/RecognitionStore.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"
#include "MailCatcher.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QDialog>
#include <QMenu>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;
using rd::test::openWindow;
using rd::test::MailCatcher;

namespace {

QString focusName() { return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(); }

QString promptTitle(UiDriver &ui) { return ui.find<QLabel>("promptTitle")->text(); }

QString messageText(UiDriver &ui)
{
    auto *bar = ui.find<QWidget>("callPage")->findChild<QLabel *>(QStringLiteral("messageBar"));
    return bar && bar->isVisible() ? bar->text() : QString();
}

QStringList eventKinds(Database &db, const QString &caseId)
{
    QStringList out;
    for (const CaseEvent &e : EventLog(db).timeline(caseId).value()) {
        const QString step = e.data.value(QStringLiteral("step")).toString();
        out << (step.isEmpty() ? e.kind : e.kind + QLatin1Char(':') + step);
    }
    return out;
}

/// From step 2 of a complaint call (the caller identified) to its end, by keyboard only: the same
/// story whoever the caller is and however the call began.
void walkComplaintCall(UiDriver &ui, const std::function<void()> &atClose = {})
{
    // The case is open; step 2, the cursor in the customer's story.
    CHECK(promptTitle(ui) == QStringLiteral("Listen first"));
    CHECK(focusName() == QStringLiteral("field_experience"));
    ui.type(QStringLiteral("The parcel was not delivered twice although I was home."));
    ui.key(Qt::Key_Return, Qt::ControlModifier);

    CHECK(focusName() == QStringLiteral("field_expectation"));
    ui.type(QStringLiteral("Delivery on Saturday."));
    ui.key(Qt::Key_Return, Qt::ControlModifier);

    CHECK(promptTitle(ui) == QStringLiteral("Acknowledge"));
    ui.key(Qt::Key_4); // upset
    ui.key(Qt::Key_Return, Qt::ControlModifier);

    // Summarise: drafted from the notes; the customer confirms.
    CHECK(promptTitle(ui) == QStringLiteral("Summarise and check"));
    auto *summary = ui.find<QPlainTextEdit>("field_summary");
    CHECK(summary->toPlainText().contains(QStringLiteral("Delivery on Saturday.")));
    ui.key(Qt::Key_O, Qt::AltModifier);
    CHECK(ui.find<QLabel>("summaryState")->text().contains(QStringLiteral("Confirmed")));
    ui.key(Qt::Key_Return, Qt::ControlModifier);

    CHECK(focusName() == QStringLiteral("field_explanation"));
    ui.type(QStringLiteral("The carrier had the wrong time slot from us."));
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(promptTitle(ui) == QStringLiteral("Own it"));
    ui.key(Qt::Key_Return, Qt::ControlModifier);

    CHECK(promptTitle(ui) == QStringLiteral("Assess the cause"));
    ui.key(Qt::Key_2); // process
    ui.key(Qt::Key_Return, Qt::ControlModifier);

    CHECK(promptTitle(ui) == QStringLiteral("Decide and say so"));
    ui.key(Qt::Key_1); // yes
    ui.key(Qt::Key_Tab);
    CHECK(focusName() == QStringLiteral("field_decision"));
    ui.type(QStringLiteral("a new delivery on Saturday morning"));
    ui.key(Qt::Key_Return, Qt::ControlModifier);

    // Agree: not resolved yet, so a process agreement with a due time and a next contact.
    CHECK(promptTitle(ui) == QStringLiteral("Make agreements"));
    ui.key(Qt::Key_2); // not resolved yet
    ui.key(Qt::Key_Tab);
    CHECK(focusName() == QStringLiteral("promiseWhat"));
    ui.type(QStringLiteral("book a Saturday slot with the carrier"));
    ui.key(Qt::Key_Return); // due defaults to the next working day 10:00

    // Ending now is refused: the customer does not know when they will hear from us.
    ui.key(Qt::Key_E, Qt::ControlModifier);
    CHECK(messageText(ui).contains(QStringLiteral("when they will hear from us")));
    CHECK(promptTitle(ui) == QStringLiteral("Make agreements"));

    ui.key(Qt::Key_X, Qt::AltModifier); // set next contact
    CHECK(messageText(ui).contains(QStringLiteral("Next contact agreed")));
    ui.key(Qt::Key_Return, Qt::ControlModifier);

    CHECK(promptTitle(ui) == QStringLiteral("Close the call"));
    const QString readBack = ui.find<QLabel>("readBack")->text();
    CHECK(readBack.contains(QStringLiteral("I will book a Saturday slot with the carrier")));
    CHECK(readBack.contains(QStringLiteral("I will contact you again on")));
    if (atClose)
        atClose();
    ui.key(Qt::Key_E, Qt::ControlModifier);

}

/// What that call left in the database.
void checkComplaintCallSaved(MainWindow *window, TempDatabase &t)
{
    // Back at rest, and everything is in the database.
    CHECK_FALSE(window->callScreen()->hasCall());
    auto cases = CaseStore(t.db()).listRecent(10).value();
    REQUIRE(cases.size() == 1);
    const Case c = CaseStore(t.db()).get(cases[0].id).value();
    CHECK(c.status == CaseStatus::Waiting);
    CHECK(c.experience == QStringLiteral("The parcel was not delivered twice although I was home."));
    CHECK(c.expectation == QStringLiteral("Delivery on Saturday."));
    CHECK(c.emotionStart == 4);
    CHECK(c.summaryConfirmed);
    CHECK(c.cause == Cause::Process);
    CHECK(c.decisionKind == DecisionKind::Yes);
    CHECK(c.decision == QStringLiteral("a new delivery on Saturday morning"));
    CHECK(c.resolution == Resolution::Pending);
    CHECK(c.owner == QStringLiteral("anna"));
    CHECK(CustomerStore(t.db()).get(c.customerId)->phone == QStringLiteral("06 1234 5678"));

    auto promises = PromiseStore(t.db()).forCase(c.id).value();
    REQUIRE(promises.size() == 2);
    const PromisedAction &made = promises[0].nextContact ? promises[1] : promises[0];
    const PromisedAction &contact = promises[0].nextContact ? promises[0] : promises[1];
    CHECK(made.what == QStringLiteral("book a Saturday slot with the carrier"));
    CHECK(made.kind == PromiseKind::Process);
    CHECK(made.owner == QStringLiteral("anna"));
    CHECK(made.dueAt > t.clock().nowMs());
    CHECK(contact.nextContact);
    CHECK(contact.kind == PromiseKind::Process);

    const QStringList events = eventKinds(t.db(), c.id);
    for (const char *step : {"identify", "listen", "expectations", "acknowledge", "summarize", "explain", "own",
                             "assess", "decide", "agree", "close"}) {
        CAPTURE(step);
        CHECK(events.contains(QStringLiteral("step.done:") + QLatin1String(step)));
    }
    CHECK(events.contains(QStringLiteral("summary.confirmed")));
    CHECK(events.count(QStringLiteral("promise.made")) == 2);
    CHECK(events.last() == QStringLiteral("call.ended"));

}

} // namespace

TEST_CASE("A complete complaint call by keyboard only - from New call to End call", "[ui][call]")
{
    TempDatabase t;
    auto window = openWindow(t.db());
    UiDriver ui(window.get());

    // New call: the cursor is in the customer search at once.
    ui.key(Qt::Key_N, Qt::ControlModifier);
    CHECK(focusName() == QStringLiteral("customerSearch"));
    CHECK(promptTitle(ui) == QStringLiteral("Who is calling?"));

    // Unknown caller: Enter opens the new-customer form with the name filled in.
    ui.type(QStringLiteral("Ria Jansen"));
    ui.key(Qt::Key_Return);
    CHECK(focusName() == QStringLiteral("newCustomerName"));
    CHECK(ui.find<QLineEdit>("newCustomerName")->text() == QStringLiteral("Ria Jansen"));
    ui.key(Qt::Key_Tab);
    ui.type(QStringLiteral("06 1234 5678"));
    ui.key(Qt::Key_Return);

    walkComplaintCall(ui);
    checkComplaintCallSaved(window.get(), t);

    // The effort beyond typing: every Enter, Tab, digit and shortcut of this call.
    WARN("Keys beyond the typed text for a complete complaint call: " << ui.extraKeys());
    CHECK(ui.extraKeys() <= 25);
}

TEST_CASE("A complete complaint call from a known caller, opened by caller ID", "[ui][call][incoming]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    TempDatabase t;
    rd::test::newCustomer(t.db(), QStringLiteral("Ria Jansen"), QStringLiteral("06 1234 5678"));
    auto window = openWindow(t.db());
    UiDriver ui(window.get());

    // The phone rings: the softphone hands the number over, the call opens at step 2.
    window->incomingCall(QStringLiteral("+31612345678"), QString());
    CHECK(promptTitle(ui) == QStringLiteral("Listen first"));
    walkComplaintCall(ui);
    checkComplaintCallSaved(window.get(), t);

    // Issue 19's target: 20 keys or fewer beyond the typed words (the same call typed in from
    // Ctrl+N takes 24).
    WARN("Keys beyond the typed text for a complaint call from a known caller: " << ui.extraKeys());
    CHECK(ui.extraKeys() <= 20);
}

TEST_CASE("A call interrupted mid-way is resumed with nothing lost", "[ui][call][resume]")
{
    TempDatabase t;
    QString caseId;
    {
        auto window = openWindow(t.db());
        UiDriver ui(window.get());
        ui.key(Qt::Key_N, Qt::ControlModifier);
        ui.type(QStringLiteral("Piet Bakker"));
        ui.key(Qt::Key_Return);
        ui.key(Qt::Key_Return); // add with just the name
        ui.type(QStringLiteral("First part of the story"));
        ui.key(Qt::Key_Return, Qt::ControlModifier);
        ui.type(QStringLiteral("A refund of the costs"));
        // The autosave fires when typing pauses: that is what survives a crash.
        QTest::qWait(FieldAutosaver::kDelayMs + 300);
        caseId = window->callScreen()->caseId();
        REQUIRE_FALSE(caseId.isEmpty());
        CHECK(CaseStore(t.db()).get(caseId)->expectation == QStringLiteral("A refund of the costs"));
        ui.type(QStringLiteral(" and an apology")); // typed just before the window goes
        window.reset(); // the window is gone mid-call; closing flushes what was typed
    }
    t.reopen(); // as if the program started again

    auto window = openWindow(t.db());
    UiDriver ui(window.get());
    auto *unfinished = ui.find<QListWidget>("unfinishedCalls");
    REQUIRE(unfinished->count() == 1);
    CHECK(unfinished->item(0)->text().contains(QStringLiteral("Piet Bakker")));
    unfinished->setFocus();
    ui.key(Qt::Key_R, Qt::AltModifier); // Resume
    REQUIRE(window->callScreen()->hasCall());
    CHECK(window->callScreen()->caseId() == caseId);
    CHECK(promptTitle(ui) == QStringLiteral("Ask what they expected"));
    CHECK(ui.find<QPlainTextEdit>("field_expectation")->toPlainText() ==
          QStringLiteral("A refund of the costs and an apology"));
    CHECK(focusName() == QStringLiteral("field_expectation"));
    ui.key(Qt::Key_Left, Qt::AltModifier);
    CHECK(ui.find<QPlainTextEdit>("field_experience")->toPlainText() == QStringLiteral("First part of the story"));
    auto *steps = ui.find<QListWidget>("stepList");
    CHECK(steps->item(1)->text().startsWith(QStringLiteral("✓")));
}

TEST_CASE("Blaming words are marked with a hint but never block saving", "[ui][call][blame]")
{
    TempDatabase t;
    auto window = openWindow(t.db());
    UiDriver ui(window.get());
    ui.key(Qt::Key_N, Qt::ControlModifier);
    ui.type(QStringLiteral("Kees"));
    ui.key(Qt::Key_Return);
    ui.key(Qt::Key_Return);
    // jump to "Our side, openly" through the step list
    ui.key(Qt::Key_L, Qt::ControlModifier);
    CHECK(focusName() == QStringLiteral("stepList"));
    for (int i = 0; i < 4; ++i)
        ui.key(Qt::Key_Down);
    ui.key(Qt::Key_Return);
    CHECK(promptTitle(ui) == QStringLiteral("Our side, openly"));
    ui.type(QStringLiteral("Sorry, that is not our department."));
    QList<QLabel *> hints = ui.find<QWidget>("page_explain")->findChildren<QLabel *>(QStringLiteral("blameHint"));
    REQUIRE(hints.size() == 1);
    CHECK(hints[0]->isVisible());
    CHECK(hints[0]->text().contains(QStringLiteral("sent away")));
    window->callScreen()->flush();
    CHECK(CaseStore(t.db()).get(window->callScreen()->caseId())->explanation ==
          QStringLiteral("Sorry, that is not our department."));
}

namespace {
/// A new call from Els, made a compliment at "Who is calling?" (the kind field has the focus).
void startCompliment(UiDriver &ui)
{
    ui.key(Qt::Key_N, Qt::ControlModifier);
    ui.type(QStringLiteral("Els"));
    ui.key(Qt::Key_Return);
    ui.key(Qt::Key_Return);
    ui.key(Qt::Key_Left, Qt::AltModifier); // back to "Who is calling?" to set the kind
    ui.key(Qt::Key_Down);                  // Complaint -> Compliment
}
} // namespace

TEST_CASE("A compliment takes the short path and is recorded for the person", "[ui][call][compliment]")
{
    TempDatabase t;
    auto window = openWindow(t.db());
    UiDriver ui(window.get());
    startCompliment(ui);
    CHECK(focusName() == QStringLiteral("field_kind"));
    CHECK(ui.find<QListWidget>("stepList")->count() == 5);
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.type(QStringLiteral("Bram solved it in five minutes."));
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(promptTitle(ui) == QStringLiteral("Thank them"));
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.type(QStringLiteral("Bram"));
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(promptTitle(ui) == QStringLiteral("Close the call"));
    ui.key(Qt::Key_E, Qt::ControlModifier);
    CHECK_FALSE(window->callScreen()->hasCall());
    const auto rows = CaseStore(t.db()).listRecent(1).value();
    REQUIRE(rows.size() == 1);
    const Case c = CaseStore(t.db()).get(rows[0].id).value();
    CHECK(c.kind == CaseKind::Compliment);
    CHECK(c.complimentFor == QStringLiteral("Bram"));
    CHECK(c.status == CaseStatus::Open);
}

TEST_CASE("Pass it on offers known colleagues' names, and the compliment reaches the one chosen", "[ui][call][compliment][recognition]")
{
    TempDatabase t;
    test::newCompliment(t.db(), QStringLiteral("Bram de Vries"), QStringLiteral("Kind and quick."));
    t.clock().advanceSecs(60); // the new compliment comes first
    auto window = openWindow(t.db());
    UiDriver ui(window.get());
    startCompliment(ui);
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.type(QStringLiteral("He called back when he said he would."));
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    // Part of the name is enough: the known colleague is offered, and Down, Enter takes it.
    ui.type(QStringLiteral("vries"));
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(field);
    REQUIRE(field->completer());
    REQUIRE(UiDriver::waitFor([&] { return field->completer()->popup()->isVisible(); }, 2000));
    CHECK(field->completer()->currentCompletion() == QStringLiteral("Bram de Vries"));
    QTest::keyClick(field->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(field->completer()->popup(), Qt::Key_Return);
    CHECK(field->text() == QStringLiteral("Bram de Vries"));
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.key(Qt::Key_E, Qt::ControlModifier);
    REQUIRE_FALSE(window->callScreen()->hasCall());
    auto forBram = RecognitionStore(t.db()).forEmployee(QStringLiteral("Bram de Vries"));
    REQUIRE(forBram.ok());
    CHECK(forBram->size() == 2);
    CHECK(forBram->at(0).words == QStringLiteral("He called back when he said he would."));
}

TEST_CASE("No dialog opens over a live call - only the help the employee asks for, never modal", "[ui][call]")
{
    TempDatabase t;
    auto window = openWindow(t.db());
    UiDriver ui(window.get());
    ui.key(Qt::Key_N, Qt::ControlModifier);
    ui.type(QStringLiteral("Ria"));
    ui.key(Qt::Key_Return);
    ui.key(Qt::Key_Return);
    REQUIRE(window->callScreen()->hasCall());
    bool dialogShown = false;
    // Should a dialog appear after all, note it and close it, so the test cannot hang.
    QTimer::singleShot(300, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            dialogShown = true;
            modal->close();
        }
    });
    for (const char *name : {"actionExport", "actionImport"})
        window->findChild<QAction *>(QString::fromLatin1(name))->trigger();
    QTest::qWait(400);
    CHECK_FALSE(dialogShown);
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("End the call first")));

    // Every action of the window, by menu or shortcut: none may put a window over the call.
    const auto visibleWindows = [&] {
        QSet<QWidget *> shown;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->isVisible() && w != window.get() && w->isWindow() && !qobject_cast<QMenu *>(w))
                shown.insert(w);
        return shown;
    };
    const QSet<QWidget *> before = visibleWindows();
    QStringList opened;
    QList<QPointer<QAction>> actions; // some rebuild the menus (the language): held weakly
    for (QAction *action : window->findChildren<QAction *>())
        actions << action;
    for (const QPointer<QAction> &action : std::as_const(actions)) {
        if (!action || action->objectName() == QLatin1String("actionQuit") || !action->isEnabled() || action->menu())
            continue;
        QString seen;
        QTimer closer;
        closer.setInterval(100);
        QObject::connect(&closer, &QTimer::timeout, [&] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                seen = modal->objectName() + QLatin1Char(' ') + modal->windowTitle();
                modal->close();
            }
        });
        closer.start();
        action->trigger();
        QTest::qWait(150);
        closer.stop();
        for (QWidget *w : visibleWindows() - before) {
            // Help asked for with F1 or the Help menu opens beside the call and takes nothing from it.
            auto *dialog = qobject_cast<QDialog *>(w);
            const bool help = w->objectName() == QLatin1String("helpDialog") && dialog && !dialog->isModal();
            if (!help)
                seen += w->objectName() + QLatin1Char(' ') + w->windowTitle();
            w->close();
        }
        if (!seen.isEmpty())
            opened << action->objectName() + QStringLiteral(" (") + action->text() + QStringLiteral("): ") + seen;
        REQUIRE(window->callScreen()->hasCall()); // and the call is still there
    }
    INFO(opened.join(QLatin1Char('\n')).toStdString());
    CHECK(opened.isEmpty());
}

TEST_CASE("At the end of a call one key puts the written confirmation in the mail program", "[ui][call][letters]")
{
    TempDatabase t;
    MailCatcher mail;
    auto window = openWindow(t.db());
    UiDriver ui(window.get());
    ui.key(Qt::Key_N, Qt::ControlModifier);
    ui.type(QStringLiteral("Ria Jansen"));
    ui.key(Qt::Key_Return);
    ui.key(Qt::Key_Tab);
    ui.type(QStringLiteral("06 1234 5678"));
    ui.key(Qt::Key_Tab);
    ui.type(QStringLiteral("ria@example.nl"));
    ui.key(Qt::Key_Return);

    walkComplaintCall(ui, [&] {
        auto *state = ui.find<QLabel>("confirmationState");
        CHECK(state->text().contains(QStringLiteral("No written confirmation sent yet.")));
        CHECK(state->text().contains(QStringLiteral("Ctrl+M puts the confirmation in English into your mail program, to ria@example.nl.")));
        const int before = ui.extraKeys();
        ui.key(Qt::Key_M, Qt::ControlModifier);
        CHECK(ui.extraKeys() - before == 1);
        REQUIRE(mail.opened.size() == 1);
        const QString link = QUrl::fromPercentEncoding(mail.opened.first().toEncoded());
        CHECK(link.startsWith(QStringLiteral("mailto:ria@example.nl?subject=What we agreed on 26 November 2026")));
        CHECK(link.contains(QStringLiteral("Dear Ria Jansen,")));
        CHECK(link.contains(QStringLiteral("- I will book a Saturday slot with the carrier, by ")));
        CHECK(link.contains(QStringLiteral("What we decided:\r\na new delivery on Saturday morning")));
        CHECK(state->text().startsWith(QStringLiteral("Written confirmation sent by e-mail on ")));
        CHECK(messageText(ui).contains(QStringLiteral("in your mail program")));
        CHECK(promptTitle(ui) == QStringLiteral("Close the call"));
    });
    auto cases = CaseStore(t.db()).listRecent(1).value();
    REQUIRE(cases.size() == 1);
    CHECK(eventKinds(t.db(), cases[0].id).contains(QStringLiteral("confirmation.sent")));
}
