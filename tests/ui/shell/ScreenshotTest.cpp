// Renders the call screen for the documentation and for looking at it: run by hand with
//   RD_SCREENSHOT_DIR=docs/screenshots build/dev/tests/rdui-tests "[.screenshots]"
// Hidden from the normal run: it asserts nothing beyond the pictures being written.
#include "safety/Backups.h"
#include "exchange/Bundle.h"
#include "call/CallScreen.h"
#include "cases/CustomerView.h"
#include "cases/CaseView.h"
#include "letters/ConfirmationDialog.h"
#include "shell/RestoreDialog.h"
#include "widgets/Settings.h"
#include "shell/SettingsDialog.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListView.h"
#include "review/DemoData.h"
#include "review/ReflectionView.h"
#include "review/ReviewDashboard.h"

#include <QComboBox>
#include <QTabWidget>
#include "cases/CustomerStore.h"
#include "cases/CaseStore.h"
#include "base/PhoneNumber.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "agreements/PromiseStore.h"
#include "TempDatabase.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QPalette>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QTimer>
#include <QTreeWidget>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;

namespace {
void shoot(QWidget &window, const QSize &size, const QString &name)
{
    window.resize(size);
    QApplication::processEvents();
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR", QStringLiteral("."));
    QDir().mkpath(dir);
    REQUIRE(window.grab().save(QDir(dir).filePath(name)));
}

// Both sizes the issue asks to look at: a small office screen and a full-HD one.
void shootBoth(QWidget &window, const QString &name, const QString &language)
{
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)})
        shoot(window, size, QStringLiteral("%1-%2-%3x%4.png").arg(name, language).arg(size.width()).arg(size.height()));
}

void driveTo(UiDriver &ui, const QString &language, const char *stopAt)
{
    const bool nl = language == QLatin1String("nl");
    ui.key(Qt::Key_N, Qt::ControlModifier);
    ui.type(QStringLiteral("Ria"));
    ui.key(Qt::Key_Return);
    ui.type(nl ? QStringLiteral("Het pakket is twee keer niet bezorgd, terwijl ik thuis was. Ik heb er een vrije dag voor opgenomen.")
               : QStringLiteral("The parcel was not delivered twice, although I was home. I took a day off for it."));
    if (qstrcmp(stopAt, "listen") == 0)
        return;
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.type(nl ? QStringLiteral("Dat het pakket zaterdag komt, en dat iemand me laat weten hoe het zit.")
               : QStringLiteral("That it arrives on Saturday, and that someone tells me what is going on."));
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.key(Qt::Key_4);
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    if (qstrcmp(stopAt, "summarize") == 0)
        return;
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.type(nl ? QStringLiteral("De vervoerder had een verkeerde tijd doorgekregen. Dat is niet onze schuld.")
               : QStringLiteral("The carrier was given the wrong time slot. That is not our fault."));
    if (qstrcmp(stopAt, "explain") == 0)
        return;
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.key(Qt::Key_2);
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.key(Qt::Key_1);
    ui.key(Qt::Key_Tab);
    ui.type(nl ? QStringLiteral("Een nieuwe levering op zaterdagochtend") : QStringLiteral("A new delivery on Saturday morning"));
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.key(Qt::Key_2);
    ui.key(Qt::Key_Tab);
    ui.type(nl ? QStringLiteral("bij de vervoerder een zaterdagslot boeken") : QStringLiteral("book a Saturday slot with the carrier"));
    ui.key(Qt::Key_Return);
    ui.key(nl ? Qt::Key_C : Qt::Key_X, Qt::AltModifier);
    if (qstrcmp(stopAt, "agree") == 0)
        return;
    ui.key(Qt::Key_Return, Qt::ControlModifier);
}
} // namespace

