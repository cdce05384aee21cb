#include "agreements/ActPanel.h"
#include "call/CallScreen.h"
#include "cases/CaseStore.h"
#include "cases/CaseView.h"
#include "cases/EventLog.h"
#include "shell/MainWindow.h"
#include "agreements/PromiseStore.h"
#include "shell/ReminderService.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"
#include "queue/WorkQueueModel.h"
#include "queue/WorkQueueView.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

#include <memory>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;
using rd::test::openWindow;

namespace {

struct QueueFixture
{
    TempDatabase t;
    QString caseId;
    QString overdueA;
    QString overdueB;
    QString later;

    QueueFixture()
    {
        caseId = rd::test::newCase(t.db());
        PromiseStore p(t.db());
        // Made yesterday, due this morning: overdue by now (09:00 UTC... the clock moves below).
        overdueA = p.add(caseId, QStringLiteral("send the refund"), QStringLiteral("anna"),
                         TempDatabase::ms("2026-11-26T09:30:00Z"), PromiseKind::Final)->id;
        overdueB = p.add(caseId, QStringLiteral("ask the carrier"), QStringLiteral("anna"),
                         TempDatabase::ms("2026-11-26T09:45:00Z"), PromiseKind::Process)->id;
        later = p.add(caseId, QStringLiteral("check the invoice"), QStringLiteral("anna"),
                      TempDatabase::ms("2026-12-03T10:00:00Z"), PromiseKind::Process)->id;
        REQUIRE(p.add(caseId, QStringLiteral("bram's task"), QStringLiteral("bram"), TempDatabase::ms("2026-11-26T09:40:00Z"),
                      PromiseKind::Final)
                    .ok());
        t.clock().set(QDateTime::fromString(QStringLiteral("2026-11-26T10:00:00Z"), Qt::ISODate));
    }
};

QString current(QTreeView *tree) { return tree->currentIndex().data(WorkQueueModel::ItemIdRole).toString(); }

} // namespace

TEST_CASE("The work queue model groups items and counts them", "[ui][queue][model]")
{
    QueueFixture f;
    WorkQueueModel model(f.t.db());
    REQUIRE(model.reload(QStringLiteral("anna")).isEmpty());
    CHECK(model.rowCount() == WorkQueueModel::GroupCount);
    CHECK(model.count(WorkQueueModel::Overdue) == 2);
    CHECK(model.count(WorkQueueModel::Later) == 1);
    const QModelIndex overdue = model.index(WorkQueueModel::Overdue, 0);
    CHECK(overdue.data().toString() == QStringLiteral("Overdue (2)"));
    CHECK(model.index(0, WorkQueueModel::WhatColumn, overdue).data().toString() == QStringLiteral("send the refund"));
    CHECK(model.parent(model.index(0, 0, overdue)) == overdue);
    REQUIRE(model.reload(QString()).isEmpty());
    CHECK(model.count(WorkQueueModel::Overdue) == 3); // bram's too
}

TEST_CASE("Acting on the queue by keyboard: kept - rescheduled - counts and groups change", "[ui][queue]")
{
    QueueFixture f;
    auto window = openWindow(f.t.db());
    UiDriver ui(window.get());
    auto *tabs = ui.find<QTabWidget>("mainTabs");
    CHECK(tabs->currentWidget() == window->workQueue()); // the day starts with the queue
    CHECK(window->windowTitle().contains(QStringLiteral("2 overdue")));
    CHECK(tabs->tabText(0).contains(QStringLiteral("2 overdue")));

    auto *tree = ui.find<QTreeView>("queueTree");
    auto *act = window->workQueue()->findChild<ActPanel *>(QStringLiteral("actPanel"));
    tree->setFocus();
    CHECK(current(tree) == f.overdueA); // the first thing needing attention is selected

    // K: kept, with a short result; Enter confirms.
    ui.key(Qt::Key_K);
    REQUIRE(act->isVisible());
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("actText"));
    ui.type(QStringLiteral("refund sent"));
    ui.key(Qt::Key_Return);
    CHECK_FALSE(act->isVisible());
    CHECK(PromiseStore(f.t.db()).get(f.overdueA)->status == PromiseStatus::Late); // due 09:30, kept 10:00
    CHECK(window->workQueue()->overdueCount() == 1);
    CHECK(window->windowTitle().contains(QStringLiteral("1 overdue")));

    // R: reschedule the other one to tomorrow morning, with a reason.
    CHECK(current(tree) == f.overdueB);
    ui.key(Qt::Key_R);
    ui.type(QStringLiteral("carrier answers tomorrow"));
    ui.key(Qt::Key_Return);
    const PromisedAction moved = PromiseStore(f.t.db()).get(f.overdueB).value();
    CHECK(moved.wasRescheduled());
    CHECK(moved.dueAt > f.t.clock().nowMs());
    CHECK(window->workQueue()->overdueCount() == 0);
    CHECK(window->workQueue()->model()->count(WorkQueueModel::Later) == 2);
    CHECK_FALSE(window->windowTitle().contains(QStringLiteral("overdue")));

    // Every act is in the history.
    QStringList kinds;
    for (const auto &e : EventLog(f.t.db()).timeline(f.caseId).value())
        kinds << e.kind;
    CHECK(kinds.contains(QStringLiteral("promise.late")));
    CHECK(kinds.contains(QStringLiteral("promise.rescheduled")));

    // A refused act keeps the form open with what was typed: B needs a reason.
    tree->setFocus();
    ui.key(Qt::Key_B);
    ui.key(Qt::Key_Return);
    CHECK(act->isVisible());
    CHECK(ui.find<QLabel>("queueMessage")->text().contains(QStringLiteral("required")));
    ui.key(Qt::Key_Escape);
    CHECK_FALSE(act->isVisible());
}

