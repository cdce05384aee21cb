#include "call/CallScreen.h"
#include "cases/CaseStore.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "TempDatabase.h"
#include "UiDriver.h"
#include "shell/Workstation.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QMenuBar>
#include <QPlainTextEdit>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;

namespace {
struct EnglishAfterwards
{
    ~EnglishAfterwards() { Language::install(*QCoreApplication::instance(), QStringLiteral("en")); }
};
} // namespace

TEST_CASE("The Dutch translation covers the call screen and the menus", "[ui][language]")
{
    EnglishAfterwards restore;
    REQUIRE(Language::install(*QCoreApplication::instance(), QStringLiteral("nl")));
    TempDatabase t;
    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    CHECK(menus == QStringList{QStringLiteral("&Bestand"), QStringLiteral("Be&werken"), QStringLiteral("&Gesprek"), QStringLiteral("Klanten"), QStringLiteral("Bee&ld"),
                               QStringLiteral("&Help")});
    UiDriver ui(&window);
    ui.key(Qt::Key_N, Qt::ControlModifier);
    CHECK(ui.find<QLabel>("promptTitle")->text() == QStringLiteral("Wie belt er?"));
    CHECK(ui.find<QLabel>("promptExample")->text().startsWith(QStringLiteral("Je kunt zeggen:")));
}

TEST_CASE("In Dutch, Qt's own buttons and English plurals read right", "[ui][language]")
{
    EnglishAfterwards restore;
    // Qt's standard buttons come from Qt's own translations (qt6-translations-l10n).
    REQUIRE(Language::install(*QCoreApplication::instance(), QStringLiteral("nl")));
    QDialogButtonBox dutch(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
    CHECK(dutch.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')) == QStringLiteral("Sluiten"));
    CHECK(dutch.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')) == QStringLiteral("Annuleren"));
    // English is the source language, but its plural forms come from recoverydesk_en.ts.
    REQUIRE(Language::install(*QCoreApplication::instance(), QStringLiteral("en")));
    CHECK(QCoreApplication::translate("rd::ReminderService", "%n items are due now. See the work queue.", nullptr, 1) ==
          QStringLiteral("1 item is due now. See the work queue."));
    CHECK(QCoreApplication::translate("rd::ReminderService", "%n items are due now. See the work queue.", nullptr, 3) ==
          QStringLiteral("3 items are due now. See the work queue."));
}

TEST_CASE("Switching the language mid-call rebuilds the window and the call goes on", "[ui][language][resume]")
{
    EnglishAfterwards restore;
    TempDatabase t;
    t.close(); // the workstation owns its database, as in the program
    Database *own = nullptr;
    auto opened = rd::test::openWorkstation(t.path(), true, &own);
    Workstation &station = *opened;
    Database &db = *own;
    {
        UiDriver ui(station.window());
        ui.key(Qt::Key_N, Qt::ControlModifier);
        ui.type(QStringLiteral("Jan"));
        ui.key(Qt::Key_Return);
        ui.key(Qt::Key_Return);
        ui.type(QStringLiteral("Mijn factuur klopt niet"));
    }
    const QString caseId = station.window()->callScreen()->caseId();
    station.window()->incomingCall(QStringLiteral("+31612345678"), QStringLiteral("Ria")); // waits: a call is on
    station.switchLanguage(QStringLiteral("nl"));
    REQUIRE(QTest::qWaitForWindowExposed(station.window()));
    UiDriver ui(station.window());
    CHECK(Language::current() == QStringLiteral("nl"));
    CHECK(station.window()->callScreen()->hasCall());
    CHECK(station.window()->callScreen()->caseId() == caseId);
    CHECK(ui.find<QLabel>("promptTitle")->text() == QStringLiteral("Eerst luisteren"));
    CHECK(ui.find<QPlainTextEdit>("field_experience")->toPlainText() == QStringLiteral("Mijn factuur klopt niet"));
    CHECK(CaseStore(db).get(caseId)->experience == QStringLiteral("Mijn factuur klopt niet"));
    CHECK(Language::preferred() == QStringLiteral("nl")); // remembered for the next start
    // The caller who was waiting still waits in the rebuilt window.
    REQUIRE(station.window()->waitingCalls().size() == 1);
    CHECK(ui.find<QLabel>("incomingCallBanner")->text().contains(QStringLiteral("+31 6 12345678")));
}