TEST_CASE("Screenshots of the call screen", "[.screenshots]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        Language::install(*QCoreApplication::instance(), language);
        for (const char *step : {"listen", "summarize", "explain", "agree", "close"}) {
            TempDatabase t;
            Customer ria;
            ria.name = QStringLiteral("Ria Jansen");
            ria.phone = QStringLiteral("06 1234 5678");
            ria.email = QStringLiteral("ria.jansen@example.nl");
            auto customer = CustomerStore(t.db()).create(ria);
            auto earlier = CaseStore(t.db()).create(customer->id, Channel::Email, CaseKind::Complaint, QStringLiteral("bram"));
            REQUIRE(PromiseStore(t.db())
                        .add(earlier->id, language == QLatin1String("nl") ? QStringLiteral("factuur crediteren")
                                                                          : QStringLiteral("credit the invoice"),
                             QStringLiteral("bram"), TempDatabase::ms("2026-11-26T12:00:00Z"), PromiseKind::Final)
                        .ok());
            AppContext context{&t.db(), QStringLiteral("anna")};
            MainWindow window(context);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            UiDriver ui(&window);
            driveTo(ui, language, step);
            for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)})
                shoot(window, size,
                      QStringLiteral("call-%1-%2-%3x%4.png").arg(QLatin1String(step), language).arg(size.width()).arg(size.height()));
        }
    }
    Language::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

TEST_CASE("Screenshots of a call waiting while another is in progress", "[.screenshots]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        Language::install(*QCoreApplication::instance(), language);
        const bool nl = language == QLatin1String("nl");
        TempDatabase t;
        Customer ria;
        ria.name = QStringLiteral("Ria Jansen");
        ria.phone = QStringLiteral("06 1234 5678");
        REQUIRE(CustomerStore(t.db()).create(ria).ok());
        Customer piet;
        piet.name = QStringLiteral("Piet de Vries");
        piet.phone = QStringLiteral("020 123 4567");
        auto waiting = CustomerStore(t.db()).create(piet);
        auto earlier = CaseStore(t.db()).create(waiting->id, Channel::Phone, CaseKind::Complaint, QStringLiteral("bram"));
        for (const char *what : {"send the credit note", "call back about the repair"})
            REQUIRE(PromiseStore(t.db())
                        .add(earlier->id, nl ? QStringLiteral("afspraak: %1").arg(QLatin1String(what)) : QString::fromLatin1(what),
                             QStringLiteral("bram"), TempDatabase::ms("2026-11-27T12:00:00Z"), PromiseKind::Process)
                        .ok());
        AppContext context{&t.db(), QStringLiteral("anna")};
        MainWindow window(context);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        UiDriver ui(&window);
        driveTo(ui, language, "listen");
        window.incomingCall(QStringLiteral("+31201234567"), QString());
        shootBoth(window, QStringLiteral("call-waiting"), language);
    }
    Language::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

