#include "call/CallScreen.h"
#include "cases/CaseStore.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "TempDatabase.h"
#include "UiDriver.h"
#include "shell/Workstation.h"

#include <catch2/catch.hpp>

#include <QLabel>
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
    CHECK(menus == QStringList{QStringLiteral("&Bestand"), QStringLiteral("Be&werken"), QStringLiteral("&Gesprek"), QStringLiteral("Bee&ld"),
                               QStringLiteral("&Help")});
    UiDriver ui(&window);
    ui.key(Qt::Key_N, Qt::ControlModifier);
    CHECK(ui.find<QLabel>("promptTitle")->text() == QStringLiteral("Wie belt er?"));
    CHECK(ui.find<QLabel>("promptExample")->text().startsWith(QStringLiteral("Je kunt zeggen:")));
}

TEST_CASE("Switching the language mid-call rebuilds the window and the call goes on", "[ui][language][resume]")
{
    EnglishAfterwards restore;
    TempDatabase t;
    t.close(); // the workstation owns its database, as in the program
    auto own = Database::open(t.path());
    REQUIRE(own.ok());
    Database &db = *own.value();
    Workstation station(std::move(own).value(), QStringLiteral("anna"), false);
    station.show();
    REQUIRE(QTest::qWaitForWindowExposed(station.window()));
    {
        UiDriver ui(station.window());
        ui.key(Qt::Key_N, Qt::ControlModifier);
        ui.type(QStringLiteral("Jan"));
        ui.key(Qt::Key_Return);
        ui.key(Qt::Key_Return);
        ui.type(QStringLiteral("Mijn factuur klopt niet"));
    }
    const QString caseId = station.window()->callScreen()->caseId();
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
}
