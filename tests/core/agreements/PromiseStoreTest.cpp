#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "cases/EventLog.h"
#include "agreements/PromiseStore.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::newCase;
using rd::test::newCustomer;

namespace {

const qint64 kTomorrow10 = TempDatabase::ms("2026-11-27T10:00:00Z");
} // namespace

TEST_CASE("A promise is made with owner - due time and kind", "[promise]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    PromiseStore promises(t.db());
    auto p = promises.add(caseId, QStringLiteral("Ask the carrier for a Saturday slot"), QStringLiteral("anna"),
                          kTomorrow10, PromiseKind::Process);
    REQUIRE(p.ok());
    t.reopen();
    auto got = PromiseStore(t.db()).get(p->id);
    REQUIRE(got.ok());
    CHECK(got->status == PromiseStatus::Open);
    CHECK(got->dueAt == kTomorrow10);
    CHECK(got->kind == PromiseKind::Process);
    CHECK(EventLog(t.db()).timeline(caseId)->last().kind == QStringLiteral("promise.made"));
}

TEST_CASE("Keeping a promise on time - late - or after a reschedule", "[promise]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    PromiseStore promises(t.db());
    auto onTime = promises.add(caseId, QStringLiteral("a"), QStringLiteral("anna"), kTomorrow10, PromiseKind::Final);
    auto late = promises.add(caseId, QStringLiteral("b"), QStringLiteral("anna"), kTomorrow10, PromiseKind::Final);
    auto moved = promises.add(caseId, QStringLiteral("c"), QStringLiteral("anna"), kTomorrow10, PromiseKind::Final);

    REQUIRE(promises.complete(onTime->id, QStringLiteral("done")).ok());
    CHECK(promises.get(onTime->id)->status == PromiseStatus::Kept);

    REQUIRE(promises.reschedule(moved->id, kTomorrow10 + 3600 * 1000, QStringLiteral("Carrier answers at 11")).ok());
    CHECK(promises.get(moved->id)->wasRescheduled());
    CHECK(promises.get(moved->id)->originalDueAt == kTomorrow10);
    REQUIRE(promises.complete(moved->id, QString()).ok());
    CHECK(promises.get(moved->id)->status == PromiseStatus::Late);

    t.clock().set(QDateTime::fromMSecsSinceEpoch(kTomorrow10 + 1, QTimeZone::utc()));
    REQUIRE(promises.complete(late->id, QStringLiteral("done, a bit late")).ok());
    CHECK(promises.get(late->id)->status == PromiseStatus::Late);

    QStringList kinds;
    for (const auto &e : EventLog(t.db()).timeline(caseId).value())
        kinds << e.kind;
    CHECK(kinds.count(QStringLiteral("promise.kept")) == 1);
    CHECK(kinds.count(QStringLiteral("promise.late")) == 2);
    CHECK(kinds.count(QStringLiteral("promise.rescheduled")) == 1);
}

TEST_CASE("Breaking - cancelling and handing over promises", "[promise]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    PromiseStore promises(t.db());
    auto a = promises.add(caseId, QStringLiteral("a"), QStringLiteral("anna"), kTomorrow10, PromiseKind::Final);
    auto b = promises.add(caseId, QStringLiteral("b"), QStringLiteral("anna"), kTomorrow10, PromiseKind::Final);
    auto c = promises.add(caseId, QStringLiteral("c"), QStringLiteral("anna"), kTomorrow10, PromiseKind::Final);

    REQUIRE(promises.breakPromise(a->id, QStringLiteral("Supplier went bankrupt")).ok());
    CHECK(promises.get(a->id)->status == PromiseStatus::Broken);
    CHECK(promises.get(a->id)->reason == QStringLiteral("Supplier went bankrupt"));
    REQUIRE(promises.cancel(b->id, QStringLiteral("Customer withdrew")).ok());
    CHECK(promises.get(b->id)->status == PromiseStatus::Cancelled);
    REQUIRE(promises.handOver(c->id, QStringLiteral("bram")).ok());
    CHECK(promises.get(c->id)->owner == QStringLiteral("bram"));
    auto last = EventLog(t.db()).timeline(caseId)->last();
    CHECK(last.kind == QStringLiteral("promise.handed_over"));
    CHECK(last.data.value(QStringLiteral("to")).toString() == QStringLiteral("bram"));

    CHECK(promises.forCase(caseId)->size() == 3);
}

