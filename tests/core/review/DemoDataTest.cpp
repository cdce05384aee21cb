#include "cli/BatchCommands.h"
#include "storage/BulkInsert.h"
#include "search/CaseSearch.h"
#include "cases/CaseStore.h"
#include "review/DemoData.h"
#include "review/ReviewFigures.h"
#include "cases/EventLog.h"
#include "storage/Schema.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "storage/Transaction.h"
#include "lists/WorkQueue.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rd;
using rd::test::TempDatabase;

using rd::test::count;

TEST_CASE("Demo data fills every table with varied cases and their history", "[demo][any-backend]")
{
    TempDatabase t;
    auto stats = DemoData(t.db(), 7, DemoData::Language::English).generate(3000);
    REQUIRE(stats.ok());
    CHECK(stats->cases == 3000);
    CHECK(count(t.db(), "SELECT count(*) FROM case_record") == 3000);
    CHECK(count(t.db(), "SELECT count(*) FROM customer") == stats->customers);
    CHECK(stats->customers > 700);
    CHECK(count(t.db(), "SELECT count(DISTINCT kind) FROM case_record") == 4);
    CHECK(count(t.db(), "SELECT count(DISTINCT cause) FROM case_record") >= 4);
    CHECK(count(t.db(), "SELECT count(DISTINCT status) FROM promised_action") == 4); // open, kept, late, broken
    CHECK(count(t.db(), "SELECT count(DISTINCT outcome) FROM case_record") == 4);
    CHECK(count(t.db(), "SELECT count(*) FROM callback_note") == stats->callbacks);
    CHECK(count(t.db(), "SELECT count(*) FROM case_event") == stats->events);
    // The columns the lists sort on agree with the promises.
    CHECK(count(t.db(), "SELECT count(*) FROM case_record c WHERE open_promises <> "
                        "(SELECT count(*) FROM promised_action p WHERE p.case_id = c.id AND p.status = 'open')") == 0);
    CHECK(count(t.db(), "SELECT count(*) FROM case_record c WHERE next_due_at IS DISTINCT FROM (SELECT min(d) FROM "
                        "(SELECT due_at AS d FROM promised_action WHERE case_id = c.id AND status = 'open' UNION ALL "
                        "SELECT window_end FROM callback_note WHERE case_id = c.id AND status = 'open') AS due)") == 0);
    // The search index is complete (and in a file, the indexes the bulk load dropped are back).
    CHECK(count(t.db(), "SELECT count(*) FROM case_search") == 3000);
    CHECK(count(t.db(), "SELECT count(*) FROM maintenance") == 0);
    CHECK(CaseSearch(t.db()).search(QStringLiteral("parcel"))->size() == 50);
    if (!TempDatabase::onServer()) {
        CHECK(count(t.db(), "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'") ==
              Schema::secondaryIndexes().size());
        CHECK(count(t.db(), "PRAGMA integrity_check") == 0); // "ok" reads as 0
    }
}

TEST_CASE("The same seed gives the same demo data", "[demo][any-backend]")
{
    TempDatabase a, b;
    REQUIRE(DemoData(a.db(), 99, DemoData::Language::Dutch).generate(500).ok());
    REQUIRE(DemoData(b.db(), 99, DemoData::Language::Dutch).generate(500).ok());
    const auto rows = [](Database &db) {
        return db.selectAll(QStringLiteral("SELECT id, customer_name, experience FROM case_record ORDER BY id"), {},
                            [](const QSqlQuery &q) { return q.value(0).toString() + q.value(1).toString() + q.value(2).toString(); })
            .value();
    };
    CHECK(rows(a.db()) == rows(b.db()));
    CHECK(a.db().scalar(QStringLiteral("SELECT experience FROM case_record WHERE kind = 'complaint' LIMIT 1"))
              ->toString()
              .contains(QStringLiteral(" ")));
}

TEST_CASE("Demo data added to a database in use keeps its index up to date", "[demo][any-backend]")
{
    TempDatabase t;
    REQUIRE(DemoData(t.db(), 1, DemoData::Language::English).generate(200).ok());
    REQUIRE(DemoData(t.db(), 2, DemoData::Language::Dutch).generate(200).ok()); // not empty: no bulk path
    CHECK(count(t.db(), "SELECT count(*) FROM case_record") == 400);
    CHECK(count(t.db(), "SELECT count(*) FROM case_search") == 400);
    REQUIRE(DemoData(t.db(), 3, DemoData::Language::English).addOpenItems(QStringLiteral("anna"), 40).ok());
    CHECK(WorkQueue(t.db()).openItems(QStringLiteral("anna"))->size() >= 40);
}

