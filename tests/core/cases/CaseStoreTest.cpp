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

QStringList kinds(const QList<CaseEvent> &events)
{
    QStringList out;
    for (const auto &e : events)
        out << e.kind;
    return out;
}
} // namespace

TEST_CASE("A case is opened and filled field by field - each change an event", "[case]")
{
    TempDatabase t;
    CaseStore cases(t.db());
    auto c = cases.create(newCustomer(t.db()), Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    REQUIRE(c.ok());
    CHECK(c->status == CaseStatus::Open);

    REQUIRE(cases.setField(c->id, CaseField::Experience, QStringLiteral("Het pakket kwam twee keer niet.")).ok());
    REQUIRE(cases.setField(c->id, CaseField::Expectation, QStringLiteral("Levering op zaterdag")).ok());
    REQUIRE(cases.setField(c->id, CaseField::EmotionStart, 4).ok());
    REQUIRE(cases.setField(c->id, CaseField::Cause, Vocabulary::key(Cause::Process)).ok());
    REQUIRE(cases.setField(c->id, CaseField::Channel, Vocabulary::key(Channel::Chat)).ok());
    REQUIRE(cases.setField(c->id, CaseField::Summary, QStringLiteral("Two failed deliveries")).ok());
    REQUIRE(cases.setField(c->id, CaseField::Summary, QStringLiteral("Two failed deliveries")).ok()); // no-op
    REQUIRE(cases.confirmSummary(c->id).ok());

    t.reopen();
    auto again = CaseStore(t.db()).get(c->id);
    REQUIRE(again.ok());
    CHECK(again->experience == QStringLiteral("Het pakket kwam twee keer niet."));
    CHECK(again->expectation == QStringLiteral("Levering op zaterdag"));
    CHECK(again->emotionStart == 4);
    CHECK(again->cause == Cause::Process);
    CHECK(again->channel == Channel::Chat);
    CHECK(again->summaryConfirmed);

    auto timeline = EventLog(t.db()).timeline(c->id);
    REQUIRE(timeline.ok());
    CHECK(kinds(timeline.value()) == QStringList{QStringLiteral("case.opened"), QStringLiteral("field.set"),
                                                 QStringLiteral("field.set"), QStringLiteral("field.set"),
                                                 QStringLiteral("field.set"), QStringLiteral("field.set"),
                                                 QStringLiteral("field.set"), QStringLiteral("summary.confirmed")});
    CHECK(timeline->at(1).data.value(QStringLiteral("field")).toString() == QStringLiteral("experience"));
    CHECK(timeline->at(3).data.value(QStringLiteral("value")).toInt() == 4);
}

TEST_CASE("A summary correction is kept in the history", "[case]")
{
    TempDatabase t;
    CaseStore cases(t.db());
    auto c = cases.create(newCustomer(t.db()), Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    REQUIRE(cases.setField(c->id, CaseField::Summary, QStringLiteral("One late delivery")).ok());
    REQUIRE(cases.correctSummary(c->id, QStringLiteral("It was three times, not once"),
                                 QStringLiteral("Three late deliveries"))
                .ok());
    auto got = cases.get(c->id).value();
    CHECK(got.summary == QStringLiteral("Three late deliveries"));
    CHECK_FALSE(got.summaryConfirmed);
    auto last = EventLog(t.db()).timeline(c->id)->last();
    CHECK(last.kind == QStringLiteral("summary.corrected"));
    CHECK(last.data.value(QStringLiteral("correction")).toString() == QStringLiteral("It was three times, not once"));
}

TEST_CASE("Bad case input is refused and changes nothing", "[case][bad-input]")
{
    TempDatabase t;
    CaseStore cases(t.db());
    const QString customer = newCustomer(t.db());
    auto c = cases.create(customer, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    REQUIRE(c.ok());
    REQUIRE(cases.setField(c->id, CaseField::Experience, QStringLiteral("original words")).ok());
    const qint64 eventsBefore = EventLog(t.db()).count().value();

    CHECK(cases.create(QStringLiteral("nobody"), Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"))
              .error()
              .code == Error::Code::NotFound);
    CHECK_FALSE(cases.create(customer, Channel::Phone, CaseKind::Complaint, QString()).ok());
    CHECK(cases.setField(QStringLiteral("nope"), CaseField::Experience, QStringLiteral("x")).error().code ==
          Error::Code::NotFound);
    CHECK_FALSE(cases.setField(c->id, CaseField::Experience, QString(65537, QLatin1Char('x'))).ok());
    CHECK_FALSE(cases.setField(c->id, CaseField::Experience, QStringLiteral("nul") + QChar(0)).ok());
    CHECK_FALSE(cases.setField(c->id, CaseField::EmotionStart, 0).ok());
    CHECK_FALSE(cases.setField(c->id, CaseField::EmotionStart, 6).ok());
    CHECK_FALSE(cases.setField(c->id, CaseField::EmotionStart, QStringLiteral("angry")).ok());
    CHECK_FALSE(cases.setField(c->id, CaseField::Cause, QStringLiteral("weather")).ok());
    CHECK_FALSE(cases.setField(c->id, CaseField::Kind, QStringLiteral("rant")).ok());
    CHECK_FALSE(cases.confirmSummary(c->id).ok()); // nothing to confirm yet
    CHECK_FALSE(cases.correctSummary(c->id, QString(), QStringLiteral("x")).ok());
    CHECK_FALSE(cases.setStatus(c->id, CaseStatus::Closed).ok());

    CHECK(cases.get(c->id)->experience == QStringLiteral("original words"));
    CHECK(EventLog(t.db()).count().value() == eventsBefore);
}

TEST_CASE("Closing a case needs every promise settled and records the outcome", "[case][close]")
{
    TempDatabase t;
    CaseStore cases(t.db());
    auto c = cases.create(newCustomer(t.db()), Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    auto p = PromiseStore(t.db()).add(c->id, QStringLiteral("Call the carrier"), QStringLiteral("anna"),
                                      TempDatabase::ms("2026-11-27T10:00:00Z"), PromiseKind::Process);
    REQUIRE(p.ok());

    auto refused = cases.close(c->id, Outcome::Stronger, QString());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Refused);
    CHECK(refused.message().contains(QStringLiteral("open")));
    CHECK(cases.get(c->id)->status == CaseStatus::Open);

    REQUIRE(PromiseStore(t.db()).complete(p->id, QStringLiteral("Carrier delivers Saturday")).ok());
    t.clock().advanceSecs(3600);
    REQUIRE(cases.close(c->id, Outcome::Stronger, QStringLiteral("Fijn dat u terugbelde")).ok());
    auto closed = cases.get(c->id).value();
    CHECK(closed.status == CaseStatus::Closed);
    CHECK(closed.outcome == Outcome::Stronger);
    CHECK(closed.outcomeWords == QStringLiteral("Fijn dat u terugbelde"));
    CHECK(closed.closedAt == TempDatabase::ms("2026-11-26T10:00:00Z"));
    CHECK(EventLog(t.db()).timeline(c->id)->last().kind == QStringLiteral("case.closed"));

    // a closed case is history: no more edits
    CHECK(cases.setField(c->id, CaseField::Decision, QStringLiteral("x")).error().code == Error::Code::Refused);
    CHECK_FALSE(cases.close(c->id, Outcome::Same, QString()).ok());
}

TEST_CASE("Case status moves between open and waiting", "[case]")
{
    TempDatabase t;
    CaseStore cases(t.db());
    auto c = cases.create(newCustomer(t.db()), Channel::Email, CaseKind::Question, QStringLiteral("anna"));
    REQUIRE(cases.setStatus(c->id, CaseStatus::Waiting).ok());
    REQUIRE(cases.setStatus(c->id, CaseStatus::Waiting).ok()); // no second event
    CHECK(cases.get(c->id)->status == CaseStatus::Waiting);
    CHECK(EventLog(t.db()).timeline(c->id)->size() == 2);
}

TEST_CASE("Case lists show newest first with the customer and open promises", "[case][list]")
{
    TempDatabase t;
    CaseStore cases(t.db());
    const QString ria = newCustomer(t.db(), QStringLiteral("Ria"));
    const QString jan = newCustomer(t.db(), QStringLiteral("Jan"));
    auto first = cases.create(ria, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    t.clock().advanceSecs(10);
    auto second = cases.create(jan, Channel::Phone, CaseKind::Compliment, QStringLiteral("anna"));
    t.clock().advanceSecs(10);
    auto third = cases.create(ria, Channel::Desk, CaseKind::Suggestion, QStringLiteral("bram"));
    REQUIRE(PromiseStore(t.db())
                .add(first->id, QStringLiteral("x"), QStringLiteral("anna"), TempDatabase::ms("2026-12-01T10:00:00Z"),
                     PromiseKind::Final)
                .ok());

    auto recent = cases.listRecent(2).value();
    REQUIRE(recent.size() == 2);
    CHECK(recent[0].id == third->id);
    CHECK(recent[1].id == second->id);
    CHECK(recent[1].customerName == QStringLiteral("Jan"));

    auto ofRia = cases.listForCustomer(ria).value();
    REQUIRE(ofRia.size() == 2);
    CHECK(ofRia[1].openPromises == 1);
    CHECK(cases.count().value() == 3);
}