TEST_CASE("The owner filter shows a colleague's queue", "[ui][queue]")
{
    QueueFixture f;
    WorkQueueView view(f.t.db(), QStringLiteral("anna"));
    view.show();
    auto *filter = view.findChild<QComboBox *>(QStringLiteral("ownerFilter"));
    REQUIRE(filter);
    const int bram = filter->findData(QStringLiteral("bram"));
    REQUIRE(bram >= 0);
    filter->setCurrentIndex(bram);
    emit filter->activated(bram);
    CHECK(view.overdueCount() == 1);
    const int everyone = filter->findData(QString());
    filter->setCurrentIndex(everyone);
    emit filter->activated(everyone);
    CHECK(view.overdueCount() == 3);
}

TEST_CASE("Closing a case asks the outcome and first sends you to its open promises", "[ui][queue][close]")
{
    QueueFixture f;
    auto window = openWindow(f.t.db());
    UiDriver ui(window.get());
    window->openCase(f.caseId);
    CHECK(ui.find<QTabWidget>("mainTabs")->currentWidget() == window->caseView());
    CHECK(ui.find<QListWidget>("caseTimeline")->count() >= 5);

    ui.key(Qt::Key_L, Qt::AltModifier); // Close case…
    auto *message = ui.find<QLabel>("caseMessage");
    CHECK(message->text().contains(QStringLiteral("4 open promises or callbacks")));
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("caseOpenItems"));
    // One key per promise settles them: K and Enter, four times (one is a colleague's).
    for (int i = 0; i < 4; ++i) {
        ui.key(Qt::Key_K);
        ui.key(Qt::Key_Return);
    }
    CHECK(PromiseStore(f.t.db()).get(f.later)->status == PromiseStatus::Kept);
    ui.key(Qt::Key_L, Qt::AltModifier);
    CHECK(ui.find<QWidget>("closePanel")->isVisible());
    ui.key(Qt::Key_1); // relationship stronger
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("closeWords"));
    ui.type(QStringLiteral("Fijn dat jullie het zo hebben opgelost"));
    ui.key(Qt::Key_Return);
    const Case closed = CaseStore(f.t.db()).get(f.caseId).value();
    CHECK(closed.status == CaseStatus::Closed);
    CHECK(closed.outcome == Outcome::Stronger);
    CHECK(closed.outcomeWords == QStringLiteral("Fijn dat jullie het zo hebben opgelost"));
}

TEST_CASE("Calling back from the queue runs the follow-up flow and settles the callback", "[ui][queue][follow-up]")
{
    QueueFixture f;
    auto window = openWindow(f.t.db());
    UiDriver ui(window.get());
    auto *tree = ui.find<QTreeView>("queueTree");
    tree->setFocus();
    ui.key(Qt::Key_C); // call now about "send the refund"
    REQUIRE(window->callScreen()->hasCall());
    CHECK(ui.find<QLabel>("promptTitle")->text() == QStringLiteral("What we promised"));
    CHECK(ui.find<QLabel>("recallText")->text().contains(QStringLiteral("send the refund")));
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.type(QStringLiteral("Refund is on its way; customer relieved."));
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    CHECK(ui.find<QLabel>("promptTitle")->text() == QStringLiteral("What next"));
    ui.key(Qt::Key_1); // resolved now
    ui.key(Qt::Key_Return, Qt::ControlModifier);
    ui.key(Qt::Key_E, Qt::ControlModifier);
    CHECK_FALSE(window->callScreen()->hasCall());
    const PromisedAction settled = PromiseStore(f.t.db()).get(f.overdueA).value();
    CHECK(settled.status == PromiseStatus::Late);
    CHECK(settled.reason == QStringLiteral("Refund is on its way; customer relieved."));
}

