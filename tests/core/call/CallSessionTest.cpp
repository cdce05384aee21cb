#include "call/CallGuide.h"
#include "call/CallSession.h"
#include "agreements/CallbackStore.h"
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
using State = CallSession::StepState;

namespace {

QStringList stepEvents(Database &db, const QString &caseId)
{
    QStringList out;
    for (const CaseEvent &e : EventLog(db).timeline(caseId).value())
        if (e.kind.startsWith(QLatin1String("step.")) || e.kind.startsWith(QLatin1String("call.")))
            out << e.kind + QLatin1Char(' ') + e.data.value(QStringLiteral("step")).toString();
    return out;
}
} // namespace

TEST_CASE("The complaint guide has the eleven steps of the method in order", "[call][guide]")
{
    const auto steps = CallGuide::steps(CaseKind::Complaint);
    QStringList ids;
    for (const auto &s : steps)
        ids << s.id;
    CHECK(ids == QStringList{QStringLiteral("identify"), QStringLiteral("listen"), QStringLiteral("expectations"),
                             QStringLiteral("acknowledge"), QStringLiteral("summarize"), QStringLiteral("explain"),
                             QStringLiteral("own"), QStringLiteral("assess"), QStringLiteral("decide"),
                             QStringLiteral("agree"), QStringLiteral("close")});
    for (const auto &s : steps) {
        CAPTURE(s.id);
        CHECK_FALSE(s.title.isEmpty());
        CHECK_FALSE(s.prompt.isEmpty());
        CHECK_FALSE(s.example.isEmpty());
    }
    CHECK_FALSE(steps.first().skippable);
    CHECK_FALSE(steps.last().skippable);
    CHECK(steps.at(CallGuide::indexOf(steps, QStringLiteral("assess"))).fields == QList<CaseField>{CaseField::Cause});
}

TEST_CASE("A compliment takes the short path: listen - thank - pass on", "[call][guide]")
{
    QStringList ids;
    for (const auto &s : CallGuide::steps(CaseKind::Compliment))
        ids << s.id;
    CHECK(ids == QStringList{QStringLiteral("identify"), QStringLiteral("listen"), QStringLiteral("thank"),
                             QStringLiteral("pass_on"), QStringLiteral("close")});
}

TEST_CASE("A call moves forward - back - skips and jumps - each recorded", "[call][session]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    auto session = CallSession::start(t.db(), caseId);
    REQUIRE(session.ok());
    CallSession &s = session.value();
    CHECK(s.current().id == QStringLiteral("listen"));
    CHECK(s.state(QStringLiteral("identify")) == State::Done);

    REQUIRE(s.completeStep().ok()); // listen
    CHECK(s.current().id == QStringLiteral("expectations"));
    REQUIRE(s.skipStep(QStringLiteral("customer in a hurry")).ok());
    CHECK(s.state(QStringLiteral("expectations")) == State::Skipped);
    CHECK(s.current().id == QStringLiteral("acknowledge"));
    REQUIRE(s.back().ok());
    CHECK(s.current().id == QStringLiteral("expectations"));
    REQUIRE(s.completeStep().ok()); // done after all: done wins
    CHECK(s.state(QStringLiteral("expectations")) == State::Done);
    REQUIRE(s.jumpTo(CallGuide::indexOf(s.steps(), QStringLiteral("agree"))).ok());
    CHECK(s.current().id == QStringLiteral("agree"));
    CHECK(s.openSteps().size() == 8); // acknowledge … close, less the three done

    CHECK(stepEvents(t.db(), caseId) ==
          QStringList{QStringLiteral("call.started "), QStringLiteral("step.done identify"),
                      QStringLiteral("step.done listen"), QStringLiteral("step.skipped expectations"),
                      QStringLiteral("step.done expectations")});
    auto skipped = EventLog(t.db()).timeline(caseId).value().at(4);
    CHECK(skipped.data.value(QStringLiteral("reason")).toString() == QStringLiteral("customer in a hurry"));

    CHECK_FALSE(s.jumpTo(99).ok());
    CHECK_FALSE(s.jumpTo(-1).ok());
    REQUIRE(s.jumpTo(CallGuide::indexOf(s.steps(), QStringLiteral("close"))).ok());
    auto refused = s.skipStep();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("cannot be skipped")));
}

