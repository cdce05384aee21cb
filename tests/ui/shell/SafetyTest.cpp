#include "safety/Backups.h"
#include "call/CallScreen.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListView.h"
#include "cases/CaseStore.h"
#include "review/DemoData.h"
#include "shell/MainWindow.h"
#include "shell/RestoreDialog.h"
#include "shell/SafetyService.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"
#include "shell/Workstation.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTreeWidget>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;

namespace {

std::unique_ptr<Workstation> stationOn(TempDatabase &t)
{
    const QString path = t.path();
    t.close();
    auto own = Database::open(path);
    REQUIRE(own.ok());
    return std::make_unique<Workstation>(std::move(own).value(), QStringLiteral("anna"), false);
}


} // namespace

TEST_CASE("At start the file is checked and backed up in the background", "[ui][safety][backup]")
{
    TempDatabase t;
    test::newCase(t.db());
    const QString path = t.path();
    auto station = stationOn(t);
    station->show();
    REQUIRE(station->safety());
    QSignalSpy checked(station->safety(), &SafetyService::checked);
    QSignalSpy made(station->safety(), &SafetyService::backupMade);
    REQUIRE((checked.count() > 0 || checked.wait(10000)));
    CHECK(checked.first().first().toBool());
    REQUIRE((made.count() > 0 || made.wait(10000)));
    CHECK(Backups(path).list().size() == 1);
    // The window stayed usable all along: a new call starts at once.
    UiDriver ui(station->window());
    station->window()->activateWindow();
    ui.key(Qt::Key_N, Qt::ControlModifier);
    CHECK(station->window()->callScreen()->hasCall());
}

TEST_CASE("The safety service merges what the saves added to the search index", "[ui][safety][tidy]")
{
    TempDatabase t;
    QString caseId;
    for (const char *experience : {"The parcel was late.", "The invoice was wrong.", "The engineer was rude."}) {
        caseId = test::newCase(t.db());
        REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Experience, QString::fromUtf8(experience)).ok());
    }
    for (int i = 0; i < 40; ++i)
        REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Note, QStringLiteral("note %1").arg(i)).ok());
    const auto pieces = [&t] { return t.db().scalar(QStringLiteral("SELECT count(*) FROM case_search_data"))->toInt(); };
    const int before = pieces();
    SafetyService service(t.path());
    service.tidySearchIndex();
    REQUIRE(service.busy());
    REQUIRE(UiDriver::waitFor([&service] { return !service.busy(); }, 10000));
    CHECK(pieces() < before);
    CHECK(SafetyService::kTidyBudgetMs <= 250); // a short visit, every half minute
}

TEST_CASE("A damaged file is reported at start, and the work goes on with what could be read", "[ui][safety][salvage]")
{
    TempDatabase t;
    REQUIRE(DemoData(t.db(), 5, DemoData::Language::English).generate(1500).ok());
    const QString path = t.path();
    t.close();
    test::damagePages(path);
    auto opened = rd::test::openWorkstation(path, false); // the header is fine: only a check finds the damage
    Workstation &station = *opened;
    SafetyService probe(path);
    QSignalSpy damaged(&probe, &SafetyService::damaged);
    probe.start();
    REQUIRE(damaged.wait(20000));
    CHECK_FALSE(damaged.first().first().toStringList().isEmpty());

    auto done = station.recoverFromDamage(Recovery::SaveWhatCanBeRead);
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK(done.value().contains(QStringLiteral("kept as")));
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.corrupt-*[0-9]")}).size() == 1);
    MainWindow *window = station.window();
    CHECK(UiDriver::waitFor([&] { return window->caseList()->model()->isReady(); }));
    CHECK(window->caseList()->model()->rowCount() > 500);
}

TEST_CASE("Help - Restore from backup lists the backups and puts the chosen one back", "[ui][safety][backup]")
{
    TempDatabase t;
    test::newCase(t.db());
    const QString path = t.path();
    REQUIRE(Backups(path).make(t.db()).ok());
    test::newCase(t.db());
    test::newCase(t.db());
    auto station = stationOn(t);
    station->show();

    RestoreDialog dialog(path, QString());
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("backupList"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("1"));
    CHECK(dialog.chosen() == Backups(path).list().first().path);

    CHECK(station->restoreBackup(dialog.chosen()).isEmpty());
    MainWindow *window = station->window();
    CHECK(UiDriver::waitFor([&] { return window->caseList()->model()->isReady(); }));
    CHECK(window->caseList()->model()->rowCount() == 1);
}

