#include "lists/CasePager.h"
#include "cases/CaseStore.h"
#include "review/DemoData.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QMap>
#include <QSet>

using namespace rd;
using rd::test::TempDatabase;

namespace {

// The whole list in the query's order, with a plain ORDER BY written here, independent of the
// pager (which must agree with it): the sort column, then the id, both in the query's direction.
QStringList everything(Database &db, const CaseListQuery &query)
{
    using S = CaseListQuery::Sort;
    CaseListQuery unfiltered; // the filters have tests of their own
    unfiltered.sort = query.sort;
    unfiltered.descending = query.descending;
    REQUIRE(query == unfiltered);
    const QMap<S, QString> column = {{S::Customer, db.dialect().foldCase(QStringLiteral("customer_name"))},
                                     {S::Kind, QStringLiteral("kind")},
                                     {S::State, QStringLiteral("status")},
                                     {S::Cause, QStringLiteral("coalesce(cause, '')")},
                                     {S::Owner, QStringLiteral("owner")},
                                     {S::Opened, QStringLiteral("opened_at")},
                                     {S::LastActivity, QStringLiteral("updated_at")},
                                     {S::OpenPromises, QStringLiteral("open_promises")}};
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    auto ids = db.selectAll(QStringLiteral("SELECT id FROM case_record ORDER BY %1%2, id%2").arg(column.value(query.sort), direction), {},
                            [](const QSqlQuery &q) { return q.value(0).toString(); });
    REQUIRE(ids.ok());
    return ids.value();
}

QStringList walk(Database &db, const CaseListQuery &query, int pageSize)
{
    CasePager pager(db);
    QStringList ids;
    std::optional<CaseListKey> after;
    for (;;) {
        auto page = pager.pageAfter(query, after, pageSize);
        REQUIRE(page.ok());
        for (const auto &r : page.value())
            ids << r.id;
        if (page->size() < pageSize)
            return ids;
        after = CasePager::keyOf(query, page->last());
    }
}

struct PagerFixture
{
    TempDatabase t;
    PagerFixture() { REQUIRE(DemoData(t.db(), 3, DemoData::Language::English).generate(2600).ok()); }
};

} // namespace

TEST_CASE("Paging by key visits every case once - in every sort order", "[pager]")
{
    PagerFixture f;
    using S = CaseListQuery::Sort;
    for (S sort : {S::Customer, S::Kind, S::State, S::Cause, S::Owner, S::Opened, S::LastActivity, S::OpenPromises}) {
        for (bool descending : {false, true}) {
            CaseListQuery q;
            q.sort = sort;
            q.descending = descending;
            CAPTURE(int(sort), descending);
            const QStringList expected = everything(f.t.db(), q);
            REQUIRE(expected.size() == 2600);
            const QStringList paged = walk(f.t.db(), q, 97);
            CHECK(paged == expected);
            CHECK(QSet<QString>(paged.begin(), paged.end()).size() == 2600);
        }
    }
}

TEST_CASE("Pivots jump deep into the list and land on the right row", "[pager]")
{
    PagerFixture f;
    CaseListQuery q;
    q.sort = CaseListQuery::Sort::Customer;
    const QStringList expected = everything(f.t.db(), q);
    CasePager pager(f.t.db());
    auto pivots = pager.pivots(q);
    REQUIRE(pivots.ok());
    REQUIRE(pivots->size() == 3); // rows 0, 1000, 2000
    for (int row : {0, 5, 999, 1000, 1500, 2340, 2599}) {
        CAPTURE(row);
        const int p = row / CasePager::kPivotEvery;
        auto page = pager.pageFrom(q, pivots->at(p), row - p * CasePager::kPivotEvery, 50);
        REQUIRE(page.ok());
        REQUIRE_FALSE(page->isEmpty());
        CHECK(page->first().id == expected.at(row));
        CHECK(page->size() == qMin(50, int(expected.size()) - row));
    }
}

TEST_CASE("Filters narrow the list and the count agrees", "[pager]")
{
    PagerFixture f;
    CasePager pager(f.t.db());
    CaseListQuery q;
    q.status = CaseStatus::Closed;
    q.kind = CaseKind::Complaint;
    const qint64 n = pager.count(q).value();
    CHECK(n > 100);
    CHECK(n == f.t.db().scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE status = 'closed' AND kind = 'complaint'"))->toLongLong());
    const QStringList ids = walk(f.t.db(), q, 100);
    CHECK(ids.size() == n);

    CaseListQuery owner;
    owner.owner = QStringLiteral("anna");
    owner.cause = Cause::Process;
    CHECK(walk(f.t.db(), owner, 50).size() == pager.count(owner).value());

    CaseListQuery period;
    period.openedFrom = f.t.clock().nowMs() - qint64(30) * 86400000;
    period.openedUntil = f.t.clock().nowMs();
    CHECK(pager.count(period).value() > 0);
    CHECK(pager.count(period).value() < 2600);

    CaseListQuery overdue;
    overdue.overdueOnly = true;
    overdue.now = f.t.clock().nowMs();
    const qint64 late = pager.count(overdue).value();
    CHECK(late == f.t.db().scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE next_due_at < ?"), {overdue.now})->toLongLong());
}

TEST_CASE("New cases arriving while scrolling cause no repeats and no gaps", "[pager]")
{
    PagerFixture f;
    CaseListQuery q; // newest first
    const QStringList before = everything(f.t.db(), q);
    CasePager pager(f.t.db());
    auto first = pager.pageAfter(q, std::nullopt, 500);
    QStringList seen;
    for (const auto &r : first.value())
        seen << r.id;
    // Two new calls come in while the employee scrolls.
    f.t.clock().advanceSecs(60);
    rd::test::newCase(f.t.db());
    rd::test::newCase(f.t.db());
    std::optional<CaseListKey> after = CasePager::keyOf(q, first->last());
    for (;;) {
        auto page = pager.pageAfter(q, after, 500);
        for (const auto &r : page.value())
            seen << r.id;
        if (page->size() < 500)
            break;
        after = CasePager::keyOf(q, page->last());
    }
    CHECK(seen == before); // the new ones sort above the cursor; nothing shifts
}
