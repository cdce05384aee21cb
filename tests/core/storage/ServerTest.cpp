// Several workstations on one team database (PostgreSQL). These run in the server pass of the
// tests only (scripts/test.sh starts a throwaway server): hidden from the file pass.
#include "cli/BatchCommands.h"
#include "exchange/Bundle.h"
#include "search/CaseSearch.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "review/DemoData.h"
#include "cases/EventLog.h"
#include "base/FixedClock.h"
#include "storage/HistorySeal.h"
#include "safety/Privacy.h"
#include "agreements/PromiseStore.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "TempDatabase.h"
#include "exchange/WorkstationKey.h"
#include "exchange/WorkstationTrust.h"
#include "ServerOutage.h"
#include "TestData.h"
#include "lists/WorkQueue.h"

#include <catch2/catch.hpp>

#include <QUrl>
#include <QUrlQuery>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <memory>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::count;

namespace {

// An archive of the test's own, not a TempDatabase: it trusts this test's workstation when its
// first bundle comes, as a team lead would.
MergeOptions trustingNew()
{
    MergeOptions options;
    options.trustNew = true;
    return options;
}

std::unique_ptr<Database> workstation(const QString &address, const char *name)
{
    Database::Options options;
    options.workstation = QString::fromLatin1(name);
    auto db = Database::open(address, options);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    db.value()->setActor(QString::fromLatin1(name));
    return std::move(db).value();
}

} // namespace

TEST_CASE("Two workstations editing the same case at once both keep every event", "[.server][concurrency]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    const QString address = t.path();
    constexpr int kEdits = 40;
    std::atomic<int> failures = 0;
    auto editor = [&](const char *name) {
        return QThread::create([&, name] {
            Database::Options options;
            options.workstation = QString::fromLatin1(name);
            auto db = Database::open(address, options); // a connection of its own, in its own thread
            if (!db) {
                ++failures;
                return;
            }
            db.value()->setActor(QString::fromLatin1(name));
            for (int i = 0; i < kEdits; ++i) {
                const QString text = QStringLiteral("%1 typed %2").arg(QString::fromLatin1(name)).arg(i);
                if (!CaseStore(*db.value()).setField(caseId, CaseField::Note, text))
                    ++failures;
            }
        });
    };
    std::unique_ptr<QThread> first(editor("pc-one")), second(editor("pc-two"));
    first->start();
    second->start();
    first->wait();
    second->wait();
    CHECK(failures == 0);

    // Every save of both is in the history, each workstation's events in one unbroken chain.
    const QString edits = QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = ? AND kind = 'field.set' AND workstation = ?");
    CHECK(count(t.db(), edits, {caseId, QStringLiteral("pc-one")}) == kEdits);
    CHECK(count(t.db(), edits, {caseId, QStringLiteral("pc-two")}) == kEdits);
    auto report = HistorySeal::verify(t.db());
    REQUIRE(report.ok());
    INFO(report->problem.toStdString());
    CHECK(report->intact);
    CHECK(report->events == count(t.db(), QStringLiteral("SELECT count(*) FROM case_event")));
    // The field holds the last save of one of them, never a mix.
    const QString note = CaseStore(t.db()).get(caseId)->note;
    CHECK((note == QStringLiteral("pc-one typed 39") || note == QStringLiteral("pc-two typed 39")));
}

TEST_CASE("A promise kept on one workstation leaves the other's work queue", "[.server][queue]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    auto mine = workstation(t.path(), "pc-anna");
    auto colleague = workstation(t.path(), "pc-bram");
    mine->setClock(std::make_shared<FixedClock>(t.clock().nowUtc()));
    colleague->setClock(std::make_shared<FixedClock>(t.clock().nowUtc()));
    const qint64 due = t.clock().nowMs() + 3600000;
    auto promise = PromiseStore(*mine).add(caseId, QStringLiteral("call back about the refund"), QStringLiteral("anna"), due,
                                           PromiseKind::Process);
    INFO(promise.message().toStdString());
    REQUIRE(promise.ok());

    const auto queued = [&](Database &db) {
        auto items = WorkQueue(db).dueBy(QStringLiteral("anna"), due + 1);
        REQUIRE(items.ok());
        return items->size();
    };
    CHECK(queued(*colleague) == 1); // the colleague sees the promise made on the other PC at once
    REQUIRE(PromiseStore(*mine).complete(promise->id, QStringLiteral("refund sent")).ok());
    CHECK(queued(*colleague) == 0);
    CHECK(queued(*mine) == 0);
    // Both PCs' acts are in the case's story, sealed by the PC that did them.
    auto story = EventLog(*colleague).timeline(caseId);
    REQUIRE(story.ok());
    REQUIRE(story->size() >= 3);
    CHECK(story->last().kind == QStringLiteral("promise.kept"));
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = ? AND workstation = 'pc-anna'"),
                {caseId}) == 2);
}