#ifdef Q_OS_UNIX // Windows does not let another program delete or replace a file that is open
TEST_CASE("A file deleted or replaced under the running app loses nothing", "[ui][safety][fault]")
{
    TempDatabase t;
    test::newCase(t.db());
    test::newCase(t.db());
    const QString path = t.path();
    auto station = stationOn(t);
    station->show();
    CHECK(station->window()->callScreen() != nullptr);
    station->checkWhereabouts(); // in place: nothing happens
    CHECK(station->window()->caseList() != nullptr);

    SECTION("deleted")
    {
        REQUIRE(QFile::remove(path));
        station->checkWhereabouts();
        REQUIRE(QFileInfo::exists(path));
        Database::Options readOnly;
        readOnly.readOnly = true;
        auto again = Database::open(path, readOnly);
        REQUIRE(again.ok());
        CHECK(CaseStore(*again.value()).count().value() == 2);
        CHECK(station->window()->statusBar()->currentMessage().contains(QStringLiteral("deleted")));
    }
    SECTION("its -wal file deleted while it holds a change not yet checkpointed")
    {
        {
            // A third case from a second connection: it stays in the -wal (the app's connection is
            // still open, so closing this one does not checkpoint).
            auto second = Database::open(path);
            REQUIRE(second.ok());
            REQUIRE(second.value()->execOnce(QStringLiteral("PRAGMA wal_autocheckpoint=0")).ok());
            test::newCase(*second.value());
        }
        REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        {
            // The main file alone does not have it: deleting the -wal really throws a change away.
            const QString alone = t.dir() + QStringLiteral("/alone.sqlite");
            REQUIRE(QFile::copy(path, alone));
            const QString name = QStringLiteral("main-file-alone");
            {
                QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                c.setDatabaseName(alone);
                REQUIRE(c.open());
                QSqlQuery q(c);
                REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM case_record")));
                REQUIRE(q.next());
                CHECK(q.value(0).toInt() == 2);
            }
            QSqlDatabase::removeDatabase(name);
        }
        REQUIRE(QFile::remove(path + QStringLiteral("-wal")));
        station->checkWhereabouts();
        Database::Options readOnly;
        readOnly.readOnly = true;
        auto again = Database::open(path, readOnly);
        REQUIRE(again.ok());
        CHECK(CaseStore(*again.value()).count().value() == 3);
    }
    SECTION("replaced by another file")
    {
        TempDatabase other;
        const QString otherPath = other.path();
        other.close();
        REQUIRE(QFile::remove(path));
        REQUIRE(QFile::copy(otherPath, path));
        station->checkWhereabouts();
        const QString now = station->window()->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text();
        CHECK(now.contains(QStringLiteral(".rescued-")));
        CHECK(UiDriver::waitFor([&] { return station->window()->caseList()->model()->isReady(); }));
        CHECK(station->window()->caseList()->model()->rowCount() == 2);
        Database::Options readOnly;
        readOnly.readOnly = true;
        auto untouched = Database::open(path, readOnly);
        REQUIRE(untouched.ok());
        CHECK(CaseStore(*untouched.value()).count().value() == 0);
    }
}
#endif

#ifdef Q_OS_UNIX
TEST_CASE("A file deleted during a call: the call goes on in the saved copy with what was typed", "[ui][safety][fault]")
{
    TempDatabase t;
    const QString path = t.path();
    auto station = stationOn(t);
    station->show();
    MainWindow *window = station->window();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    UiDriver ui(window);
    ui.key(Qt::Key_N, Qt::ControlModifier);
    ui.type(QStringLiteral("Ria Jansen"));
    ui.key(Qt::Key_Return);
    ui.key(Qt::Key_Return);
    REQUIRE(window->callScreen()->hasCall());
    ui.type(QStringLiteral("The parcel never came"));
    const QString caseId = window->callScreen()->caseId();

    REQUIRE(QFile::remove(path));
    station->checkWhereabouts();
    window = station->window();
    CHECK(window->callScreen()->hasCall()); // resumed, not lost
    CHECK(window->callScreen()->caseId() == caseId);
    Database::Options readOnly;
    readOnly.readOnly = true;
    auto again = Database::open(path, readOnly);
    REQUIRE(again.ok());
    CHECK(CaseStore(*again.value()).get(caseId)->experience == QStringLiteral("The parcel never came"));
}
#endif
