#include "exchange/Bundle.h"
#include "agreements/CallbackStore.h"
#include "search/CaseSearch.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "cases/EventLog.h"
#include "storage/HistorySeal.h"
#include "safety/Privacy.h"
#include "agreements/PromiseStore.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace rd;
using rd::test::TempDatabase;

namespace {

struct Story
{
    QString customerId, caseId;
};

// A customer with a name and number that appear nowhere else, and a case full of their words.
Story story(TempDatabase &t, const QString &name = QStringLiteral("Zebulon Quartermain"))
{
    Customer c;
    c.name = name;
    c.phone = QStringLiteral("06 9182 7364");
    c.email = QStringLiteral("zebulon@example.org");
    auto customer = CustomerStore(t.db()).create(c);
    REQUIRE(customer.ok());
    auto opened = CaseStore(t.db()).create(customer->id, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    REQUIRE(opened.ok());
    CaseStore cases(t.db());
    REQUIRE(cases.setField(opened->id, CaseField::Experience, QStringLiteral("My xylophone arrived broken at Larkspur Lane 7")).ok());
    REQUIRE(cases.setField(opened->id, CaseField::Summary, QStringLiteral("Broken xylophone")).ok());
    REQUIRE(PromiseStore(t.db()).add(opened->id, QStringLiteral("send Zebulon a new xylophone"), QStringLiteral("anna"),
                                     t.clock().nowMs() + 86400000, PromiseKind::Process).ok());
    REQUIRE(CallbackStore(t.db()).add(opened->id, QStringLiteral("bram"), c.phone, QStringLiteral("Is the xylophone there?"),
                                      t.clock().nowMs() + 3600000, t.clock().nowMs() + 7200000).ok());
    return {customer->id, opened->id};
}

// Settles the promise and the callback, then closes the case.
void closeStory(TempDatabase &t, const Story &s)
{
    for (const PromisedAction &p : PromiseStore(t.db()).forCase(s.caseId).value())
        REQUIRE(PromiseStore(t.db()).complete(p.id, QStringLiteral("done")).ok());
    for (const CallbackNote &n : CallbackStore(t.db()).forCase(s.caseId).value())
        REQUIRE(CallbackStore(t.db()).complete(n.id, QStringLiteral("reached")).ok());
    REQUIRE(CaseStore(t.db()).close(s.caseId, Outcome::Same, QStringLiteral("fine")).ok());
}

} // namespace

TEST_CASE("Erasing a customer removes their data everywhere and records that it happened", "[privacy]")
{
    TempDatabase t;
    const Story s = story(t);
    test::newCase(t.db()); // someone else: untouched
    REQUIRE(CaseSearch(t.db()).search(QStringLiteral("xylophone"))->size() == 1);

    REQUIRE(Privacy(t.db()).eraseCustomer(s.customerId, QStringLiteral("customer asked by phone")).ok());

    const Customer c = CustomerStore(t.db()).get(s.customerId).value();
    CHECK(c.name == Privacy::erasedName());
    CHECK(c.phone.isEmpty());
    CHECK(c.email.isEmpty());
    const Case k = CaseStore(t.db()).get(s.caseId).value();
    CHECK(k.experience.isEmpty());
    CHECK(k.summary.isEmpty());
    for (const char *word : {"xylophone", "Zebulon", "Quartermain", "0691827364", "Larkspur"})
        CHECK(CaseSearch(t.db()).search(QString::fromLatin1(word))->isEmpty());
    CHECK(PromiseStore(t.db()).forCase(s.caseId)->first().what == Privacy::erasedName());
    CHECK(CallbackStore(t.db()).forCase(s.caseId)->first().phone.isEmpty());
    // The history keeps its shape: what happened, when and by whom; not the words.
    const auto timeline = EventLog(t.db()).timeline(s.caseId).value();
    REQUIRE(timeline.size() >= 4);
    for (const CaseEvent &e : timeline)
        CHECK(e.data == QJsonObject{{QStringLiteral("erased"), true}});
    const auto own = EventLog(t.db()).customerHistory(s.customerId).value();
    REQUIRE_FALSE(own.isEmpty());
    CHECK(own.last().kind == QStringLiteral("customer.erased"));
    CHECK(own.last().actor == t.db().actor());
    CHECK(own.last().data.value(QStringLiteral("reason")).toString() == QStringLiteral("customer asked by phone"));
    CHECK(HistorySeal::verify(t.db())->intact);
    CHECK(CaseSearch(t.db()).search(QStringLiteral("Ria"))->size() == 1);

    if (TempDatabase::onServer())
        return; // (the server's files are its own; the erase vacuums its old row versions away)
    // Not in the file's bytes either, once it is closed.
    t.close();
    QFile f(t.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK_FALSE(bytes.contains("Quartermain"));
    CHECK_FALSE(bytes.contains("xylophone"));
    // Every indexed suffix of the phone digits that holds "9182" holds "91827364" whole; the
    // longer text cannot turn up by chance in a random id or seal, as four digits sometimes did.
    CHECK_FALSE(bytes.contains("91827364"));
    t.reopen();
}

TEST_CASE("An erased customer stays erased when an older bundle is imported again", "[privacy][bundle]")
{
    TempDatabase station;
    const Story s = story(station);
    const QString bundle = station.dir() + QStringLiteral("/before.rdbundle");
    auto written = Bundle::write(station.db(), bundle, {});
    INFO(written.message().toStdString());
    REQUIRE(written.ok());

    TempDatabase archive;
    REQUIRE(Bundle::merge(archive.db(), bundle).ok());
    REQUIRE(Privacy(archive.db()).eraseCustomer(s.customerId, QStringLiteral("request")).ok());
    REQUIRE(Bundle::merge(archive.db(), bundle).ok());
    CHECK(CustomerStore(archive.db()).get(s.customerId)->name == Privacy::erasedName());
    CHECK(CaseStore(archive.db()).get(s.caseId)->experience.isEmpty());
    CHECK(CaseSearch(archive.db()).search(QStringLiteral("xylophone"))->isEmpty());
}

TEST_CASE("Retention anonymises closed cases past the period and nothing else", "[privacy]")
{
    TempDatabase t;
    Privacy privacy(t.db());
    CHECK(privacy.retentionMonths().value() == 0);
    CHECK(privacy.applyRetention().value() == 0);
    CHECK_FALSE(privacy.setRetentionMonths(-1).ok());
    CHECK_FALSE(privacy.setRetentionMonths(5000).ok());

    const Story old = story(t, QStringLiteral("Old Closedcase"));
    closeStory(t, old);
    t.clock().advanceSecs(3600 * 24 * 30 * 5);
    const Story recent = story(t, QStringLiteral("Recent Closedcase"));
    closeStory(t, recent);
    const Story open = story(t, QStringLiteral("Still Openperson"));
    t.clock().advanceSecs(3600 * 24 * 30 * 2); // the old one is 7 months closed, the recent one 2

    REQUIRE(privacy.setRetentionMonths(6).ok());
    CHECK(privacy.applyRetention().value() == 1);
    CHECK(CaseStore(t.db()).get(old.caseId)->experience.isEmpty());
    CHECK(CustomerStore(t.db()).get(old.customerId)->name == Privacy::erasedName());
    CHECK_FALSE(CaseStore(t.db()).get(recent.caseId)->experience.isEmpty());
    CHECK_FALSE(CaseStore(t.db()).get(open.caseId)->experience.isEmpty());
    CHECK(EventLog(t.db()).timeline(old.caseId)->last().kind == QStringLiteral("case.anonymised"));
    CHECK(privacy.applyRetention().value() == 0); // done once
    CHECK(HistorySeal::verify(t.db())->intact);
}

TEST_CASE("A customer's data is exported whole as JSON", "[privacy]")
{
    TempDatabase t;
    const Story s = story(t);
    test::newCase(t.db());
    const QString path = t.dir() + QStringLiteral("/zebulon.json");
    REQUIRE(Privacy(t.db()).writeCustomerExport(s.customerId, path).ok());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    CHECK(o.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Zebulon Quartermain"));
    const QJsonArray cases = o.value(QStringLiteral("cases")).toArray();
    REQUIRE(cases.size() == 1);
    const QJsonObject k = cases.first().toObject();
    CHECK(k.value(QStringLiteral("experience")).toString().contains(QStringLiteral("xylophone")));
    CHECK(k.value(QStringLiteral("promises")).toArray().size() == 1);
    CHECK(k.value(QStringLiteral("callbacks")).toArray().size() == 1);
    CHECK(k.value(QStringLiteral("history")).toArray().size() >= 4);
    CHECK_FALSE(k.value(QStringLiteral("history")).toArray().first().toObject().contains(QStringLiteral("hash")));
    CHECK_FALSE(Privacy(t.db()).exportCustomer(QStringLiteral("nobody")).ok());
    CHECK_FALSE(Privacy(t.db()).writeCustomerExport(s.customerId, t.dir() + QStringLiteral("/no/such/folder/x.json")).ok());
}

namespace {

// The words of the search index itself (FTS5's own view of its shadow tables), and the bytes of
// the file and its write-ahead log as they are on disk now, while the database is open.
void expectNoTrace(TempDatabase &t)
{
    REQUIRE(t.db().execOnce(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.rd_terms USING fts5vocab(main, case_search, row)")).ok());
    for (const char *word : {"xylophone", "zebulon", "quartermain", "larkspur"}) {
        INFO(word);
        CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM temp.rd_terms WHERE term LIKE ?"),
                            {QString::fromLatin1(word) + QLatin1Char('%')})->toInt() == 0);
    }
    CHECK(QFileInfo(t.path() + QStringLiteral("-wal")).size() == 0); // checkpointed and truncated
    QFile f(t.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    for (const char *word : {"Quartermain", "xylophone", "Larkspur", "9182"}) {
        INFO(word);
        CHECK_FALSE(bytes.contains(word));
    }
}

} // namespace

TEST_CASE("No word of erased data is left in the search index, the freed pages or the log - on every erase path", "[erase][boundary]")
{
    SECTION("an erase")
    {
        TempDatabase t;
        const Story s = story(t);
        test::newCase(t.db());
        REQUIRE(Privacy(t.db()).eraseCustomer(s.customerId, QStringLiteral("asked")).ok());
        expectNoTrace(t);
    }
    SECTION("a retention anonymisation")
    {
        TempDatabase t;
        const Story s = story(t);
        closeStory(t, s);
        t.clock().advanceSecs(3600 * 24 * 30 * 8);
        REQUIRE(Privacy(t.db()).setRetentionMonths(6).ok());
        REQUIRE(Privacy(t.db()).applyRetention().value() == 1);
        expectNoTrace(t);
    }
    SECTION("an erasure applied again when an older bundle is imported")
    {
        TempDatabase station;
        const Story s = story(station);
        const QString before = station.dir() + QStringLiteral("/before.rdbundle");
        REQUIRE(Bundle::write(station.db(), before, {}).ok());
        REQUIRE(Privacy(station.db()).eraseCustomer(s.customerId, QStringLiteral("asked")).ok());
        const QString after = station.dir() + QStringLiteral("/after.rdbundle");
        REQUIRE(Bundle::write(station.db(), after, {}).ok());
        TempDatabase archive;
        REQUIRE(Bundle::merge(archive.db(), before).ok()); // the words arrive
        REQUIRE(CaseSearch(archive.db()).search(QStringLiteral("xylophone"))->size() == 1);
        auto erased = Bundle::merge(archive.db(), after); // and go with the erasure
        INFO(erased.message().toStdString());
        REQUIRE(erased.ok());
        expectNoTrace(archive);
    }
}

TEST_CASE("Whether and which customers were erased is found by index, not by reading the whole history", "[erase][database]")
{
    TempDatabase t;
    rd::test::caseWithHistory(t.db());
    const auto plan = [&](const char *sql) {
        return t.db()
            .selectAll(QStringLiteral("EXPLAIN QUERY PLAN ") + QString::fromLatin1(sql), {},
                       [](const QSqlQuery &q) { return q.value(3).toString(); })
            .value()
            .join(QLatin1Char(' '));
    };
    // The probes Privacy makes after every import, and what re-applying erasures reads.
    CHECK(plan("SELECT 1 FROM case_event WHERE kind = 'customer.erased'").contains(QStringLiteral("event_erasure")));
    CHECK(plan("SELECT 1 FROM case_event WHERE kind = 'case.anonymised'").contains(QStringLiteral("event_anonymised")));
    CHECK(plan("SELECT DISTINCT customer_id FROM case_event WHERE kind = 'customer.erased'").contains(QStringLiteral("event_erasure")));
    CHECK(plan("SELECT DISTINCT case_id FROM case_event WHERE kind = 'case.anonymised'").contains(QStringLiteral("event_anonymised")));
    CHECK_FALSE(Privacy(t.db()).hasErasures().value());
}