TEST_CASE("Screenshots of the work queue and the case view", "[.screenshots]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        Language::install(*QCoreApplication::instance(), language);
        TempDatabase t;
        const bool nl = language == QLatin1String("nl");
        Customer c;
        for (const char *name : {"Ria Jansen", "Piet Bakker", "Kees de Wit", "Fatima el Amrani"}) {
            c.name = QString::fromUtf8(name);
            auto customer = CustomerStore(t.db()).create(c);
            auto cs = CaseStore(t.db()).create(customer->id, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
            REQUIRE(CaseStore(t.db())
                        .setField(cs->id, CaseField::Experience,
                                  nl ? QStringLiteral("Pakket twee keer niet bezorgd.") : QStringLiteral("Parcel not delivered twice."))
                        .ok());
            REQUIRE(PromiseStore(t.db())
                        .add(cs->id,
                             nl ? QStringLiteral("bij de vervoerder een zaterdagslot boeken")
                                : QStringLiteral("book a Saturday slot with the carrier"),
                             QStringLiteral("anna"), t.clock().nowMs() + 1800000, PromiseKind::Process)
                        .ok());
            REQUIRE(PromiseStore(t.db())
                        .add(cs->id, nl ? QStringLiteral("de klant weer bellen") : QStringLiteral("contact the customer again by phone"),
                             QStringLiteral("anna"), t.clock().nowMs() + 86400000 * 2, PromiseKind::Process, true)
                        .ok());
        }
        t.clock().advanceSecs(3600); // the first promises are now overdue
        AppContext context{&t.db(), QStringLiteral("anna")};
        MainWindow window(context);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.refresh();
        shootBoth(window, QStringLiteral("queue"), language);
        window.openCase(CaseStore(t.db()).listRecent(1)->at(0).id);
        shootBoth(window, QStringLiteral("case"), language);
        window.customerView()->showCustomer(CaseStore(t.db()).listRecent(1)->at(0).customerId);
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(window.customerView());
        shootBoth(window, QStringLiteral("customer"), language);
        REQUIRE(Backups(t.path()).make(t.db()).ok());
        const auto shootDialog = [&language](QDialog &dialog, const char *name) {
            dialog.show();
            REQUIRE(QTest::qWaitForWindowExposed(&dialog));
            REQUIRE(dialog.grab().save(QDir(qEnvironmentVariable("RD_SCREENSHOT_DIR"))
                                           .filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(name), language))));
        };
        {
            RestoreDialog restore(t.path(), QString(), &window);
            shootDialog(restore, "restore");
            Settings::setDatabasePath(QStringLiteral("postgresql://desk@server:5432/recoverydesk"));
            SettingsDialog settings(&window);
            shootDialog(settings, "settings");
            Settings::setDatabasePath(QString());
        }
        REQUIRE(rd::DemoData(t.db(), 3, language == QLatin1String("nl") ? rd::DemoData::Language::Dutch
                                                                         : rd::DemoData::Language::English)
                    .generate(3000)
                    .ok());
        window.refresh();
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(window.dashboard());
        auto *period = window.findChild<QComboBox *>(QStringLiteral("dashboardPeriod"));
        period->setCurrentIndex(period->findData(QStringLiteral("all")));
        emit period->activated(period->currentIndex());
        UiDriver::waitFor([&] { return !window.dashboard()->isCounting(); }, 20000);
        shootBoth(window, QStringLiteral("review"), language);
        window.dashboard()->showPage(1);
        shootBoth(window, QStringLiteral("trends"), language);
        window.dashboard()->showPage(2);
        shootBoth(window, QStringLiteral("comparison"), language);
        window.dashboard()->showPage(0);
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(window.caseList());
        UiDriver::waitFor([&] { return window.caseList()->model()->isReady(); });
        QTest::qWait(200);
        shootBoth(window, QStringLiteral("cases"), language);
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(window.reflection());
        shootBoth(window, QStringLiteral("reflection"), language);
    }
    Language::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

TEST_CASE("Screenshots in dark mode and with a large system font", "[.screenshots]")
{
    const QPalette original = QApplication::palette();
    const QFont originalFont = QApplication::font();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2f, 0x33));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe9, 0xed));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x24, 0x28));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x2b, 0x30));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe9, 0xed));
    dark.setColor(QPalette::Button, QColor(0x33, 0x38, 0x3d));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe9, 0xed));
    dark.setColor(QPalette::Highlight, QColor(0x26, 0x4a, 0x6b));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    QApplication::setPalette(dark);
    for (const bool large : {false, true}) {
        if (large) {
            QApplication::setPalette(original);
            QFont f = originalFont;
            f.setPointSizeF(14);
            QApplication::setFont(f);
        }
        TempDatabase t;
        Customer c;
        c.name = QStringLiteral("Ria Jansen");
        REQUIRE(CustomerStore(t.db()).create(c).ok());
        AppContext context{&t.db(), QStringLiteral("anna")};
        MainWindow window(context);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        UiDriver ui(&window);
        driveTo(ui, QStringLiteral("en"), "explain");
        shoot(window, QSize(1366, 768), large ? QStringLiteral("call-explain-large-font-1366x768.png")
                                              : QStringLiteral("call-explain-dark-1366x768.png"));
    }
    QApplication::setPalette(original);
    QApplication::setFont(originalFont);
}

