// Caller ID opens the call (issue 19): the caller looked up by number, one match taken at once,
// several listed, none in the new-customer form; a call in progress is never interrupted; a
// second start hands the call to the running window.
#include "agreements/PromiseStore.h"
#include "base/PhoneNumber.h"
#include "call/CallScreen.h"
#include "cases/CaseStore.h"
#include "cases/EventLog.h"
#include "widgets/Settings.h"
#include "shell/MainWindow.h"
#include "shell/SingleInstance.h"
#include "shell/Workstation.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QStatusBar>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;

namespace {

QString promptTitle(MainWindow &window) { return window.findChild<QLabel *>(QStringLiteral("promptTitle"))->text(); }

} // namespace

TEST_CASE("An incoming call from a known number opens the call with its customer, step 1 done", "[ui][incoming]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    TempDatabase t;
    const QString ria = rd::test::newCustomer(t.db(), QStringLiteral("Ria Jansen"), QStringLiteral("06 1234 5678"));
    rd::test::newCustomer(t.db(), QStringLiteral("Jan Riemersma"), QStringLiteral("020 555 0101"));
    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;

    window.incomingCall(QStringLiteral("+31612345678"), QString());
    CallScreen *call = window.callScreen();
    REQUIRE(call->hasCall());
    REQUIRE_FALSE(call->caseId().isEmpty());
    CHECK(CaseStore(t.db()).get(call->caseId())->customerId == ria);
    CHECK(promptTitle(window) != QStringLiteral("Who is calling?")); // past step 1
    CHECK(window.findChild<QLabel *>(QStringLiteral("customerDetails"))->text().contains(QStringLiteral("Ria Jansen")));
}

TEST_CASE("An unknown number opens the new-customer form with it; several matches are listed", "[ui][incoming]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    TempDatabase t;
    rd::test::newCustomer(t.db(), QStringLiteral("Piet de Vries"), QStringLiteral("+31 20 123 4567"));
    rd::test::newCustomer(t.db(), QStringLiteral("P. de Vries"), QStringLiteral("020-1234567"));
    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;
    UiDriver ui(&window);

    SECTION("None")
    {
        window.incomingCall(QStringLiteral("+31687654321"), QStringLiteral("K. Bakker"));
        REQUIRE(window.callScreen()->hasCall());
        CHECK(window.callScreen()->caseId().isEmpty());
        CHECK(ui.find<QWidget>("newCustomerForm")->isVisible());
        CHECK(ui.find<QLineEdit>("newCustomerPhone")->text() == QStringLiteral("+31 6 87654321"));
        CHECK(ui.find<QLineEdit>("newCustomerName")->text() == QStringLiteral("K. Bakker"));
        CHECK(ui.find<QLineEdit>("newCustomerName")->hasFocus());
        // The employee checks the name and presses Enter: the customer exists, the call goes on.
        ui.key(Qt::Key_Return);
        CHECK_FALSE(window.callScreen()->caseId().isEmpty());
    }
    SECTION("Several")
    {
        window.incomingCall(QStringLiteral("+31201234567"), QString());
        REQUIRE(window.callScreen()->hasCall());
        CHECK(window.callScreen()->caseId().isEmpty());
        auto *results = ui.find<QListWidget>("customerResults");
        CHECK(results->count() == 2);
        CHECK(results->hasFocus());
        ui.key(Qt::Key_Down);
        ui.key(Qt::Key_Return);
        CHECK_FALSE(window.callScreen()->caseId().isEmpty());
    }
}

