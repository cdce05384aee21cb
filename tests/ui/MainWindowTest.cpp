#include "CallScreen.h"
#include "CaseStore.h"
#include "CustomerStore.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QTableWidget>
#include <QTextBrowser>

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

TEST_CASE("F1 shows every key beside the work, even during a call; Ctrl+/ too", "[ui][help]")
{
    TempDatabase t;
    auto window = rd::test::openWindow(t.db());
    rd::test::UiDriver ui(window.get());
    ui.key(Qt::Key_N, Qt::ControlModifier);
    ui.type(QStringLiteral("Ria"));
    ui.key(Qt::Key_Return);
    ui.key(Qt::Key_Return);
    REQUIRE(window->callScreen()->hasCall());
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_F1);
    auto *help = window->findChild<QDialog *>(QStringLiteral("helpDialog"));
    REQUIRE(help);
    CHECK(help->isVisible());
    CHECK_FALSE(help->isModal()); // the call goes on beside it
    auto *keys = help->findChild<QTableWidget *>(QStringLiteral("helpKeys"));
    REQUIRE(keys);
    CHECK(keys->rowCount() > 20);
    CHECK(keys->findItems(QStringLiteral("Ctrl+Shift+Enter"), Qt::MatchExactly).size() == 1);
    help->close();
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_Slash, Qt::ControlModifier);
    CHECK(help->isVisible());
    // The call guide page, in words.
    window->findChild<QAction *>(QStringLiteral("actionHelpCallGuide"))->trigger();
    auto *guide = help->findChild<QTextBrowser *>(QStringLiteral("helpCallGuide"));
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->toPlainText().contains(QStringLiteral("Make agreements")));
    CHECK(window->callScreen()->hasCall());
}
