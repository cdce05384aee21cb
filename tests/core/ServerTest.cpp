// Several workstations on one team database (PostgreSQL). These run in the server pass of the
// tests only (scripts/test.sh starts a throwaway server): hidden from the file pass.
#include "CaseStore.h"
#include "Database.h"
#include "EventLog.h"
#include "HistorySeal.h"
#include "PromiseStore.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "WorkQueue.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QThread>

#include <atomic>
#include <memory>

using namespace rd;
using rd::test::TempDatabase;

namespace {

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

int count(Database &db, const QString &sql, const QVariantList &params = {})
{
    auto v = db.scalar(sql, params);
    INFO(v.message().toStdString());
    REQUIRE(v.ok());
    return v->toInt();
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

TEST_CASE("A wrong or unreachable server address gets a message saying what to do", "[.server][bad-input]")
{
    REQUIRE(TempDatabase::onServer());
    auto incomplete = Database::open(QStringLiteral("postgresql://anna@/"));
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.error().code == Error::Code::InvalidInput);
    CHECK(incomplete.message().contains(QStringLiteral("postgresql://user@server:5432/database")));

    auto unreachable = Database::open(QStringLiteral("postgresql://anna:secret@127.0.0.1:1/recoverydesk"));
    REQUIRE_FALSE(unreachable.ok());
    CHECK(unreachable.message().contains(QStringLiteral("cannot be reached")));
    CHECK_FALSE(unreachable.message().contains(QStringLiteral("secret"))); // the password is never shown

    // A database of another program is refused, not filled with our tables.
    TempDatabase t;
    REQUIRE(t.db().execOnce(QStringLiteral("CREATE TABLE main.invoices (id TEXT)")).ok());
    REQUIRE(t.db().execOnce(QStringLiteral("DROP TABLE main.setting CASCADE")).ok());
    auto foreign = Database::open(t.path());
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().code == Error::Code::Foreign);
}