TEST_CASE("Screenshots of duplicate customers: the hint, the list and the merge", "[.screenshots]")
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        Language::install(*QCoreApplication::instance(), language);
        const bool nl = language == QLatin1String("nl");
        TempDatabase t;
        REQUIRE(DemoData(t.db(), 3, nl ? DemoData::Language::Dutch : DemoData::Language::English).generate(300).ok());
        // A customer entered twice in a hurry, with her number written another way.
        const Customer first = CustomerStore(t.db()).find(QStringLiteral("a"), 1)->first();
        Customer again;
        again.name = first.name.left(1) + QStringLiteral(". ") + first.name.section(QLatin1Char(' '), -1);
        again.phone = first.phone.isEmpty() ? QStringLiteral("06 9876 5432") : first.phone;
        again.email = first.email;
        REQUIRE(CustomerStore(t.db()).create(again).ok());
        // A few more, the way hurried typing makes them: the name the other way round, the
        // address in capitals, the number with the country code.
        for (const Customer &c : CustomerStore(t.db()).find(QStringLiteral("e"), 6).value().mid(1, 4)) {
            Customer twice;
            twice.name = c.name.section(QLatin1Char(' '), -1) + QStringLiteral(", ") + c.name.section(QLatin1Char(' '), 0, -2);
            twice.phone = c.phone.startsWith(QLatin1String("0")) ? QStringLiteral("+31 ") + c.phone.mid(1) : c.phone;
            twice.email = c.email.toUpper();
            REQUIRE(CustomerStore(t.db()).create(twice).ok());
        }
        AppContext context{&t.db(), QStringLiteral("anna")};
        MainWindow window(context);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        UiDriver ui(&window);
        ui.key(Qt::Key_N, Qt::ControlModifier);
        // Her name the other way round finds nobody in the search; the form then names her.
        ui.type(first.name.section(QLatin1Char(' '), -1) + QStringLiteral(" ") + first.name.section(QLatin1Char(' '), 0, -2));
        ui.key(Qt::Key_Return);
        REQUIRE(UiDriver::waitFor([&ui] { return ui.find<QLabel>("duplicateHint")->isVisible(); }));
        shootBoth(window, QStringLiteral("duplicate-hint"), language);
        ui.key(Qt::Key_E, Qt::ControlModifier); // the call ends without a caller; Find duplicates waits for that
        const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR", QStringLiteral("."));
        UiDriver::answerDialog(QStringLiteral("duplicatesDialog"), [&](QWidget *list) {
            list->resize(900, 420);
            QApplication::processEvents();
            REQUIRE(list->grab().save(QDir(dir).filePath(QStringLiteral("duplicates-%1.png").arg(language))));
            UiDriver::answerDialog(QStringLiteral("mergeDialog"), [&](QWidget *merge) {
                QApplication::processEvents();
                REQUIRE(merge->grab().save(QDir(dir).filePath(QStringLiteral("merge-%1.png").arg(language))));
                QTest::keyClick(merge, Qt::Key_Escape);
            });
            QTest::keyClick(list->findChild<QTreeWidget *>(), Qt::Key_Return);
            QTest::keyClick(list, Qt::Key_Escape);
        });
        ui.key(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    }
    Language::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