TEST_CASE("An interrupted bulk load is finished at the next open", "[demo][crash-safety]")
{
    TempDatabase t;
    REQUIRE(DemoData(t.db(), 1, DemoData::Language::English).generate(300).ok());
    // As a crash between dropping the indexes and restoring them would leave it:
    REQUIRE(Transaction::run(t.db(), [&]() -> Status {
                for (const QString &sql : Schema::secondaryIndexes())
                    if (auto r = t.db().exec(QStringLiteral("DROP INDEX ") + Schema::indexName(sql)); !r)
                        return r.error();
                if (auto r = t.db().exec(QStringLiteral("DELETE FROM case_search")); !r)
                    return r.error();
                auto r = t.db().exec(QStringLiteral("INSERT INTO maintenance VALUES ('search_rebuild', '1')"));
                return r ? Status() : Status(r.error());
            }).ok());
    t.reopen();
    CHECK(count(t.db(), "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'") ==
          Schema::secondaryIndexes().size());
    CHECK(count(t.db(), "SELECT count(*) FROM case_search") == 300);
    CHECK(count(t.db(), "SELECT count(*) FROM maintenance") == 0);
}

TEST_CASE("Bulk inserts carry any text safely", "[demo][bad-input]")
{
    TempDatabase t;
    REQUIRE(t.db().exec(QStringLiteral("CREATE TEMP TABLE scratch (id TEXT, name TEXT, n INTEGER, maybe INTEGER)")).ok());
    BulkInsert rows(t.db(), QStringLiteral("temp.scratch"),
                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("n"), QStringLiteral("maybe")});
    const QString nasty = QStringLiteral("Quote \" back\\slash\nnew line\ttab '); DROP TABLE customer; -- 😀 é") + QChar(1);
    rows.add({QStringLiteral("a"), nasty, 1, 2});
    rows.add({QStringLiteral("b"), QStringLiteral("plain"), 3, QVariant()});
    REQUIRE(Transaction::run(t.db(), [&] { return rows.flush(); }).ok());
    CHECK(t.db().scalar(QStringLiteral("SELECT name FROM temp.scratch WHERE id = 'a'"))->toString() == nasty);
    CHECK(t.db().scalar(QStringLiteral("SELECT typeof(n) FROM temp.scratch WHERE id = 'a'"))->toString() == QStringLiteral("integer"));
    CHECK(t.db().scalar(QStringLiteral("SELECT maybe IS NULL FROM temp.scratch WHERE id = 'b'"))->toInt() == 1);
}

TEST_CASE("recoverydesk demo runs from the command line and reports bad options", "[demo][cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cli.sqlite"));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    CHECK(BatchCommands::run({QStringLiteral("demo"), QStringLiteral("--database"), file, QStringLiteral("--cases"),
                              QStringLiteral("250"), QStringLiteral("--seed"), QStringLiteral("5"),
                              QStringLiteral("--language"), QStringLiteral("nl")},
                             out, err) == 0);
    CHECK(outText.contains(QStringLiteral("Added 250 cases")));
    CHECK(errText.isEmpty());
    {
        auto db = Database::open(file);
        REQUIRE(db.ok());
        CHECK(CaseStore(*db.value()).count().value() == 250);
    }
    const QList<QStringList> bad = {
        {QStringLiteral("demo")},
        {QStringLiteral("demo"), QStringLiteral("--database"), file, QStringLiteral("--cases"), QStringLiteral("lots")},
        {QStringLiteral("demo"), QStringLiteral("--database"), file, QStringLiteral("--cases"), QStringLiteral("0")},
        {QStringLiteral("demo"), QStringLiteral("--database"), file, QStringLiteral("--language"), QStringLiteral("fr")},
        {QStringLiteral("demo"), QStringLiteral("--database"), file, QStringLiteral("--bogus")},
        {QStringLiteral("demo"), QStringLiteral("--database"), dir.path()},
        {QStringLiteral("nonsense")},
    };
    for (const QStringList &args : bad) {
        CAPTURE(args.join(QLatin1Char(' ')).toStdString());
        errText.clear();
        CHECK(BatchCommands::run(args, out, err) != 0);
        CHECK_FALSE(errText.trimmed().isEmpty());
        CHECK(errText.trimmed().count(QLatin1Char('\n')) == 0); // one clear line
    }
    CHECK(BatchCommands::isCommand({QStringLiteral("demo")}));
    CHECK_FALSE(BatchCommands::isCommand({QStringLiteral("--database")}));
}

