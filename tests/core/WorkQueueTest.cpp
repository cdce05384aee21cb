#include "CallbackStore.h"
#include "CaseStore.h"
#include "CustomerStore.h"
#include "PromiseStore.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "WorkQueue.h"

#include <catch2/catch.hpp>

using namespace rd;
using rd::test::TempDatabase;

TEST_CASE("The work queue lists open promises and callbacks per owner - soonest first", "[queue]")
{
    TempDatabase t;
    auto c = CaseStore(t.db()).get(rd::test::newCase(t.db()));
    PromiseStore promises(t.db());
    CallbackStore callbacks(t.db());
    auto later = promises.add(c->id, QStringLiteral("later"), QStringLiteral("anna"),
                              TempDatabase::ms("2026-11-28T10:00:00Z"), PromiseKind::Process);
    auto soon = promises.add(c->id, QStringLiteral("soon"), QStringLiteral("anna"),
                             TempDatabase::ms("2026-11-26T12:00:00Z"), PromiseKind::Process);
    auto other = promises.add(c->id, QStringLiteral("bram's"), QStringLiteral("bram"),
                              TempDatabase::ms("2026-11-26T11:00:00Z"), PromiseKind::Final);
    auto cb = callbacks.add(c->id, QStringLiteral("anna"), QStringLiteral("0612345678"), QStringLiteral("invoice?"),
                            TempDatabase::ms("2026-11-27T08:00:00Z"), TempDatabase::ms("2026-11-27T09:00:00Z"));
    auto kept = promises.add(c->id, QStringLiteral("kept"), QStringLiteral("anna"),
                             TempDatabase::ms("2026-11-26T10:00:00Z"), PromiseKind::Final);
    REQUIRE(promises.complete(kept->id, QString()).ok());

    WorkQueue queue(t.db());
    auto mine = queue.openItems(QStringLiteral("anna"));
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 3);
    CHECK(mine->at(0).id == soon->id);
    CHECK(mine->at(1).id == cb->id);
    CHECK(mine->at(1).type == WorkItem::Type::Callback);
    CHECK(mine->at(1).what == QStringLiteral("invoice?"));
    CHECK(mine->at(2).id == later->id);
    CHECK(mine->at(0).customerName == QStringLiteral("Ria Jansen"));

    CHECK(queue.openItems(QString())->size() == 4);
    CHECK(queue.openItems(QStringLiteral("bram"))->at(0).id == other->id);

    // what is due by tomorrow 09:00: the 12:00 promise (overdue by then) and the callback
    auto due = queue.dueBy(QStringLiteral("anna"), TempDatabase::ms("2026-11-27T09:00:00Z"));
    REQUIRE(due->size() == 2);
}