TEST_CASE("A call in progress is never interrupted: the next caller waits in a banner", "[ui][incoming]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    TempDatabase t;
    const QString ria = rd::test::newCustomer(t.db(), QStringLiteral("Ria Jansen"), QStringLiteral("06 1234 5678"));
    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;
    UiDriver ui(&window);
    // A promise of Ria's earlier case, so the banner can say what is open.
    const QString earlier = CaseStore(t.db()).create(ria, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"))->id;
    REQUIRE(PromiseStore(t.db()).add(earlier, QStringLiteral("send the invoice again"), QStringLiteral("anna"),
                                     t.clock().nowMs() + 3600000, PromiseKind::Process)
                .ok());

    window.incomingCall(QStringLiteral("+31201234567"), QStringLiteral("Someone"));
    const QString current = window.callScreen()->caseId();
    auto *typing = ui.find<QLineEdit>("newCustomerName");
    typing->setText(QStringLiteral("Some"));
    typing->setFocus();

    window.incomingCall(QStringLiteral("+31612345678"), QString());
    auto *banner = ui.find<QLabel>("incomingCallBanner");
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("+31 6 12345678")));
    CHECK(banner->text().contains(QStringLiteral("Ria Jansen, 1 open promise")));
    // Untouched: the same call, the same field, what was typed.
    CHECK(window.callScreen()->caseId() == current);
    CHECK(typing->hasFocus());
    CHECK(typing->text() == QStringLiteral("Some"));
    ui.key(Qt::Key_T, Qt::ControlModifier); // not yet: the call goes on
    CHECK(banner->isVisible());
    CHECK(typing->text() == QStringLiteral("Some"));

    // The first caller turns out a wrong number: Ctrl+E ends a call that has no case yet, and
    // Ctrl+T takes the one who waited: Ria, her call open at step 2.
    ui.key(Qt::Key_E, Qt::ControlModifier);
    REQUIRE_FALSE(window.callScreen()->hasCall());
    CHECK(banner->text().contains(QStringLiteral("Ctrl+T takes it now")));
    ui.key(Qt::Key_T, Qt::ControlModifier);
    REQUIRE(window.callScreen()->hasCall());
    CHECK(CaseStore(t.db()).get(window.callScreen()->caseId())->customerId == ria);
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("A second start hands the call to the running window and exits", "[ui][incoming][instance]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    TempDatabase t;
    rd::test::newCustomer(t.db(), QStringLiteral("Ria Jansen"), QStringLiteral("06 1234 5678"));
    const QString path = t.path();
    t.close();
    auto station = rd::test::openWorkstation(path);
    SingleInstance instance(path);
    REQUIRE(instance.isListening());
    QObject::connect(&instance, &SingleInstance::requested, station.get(), &Workstation::handleRequest);

    QProcess second;
    second.start(QStringLiteral(RD_APP_PATH), {QStringLiteral("call"), QStringLiteral("--phone"), QStringLiteral("0031612345678"),
                                               QStringLiteral("--database"), path});
    REQUIRE(UiDriver::waitFor([&] { return second.state() == QProcess::NotRunning; }, 20000));
    INFO(second.readAllStandardError().toStdString());
    CHECK(second.exitCode() == 0);
    REQUIRE(UiDriver::waitFor([&] { return station->window()->callScreen()->hasCall(); }));
    CHECK_FALSE(station->window()->callScreen()->caseId().isEmpty());

    // A number that is none is refused by the second start itself, with a message.
    QProcess wrong;
    wrong.start(QStringLiteral(RD_APP_PATH), {QStringLiteral("call"), QStringLiteral("--phone"), QStringLiteral("call me"),
                                              QStringLiteral("--database"), path});
    REQUIRE(wrong.waitForFinished(20000));
    CHECK(wrong.exitCode() == 2);
    CHECK(wrong.readAllStandardError().contains("letters"));
}

