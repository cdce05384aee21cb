// Two PCs changing the same case at once, store by store: every change is kept, the counts the
// case list sorts on match the rows, and every history chain holds (on a file, where one writer
// goes at a time, and on a team database, where changes of one case take turns by its lock).
// On a team database, changes of different cases go on side by side.
#include "agreements/CallbackStore.h"
#include "agreements/PromiseStore.h"
#include "call/CallSession.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "storage/HistorySeal.h"
#include "storage/Transaction.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::count;

namespace {

constexpr qint64 kHour = 3600000;

qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

/// Runs @p work on two PCs at once, each with a connection of its own in a thread of its own,
/// named pc-one and pc-two; returns how many of their calls failed (work returns its own count).
/// Both seal their history under one workstation id, so they write the same history chain of
/// the case: only taking turns keeps that chain whole.
int onTwoPCs(const QString &path, const std::function<int(Database &, const QString &)> &work)
{
    std::atomic<int> failures = 0;
    const auto pc = [&](const QString &name) {
        return QThread::create([&, name] {
            Database::Options options;
            options.workstation = QStringLiteral("pc-shared-chain");
            auto db = Database::open(path, options);
            if (!db) {
                ++failures;
                return;
            }
            db.value()->setActor(name);
            failures += work(*db.value(), name);
        });
    };
    std::unique_ptr<QThread> one(pc(QStringLiteral("pc-one"))), two(pc(QStringLiteral("pc-two")));
    one->start();
    two->start();
    one->wait();
    two->wait();
    return failures;
}

void checkHistoryIntact(Database &db)
{
    auto report = HistorySeal::verify(db);
    REQUIRE(report.ok());
    INFO(report->problem.toStdString());
    CHECK(report->intact);
    CHECK(report->events == count(db, "SELECT count(*) FROM case_event"));
}

/// The case's stored counts (what the case list sorts and filters on) against its rows.
void checkOpenCounts(Database &db, const QString &caseId)
{
    CHECK(count(db, QStringLiteral("SELECT open_promises FROM case_record WHERE id = ?"), {caseId}) ==
          count(db, QStringLiteral("SELECT count(*) FROM promised_action WHERE case_id = ? AND status = 'open'"), {caseId}));
    CHECK(count(db, QStringLiteral("SELECT coalesce(next_due_at, 0) FROM case_record WHERE id = ?"), {caseId}) ==
          count(db,
                QStringLiteral("SELECT coalesce(min(d), 0) FROM (SELECT due_at AS d FROM promised_action WHERE case_id = ? "
                               "AND status = 'open' UNION ALL SELECT window_end FROM callback_note WHERE case_id = ? "
                               "AND status = 'open') AS due"),
                {caseId, caseId}));
}

qint64 events(Database &db, const QString &caseId, const char *kind)
{
    return count(db, QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = ? AND kind = ?"),
                 {caseId, QString::fromLatin1(kind)});
}

} // namespace

TEST_CASE("Two PCs making and keeping promises on one case at once lose nothing", "[any-backend][concurrency][promise]")
{
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    constexpr int kEach = 12;
    const int failures = onTwoPCs(t.path(), [&](Database &db, const QString &name) {
        int failed = 0;
        PromiseStore promises(db);
        for (int i = 0; i < kEach; ++i) {
            auto p = promises.add(caseId, QStringLiteral("%1 promise %2").arg(name).arg(i), name, now() + (i + 1) * kHour,
                                  PromiseKind::Process);
            if (!p) {
                ++failed;
                continue;
            }
            // Every other one is kept, every fourth moved: each a read-then-write of the case.
            if (i % 2 == 0 && !promises.complete(p->id, QStringLiteral("done")))
                ++failed;
            if (i % 4 == 1 && !promises.reschedule(p->id, now() + 48 * kHour, QStringLiteral("waiting for the part")))
                ++failed;
        }
        return failed;
    });
    CHECK(failures == 0);
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM promised_action WHERE case_id = ?"), {caseId}) == 2 * kEach);
    CHECK(events(t.db(), caseId, "promise.made") == 2 * kEach);
    CHECK(events(t.db(), caseId, "promise.kept") == kEach);
    CHECK(events(t.db(), caseId, "promise.rescheduled") == 2 * (kEach / 4));
    CHECK(count(t.db(), QStringLiteral("SELECT open_promises FROM case_record WHERE id = ?"), {caseId}) == kEach);
    checkOpenCounts(t.db(), caseId);
    checkHistoryIntact(t.db());
}