TEST_CASE("Example data looks like a real desk: rhythm, shares within bounds, every chart filled", "[demo][trend][any-backend]")
{
    TempDatabase t;
    REQUIRE(DemoData(t.db(), 7, DemoData::Language::English).generate(3000).ok());
    ReviewFigures figures(t.db());
    auto all = figures.compute(ReportPeriod::parse(QStringLiteral("all")).value());
    REQUIRE(all.ok());
    const ReviewReport &r = all.value();
    INFO(r.toJson().toStdString());
    // Promises: most kept on time, some late, a few broken.
    CHECK(*r.settledShare(r.promises.keptOnTime) > 0.65);
    CHECK(*r.settledShare(r.promises.keptOnTime) < 0.85);
    CHECK(*r.settledShare(r.promises.keptLate) > 0.08);
    CHECK(*r.settledShare(r.promises.keptLate) < 0.25);
    CHECK(*r.settledShare(r.promises.broken) > 0.03);
    CHECK(*r.settledShare(r.promises.broken) < 0.14);
    // Callbacks mostly within the customer's window, not all.
    CHECK(*r.callbacksInWindowShare() > 0.75);
    CHECK(*r.callbacksInWindowShare() < 0.96);
    // Hours, not days, to the first contact for most.
    CHECK(*r.medianHoursToFirstContact > 2);
    CHECK(*r.medianHoursToFirstContact < 24);
    CHECK(*r.strongerShare() > 0.25);
    CHECK(*r.strongerShare() < 0.5);
    CHECK(r.repeatComplainants > 20);
    CHECK(r.skippedSteps.value(QStringLiteral("expectations")) > r.skippedSteps.value(QStringLiteral("explain")));
    CHECK(r.skippedSteps.size() >= 4);
    CHECK(r.byCause.value(QStringLiteral("other")) > 0);
    CHECK(figures.goodExamples(ReportPeriod::parse(QStringLiteral("all")).value())->size() >= 20);
    // The desk learns: more promises kept on time in the second year than in the first.
    const qint64 now = t.db().clock().nowMs(), year = qint64(365) * 24 * 3600 * 1000;
    ReportPeriod first, second;
    first.from = now - 2 * year;
    first.until = second.from = now - year;
    second.until = now;
    auto before = figures.compute(first), after = figures.compute(second);
    REQUIRE(before.ok());
    REQUIRE(after.ok());
    CHECK(*after->settledShare(after->promises.keptOnTime) > *before->settledShare(before->promises.keptOnTime) + 0.03);

    // The rhythm of a desk: busy Mondays, quiet weekends; busier in January than in July.
    auto opened = t.db().selectAll(QStringLiteral("SELECT opened_at FROM case_record"), {},
                                   [](const QSqlQuery &q) { return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong()).toLocalTime(); });
    REQUIRE(opened.ok());
    QMap<int, int> byDay, byMonth, byHour;
    for (const QDateTime &at : opened.value()) {
        ++byDay[at.date().dayOfWeek()];
        ++byMonth[at.date().month()];
        ++byHour[at.time().hour()];
    }
    CHECK(byDay.value(Qt::Monday) > 3 * byDay.value(Qt::Saturday));
    CHECK(byDay.value(Qt::Saturday) > byDay.value(Qt::Sunday));
    CHECK(byMonth.value(1) > byMonth.value(7) * 5 / 4);
    CHECK(byHour.value(10) > 10 * byHour.value(3));

    // Every chart of the trend has something to show in each finished month.
    auto trend = figures.trend(PeriodSplit::months(ReportPeriod::parse(QStringLiteral("all")).value(),
                                                   t.db().clock().nowUtc().toLocalTime().date()));
    REQUIRE(trend.ok());
    REQUIRE(trend->months.size() == 12);
    int withRepeats = 0;
    for (int i = 0; i + 1 < trend->months.size(); ++i) {
        const ReviewReport &m = trend->months.at(i);
        INFO(m.period.label.toStdString());
        CHECK(m.strongerShare().has_value());
        CHECK(m.promisesSettled() > 0);
        CHECK(m.promises.callbacksDone > 0);
        CHECK(m.medianHoursToFirstContact.has_value());
        withRepeats += m.repeatComplainants > 0 ? 1 : 0;
    }
    CHECK(withRepeats >= 8);
}