TEST_CASE("On the server, too, the history is append-only", "[.server][history]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    const int before = count(t.db(), QStringLiteral("SELECT count(*) FROM case_event"));
    REQUIRE(before > 0);
    CHECK_FALSE(t.db().exec(QStringLiteral("UPDATE case_event SET actor = 'someone else'")).ok());
    CHECK_FALSE(t.db().exec(QStringLiteral("DELETE FROM case_event")).ok());
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM case_event")) == before);
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM case_event WHERE actor = 'someone else'")) == 0);
    CHECK(CaseStore(t.db()).get(caseId).ok());
}

TEST_CASE("On the server, a case's history is indexed in its own order, as a file's rowid keeps it", "[.server][history]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    // Sealing an event looks up the newest one of its chain: without seq in the index, the server
    // would read and sort a case's whole history for every save.
    const QString definition =
        t.db().scalar(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = 'main' AND indexname = 'event_case'"))->toString();
    CHECK(definition.endsWith(QStringLiteral("(case_id, seq)")));
}

// tests/core/data/server-format-7.sql: pg_dump of a team database set up by the code of
// a26148e^ (format 7, before the history index was in sequence order): its own rd-crash-writer,
// five customers with a case each.
TEST_CASE("A team database set up by an earlier version gets its history index in sequence order, data kept", "[.server][upgrade]")
{
    REQUIRE(TempDatabase::onServer());
    const QString name = QStringLiteral("rd_test_%1_format7").arg(QCoreApplication::applicationPid());
    REQUIRE(rd::test::onServerAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)));
    REQUIRE(rd::test::onServerAdmin(QStringLiteral("CREATE DATABASE %1").arg(name)));
    struct Dropped // also when a check below ends the test
    {
        QString name;
        ~Dropped() { rd::test::onServerAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)); }
    } dropped{name};
    QUrl url(qEnvironmentVariable("RD_TEST_POSTGRESQL"));
    url.setPath(QLatin1Char('/') + name);
    const QString address = url.toString();
    QFile dump(QStringLiteral(RD_TEST_DATA_DIR "/server-format-7.sql"));
    REQUIRE(dump.open(QIODevice::ReadOnly));
    REQUIRE(dump.readAll().contains("CREATE INDEX event_case ON main.case_event USING btree (case_id);")); // as it was then
    // Restored as the server's own tool restores a dump (COPY and functions included).
    QProcess psql;
    psql.start(QStringLiteral("psql"), {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                                        address, QStringLiteral("-f"), QStringLiteral(RD_TEST_DATA_DIR "/server-format-7.sql")});
    REQUIRE(psql.waitForFinished(60000));
    INFO(psql.readAllStandardError().toStdString());
    REQUIRE(psql.exitCode() == 0);
    {
        auto db = Database::open(address);
        INFO(db.message().toStdString());
        REQUIRE(db.ok());
        Database &d = *db.value();
        CHECK(Schema::storedVersion(d).value() == Database::kSchemaVersion);
        const QString definition =
            d.scalar(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = 'main' AND indexname = 'event_case'"))->toString();
        CHECK(definition.endsWith(QStringLiteral("(case_id, seq)")));
        // Every index of the current format, and the data as it was written.
        for (const IndexSpec &index : Schema::indexes()) {
            INFO(index.name.toStdString());
            CHECK(d.scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'main' AND indexname = ?"), {index.name})
                      ->toInt() == 1);
        }
        CHECK(CaseStore(d).count().value() == 5);
        CHECK(d.scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE experience LIKE 'story %'"))->toInt() == 5);
        CHECK(CaseSearch(d).search(QStringLiteral("Customer"))->size() == 5);
        const QString caseId = d.scalar(QStringLiteral("SELECT id FROM case_record ORDER BY id LIMIT 1"))->toString();
        REQUIRE(CaseStore(d).setField(caseId, CaseField::Expectation, QStringLiteral("a refund")).ok());
        auto seal = HistorySeal::verify(d);
        REQUIRE(seal.ok());
        CHECK(seal->intact);
    }
}

TEST_CASE("A team database whose history index is in sequence order already keeps it through format 14", "[.server][upgrade]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    const auto indexId = [&] { return t.db().scalar(QStringLiteral("SELECT 'event_case'::regclass::oid"))->toLongLong(); };
    const qint64 before = indexId();
    REQUIRE(before > 0);
    // As a server of format 13 set up since the index had its sequence column (without format 15's tables).
    for (const QString &sql : {QStringLiteral("DROP INDEX case_compliment_for"), QStringLiteral("DROP TABLE recognition_read"),
                               QStringLiteral("DROP TABLE recognition"), t.db().dialect().writeVersion(13)})
        REQUIRE(t.db().execOnce(sql).ok());
    t.reopen();
    CHECK(Schema::storedVersion(t.db()).value() == Database::kSchemaVersion);
    CHECK(indexId() == before); // not dropped and made again: no lock on the history for nothing
}

namespace {
QString t_address() { return qEnvironmentVariable("RD_TEST_POSTGRESQL"); }
} // namespace

TEST_CASE("A server address with a password or an unknown setting is refused before connecting", "[boundary][bad-input]")
{
    auto withPassword = Database::open(QStringLiteral("postgresql://anna:secret@127.0.0.1:1/recoverydesk"));
    REQUIRE_FALSE(withPassword.ok());
    CHECK(withPassword.message().contains(QStringLiteral(".pgpass")));
    CHECK(withPassword.message().contains(QStringLiteral("PGPASSWORD")));
    CHECK_FALSE(withPassword.message().contains(QStringLiteral("secret"))); // the password is never shown
    auto unknown = Database::open(QStringLiteral("postgresql://anna@127.0.0.1:1/recoverydesk?options=-c%20search_path%3Devil"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.message().contains(QStringLiteral("\"options\"")));
    CHECK(unknown.message().contains(QStringLiteral("sslmode")));
}

TEST_CASE("A wrong or unreachable server address gets a message saying what to do", "[.server][bad-input]")
{
    REQUIRE(TempDatabase::onServer());
    auto incomplete = Database::open(QStringLiteral("postgresql://anna@/"));
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.error().code == Error::Code::InvalidInput);
    CHECK(incomplete.message().contains(QStringLiteral("postgresql://user@server:5432/database")));

    auto unreachable = Database::open(QStringLiteral("postgresql://anna@127.0.0.1:1/recoverydesk?sslmode=disable"));
    REQUIRE_FALSE(unreachable.ok());
    CHECK(unreachable.message().contains(QStringLiteral("cannot be reached")));

    // Without sslmode in the address the connection must be encrypted: this test server has no TLS.
    QUrl plain(t_address());
    QUrlQuery none;
    plain.setQuery(none);
    auto unencrypted = Database::open(plain.toString());
    REQUIRE_FALSE(unencrypted.ok());
    CHECK(unencrypted.message().contains(QStringLiteral("SSL"), Qt::CaseInsensitive));

    // A database of another program is refused, not filled with our tables.
    TempDatabase t;
    REQUIRE(t.db().execOnce(QStringLiteral("CREATE TABLE main.invoices (id TEXT)")).ok());
    REQUIRE(t.db().execOnce(QStringLiteral("DROP TABLE main.setting CASCADE")).ok());
    auto foreign = Database::open(t.path());
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().code == Error::Code::Foreign);
}