TEST_CASE("Two PCs keeping the same promises at once: each is kept once", "[any-backend][concurrency][promise]")
{
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    constexpr int kPromises = 15;
    QStringList ids;
    for (int i = 0; i < kPromises; ++i)
        ids << PromiseStore(t.db()).add(caseId, QStringLiteral("promise %1").arg(i), QStringLiteral("anna"),
                                        now() + (i + 1) * kHour, PromiseKind::Process)->id;
    std::atomic<int> kept = 0;
    const int refused = onTwoPCs(t.path(), [&](Database &db, const QString &) {
        int failed = 0;
        for (const QString &id : ids) {
            if (PromiseStore(db).complete(id, QStringLiteral("done")))
                ++kept;
            else
                ++failed; // already kept by the other PC: refused, as it should be
        }
        return failed;
    });
    CHECK(kept == kPromises);
    CHECK(refused == kPromises);
    CHECK(events(t.db(), caseId, "promise.kept") == kPromises);
    CHECK(count(t.db(), QStringLiteral("SELECT open_promises FROM case_record WHERE id = ?"), {caseId}) == 0);
    checkHistoryIntact(t.db());
}

TEST_CASE("A case closed on one PC while another PC makes promises on it is never closed with an open promise",
          "[any-backend][concurrency][case]")
{
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    std::atomic<bool> closed = false;
    const int failures = onTwoPCs(t.path(), [&](Database &db, const QString &name) {
        if (name == QLatin1String("pc-one")) {
            // Tries to close until it may (no promise open at that moment).
            QElapsedTimer clock;
            clock.start();
            while (!closed && clock.elapsed() < 20000)
                if (CaseStore(db).close(caseId, Outcome::Same, QString()))
                    closed = true;
            return closed ? 0 : 1;
        }
        // Makes a promise and keeps it, again and again, until the case is closed under it (a
        // promise it made is always its to keep: the case cannot close while it is open).
        int failed = 0;
        for (int i = 0; i < 400 && !closed; ++i) {
            auto p = PromiseStore(db).add(caseId, QStringLiteral("check %1").arg(i), name, now() + kHour, PromiseKind::Process);
            if (p && !PromiseStore(db).complete(p->id, QStringLiteral("done")))
                ++failed;
        }
        return failed;
    });
    CHECK(failures == 0);
    CHECK(closed);
    CHECK(CaseStore(t.db()).get(caseId)->status == CaseStatus::Closed);
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM promised_action WHERE case_id = ? AND status = 'open'"), {caseId}) == 0);
    checkOpenCounts(t.db(), caseId);
    checkHistoryIntact(t.db());
}

