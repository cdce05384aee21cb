#include "agreements/AgreementReadBack.h"
#include "CatchQt.h"
#include "call/SummaryDrafter.h"
#include "TempDatabase.h"

#include <catch2/catch.hpp>

using namespace rd;
using rd::test::TempDatabase;

TEST_CASE("The summary draft joins experience - expectation and cause", "[call][summary]")
{
    Case c;
    CHECK(SummaryDrafter::draft(c).isEmpty());
    c.experience = QStringLiteral("The parcel did not come twice. ");
    c.expectation = QStringLiteral("Delivery on Saturday");
    c.cause = Cause::Process;
    CHECK(SummaryDrafter::draft(c) == QStringLiteral("What happened: The parcel did not come twice.\n"
                                                     "What you had expected: Delivery on Saturday\n"
                                                     "Where it went wrong, as we see it now: process"));
}

TEST_CASE("Agreements are read back as plain sentences", "[call][readback]")
{
    Case c;
    c.decision = QStringLiteral("a new delivery on Saturday");
    PromisedAction mine;
    mine.what = QStringLiteral("ask the carrier for a Saturday slot");
    mine.owner = QStringLiteral("anna");
    mine.dueAt = TempDatabase::ms("2026-11-27T10:00:00Z");
    PromisedAction contact = mine;
    contact.nextContact = true;
    contact.dueAt = TempDatabase::ms("2026-11-27T14:00:00Z");
    PromisedAction theirs = mine;
    theirs.owner = QStringLiteral("bram");
    theirs.what = QStringLiteral("refund the shipping costs");
    PromisedAction kept = mine;
    kept.status = PromiseStatus::Kept;
    CallbackNote note;
    note.forWhom = QStringLiteral("carla");
    note.phone = QStringLiteral("06 1234 5678");
    note.question = QStringLiteral("can the invoice be split?");
    note.windowStart = TempDatabase::ms("2026-11-27T13:00:00Z");
    note.windowEnd = TempDatabase::ms("2026-11-27T15:00:00Z");

    const QStringList s = AgreementReadBack::sentences(c, {mine, contact, theirs, kept}, {note}, QStringLiteral("anna"));
    REQUIRE(s.size() == 5);
    CHECK(s[0] == QStringLiteral("What we decided: a new delivery on Saturday"));
    CHECK(s[1].startsWith(QStringLiteral("I will ask the carrier for a Saturday slot — by ")));
    CHECK(s[1].contains(AgreementReadBack::when(mine.dueAt)));
    CHECK(s[2].startsWith(QStringLiteral("My colleague bram will refund the shipping costs")));
    CHECK(s[3].startsWith(QStringLiteral("I will contact you again on ")));
    CHECK(s[3].endsWith(QStringLiteral("also if there is no news yet.")));
    CHECK(s[4].startsWith(QStringLiteral("My colleague carla will call you back on 06 1234 5678")));
    CHECK(s[4].endsWith(QStringLiteral("about: can the invoice be split?")));
}
