#include "agreements/CallbackStore.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "agreements/PromiseStore.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "lists/WorkQueue.h"

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

namespace {
WorkItem due(const char *isoUtc)
{
    WorkItem w;
    w.id = QString::fromLatin1(isoUtc);
    w.dueAt = TempDatabase::ms(isoUtc);
    return w;
}
QStringList ids(const QList<WorkItem> &items)
{
    QStringList out;
    for (const auto &w : items)
        out << w.id;
    return out;
}
QDateTime utc(const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate); }
} // namespace

TEST_CASE("Queue groups follow the local calendar day around midnight", "[queue][time]")
{
    const QTimeZone amsterdam("Europe/Amsterdam");
    REQUIRE(amsterdam.isValid());
    // 22:30 in Amsterdam (UTC+1 in November) is 21:30 UTC.
    const auto items = QList<WorkItem>{due("2026-11-26T21:29:00Z"), due("2026-11-26T22:59:00Z"),
                                       due("2026-11-26T23:00:00Z"), due("2026-11-27T08:00:00Z")};
    const QueueGroups g = WorkQueue::group(items, utc("2026-11-26T21:30:00Z"), amsterdam);
    CHECK(ids(g.overdue) == QStringList{QStringLiteral("2026-11-26T21:29:00Z")});
    CHECK(ids(g.today) == QStringList{QStringLiteral("2026-11-26T22:59:00Z")}); // 23:59 local
    CHECK(ids(g.upcoming) == QStringList{QStringLiteral("2026-11-26T23:00:00Z"), QStringLiteral("2026-11-27T08:00:00Z")});

    // The same moments seen from UTC itself: midnight falls an hour later.
    const QueueGroups u = WorkQueue::group(items, utc("2026-11-26T21:30:00Z"), QTimeZone::utc());
    CHECK(u.today.size() == 2);
    CHECK(u.upcoming.size() == 1);
}

TEST_CASE("Queue groups across a daylight-saving change", "[queue][time]")
{
    const QTimeZone amsterdam("Europe/Amsterdam");
    // 29 March 2026: clocks go from 02:00 to 03:00; the local day is 23 hours long.
    // At 00:30 local (23:30 UTC the day before) "today" runs until 22:00 UTC.
    const auto items = QList<WorkItem>{due("2026-03-29T21:59:00Z"), due("2026-03-29T22:00:00Z")};
    const QueueGroups g = WorkQueue::group(items, utc("2026-03-28T23:30:00Z"), amsterdam);
    CHECK(ids(g.today) == QStringList{QStringLiteral("2026-03-29T21:59:00Z")});
    CHECK(ids(g.upcoming) == QStringList{QStringLiteral("2026-03-29T22:00:00Z")});

    // 25 October 2026: back from 03:00 to 02:00; the local day is 25 hours long.
    const auto autumn = QList<WorkItem>{due("2026-10-25T22:59:00Z"), due("2026-10-25T23:00:00Z")};
    const QueueGroups a = WorkQueue::group(autumn, utc("2026-10-24T22:30:00Z"), amsterdam); // 00:30 CEST
    CHECK(ids(a.today) == QStringList{QStringLiteral("2026-10-25T22:59:00Z")});
    CHECK(ids(a.upcoming) == QStringList{QStringLiteral("2026-10-25T23:00:00Z")});
}

TEST_CASE("The owner filter lists everyone with open work or cases", "[queue]")
{
    TempDatabase t;
    const QString caseId = rd::test::newCase(t.db());
    REQUIRE(PromiseStore(t.db())
                .add(caseId, QStringLiteral("x"), QStringLiteral("bram"), TempDatabase::ms("2026-11-27T10:00:00Z"),
                     PromiseKind::Final)
                .ok());
    REQUIRE(CallbackStore(t.db())
                .add(caseId, QStringLiteral("carla"), QStringLiteral("0612345678"), QStringLiteral("q"),
                     TempDatabase::ms("2026-11-27T10:00:00Z"), TempDatabase::ms("2026-11-27T11:00:00Z"))
                .ok());
    CHECK(WorkQueue(t.db()).owners().value() ==
          QStringList{QStringLiteral("anna"), QStringLiteral("bram"), QStringLiteral("carla")});
}