TEST_CASE("Two PCs noting and making callbacks on one case at once lose nothing", "[any-backend][concurrency][callback]")
{
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    constexpr int kEach = 12;
    const int failures = onTwoPCs(t.path(), [&](Database &db, const QString &name) {
        int failed = 0;
        CallbackStore callbacks(db);
        for (int i = 0; i < kEach; ++i) {
            const qint64 from = now() + (i + 1) * kHour;
            auto n = callbacks.add(caseId, name, QStringLiteral("+31 20 555 0101"), QStringLiteral("Is the refund there?"),
                                   from, from + kHour);
            if (!n) {
                ++failed;
                continue;
            }
            if (i % 2 == 0 && !callbacks.complete(n->id, QStringLiteral("reached")))
                ++failed;
            if (i % 4 == 1 && !callbacks.handOver(n->id, QStringLiteral("bram")))
                ++failed;
        }
        return failed;
    });
    CHECK(failures == 0);
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM callback_note WHERE case_id = ?"), {caseId}) == 2 * kEach);
    CHECK(events(t.db(), caseId, "callback.noted") == 2 * kEach);
    CHECK(events(t.db(), caseId, "callback.done") == kEach);
    CHECK(events(t.db(), caseId, "callback.handed_over") == 2 * (kEach / 4));
    checkOpenCounts(t.db(), caseId);
    checkHistoryIntact(t.db());
}

TEST_CASE("Two PCs typing into one case and confirming its summary at once lose nothing",
          "[any-backend][concurrency][case]")
{
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    constexpr int kEach = 15;
    const int failures = onTwoPCs(t.path(), [&](Database &db, const QString &name) {
        int failed = 0;
        CaseStore cases(db);
        for (int i = 0; i < kEach; ++i) {
            const CaseField field = name == QLatin1String("pc-one") ? CaseField::Note : CaseField::Summary;
            if (!cases.setField(caseId, field, QStringLiteral("%1 typed %2").arg(name).arg(i)))
                ++failed;
            if (name == QLatin1String("pc-two") && !cases.confirmSummary(caseId))
                ++failed;
        }
        return failed;
    });
    CHECK(failures == 0);
    auto c = CaseStore(t.db()).get(caseId);
    REQUIRE(c.ok());
    // Each PC's last save of its own field stands: neither overwrote the other's column.
    CHECK(c->note == QStringLiteral("pc-one typed 14"));
    CHECK(c->summary == QStringLiteral("pc-two typed 14"));
    CHECK(events(t.db(), caseId, "field.set") == 2 * kEach);
    CHECK(events(t.db(), caseId, "summary.confirmed") == kEach);
    checkHistoryIntact(t.db());
}

TEST_CASE("A call guided on one PC while another PC makes promises on the same case loses nothing",
          "[any-backend][concurrency][call]")
{
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    const int failures = onTwoPCs(t.path(), [&](Database &db, const QString &name) {
        int failed = 0;
        if (name == QLatin1String("pc-one")) {
            auto call = CallSession::start(db, caseId);
            if (!call)
                return 1;
            for (int i = 0; i < 6; ++i)
                if (!call->completeStep())
                    ++failed;
            return failed;
        }
        for (int i = 0; i < 8; ++i)
            if (!PromiseStore(db).add(caseId, QStringLiteral("send the form %1").arg(i), name, now() + (i + 1) * kHour,
                                      PromiseKind::Process, true))
                ++failed;
        return failed;
    });
    CHECK(failures == 0);
    CHECK(events(t.db(), caseId, "call.started") == 1);
    CHECK(events(t.db(), caseId, "promise.made") == 8);
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = ? AND kind = 'step.done'"),
                {caseId}) >= 6);
    checkOpenCounts(t.db(), caseId);
    checkHistoryIntact(t.db());
}