TEST_CASE("A dropped connection to the server is opened again and the work goes on", "[.server][fault]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    auto other = workstation(t.path(), "pc-admin");
    // The server ends our session, as a restart or a network failure would.
    const QString pid = t.db().scalar(QStringLiteral("SELECT pg_backend_pid()"))->toString();
    REQUIRE(other->scalar(QStringLiteral("SELECT pg_terminate_backend(CAST(? AS INTEGER))"), {pid})->toBool());

    // The next save connects again by itself and is kept.
    auto saved = CaseStore(t.db()).setField(caseId, CaseField::Note, QStringLiteral("typed after the drop"));
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    CHECK(CaseStore(*other).get(caseId)->note == QStringLiteral("typed after the drop"));
    CHECK(t.db().scalar(QStringLiteral("SELECT pg_backend_pid()"))->toString() != pid);
}

TEST_CASE("While the server cannot be reached, statements fail at once until the connection is checked", "[.server][fault]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    auto other = workstation(t.path(), "pc-admin");
    test::ServerOutage outage(t.path());
    outage.begin();

    CHECK_FALSE(CaseStore(t.db()).setField(caseId, CaseField::Note, QStringLiteral("typed while away")).ok());
    CHECK(t.db().connectionLost());
    CHECK_FALSE(t.db().checkConnection());
    outage.restore();
    // No statement waits to connect on its own while the loss stands (a window would freeze for each).
    CHECK_FALSE(t.db().exec(QStringLiteral("SELECT 1")).ok());
    CHECK(t.db().checkConnection());
    CHECK_FALSE(t.db().connectionLost());
    REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Note, QStringLiteral("typed while away")).ok());
    CHECK(CaseStore(*other).get(caseId)->note == QStringLiteral("typed while away"));
}