TEST_CASE("An interrupted call resumes where it stood with its step states", "[call][session][resume]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    {
        auto s = CallSession::start(t.db(), caseId);
        REQUIRE(s->completeStep().ok());
        REQUIRE(s->skipStep().ok());
        REQUIRE(s->completeStep().ok()); // acknowledge
    }
    t.reopen(); // as after a crash

    auto open = CaseStore(t.db()).listOpenCalls(QStringLiteral("anna"));
    REQUIRE(open->size() == 1);
    CHECK(open->at(0).id == caseId);
    CHECK(CaseStore(t.db()).listOpenCalls(QStringLiteral("bram"))->isEmpty());

    auto resumed = CallSession::resume(t.db(), caseId);
    REQUIRE(resumed.ok());
    CHECK(resumed->current().id == QStringLiteral("summarize"));
    CHECK(resumed->state(QStringLiteral("listen")) == State::Done);
    CHECK(resumed->state(QStringLiteral("expectations")) == State::Skipped);
    CHECK(resumed->state(QStringLiteral("acknowledge")) == State::Done);
    CHECK(resumed->state(QStringLiteral("summarize")) == State::Open);
    CHECK(EventLog(t.db()).timeline(caseId)->last().kind == QStringLiteral("call.resumed"));
}

TEST_CASE("An unresolved call cannot end without an agreed next contact", "[call][session][rules]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    auto s = CallSession::start(t.db(), caseId);
    REQUIRE(s.ok());

    auto refused = s->end();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Refused);
    CHECK(refused.message().contains(QStringLiteral("when they will hear from us")));
    CHECK_FALSE(s->isEnded());

    // an ordinary promise is not yet a next contact
    PromiseStore promises(t.db());
    REQUIRE(promises.add(caseId, QStringLiteral("ask the carrier"), QStringLiteral("anna"),
                         TempDatabase::ms("2026-11-27T10:00:00Z"), PromiseKind::Process)
                .ok());
    CHECK_FALSE(s->checkCanEnd().ok());

    SECTION("a next-contact promise")
    {
        REQUIRE(promises.add(caseId, QStringLiteral("call the customer"), QStringLiteral("anna"),
                             TempDatabase::ms("2026-11-28T14:00:00Z"), PromiseKind::Process, true)
                    .ok());
    }
    SECTION("a callback note for a colleague")
    {
        REQUIRE(CallbackStore(t.db())
                    .add(caseId, QStringLiteral("bram"), QStringLiteral("0612345678"), QStringLiteral("invoice"),
                         TempDatabase::ms("2026-11-27T13:00:00Z"), TempDatabase::ms("2026-11-27T15:00:00Z"))
                    .ok());
    }
    REQUIRE(s->end().ok());
    CHECK(s->isEnded());
    auto c = CaseStore(t.db()).get(caseId).value();
    CHECK(c.status == CaseStatus::Waiting);
    CHECK(c.callStep.isEmpty());
    CHECK(CaseStore(t.db()).listOpenCalls(QStringLiteral("anna"))->isEmpty());
    // steps never reached are recorded as skipped, the close step as done
    const QStringList events = stepEvents(t.db(), caseId);
    CHECK(events.contains(QStringLiteral("step.skipped summarize")));
    CHECK(events.contains(QStringLiteral("step.done close")));
    CHECK(events.last() == QStringLiteral("call.ended "));
    CHECK_FALSE(s->completeStep().ok());
}