TEST_CASE("Reminders fall back to the status bar without a system tray", "[ui][queue][reminders]")
{
    QueueFixture f;
    auto window = openWindow(f.t.db());
    ReminderService *reminders = window->reminders();
    CHECK_FALSE(reminders->hasTray()); // offscreen has none
    CHECK(reminders->overdue() == 2);
    // On start it said what fell due while the program was closed.
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("fell due while Recovery Desk was closed")));
    // Later, another promise falls due while the program runs.
    f.t.clock().set(QDateTime::fromString(QStringLiteral("2026-12-03T10:01:00Z"), Qt::ISODate));
    reminders->check();
    CHECK(window->statusBar()->currentMessage() == QStringLiteral("Due now: Ria Jansen — check the invoice"));
}

TEST_CASE("Ctrl+Z takes back a queue act as a new event, and Ctrl+Shift+Z does it again", "[ui][queue][undo]")
{
    QueueFixture f;
    auto window = openWindow(f.t.db());
    UiDriver ui(window.get());
    auto *tree = ui.find<QTreeView>("queueTree");
    tree->setFocus();
    REQUIRE(current(tree) == f.overdueA);
    ui.key(Qt::Key_K);
    ui.type(QStringLiteral("refund sent"));
    ui.key(Qt::Key_Return);
    REQUIRE(PromiseStore(f.t.db()).get(f.overdueA)->status == PromiseStatus::Late);
    REQUIRE(window->workQueue()->overdueCount() == 1);

    // Marked by mistake: Ctrl+Z (the list has the keyboard, not a text field).
    tree->setFocus();
    ui.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(PromiseStore(f.t.db()).get(f.overdueA)->status == PromiseStatus::Open);
    CHECK(UiDriver::waitFor([&] { return window->workQueue()->overdueCount() == 2; }));
    const auto timeline = EventLog(f.t.db()).timeline(f.caseId).value();
    CHECK(timeline.last().kind == QStringLiteral("promise.reopened")); // recorded, not rewritten
    CHECK(std::any_of(timeline.begin(), timeline.end(), [](const CaseEvent &e) { return e.kind == QStringLiteral("promise.late"); }));

    ui.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(PromiseStore(f.t.db()).get(f.overdueA)->status == PromiseStatus::Late);
    CHECK(UiDriver::waitFor([&] { return window->workQueue()->overdueCount() == 1; }));

    // A hand-over is taken back by handing back.
    tree->setFocus();
    REQUIRE(current(tree) == f.overdueB);
    ui.key(Qt::Key_H);
    ui.type(QStringLiteral("bram"));
    ui.key(Qt::Key_Return);
    CHECK(PromiseStore(f.t.db()).get(f.overdueB)->owner == QStringLiteral("bram"));
    tree->setFocus();
    ui.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(PromiseStore(f.t.db()).get(f.overdueB)->owner == QStringLiteral("anna"));
}

TEST_CASE("On a team database the queue shows within 3 s what a colleague did", "[.server][ui][queue]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    const qint64 due = t.clock().nowMs() + 3600000; // today
    auto promise = PromiseStore(t.db()).add(caseId, QStringLiteral("send the refund"), QStringLiteral("anna"), due,
                                            PromiseKind::Process);
    REQUIRE(promise.ok());
    auto window = openWindow(t.db());
    WorkQueueView *queue = window->workQueue();
    REQUIRE(queue->todayCount() == 1);
    CHECK_FALSE(window->findChild<QAction *>(QStringLiteral("actionRestore"))->isEnabled()); // the server keeps backups

    // Bram keeps it on his PC; Anna's queue, untouched, loses it by itself.
    Database::Options options;
    options.workstation = QStringLiteral("pc-bram");
    auto colleague = Database::open(t.path(), options);
    REQUIRE(colleague.ok());
    colleague.value()->setActor(QStringLiteral("bram"));
    REQUIRE(PromiseStore(*colleague.value()).complete(promise->id, QStringLiteral("refund sent")).ok());
    QElapsedTimer since;
    since.start();
    // The poll's 3 s, and a stated margin of 1 s for the query and the event loop (sanitizer build).
    constexpr int kMarginMs = 1000;
    CHECK(UiDriver::waitFor([queue] { return queue->todayCount() == 0; }, WorkQueueView::kColleaguePollMs + kMarginMs));
    CHECK(since.elapsed() <= WorkQueueView::kColleaguePollMs + kMarginMs);
}