TEST_CASE("Bad promise input is refused and changes nothing", "[promise][bad-input]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    PromiseStore promises(t.db());
    auto p = promises.add(caseId, QStringLiteral("Call back"), QStringLiteral("anna"), kTomorrow10, PromiseKind::Process);
    REQUIRE(p.ok());
    const qint64 events = EventLog(t.db()).count().value();
    const qint64 past = TempDatabase::ms("2026-11-26T08:59:59Z");

    auto inPast = promises.add(caseId, QStringLiteral("x"), QStringLiteral("anna"), past, PromiseKind::Final);
    REQUIRE_FALSE(inPast.ok());
    CHECK(inPast.message().contains(QStringLiteral("passed")));
    CHECK_FALSE(promises.add(caseId, QStringLiteral("x"), QStringLiteral("anna"),
                             TempDatabase::ms("2026-11-26T09:00:00Z"), PromiseKind::Final)
                    .ok()); // now is not the future
    CHECK_FALSE(promises.add(caseId, QStringLiteral("x"), QStringLiteral("anna"),
                             TempDatabase::ms("2040-01-01T00:00:00Z"), PromiseKind::Final)
                    .ok());
    CHECK_FALSE(promises.add(caseId, QString(), QStringLiteral("anna"), kTomorrow10, PromiseKind::Final).ok());
    CHECK_FALSE(promises.add(caseId, QStringLiteral("x"), QString(), kTomorrow10, PromiseKind::Final).ok());
    CHECK(promises.add(QStringLiteral("nope"), QStringLiteral("x"), QStringLiteral("anna"), kTomorrow10,
                       PromiseKind::Final)
              .error()
              .code == Error::Code::NotFound);
    CHECK_FALSE(promises.reschedule(p->id, past, QStringLiteral("why")).ok());
    CHECK_FALSE(promises.reschedule(p->id, kTomorrow10 + 1000, QString()).ok());
    CHECK_FALSE(promises.breakPromise(p->id, QStringLiteral("  ")).ok());
    CHECK_FALSE(promises.cancel(p->id, QString()).ok());
    CHECK_FALSE(promises.complete(p->id, QStringLiteral("bad") + QChar(0)).ok());
    CHECK(promises.complete(QStringLiteral("nope"), QString()).error().code == Error::Code::NotFound);

    auto same = promises.get(p->id).value();
    CHECK(same.status == PromiseStatus::Open);
    CHECK(same.dueAt == kTomorrow10);
    CHECK(EventLog(t.db()).count().value() == events);

    REQUIRE(promises.complete(p->id, QString()).ok());
    auto twice = promises.complete(p->id, QString());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == Error::Code::Refused);
    CHECK_FALSE(promises.reschedule(p->id, kTomorrow10 + 1000, QStringLiteral("too late")).ok());
}

TEST_CASE("Reporting back without news keeps the promise and agrees the next contact", "[promise][report-back]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    PromiseStore promises(t.db());
    auto contact = promises.add(caseId, QStringLiteral("call the customer"), QStringLiteral("anna"), kTomorrow10,
                                PromiseKind::Process, true);
    REQUIRE(contact.ok());
    t.clock().set(QDateTime::fromMSecsSinceEpoch(kTomorrow10 - 60000, QTimeZone::utc()));
    const qint64 nextWeek = TempDatabase::ms("2026-12-02T10:00:00Z");
    auto next = promises.reportBack(contact->id, QStringLiteral("Called: carrier has not answered yet"), nextWeek);
    REQUIRE(next.ok());
    CHECK(promises.get(contact->id)->status == PromiseStatus::Kept);
    CHECK(promises.get(contact->id)->reason == QStringLiteral("Called: carrier has not answered yet"));
    CHECK(next->nextContact);
    CHECK(next->dueAt == nextWeek);
    CHECK(next->what == QStringLiteral("call the customer"));
    QStringList kinds;
    for (const auto &e : EventLog(t.db()).timeline(caseId).value())
        kinds << e.kind;
    CHECK(kinds.mid(kinds.size() - 2) == QStringList{QStringLiteral("promise.kept"), QStringLiteral("promise.made")});

    // refused as a whole: nothing changes
    const qint64 events = EventLog(t.db()).count().value();
    CHECK_FALSE(promises.reportBack(next->id, QString(), nextWeek + 1000).ok());
    CHECK_FALSE(promises.reportBack(next->id, QStringLiteral("x"), TempDatabase::ms("2026-11-01T10:00:00Z")).ok());
    CHECK(promises.get(next->id)->status == PromiseStatus::Open);
    CHECK(EventLog(t.db()).count().value() == events);
}
