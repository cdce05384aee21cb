// Upgrades past data format 7: described once (Schema::upgrades), applied alike to a file and to
// a team database. These run in both passes of the tests (file and PostgreSQL).
#include "cases/CaseStore.h"
#include "storage/Database.h"
#include "storage/HistorySeal.h"
#include "storage/Schema.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QMutex>
#include <QThread>

#include <atomic>
#include <memory>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::count;

namespace {

constexpr int kNext = Database::kSchemaVersion + 1;

// What a later version might change: a new column with a default, an index over it, a new table.
QList<SchemaUpgrade> laterFormat()
{
    const ColumnSpec priority{QStringLiteral("priority"), ColumnType::Integer, true, QStringLiteral("0"), {}};
    const TableSpec labels{QStringLiteral("case_label"),
                           {{QStringLiteral("id"), ColumnType::Text, true, {}, {}},
                            {QStringLiteral("case_id"), ColumnType::Text, true, {}, QStringLiteral("REFERENCES case_record(id)")},
                            {QStringLiteral("label"), ColumnType::Text, true, QStringLiteral("''"), {}}},
                           QStringLiteral("id"),
                           {}};
    return {{kNext,
             {SchemaChange::addColumn(QStringLiteral("case_record"), priority),
              SchemaChange::addIndex({QStringLiteral("case_by_priority"), QStringLiteral("case_record"),
                                      {QStringLiteral("priority"), QStringLiteral("id")}, {}}),
              SchemaChange::addTable(labels)}}};
}

int versionOf(Database &db)
{
    auto version = Schema::storedVersion(db);
    INFO(version.message().toStdString());
    REQUIRE(version.ok());
    return version.value();
}

} // namespace

TEST_CASE("The upgrades past format 7 end at this version's data format", "[upgrade]")
{
    const QList<SchemaUpgrade> upgrades = Schema::upgrades();
    int expected = Schema::latestVersion();
    for (const SchemaUpgrade &u : upgrades)
        CHECK(u.version == ++expected);
    CHECK(expected == Database::kSchemaVersion);
}

TEST_CASE("An upgrade is applied once, keeps the data and is refused by older clients afterwards", "[upgrade]")
{
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    REQUIRE(versionOf(t.db()) == Database::kSchemaVersion);

    REQUIRE(Schema::upgrade(t.db(), laterFormat()).ok());
    CHECK(versionOf(t.db()) == kNext);
    // The case is still there; the new column holds its default for it and takes new values.
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM case_record WHERE id = ? AND priority = 0"), {caseId}) == 1);
    REQUIRE(t.db().exec(QStringLiteral("UPDATE case_record SET priority = 2 WHERE id = ?"), {caseId}).ok());
    REQUIRE(t.db().exec(QStringLiteral("INSERT INTO case_label (id, case_id, label) VALUES ('l1', ?, 'vip')"), {caseId}).ok());
    // The stores work on the changed table (statements prepared before it were dropped).
    REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Note, QStringLiteral("after the upgrade")).ok());
    CHECK(CaseStore(t.db()).get(caseId)->note == QStringLiteral("after the upgrade"));

    // Again: nothing to do, nothing changes.
    REQUIRE(Schema::upgrade(t.db(), laterFormat()).ok());
    CHECK(versionOf(t.db()) == kNext);
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM case_label")) == 1);

    // This build reads up to its own format: it now says a newer version is needed, and opens nothing.
    t.close();
    auto older = Database::open(t.path());
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().code == Error::Code::TooNew);
    CHECK(older.message().contains(QString::number(kNext)));
}

TEST_CASE("An upgrade that fails halfway leaves the data format as it was", "[upgrade][bad-input]")
{
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    QList<SchemaUpgrade> broken = laterFormat();
    // The column is added, then an index over a column that does not exist fails the step.
    broken[0].changes.insert(1, SchemaChange::addIndex({QStringLiteral("case_by_nothing"), QStringLiteral("case_record"),
                                                         {QStringLiteral("no_such_column")}, {}}));
    CHECK_FALSE(Schema::upgrade(t.db(), broken).ok());
    CHECK(versionOf(t.db()) == Database::kSchemaVersion);
    CHECK_FALSE(t.db().exec(QStringLiteral("SELECT priority FROM case_record")).ok()); // rolled back with the step
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM case_record WHERE id = ?"), {caseId}) == 1);
    // A step that skips a format is refused with a message, and changes nothing either.
    QList<SchemaUpgrade> skipping = laterFormat();
    skipping[0].version = kNext + 1;
    auto skipped = Schema::upgrade(t.db(), skipping);
    REQUIRE_FALSE(skipped.ok());
    CHECK(skipped.message().contains(QStringLiteral("format %1").arg(kNext + 1)));
    CHECK(versionOf(t.db()) == Database::kSchemaVersion);
    // The same database still opens and upgrades once the step is right.
    t.reopen();
    REQUIRE(Schema::upgrade(t.db(), laterFormat()).ok());
    CHECK(versionOf(t.db()) == kNext);
}