TEST_CASE("recoverydesk migrate moves a PC's file to the team server and back, history intact", "[.server][migrate]")
{
    REQUIRE(TempDatabase::onServer());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    {
        auto desk = Database::open(file);
        REQUIRE(desk.ok());
        REQUIRE(DemoData(*desk.value(), 7, DemoData::Language::Dutch).generate(120).ok());
    }
    TempDatabase server;
    const auto run = [](const QStringList &arguments, QString *printed = nullptr) {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = BatchCommands::run(arguments, out, err);
        INFO((outText + errText).toStdString());
        if (printed)
            *printed = outText + errText;
        return code;
    };
    const QString address = server.path();
    server.close(); // the command opens it itself
    QString said;
    REQUIRE(run({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), address}, &said) == 0);
    CHECK(said.contains(QStringLiteral("Moved 120 cases")));
    CHECK(said.contains(QStringLiteral("the history checks")));

    auto team = Database::open(address);
    REQUIRE(team.ok());
    auto fileDb = Database::openReadOnly(file);
    REQUIRE(fileDb.ok());
    for (const QString &table : Schema::dataTables()) {
        INFO(table.toStdString());
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(table);
        CHECK(count(*team.value(), sql) == count(*fileDb.value(), sql));
    }
    CHECK_FALSE(CaseSearch(*team.value()).search(QStringLiteral("wasmachine"))->isEmpty()); // the index was built there

    // A second move into the now-filled server is refused and changes nothing.
    CHECK(run({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), address}, &said) == 1);
    CHECK(said.contains(QStringLiteral("already holds 120 case")));
    CHECK(count(*team.value(), QStringLiteral("SELECT count(*) FROM case_record")) == 120);

    // And back into a new file: the same cases, the same sealed history.
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    REQUIRE(run({QStringLiteral("migrate"), QStringLiteral("--from"), address, QStringLiteral("--to"), back}, &said) == 0);
    auto returned = Database::openReadOnly(back);
    REQUIRE(returned.ok());
    const QString events = QStringLiteral("SELECT count(*) FROM case_event");
    CHECK(count(*returned.value(), events) == count(*fileDb.value(), events));
    CHECK(HistorySeal::verify(*returned.value())->intact);
    team.value().reset();
}

