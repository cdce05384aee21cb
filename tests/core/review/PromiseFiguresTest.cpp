#include "agreements/CallbackStore.h"
#include "review/PromiseFigures.h"
#include "agreements/PromiseStore.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

using namespace rd;
using rd::test::TempDatabase;

namespace {
void at(TempDatabase &t, const char *iso) { t.clock().set(QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate)); }
} // namespace

TEST_CASE("Promise figures count a constructed history", "[figures]")
{
    TempDatabase t;
    const QString caseId = rd::test::newCase(t.db());
    PromiseStore p(t.db());
    CallbackStore cb(t.db());
    const qint64 due = TempDatabase::ms("2026-11-27T10:00:00Z");

    at(t, "2026-11-26T09:00:00Z");
    auto onTime = p.add(caseId, QStringLiteral("a"), QStringLiteral("anna"), due, PromiseKind::Final);
    auto late = p.add(caseId, QStringLiteral("b"), QStringLiteral("anna"), due, PromiseKind::Final);
    auto moved = p.add(caseId, QStringLiteral("c"), QStringLiteral("anna"), due, PromiseKind::Final);
    auto broken = p.add(caseId, QStringLiteral("d"), QStringLiteral("anna"), due, PromiseKind::Final);
    auto overdue = p.add(caseId, QStringLiteral("e"), QStringLiteral("anna"), due, PromiseKind::Final);
    auto track = p.add(caseId, QStringLiteral("f"), QStringLiteral("anna"), due + 7 * 86400000LL, PromiseKind::Final);
    auto bram = p.add(caseId, QStringLiteral("g"), QStringLiteral("bram"), due, PromiseKind::Final);
    auto inWindow = cb.add(caseId, QStringLiteral("anna"), QStringLiteral("0612345678"), QStringLiteral("q1"),
                           TempDatabase::ms("2026-11-26T13:00:00Z"), TempDatabase::ms("2026-11-26T15:00:00Z"));
    auto outWindow = cb.add(caseId, QStringLiteral("anna"), QStringLiteral("0612345678"), QStringLiteral("q2"),
                            TempDatabase::ms("2026-11-26T13:00:00Z"), TempDatabase::ms("2026-11-26T15:00:00Z"));
    REQUIRE(cb.add(caseId, QStringLiteral("anna"), QStringLiteral("0612345678"), QStringLiteral("q3"),
                   TempDatabase::ms("2026-11-26T13:00:00Z"), TempDatabase::ms("2026-11-26T15:00:00Z"))
                .ok());
    REQUIRE(p.reschedule(moved->id, due + 3600000, QStringLiteral("waiting for the carrier")).ok());
    REQUIRE(p.breakPromise(broken->id, QStringLiteral("supplier bankrupt")).ok());

    at(t, "2026-11-26T14:00:00Z");
    REQUIRE(p.complete(onTime->id, QString()).ok());
    REQUIRE(p.complete(moved->id, QString()).ok());
    REQUIRE(cb.complete(inWindow->id, QString()).ok());
    at(t, "2026-11-26T16:00:00Z");
    REQUIRE(cb.complete(outWindow->id, QString()).ok());
    at(t, "2026-11-27T11:00:00Z");
    REQUIRE(p.complete(late->id, QString()).ok());

    const qint64 now = TempDatabase::ms("2026-11-28T09:00:00Z");
    const qint64 from = TempDatabase::ms("2026-11-01T00:00:00Z");
    const qint64 until = TempDatabase::ms("2026-12-01T00:00:00Z");
    auto anna = PromiseFigures(t.db()).compute(QStringLiteral("anna"), from, until, now);
    REQUIRE(anna.ok());
    CHECK(anna->made == 6);
    CHECK(anna->keptOnTime == 1);
    CHECK(anna->keptLate == 2); // kept after due, and kept after a reschedule
    CHECK(anna->broken == 1);
    CHECK(anna->openOverdue == 1);
    CHECK(anna->openOnTrack == 1);
    CHECK(anna->callbacksNoted == 3);
    CHECK(anna->callbacksDone == 2);
    CHECK(anna->callbacksInWindow == 1);

    auto everyone = PromiseFigures(t.db()).compute(QString(), from, until, now);
    CHECK(everyone->made == 7);
    CHECK(everyone->openOverdue == 2);
    Q_UNUSED(overdue);
    Q_UNUSED(track);
    Q_UNUSED(bram);

    auto before = PromiseFigures(t.db()).compute(QStringLiteral("anna"), from, TempDatabase::ms("2026-11-26T00:00:00Z"), now);
    CHECK(before->made == 0);
    CHECK(before->callbacksNoted == 0);
}

TEST_CASE("Promises and callbacks count in the period their case was opened in", "[figures]")
{
    TempDatabase t;
    // Opened on the last evening of October (local time is UTC in the tests' periods below).
    at(t, "2026-10-31T20:00:00Z");
    const QString october = rd::test::newCase(t.db());
    // The follow-up, two days later, in November: a promise and a callback for that case.
    at(t, "2026-11-02T10:00:00Z");
    REQUIRE(PromiseStore(t.db()).add(october, QStringLiteral("send the part"), QStringLiteral("anna"),
                                     TempDatabase::ms("2026-11-03T10:00:00Z"), PromiseKind::Final).ok());
    REQUIRE(CallbackStore(t.db()).add(october, QStringLiteral("anna"), QStringLiteral("0612345678"), QStringLiteral("q"),
                                      TempDatabase::ms("2026-11-02T13:00:00Z"), TempDatabase::ms("2026-11-02T15:00:00Z")).ok());
    // A case opened in November, with a promise made the same day.
    const QString november = rd::test::newCase(t.db());
    REQUIRE(PromiseStore(t.db()).add(november, QStringLiteral("refund"), QStringLiteral("anna"),
                                     TempDatabase::ms("2026-11-03T10:00:00Z"), PromiseKind::Final).ok());

    const qint64 now = TempDatabase::ms("2026-11-28T09:00:00Z");
    PromiseFigures figures(t.db());
    auto inOctober = figures.compute(QString(), TempDatabase::ms("2026-10-01T00:00:00Z"), TempDatabase::ms("2026-11-01T00:00:00Z"), now);
    auto inNovember = figures.compute(QString(), TempDatabase::ms("2026-11-01T00:00:00Z"), TempDatabase::ms("2026-12-01T00:00:00Z"), now);
    REQUIRE(inOctober.ok());
    REQUIRE(inNovember.ok());
    CHECK(inOctober->made == 1);
    CHECK(inOctober->callbacksNoted == 1);
    CHECK(inNovember->made == 1);
    CHECK(inNovember->callbacksNoted == 0);
}