TEST_CASE("Two clients that start at once upgrade the database once", "[upgrade][concurrency]")
{
    TempDatabase t;
    test::newCase(t.db());
    const QString location = t.path();
    QMutex lock;
    QStringList failures;
    std::atomic<int> opened = 0;
    auto client = [&] {
        return QThread::create([&] {
            auto db = Database::open(location); // a connection of its own, in its own thread
            // Both open at this build's format, then both upgrade to the next at once.
            ++opened;
            while (opened < 2)
                QThread::yieldCurrentThread();
            const Status s = db ? Schema::upgrade(*db.value(), laterFormat()) : Status(db.error());
            if (!s) {
                QMutexLocker locked(&lock);
                failures << s.message();
            }
        });
    };
    std::unique_ptr<QThread> first(client()), second(client());
    first->start();
    second->start();
    REQUIRE(first->wait(60000));
    REQUIRE(second->wait(60000));
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    CHECK(versionOf(t.db()) == kNext);
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM case_record WHERE priority = 0")) == 1);
}

TEST_CASE("Format 8 counts the history chains a database of format 7 already holds", "[upgrade][seal]")
{
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Experience, QStringLiteral("Parcel lost")).ok());
    const qint64 events = count(t.db(), QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = ?"), {caseId});
    REQUIRE(events >= 2);
    // Back to format 7 as that version left it: no chain lengths, no trigger counting them.
    // Format 15's recognition, format 12's customer columns and format 11's merges of customers
    // first: their indexes, columns and tables.
    const QStringList withoutMerges = {QStringLiteral("DROP INDEX case_compliment_for"), QStringLiteral("DROP TABLE recognition_read"),
                                       QStringLiteral("DROP TABLE recognition"),
                                       QStringLiteral("ALTER TABLE customer DROP COLUMN address"),
                                       QStringLiteral("ALTER TABLE customer DROP COLUMN language"),
                                       QStringLiteral("DROP INDEX case_by_origin"), QStringLiteral("DROP INDEX customer_merged_into"),
                                       QStringLiteral("ALTER TABLE customer DROP COLUMN merged_into"),
                                       QStringLiteral("ALTER TABLE case_record DROP COLUMN origin_customer_id"),
                                       QStringLiteral("DROP TABLE customer_merge")};
    const QStringList toFormat7 = withoutMerges +
        (TempDatabase::onServer()
            ? QStringList{QStringLiteral("DROP TRIGGER case_event_counted ON case_event"),
                          QStringLiteral("DROP FUNCTION case_event_counted_row()"), QStringLiteral("DROP TABLE history_chain"),
                          QStringLiteral("DROP TABLE signed_chain"), QStringLiteral("DROP TABLE signed_bundle"),
                          QStringLiteral("DROP TABLE trusted_workstation"), t.db().dialect().writeVersion(7)}
            : QStringList{QStringLiteral("DROP TRIGGER case_event_counted"), QStringLiteral("DROP TABLE history_chain"),
                          QStringLiteral("DROP TABLE signed_chain"), QStringLiteral("DROP TABLE signed_bundle"),
                          QStringLiteral("DROP TABLE trusted_workstation"), t.db().dialect().writeVersion(7)});
    for (const QString &sql : toFormat7)
        REQUIRE(t.db().execOnce(sql).ok());
    REQUIRE(versionOf(t.db()) == 7);

    t.reopen();
    CHECK(versionOf(t.db()) == Database::kSchemaVersion);
    CHECK(count(t.db(), QStringLiteral("SELECT events FROM history_chain WHERE chain = ?"), {caseId}) == events);
    // And counted from then on.
    REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Expectation, QStringLiteral("A refund")).ok());
    CHECK(count(t.db(), QStringLiteral("SELECT events FROM history_chain WHERE chain = ?"), {caseId}) == events + 1);
    auto report = HistorySeal::verify(t.db());
    REQUIRE(report.ok());
    CHECK(report->intact);
}