TEST_CASE("Screenshots of the written confirmation and its PDF letter", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR", QStringLiteral("."));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        Language::install(*QCoreApplication::instance(), language);
        const bool nl = language == QLatin1String("nl");
        Settings::setLetterSignature(nl ? QStringLiteral("Klantenservice Pakketpost\n020 123 4567") : QStringLiteral("Customer service, Parcel Post\n020 123 4567"));
        TempDatabase t;
        Customer ria;
        ria.name = QStringLiteral("Ria Jansen");
        ria.email = QStringLiteral("ria.jansen@example.nl");
        ria.address = QStringLiteral("Dorpsstraat 1\n1234 AB  Ergens");
        ria.language = language;
        auto customer = CustomerStore(t.db()).create(ria);
        REQUIRE(customer.ok());
        auto c = CaseStore(t.db()).create(customer->id, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
        REQUIRE(c.ok());
        CaseStore cases(t.db());
        REQUIRE(cases.setField(c->id, CaseField::Summary,
                               nl ? QStringLiteral("Uw pakket is twee keer niet bezorgd, terwijl u thuis was.")
                                  : QStringLiteral("Your parcel was not delivered twice, although you were at home.")).ok());
        REQUIRE(cases.setField(c->id, CaseField::Decision,
                               nl ? QStringLiteral("Een nieuwe bezorging op zaterdagochtend.") : QStringLiteral("A new delivery on Saturday morning.")).ok());
        PromiseStore promises(t.db());
        REQUIRE(promises.add(c->id, nl ? QStringLiteral("een zaterdagslot bij de vervoerder boeken") : QStringLiteral("book a Saturday slot with the carrier"),
                             QStringLiteral("anna"), TempDatabase::ms("2026-11-27T10:00:00Z"), PromiseKind::Process).ok());
        REQUIRE(promises.add(c->id, QStringLiteral("contact"), QStringLiteral("anna"), TempDatabase::ms("2026-11-27T14:00:00Z"),
                             PromiseKind::Process, true).ok());
        CaseView view(t.db(), QStringLiteral("anna"));
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.showCase(c->id);
        UiDriver::answerDialog(QStringLiteral("confirmationDialog"), [&](QWidget *w) {
            auto *dialog = static_cast<ConfirmationDialog *>(w);
            dialog->resize(820, 760);
            QApplication::processEvents();
            REQUIRE(dialog->grab().save(QDir(dir).filePath(QStringLiteral("confirmation-%1.png").arg(language))));
            const QString pdf = QDir(dir).filePath(QStringLiteral("confirmation-letter-%1.pdf").arg(language));
            dialog->saveLetter(pdf);
            // The first page as a picture, to look at (pdftoppm comes with poppler-utils).
            QProcess::execute(QStandardPaths::findExecutable(QStringLiteral("pdftoppm")),
                              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-singlefile"), pdf,
                               QDir(dir).filePath(QStringLiteral("confirmation-letter-%1").arg(language))});
            QFile::remove(pdf);
            dialog->reject();
        });
        view.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&view));
        UiDriver(&view).key(nl ? Qt::Key_S : Qt::Key_W, Qt::AltModifier); // "&Schriftelijke bevestiging…"
    }
    Settings::setLetterSignature(QString());
    Language::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

TEST_CASE("Screenshots of a bundle import under way", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR", QStringLiteral("."));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        Language::install(*QCoreApplication::instance(), language);
        TempDatabase pc;
        REQUIRE(DemoData(pc.db(), 5, DemoData::Language::English).generate(3000).ok());
        const QString bundle = pc.dir() + QStringLiteral("/desk-3.rdbundle");
        REQUIRE(Bundle::write(pc.db(), bundle, {}).ok());
        TempDatabase t;
        auto window = rd::test::openWindow(t.db());
        window->resize(1366, 768);
        bool shot = false;
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto *dialog = window->findChild<QProgressDialog *>(QStringLiteral("backgroundTaskDialog"));
            if (shot || !dialog || !dialog->isVisible() || dialog->value() <= 0)
                return;
            shot = true;
            REQUIRE(dialog->grab().save(QDir(dir).filePath(QStringLiteral("import-%1.png").arg(language))));
        });
        poll.start();
        window->importBundleFiles({bundle});
        CHECK(shot);
    }
    Language::install(*QCoreApplication::instance(), QStringLiteral("en"));
}