TEST_CASE("Bundles export from a team database and merge into one, by the same rules as a file", "[.server][bundle]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    REQUIRE(DemoData(t.db(), 11, DemoData::Language::English).generate(60).ok());
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("team.rdbundle"));
    auto manifest = Bundle::write(t.db(), bundle, {});
    INFO(manifest.message().toStdString());
    REQUIRE(manifest.ok());
    CHECK(manifest->cases == 60);
    CHECK(manifest->exportedBy == QStringLiteral("anna"));
    // One owner's cases only: only they travel (copied from the server by themselves, not the whole database).
    {
        const QString owner = t.db().scalar(QStringLiteral("SELECT owner FROM case_record ORDER BY id LIMIT 1"))->toString();
        BundleSelection mine;
        mine.owner = owner;
        const QString partial = dir.filePath(QStringLiteral("mine.rdbundle"));
        auto written = Bundle::write(t.db(), partial, mine);
        INFO(written.message().toStdString());
        REQUIRE(written.ok());
        CHECK(written->cases == count(t.db(), QStringLiteral("SELECT count(*) FROM case_record WHERE owner = ?"), {owner}));
        CHECK(written->cases < 60);
        auto check = Bundle::inspect(t.db(), partial);
        INFO(check.message().toStdString());
        CHECK(check.ok());        // From a read-only connection too (a team lead reviewing the team database).
        auto reader = Database::openReadOnly(t.path());
        REQUIRE(reader.ok());
        auto fromReader = Bundle::write(*reader.value(), dir.filePath(QStringLiteral("read-only.rdbundle")), mine);
        INFO(fromReader.message().toStdString());
        REQUIRE(fromReader.ok());
        CHECK(fromReader->cases == written->cases);
    }

    // Into a review archive (a file) it goes whole, its history intact.
    auto archive = Database::open(dir.filePath(QStringLiteral("archive.sqlite")));
    REQUIRE(archive.ok());
    auto stats = Bundle::merge(*archive.value(), bundle, trustingNew());
    INFO(stats.message().toStdString());
    REQUIRE(stats.ok());
    CHECK(stats->newCases == 60);
    CHECK(stats->newEvents == count(t.db(), QStringLiteral("SELECT count(*) FROM case_event")));
    CHECK(HistorySeal::verify(*archive.value())->intact);

    // Into another team database too: everything once, however often it is imported.
    TempDatabase other;
    for (int round = 0; round < 2; ++round) {
        auto merged = Bundle::merge(other.db(), bundle);
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
        CHECK(merged->newCases == (round == 0 ? 60 : 0));
        CHECK(merged->exportedBy == QStringLiteral("anna"));
    }
    for (const QString &table : Schema::dataTables()) {
        INFO(table.toStdString());
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(table);
        CHECK(count(other.db(), sql) == count(t.db(), sql));
    }
    CHECK(HistorySeal::verify(other.db())->intact);
    CHECK_FALSE(CaseSearch(other.db()).search(QStringLiteral("parcel"))->isEmpty());
    // A newer version of a case from the bundle wins; an older one does not.
    const QString caseId = other.db().scalar(QStringLiteral("SELECT id FROM case_record WHERE status <> 'closed' ORDER BY id LIMIT 1"))->toString();
    t.clock().advanceSecs(3600);
    REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Note, QStringLiteral("added later at the desk")).ok());
    REQUIRE(Bundle::write(t.db(), bundle, {}).ok());
    auto again = Bundle::merge(other.db(), bundle);
    REQUIRE(again.ok());
    CHECK(again->updatedCases == 1);
    CHECK(CaseStore(other.db()).get(caseId)->note == QStringLiteral("added later at the desk"));
    // A damaged bundle is refused whole, nothing changed.
    QFile damaged(dir.filePath(QStringLiteral("damaged.rdbundle")));
    REQUIRE(damaged.open(QIODevice::WriteOnly));
    damaged.write("not a bundle at all");
    damaged.close();
    CHECK_FALSE(Bundle::merge(other.db(), damaged.fileName()).ok());
    CHECK(count(other.db(), QStringLiteral("SELECT count(*) FROM case_record")) == 60);

}

