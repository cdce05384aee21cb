#include "agreements/CallbackStore.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "cases/EventLog.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::newCase;
using rd::test::newCustomer;

namespace {
const qint64 kFrom = TempDatabase::ms("2026-11-26T13:00:00Z");
const qint64 kUntil = TempDatabase::ms("2026-11-26T15:00:00Z");
} // namespace

TEST_CASE("A callback note is made - attempted and done", "[callback]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    CallbackStore notes(t.db());
    auto n = notes.add(caseId, QStringLiteral("bram"), QStringLiteral("06 1234 5678"),
                       QStringLiteral("Can the invoice be split in two?"), kFrom, kUntil);
    REQUIRE(n.ok());
    CHECK(n->status == CallbackStatus::Open);

    t.clock().set(QDateTime::fromMSecsSinceEpoch(kFrom + 600000, QTimeZone::utc()));
    REQUIRE(notes.retry(n->id, QStringLiteral("No answer, voicemail left"), kUntil, kUntil + 3600000).ok());
    CHECK(notes.get(n->id)->windowStart == kUntil);
    REQUIRE(notes.handOver(n->id, QStringLiteral("carla")).ok());
    t.clock().set(QDateTime::fromMSecsSinceEpoch(kUntil + 60000, QTimeZone::utc()));
    REQUIRE(notes.complete(n->id, QStringLiteral("Reached; split agreed")).ok());

    t.reopen();
    auto done = CallbackStore(t.db()).get(n->id).value();
    CHECK(done.status == CallbackStatus::Done);
    CHECK(done.forWhom == QStringLiteral("carla"));
    CHECK(done.result == QStringLiteral("Reached; split agreed"));
    QStringList kinds;
    for (const auto &e : EventLog(t.db()).timeline(caseId).value())
        kinds << e.kind;
    CHECK(kinds == QStringList{QStringLiteral("case.opened"), QStringLiteral("callback.noted"),
                               QStringLiteral("callback.attempted"), QStringLiteral("callback.handed_over"),
                               QStringLiteral("callback.done")});
    CHECK(EventLog(t.db()).timeline(caseId)->last().data.value(QStringLiteral("in_window")).toBool());
    CHECK(CallbackStore(t.db()).forCase(caseId)->size() == 1);
}

TEST_CASE("Bad callback input is refused and changes nothing", "[callback][bad-input]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    CallbackStore notes(t.db());
    const qint64 events = EventLog(t.db()).count().value();
    CHECK_FALSE(notes.add(caseId, QString(), QStringLiteral("0612345678"), QStringLiteral("q"), kFrom, kUntil).ok());
    CHECK_FALSE(notes.add(caseId, QStringLiteral("bram"), QString(), QStringLiteral("q"), kFrom, kUntil).ok());
    CHECK_FALSE(notes.add(caseId, QStringLiteral("bram"), QStringLiteral("12"), QStringLiteral("q"), kFrom, kUntil).ok());
    CHECK_FALSE(notes.add(caseId, QStringLiteral("bram"), QStringLiteral("0612345678"), QString(), kFrom, kUntil).ok());
    auto backwards = notes.add(caseId, QStringLiteral("bram"), QStringLiteral("0612345678"), QStringLiteral("q"), kUntil, kFrom);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.message().contains(QStringLiteral("before it starts")));
    CHECK_FALSE(notes.add(caseId, QStringLiteral("bram"), QStringLiteral("0612345678"), QStringLiteral("q"),
                          TempDatabase::ms("2026-11-25T13:00:00Z"), TempDatabase::ms("2026-11-25T14:00:00Z"))
                    .ok());
    CHECK(notes.add(QStringLiteral("nope"), QStringLiteral("bram"), QStringLiteral("0612345678"), QStringLiteral("q"),
                    kFrom, kUntil)
              .error()
              .code == Error::Code::NotFound);
    CHECK(EventLog(t.db()).count().value() == events);

    auto n = notes.add(caseId, QStringLiteral("bram"), QStringLiteral("0612345678"), QStringLiteral("q"), kFrom, kUntil);
    REQUIRE(n.ok());
    CHECK_FALSE(notes.retry(n->id, QString(), kUntil, kUntil + 1000).ok());
    REQUIRE(notes.complete(n->id, QString()).ok());
    CHECK(notes.complete(n->id, QString()).error().code == Error::Code::Refused);
}