TEST_CASE("Two PCs correcting one customer's details at once keep every correction and one name throughout",
          "[any-backend][concurrency][customer]")
{
    TempDatabase t;
    const QString customerId = test::newCustomer(t.db());
    auto ownCase = CaseStore(t.db()).create(customerId, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    REQUIRE(ownCase.ok());
    REQUIRE(CaseStore(t.db()).create(customerId, Channel::Email, CaseKind::Question, QStringLiteral("anna")).ok());
    constexpr int kEach = 10;
    const int failures = onTwoPCs(t.path(), [&](Database &db, const QString &name) {
        int failed = 0;
        CustomerStore customers(db);
        for (int i = 0; i < kEach; ++i) {
            auto c = customers.get(customerId);
            if (!c) {
                ++failed;
                continue;
            }
            Customer changed = c.value();
            changed.name = QStringLiteral("Ria Jansen (%1 %2)").arg(name).arg(i);
            if (!customers.update(changed))
                ++failed;
            // A new customer on the side, as a call for someone new would make.
            Customer other;
            other.name = QStringLiteral("New caller %1 %2").arg(name).arg(i);
            if (!customers.create(other))
                ++failed;
        }
        return failed;
    });
    CHECK(failures == 0);
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM case_event WHERE customer_id = ? AND kind = 'customer.updated'"),
                {customerId}) == 2 * kEach);
    CHECK(count(t.db(), "SELECT count(*) FROM customer WHERE name LIKE 'New caller %'") == 2 * kEach);
    // The name on the customer's cases is the customer's name now, not an older one.
    const QString name = CustomerStore(t.db()).get(customerId)->name;
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM case_record WHERE customer_id = ? AND customer_name <> ?"),
                {customerId, name}) == 0);
    checkHistoryIntact(t.db());
}

TEST_CASE("A record's lock number is the same on every PC", "[concurrency]")
{
    // The PCs sharing a team database must agree on these numbers, whatever their build: they are
    // the first 32 bits of the SHA-1 of the record's name, never a per-process hash.
    CHECK(Transaction::caseRecord(QStringLiteral("abc")) == QStringLiteral("case abc"));
    CHECK(Transaction::recordLock(QStringLiteral("case abc")) == qint32(0xd9fd89ff));
    CHECK(Transaction::recordLock(Transaction::customerRecord(QStringLiteral("abc"))) !=
          Transaction::recordLock(Transaction::caseRecord(QStringLiteral("abc"))));
}

namespace {

/// A PC that holds a case (or the whole database) locked, until its transaction ends (on the
/// test's thread: Qt's connections live in the thread that opened them).
struct Holder
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Transaction> tx;
};

Holder holding(const QString &path, const QString &caseId, bool wholeDatabase)
{
    Database::Options options;
    options.workstation = QStringLiteral("pc-holding");
    auto opened = Database::open(path, options);
    REQUIRE(opened.ok());
    Holder h{std::move(opened).value(), nullptr};
    h.tx = wholeDatabase ? std::make_unique<Transaction>(*h.db)
                         : std::make_unique<Transaction>(*h.db, QStringList{Transaction::caseRecord(caseId)});
    REQUIRE(h.tx->ok()); // its locks only: no row of the case is written, so a wait is for the lock
    return h;
}

/// Runs @p work on a PC of its own in a thread; returns when it ended, in ms from now, and its status.
struct Timed
{
    std::unique_ptr<QThread> thread;
    std::atomic<qint64> doneAfter = -1;
    std::atomic<bool> ok = false;
};

void startTimed(Timed &timed, const QString &path, const std::function<Status(Database &)> &work)
{
    timed.thread.reset(QThread::create([&timed, path, work] {
        QElapsedTimer clock;
        clock.start();
        Database::Options options;
        options.workstation = QStringLiteral("pc-waiting");
        auto db = Database::open(path, options);
        timed.ok = db && work(*db.value()).ok();
        timed.doneAfter = clock.elapsed();
    }));
    timed.thread->start();
}

/// Whether a session waits for one of this program's locks (asked of the server's lock table, so
/// a thread that has not even connected yet does not count as waiting).
bool someoneWaits(Database &db)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 4000) {
        if (count(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") > 0)
            return true;
        QThread::msleep(20);
    }
    return false;
}

} // namespace

