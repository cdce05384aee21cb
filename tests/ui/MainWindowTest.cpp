#include "CaseStore.h"
#include "CustomerStore.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace rd;
using rd::test::TempDatabase;

TEST_CASE("The main window names its database and lists the cases", "[ui][main]")
{
    TempDatabase t;
    rd::test::newCase(t.db());

    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;

    auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("test.sqlite")));
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    REQUIRE(table);
    // The list reads on a worker thread: give it a moment.
    CHECK(rd::test::UiDriver::waitFor([&] { return table->model()->index(0, 0).data().toString() == QStringLiteral("Ria Jansen"); }));
    CHECK(table->model()->rowCount() == 1);
}