TEST_CASE("An exact tie between two bundles is won by the same version in a file and on a server", "[.server][bundle]")
{
    REQUIRE(TempDatabase::onServer());
    QTemporaryDir dir;
    // Two PCs with the same case, each changing it in the same millisecond, differently.
    auto clock = std::make_shared<FixedClock>(QDateTime::fromMSecsSinceEpoch(TempDatabase::ms("2026-11-26T09:00:00Z"), Qt::UTC));
    const auto station = [&](const char *name) {
        auto db = Database::open(dir.filePath(QString::fromLatin1(name) + QStringLiteral(".sqlite")));
        REQUIRE(db.ok());
        db.value()->setClock(clock);
        return std::move(db).value();
    };
    auto one = station("one"), two = station("two");
    const QString caseId = test::newCase(*one);
    const QString shared = dir.filePath(QStringLiteral("shared.rdbundle"));
    REQUIRE(Bundle::write(*one, shared, {}).ok());
    REQUIRE(Bundle::merge(*two, shared, trustingNew()).ok());
    clock->advanceSecs(60);
    // Texts that sort one way byte by byte ("a" before "f") and the other way as PostgreSQL's
    // quoted literals (a backslash makes it write E'…'); "é" sorts apart by collation too.
    const QString first = QStringLiteral("as filed in C:\\cases, été"), second = QStringLiteral("fin");
    REQUIRE(CaseStore(*one).setField(caseId, CaseField::Note, first).ok());
    REQUIRE(CaseStore(*two).setField(caseId, CaseField::Note, second).ok());
    const QString fromOne = dir.filePath(QStringLiteral("one.rdbundle")), fromTwo = dir.filePath(QStringLiteral("two.rdbundle"));
    REQUIRE(Bundle::write(*one, fromOne, {}).ok());
    REQUIRE(Bundle::write(*two, fromTwo, {}).ok());

    auto archive = station("archive");
    REQUIRE(Bundle::merge(*archive, fromOne, trustingNew()).ok());
    REQUIRE(Bundle::merge(*archive, fromTwo).ok());
    TempDatabase team; // the other order, on the server
    REQUIRE(Bundle::merge(team.db(), fromTwo).ok());
    REQUIRE(Bundle::merge(team.db(), fromOne).ok());
    const QString inFile = CaseStore(*archive).get(caseId)->note;
    CHECK((inFile == first || inFile == second));
    CHECK(CaseStore(team.db()).get(caseId)->note == inFile);
}

TEST_CASE("The retention period anonymises old closed cases on the team database", "[.server][privacy]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    const QString old = test::newCase(t.db());
    REQUIRE(CaseStore(t.db()).setField(old, CaseField::Experience, QStringLiteral("The parcel was late")).ok());
    REQUIRE(CaseStore(t.db()).close(old, Outcome::Same, QString()).ok());
    t.clock().advanceSecs(qint64(400) * 86400); // thirteen months later
    const QString recent = test::newCase(t.db());
    REQUIRE(CaseStore(t.db()).setField(recent, CaseField::Experience, QStringLiteral("The invoice was wrong")).ok());
    REQUIRE(Privacy(t.db()).setRetentionMonths(12).ok());
    CHECK(Privacy(t.db()).retentionMonths().value() == 12);
    auto anonymised = Privacy(t.db()).applyRetention();
    INFO(anonymised.message().toStdString());
    REQUIRE(anonymised.ok());
    CHECK(anonymised.value() == 1);
    CHECK(CaseStore(t.db()).get(old)->experience.isEmpty());
    CHECK(CaseStore(t.db()).get(recent)->experience == QStringLiteral("The invoice was wrong"));
    CHECK(Privacy(t.db()).applyRetention().value() == 0); // once is enough
    CHECK(HistorySeal::verify(t.db())->intact);
}

