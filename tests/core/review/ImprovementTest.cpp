#include "exchange/Bundle.h"
#include "call/CallSession.h"
#include "cases/CaseStore.h"
#include "cases/EventLog.h"
#include "review/ImprovementStore.h"
#include "agreements/PromiseStore.h"
#include "review/ReflectionStore.h"
#include "review/ReviewFigures.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "review/TimelineText.h"

#include <catch2/catch.hpp>

using namespace rd;
using rd::test::TempDatabase;

TEST_CASE("Improvement items start from cases and keep the link in their history", "[improvement]")
{
    TempDatabase t;
    const QString a = rd::test::newCase(t.db());
    const QString b = rd::test::newCase(t.db());
    REQUIRE(CaseStore(t.db()).setField(a, CaseField::Cause, Vocabulary::key(Cause::Process)).ok());
    ImprovementStore store(t.db());
    auto item = store.create(QStringLiteral("Send the carrier's time slot from the planning system"), QStringLiteral("carla"), {a});
    REQUIRE(item.ok());
    CHECK(item->cause == Cause::Process); // from the case
    REQUIRE(store.link(item->id, b).ok());
    REQUIRE(store.link(item->id, b).ok()); // twice: still one link, one event
    CHECK(store.casesOf(item->id)->size() == 2);
    const CaseEvent last = EventLog(t.db()).timeline(b)->last();
    CHECK(last.kind == QStringLiteral("improvement.linked"));
    CHECK(TimelineText::describe(last).contains(QStringLiteral("planning system")));
    CHECK(EventLog(t.db()).timeline(b)->size() == 2); // opened + linked once

    REQUIRE(store.setStatus(item->id, ImprovementItem::Status::InProgress).ok());
    auto items = store.list();
    REQUIRE(items->size() == 1);
    CHECK(items->first().status == ImprovementItem::Status::InProgress);
    CHECK(items->first().cases == 2);

    CHECK_FALSE(store.create(QString(), QStringLiteral("carla"), {a}).ok());
    CHECK_FALSE(store.create(QStringLiteral("x"), QStringLiteral("carla"), {}).ok());
    CHECK(store.create(QStringLiteral("x"), QStringLiteral("carla"), {QStringLiteral("nope")}).error().code == Error::Code::NotFound);
    CHECK(store.setStatus(QStringLiteral("nope"), ImprovementItem::Status::Done).error().code == Error::Code::NotFound);
    CHECK(store.list()->size() == 1); // refused ones left nothing behind
}

TEST_CASE("Improvement items travel with the cases in a bundle", "[improvement][bundle]")
{
    TempDatabase source;
    const QString a = rd::test::newCase(source.db());
    auto item = ImprovementStore(source.db()).create(QStringLiteral("Train the night shift"), QStringLiteral("carla"), {a});
    REQUIRE(item.ok());
    const QString file = source.dir() + QStringLiteral("/items.rdbundle");
    REQUIRE(Bundle::write(source.db(), file, {}).ok());
    TempDatabase archive;
    REQUIRE(Bundle::merge(archive.db(), file).ok());
    auto items = ImprovementStore(archive.db()).list();
    REQUIRE(items->size() == 1);
    CHECK(items->first().what == QStringLiteral("Train the night shift"));
    CHECK(items->first().cases == 1);
    REQUIRE(Bundle::merge(archive.db(), file).ok()); // idempotent here too
    CHECK(ImprovementStore(archive.db()).list()->first().cases == 1);
}

TEST_CASE("Good examples are calls that followed the method with a promise kept on time", "[review][examples]")
{
    TempDatabase t;
    auto followCall = [&](bool skipOne) {
        const QString caseId = rd::test::newCase(t.db());
        auto call = CallSession::start(t.db(), caseId);
        REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Summary, QStringLiteral("late parcel")).ok());
        REQUIRE(CaseStore(t.db()).confirmSummary(caseId).ok());
        for (int i = 0; i < 9; ++i) { // listen … agree; End call does "close"
            if (skipOne && i == 2)
                REQUIRE(call->skipStep().ok());
            else
                REQUIRE(call->completeStep().ok());
        }
        auto promise = PromiseStore(t.db()).add(caseId, QStringLiteral("call back"), QStringLiteral("anna"),
                                                TempDatabase::ms("2026-11-27T10:00:00Z"), PromiseKind::Process, true);
        REQUIRE(call->end().ok());
        REQUIRE(PromiseStore(t.db()).complete(promise->id, QStringLiteral("done")).ok());
        return caseId;
    };
    const QString good = followCall(false);
    const QString skipped = followCall(true);
    auto examples = ReviewFigures(t.db()).goodExamples(ReportPeriod::parse(QStringLiteral("all")).value());
    REQUIRE(examples.ok());
    QStringList ids;
    for (const auto &row : examples.value())
        ids << row.id;
    CHECK(ids.contains(good));
    CHECK_FALSE(ids.contains(skipped));
}

TEST_CASE("A monthly reflection is saved as typed - one per employee and month - and travels in bundles", "[reflection]")
{
    TempDatabase t;
    const QString caseId = rd::test::newCase(t.db());
    ReflectionStore store(t.db());
    auto empty = store.get(QStringLiteral("anna"), QStringLiteral("2026-11"));
    REQUIRE(empty.ok());
    CHECK(empty->id.isEmpty());
    Reflection r = empty.value();
    r.bestExperience = QStringLiteral("Mrs Jansen called back to say thank you");
    r.caseIds = {caseId};
    REQUIRE(store.save(r).ok());
    r.changedBehaviour = QStringLiteral("I now read the summary back every time");
    REQUIRE(store.save(r).ok()); // the same row, updated
    auto saved = store.get(QStringLiteral("anna"), QStringLiteral("2026-11"));
    CHECK(saved->changedBehaviour == QStringLiteral("I now read the summary back every time"));
    CHECK(saved->caseIds == QStringList{caseId});
    CHECK(store.forMonth(QStringLiteral("2026-11"))->size() == 1);

    Reflection bad = r;
    bad.month = QStringLiteral("November");
    CHECK_FALSE(store.save(bad).ok());
    bad = r;
    bad.meetingDelivered = QStringLiteral("nul") + QChar(0);
    CHECK_FALSE(store.save(bad).ok());

    const QString file = t.dir() + QStringLiteral("/r.rdbundle");
    REQUIRE(Bundle::write(t.db(), file, {}).ok());
    TempDatabase archive;
    REQUIRE(Bundle::merge(archive.db(), file).ok());
    CHECK(ReflectionStore(archive.db()).get(QStringLiteral("anna"), QStringLiteral("2026-11"))->bestExperience ==
          QStringLiteral("Mrs Jansen called back to say thank you"));
}