TEST_CASE("Calling back from the work queue dials through the dial command and records it", "[ui][incoming][dial]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    TempDatabase t;
    // A softphone in a folder with a space, as on Windows: it writes down the number it was given.
    const QString folder = t.dir() + QStringLiteral("/my phone");
    REQUIRE(QDir().mkpath(folder));
    const QString tool = folder + QStringLiteral("/dial tool.sh");
    {
        QFile script(tool);
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '%s' \"$1\" > \"$(dirname \"$0\")/dialled.tmp\" && mv \"$(dirname \"$0\")/dialled.tmp\" \"$(dirname \"$0\")/dialled\"\n");
    }
    REQUIRE(QFile::setPermissions(tool, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    struct DialSettings
    {
        DialSettings(const QString &command)
        {
            Settings::setDialling(true);
            Settings::setDialCommand(command);
        }
        ~DialSettings()
        {
            Settings::setDialling(false);
            Settings::setDialCommand({});
        }
    } settings(QStringLiteral("\"%1\" %n").arg(tool));

    const QString ria = rd::test::newCustomer(t.db(), QStringLiteral("Ria Jansen"), QStringLiteral("06 1234 5678"));
    const QString caseId = CaseStore(t.db()).create(ria, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"))->id;
    REQUIRE(PromiseStore(t.db()).add(caseId, QStringLiteral("send the refund"), QStringLiteral("anna"), t.clock().nowMs() + 60000,
                                     PromiseKind::Final)
                .ok());
    t.clock().set(QDateTime::fromMSecsSinceEpoch(t.clock().nowMs() + 3600000, Qt::UTC));
    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;
    UiDriver ui(&window);
    ui.find<QWidget>("queueTree")->setFocus();
    ui.key(Qt::Key_C); // call now

    CHECK(window.callScreen()->hasCall());
    REQUIRE(UiDriver::waitFor([&] { return QFile::exists(folder + QStringLiteral("/dialled")); }, 10000));
    QFile dialled(folder + QStringLiteral("/dialled"));
    REQUIRE(dialled.open(QIODevice::ReadOnly));
    CHECK(dialled.readAll() == "+31612345678");
    bool recorded = false;
    for (const CaseEvent &e : EventLog(t.db()).timeline(caseId).value())
        recorded = recorded || (e.kind == QStringLiteral("call.dialled") && e.data.value(QStringLiteral("number")).toString() == QStringLiteral("+31612345678"));
    CHECK(recorded);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("+31 6 12345678")));

    // The number on the customer card is a link (Tab, Enter): it dials the same way.
    REQUIRE(QFile::remove(folder + QStringLiteral("/dialled")));
    auto *details = ui.find<QLabel>("customerDetails");
    REQUIRE(details->text().contains(QStringLiteral("<a href")));
    emit details->linkActivated(QStringLiteral("dial"));
    REQUIRE(UiDriver::waitFor([&] { return QFile::exists(folder + QStringLiteral("/dialled")); }, 10000));
    int dials = 0;
    for (const CaseEvent &e : EventLog(t.db()).timeline(caseId).value())
        dials += e.kind == QStringLiteral("call.dialled") ? 1 : 0;
    CHECK(dials == 2);
}

TEST_CASE("A caller is taken at once only for the very same number; callers wait behind a dialog, Ctrl+T takes them",
          "[ui][incoming]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    TempDatabase t;
    // A Dutch mobile that merely ends with the digits of a Belgian landline.
    rd::test::newCustomer(t.db(), QStringLiteral("Ria Jansen"), QStringLiteral("+31 6 12345678"));
    rd::test::newCustomer(t.db(), QStringLiteral("Piet <b>de</b> Vries"), QStringLiteral("+31 20 123 4567"));
    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;
    UiDriver ui(&window);

    SECTION("An ending in common is listed, not taken")
    {
        window.incomingCall(QStringLiteral("+3212345678"), QString());
        REQUIRE(window.callScreen()->hasCall());
        CHECK(window.callScreen()->caseId().isEmpty());
        CHECK(ui.find<QListWidget>("customerResults")->count() == 1);
    }
    SECTION("Behind a dialog, two callers wait in order; Ctrl+T takes the first once it has closed")
    {
        QDialog dialog(&window);
        dialog.setWindowModality(Qt::WindowModal);
        dialog.open();
        REQUIRE(QApplication::activeModalWidget() == &dialog);
        window.incomingCall(QStringLiteral("+31201234567"), QStringLiteral("<img src=x>"));
        window.incomingCall(QStringLiteral("+31687654321"), QString());
        CHECK_FALSE(window.callScreen()->hasCall());
        auto *banner = ui.find<QLabel>("incomingCallBanner");
        CHECK(banner->isVisible());
        CHECK(banner->textFormat() == Qt::PlainText); // a name from outside is never rendered
        CHECK(banner->text().contains(QStringLiteral("Piet <b>de</b> Vries")));
        CHECK(banner->text().contains(QStringLiteral("and 1 more")));
        dialog.close();
        // Nobody jumps the queue: a third caller, with no call on, waits behind the other two.
        window.incomingCall(QStringLiteral("+31612345678"), QString());
        CHECK_FALSE(window.callScreen()->hasCall());
        CHECK(banner->text().contains(QStringLiteral("and 2 more")));
        ui.key(Qt::Key_T, Qt::ControlModifier);
        REQUIRE(window.callScreen()->hasCall());
        CHECK_FALSE(window.callScreen()->caseId().isEmpty()); // Piet, the very same number
        CHECK(banner->isVisible()); // the second caller still waits
        CHECK(banner->text().contains(QStringLiteral("+31 6 87654321")));
    }
}