TEST_CASE("On a team database, saves of different cases do not wait for each other; saves of one case take turns",
          "[.server][concurrency]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    const QString held = test::newCase(t.db());
    const QString other = test::newCase(t.db());
    Holder pc = holding(t.path(), held, false);

    // Another case saves at once while the first is held.
    QElapsedTimer clock;
    clock.start();
    REQUIRE(CaseStore(t.db()).setField(other, CaseField::Note, QStringLiteral("saved beside it")).ok());
    CHECK(clock.elapsed() < 1000);

    // The held case waits until the holder commits, then saves on top of its change.
    Timed sameCase;
    startTimed(sameCase, t.path(), [&](Database &db) {
        return CaseStore(db).setField(held, CaseField::Experience, QStringLiteral("after the other PC"));
    });
    CHECK(someoneWaits(t.db()));
    CHECK(sameCase.doneAfter == -1); // still waiting
    REQUIRE(pc.tx->commit().ok());
    sameCase.thread->wait();
    CHECK(sameCase.ok);
    CHECK(CaseStore(t.db()).get(held)->experience == QStringLiteral("after the other PC"));
    checkHistoryIntact(t.db());
}

TEST_CASE("On a team database, work on the whole database and saves of a case wait for each other",
          "[.server][concurrency]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    const QString held = test::newCase(t.db());
    const QString other = test::newCase(t.db());

    SECTION("whole-database work waits for a case being saved")
    {
        Holder pc = holding(t.path(), held, false);
        Timed whole;
        startTimed(whole, t.path(), [](Database &db) { return Transaction::run(db, [] { return Status(); }); });
        CHECK(someoneWaits(t.db()));
        CHECK(whole.doneAfter == -1);
        REQUIRE(pc.tx->commit().ok());
        whole.thread->wait();
        CHECK(whole.ok);
    }
    SECTION("a save of any case waits for whole-database work")
    {
        Holder pc = holding(t.path(), held, true);
        Timed save;
        startTimed(save, t.path(), [&](Database &db) {
            return CaseStore(db).setField(other, CaseField::Note, QStringLiteral("after the import"));
        });
        CHECK(someoneWaits(t.db()));
        CHECK(save.doneAfter == -1);
        REQUIRE(pc.tx->commit().ok());
        save.thread->wait();
        CHECK(save.ok);
    }
    SECTION("a nested change of another case, and whole-database work nested in a save, add their locks")
    {
        Database::Options options;
        options.workstation = QStringLiteral("pc-nesting");
        auto db = Database::open(t.path(), options);
        REQUIRE(db.ok());
        Transaction outer(*db.value(), QStringList{Transaction::caseRecord(held)});
        REQUIRE(outer.ok());
        REQUIRE(CaseStore(*db.value()).setField(other, CaseField::Note, QStringLiteral("nested")).ok());
        // The other case is now held by this transaction: another PC's save of it waits.
        Timed save;
        startTimed(save, t.path(), [&](Database &d) {
            return CaseStore(d).setField(other, CaseField::Experience, QStringLiteral("waited"));
        });
        CHECK(someoneWaits(t.db()));
        CHECK(save.doneAfter == -1);
        REQUIRE(outer.commit().ok());
        save.thread->wait();
        CHECK(save.ok);
        CHECK(CaseStore(t.db()).get(other)->note == QStringLiteral("nested"));
    }
    SECTION("whole-database work nested in a change of one case widens its lock")
    {
        Database::Options options;
        options.workstation = QStringLiteral("pc-widening");
        auto db = Database::open(t.path(), options);
        REQUIRE(db.ok());
        Transaction outer(*db.value(), QStringList{Transaction::caseRecord(held)});
        REQUIRE(outer.ok());
        Transaction inner(*db.value());
        REQUIRE(inner.ok());
        REQUIRE(inner.commit().ok());
        // Still held until the outer one ends: a save of any other case waits.
        Timed save;
        startTimed(save, t.path(), [&](Database &d) {
            return CaseStore(d).setField(other, CaseField::Decision, QStringLiteral("after the widening"));
        });
        CHECK(someoneWaits(t.db()));
        CHECK(save.doneAfter == -1);
        REQUIRE(outer.commit().ok());
        save.thread->wait();
        CHECK(save.ok);
    }
    checkHistoryIntact(t.db());
}