TEST_CASE("A customer's personal data is erased from the team database, the history still checks", "[.server][privacy]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    Customer details;
    details.name = QStringLiteral("Zebulon Quist");
    details.phone = QStringLiteral("06 5555 0199");
    auto customer = CustomerStore(t.db()).create(details);
    REQUIRE(customer.ok());
    auto opened = CaseStore(t.db()).create(customer->id, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    REQUIRE(opened.ok());
    REQUIRE(CaseStore(t.db()).setField(opened->id, CaseField::Experience, QStringLiteral("My xylophone arrived broken")).ok());
    REQUIRE_FALSE(CaseSearch(t.db()).search(QStringLiteral("xylophone"))->isEmpty());

    auto erased = Privacy(t.db()).eraseCustomer(customer->id, QStringLiteral("asked by phone"));
    INFO(erased.message().toStdString());
    REQUIRE(erased.ok());
    CHECK(CustomerStore(t.db()).get(customer->id)->name == Privacy::erasedName());
    CHECK(CaseStore(t.db()).get(opened->id)->experience.isEmpty());
    CHECK(CaseSearch(t.db()).search(QStringLiteral("xylophone"))->isEmpty());
    CHECK(CaseSearch(t.db()).search(QStringLiteral("Zebulon"))->isEmpty());
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM case_event WHERE data LIKE '%xylophone%' OR data LIKE '%Zebulon%'")) == 0);
    auto report = HistorySeal::verify(t.db());
    REQUIRE(report.ok());
    CHECK(report->intact);
    CHECK(report->erased > 0);
}

TEST_CASE("A team database imports bundles only from workstations it trusts", "[.server][bundle][signature]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase team;
    QTemporaryDir dir;
    auto pc = Database::open(dir.filePath(QStringLiteral("pc.sqlite")));
    REQUIRE(pc.ok());
    test::newCase(*pc.value());
    auto key = WorkstationKey::loadOrCreate(dir.filePath(QStringLiteral("key")));
    REQUIRE(key.ok());
    BundleSelection selection;
    selection.key = &key.value();
    const QString bundle = dir.filePath(QStringLiteral("pc.rdbundle"));
    REQUIRE(Bundle::write(*pc.value(), bundle, selection).ok());
    const qint64 cases = count(team.db(), QStringLiteral("SELECT count(*) FROM case_record"));

    auto refused = Bundle::merge(team.db(), bundle);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Untrusted);
    CHECK(refused.message().contains(key->fingerprint()));
    CHECK(count(team.db(), QStringLiteral("SELECT count(*) FROM case_record")) == cases);

    auto imported = Bundle::merge(team.db(), bundle, trustingNew());
    INFO(imported.message().toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->newlyTrusted);
    CHECK(imported->newCases == 1);
    REQUIRE(WorkstationTrust(team.db()).revoke(key->publicKey()).ok());
    auto revoked = Bundle::merge(team.db(), bundle, trustingNew());
    REQUIRE_FALSE(revoked.ok());
    CHECK(revoked.message().contains(QStringLiteral("revoked")));
}

TEST_CASE("A PC that hangs inside a transaction is cut off by the server, and the others keep saving", "[.server][concurrency]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    const QString hisCase = test::newCase(t.db());
    auto hung = Database::open(t.path());
    REQUIRE(hung.ok());
    {
        // The hung PC holds the write lock with a change made, then does nothing more.
        Transaction stuck(*hung.value());
        REQUIRE(stuck.ok());
        REQUIRE(CaseStore(*hung.value()).setField(hisCase, CaseField::Note, QStringLiteral("never committed")).ok());
        // Another PC saves meanwhile: it waits, and gets through once the server ends the hung
        // session, before its own wait for the lock runs out.
        QElapsedTimer clock;
        clock.start();
        const Status saved = CaseStore(t.db()).setField(caseId, CaseField::Note, QStringLiteral("saved while the other PC hung"));
        INFO(saved.message().toStdString() << " after " << clock.elapsed() << " ms");
        CHECK(saved.ok());
        CHECK(clock.elapsed() < 5000);
        CHECK(CaseStore(t.db()).get(caseId)->note == QStringLiteral("saved while the other PC hung"));
        CHECK_FALSE(stuck.commit().ok()); // its session is gone, and with it the change
    }
    CHECK(CaseStore(t.db()).get(hisCase)->note.isEmpty());
    // The hung PC, once it answers again, connects again (as the program's probe does every 3 s)
    // and saves as before.
    CHECK(hung.value()->checkConnection());
    REQUIRE(CaseStore(*hung.value()).setField(hisCase, CaseField::Note, QStringLiteral("after the hang")).ok());
    CHECK(CaseStore(t.db()).get(hisCase)->note == QStringLiteral("after the hang"));
    CHECK(HistorySeal::verify(t.db())->intact);
}