TEST_CASE("A resolved case or a compliment ends without a next contact", "[call][session][rules]")
{
    TempDatabase t;
    SECTION("resolved complaint")
    {
        const QString caseId = newCase(t.db());
        auto s = CallSession::start(t.db(), caseId);
        REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Resolution, Vocabulary::key(Resolution::Resolved)).ok());
        REQUIRE(s->end().ok());
        CHECK(CaseStore(t.db()).get(caseId)->status == CaseStatus::Open);
    }
    SECTION("compliment")
    {
        const QString caseId = newCase(t.db(), CaseKind::Compliment);
        auto s = CallSession::start(t.db(), caseId);
        CHECK(s->steps().size() == 5);
        REQUIRE(s->end().ok());
    }
}

TEST_CASE("Changing the kind mid-call switches the path and keeps the position", "[call][session]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    auto s = CallSession::start(t.db(), caseId);
    REQUIRE(s->current().id == QStringLiteral("listen"));
    REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Kind, Vocabulary::key(CaseKind::Compliment)).ok());
    REQUIRE(s->refreshSteps().ok());
    CHECK(s->steps().size() == 5);
    CHECK(s->current().id == QStringLiteral("listen"));
}

TEST_CASE("A closed case cannot start a call", "[call][session][bad-input]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    REQUIRE(CaseStore(t.db()).close(caseId, Outcome::Same, QString()).ok());
    CHECK(CallSession::start(t.db(), caseId).error().code == Error::Code::Refused);
    CHECK(CallSession::start(t.db(), QStringLiteral("nope")).error().code == Error::Code::NotFound);
    CHECK_FALSE(CallSession::resume(t.db(), caseId).ok());
}

TEST_CASE("A follow-up call reports back and settles the promise it came from", "[call][session][follow-up]")
{
    TempDatabase t;
    const QString caseId = newCase(t.db());
    PromiseStore promises(t.db());
    auto contact = promises.add(caseId, QStringLiteral("call the customer"), QStringLiteral("anna"),
                                TempDatabase::ms("2026-11-26T11:00:00Z"), PromiseKind::Process, true);
    REQUIRE(contact.ok());

    auto s = CallSession::start(t.db(), caseId, CallFlow::FollowUp, contact->id, false);
    REQUIRE(s.ok());
    QStringList ids;
    for (const auto &step : s->steps())
        ids << step.id;
    CHECK(ids == QStringList{QStringLiteral("recall"), QStringLiteral("happened"), QStringLiteral("agree"),
                             QStringLiteral("close")});
    CHECK(s->currentIndex() == 0);
    CHECK(s->state(0) == State::Open);
    REQUIRE(s->completeStep().ok());
    REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Note, QStringLiteral("Carrier confirmed Saturday")).ok());

    // Interrupted and resumed: the call still knows which promise it reports on.
    auto resumedFirst = CallSession::resume(t.db(), caseId);
    REQUIRE(resumedFirst.ok());
    s = std::move(resumedFirst);

    // The promise reported on is settled by the call, so a next contact is needed again.
    auto refused = s->end();
    REQUIRE_FALSE(refused.ok());
    CHECK(promises.get(contact->id)->status == PromiseStatus::Open); // rolled back with the refusal
    REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Resolution, Vocabulary::key(Resolution::Resolved)).ok());
    REQUIRE(s->end().ok());
    auto kept = promises.get(contact->id).value();
    CHECK(kept.status == PromiseStatus::Kept);
    CHECK(kept.reason == QStringLiteral("Carrier confirmed Saturday"));

    // resumed follow-up calls keep their path
    auto again = CallSession::start(t.db(), caseId, CallFlow::FollowUp);
    REQUIRE(again.ok());
    auto resumed = CallSession::resume(t.db(), caseId);
    REQUIRE(resumed.ok());
    CHECK(resumed->flow() == CallFlow::FollowUp);
    CHECK(resumed->steps().size() == 4);
}
