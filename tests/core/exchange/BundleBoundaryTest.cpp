// A bundle is untrusted from its first byte to its last: crafted bundles, re-sealed as an attacker
// with sqlite3 would (the content hash and the history seals have no key), are refused with a
// message, and the archive stays byte-identical (hashed before the attempt). Issue 16.
#include "exchange/Bundle.h"
#include "BundleForgery.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "review/DemoData.h"
#include "storage/HistorySeal.h"
#include "safety/Privacy.h"
#include "review/ReflectionStore.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "cli/BatchCommands.h"
#include "exchange/WorkstationKey.h"
#include "exchange/WorkstationTrust.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <cstdio>
#include <functional>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace rd;
using rd::test::BundleForgery;
using rd::test::TempDatabase;

namespace {

QByteArray hashOf(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
    }
    return hash.result();
}

/// An archive that already holds one workstation's bundle, and a copy of that bundle to tamper with.
struct Scene
{
    TempDatabase source;
    TempDatabase archive;
    QString bundle;

    explicit Scene(int cases = 30)
    {
        REQUIRE(DemoData(source.db(), 11, DemoData::Language::English).generate(cases).ok());
        bundle = source.dir() + QStringLiteral("/pc1.rdbundle");
        REQUIRE(Bundle::write(source.db(), bundle, {}).ok());
        auto first = Bundle::merge(archive.db(), bundle);
        INFO(first.message().toStdString());
        REQUIRE(first.ok());
    }

    /// A copy of the bundle changed by @p tamper, its content hash recomputed.
    QString forged(const QString &name, const std::function<void(BundleForgery &)> &tamper, bool reseal = true)
    {
        const QString path = source.dir() + QLatin1Char('/') + name;
        QFile::remove(path);
        REQUIRE(QFile::copy(bundle, path));
        {
            BundleForgery f(path);
            REQUIRE(f.ok());
            tamper(f);
            if (reseal)
                REQUIRE(f.resealContent());
        }
        return path;
    }

    /// Imports @p path and expects a refusal mentioning @p words, with the archive unchanged.
    void expectRefused(const QString &path, const QString &words)
    {
        archive.close();
        const QByteArray before = hashOf(archive.path());
        archive.reopen();
        auto result = Bundle::merge(archive.db(), path);
        const std::string outcome = result.ok() ? std::string("imported") : result.message().toStdString();
        INFO(outcome);
        REQUIRE_FALSE(result.ok());
        CHECK(result.message().contains(words, Qt::CaseInsensitive));
        archive.close();
        CHECK(hashOf(archive.path()) == before);
        archive.reopen();
    }

    QString someCustomer()
    {
        return archive.db().scalar(QStringLiteral("SELECT id FROM customer WHERE name <> ? ORDER BY id LIMIT 1"),
                                   {Privacy::erasedName()})->toString();
    }
};

/// A customer.erased event for @p customerId, sealed as the first event of a new chain of a
/// workstation of the attacker's own ("evil"): a seal anyone can compute.
void forgeErasure(BundleForgery &f, const QString &eventId, const QString &customerId, const char *isoAt, const QString &data)
{
    const qint64 at = TempDatabase::ms(isoAt);
    const EventSeal seal = HistorySeal::sealAfter(QString(), QStringLiteral("evil"), QStringLiteral("c2FsdA"), eventId, QString(),
                                                  customerId, at, QStringLiteral("mallory"), QStringLiteral("customer.erased"), data);
    REQUIRE(f.exec(QStringLiteral("INSERT INTO case_event (id, case_id, customer_id, at, actor, kind, data, workstation, salt, "
                                  "data_hash, prev_hash, hash) VALUES (?, NULL, ?, ?, 'mallory', 'customer.erased', ?, 'evil', "
                                  "'c2FsdA', ?, '', ?)"),
                   {eventId, customerId, at, data, seal.dataHash, seal.hash}));
}

/// The bundle's copy of customer @p customerId in erased form, as an erase leaves it.
void eraseForm(BundleForgery &f, const QString &customerId)
{
    REQUIRE(f.exec(QStringLiteral("UPDATE customer SET name = ?, phone = '', phone_digits = '', email = '', organisation = '' "
                                  "WHERE id = ?"),
                   {Privacy::erasedName(), customerId}));
}

} // namespace

TEST_CASE("A lone erasure in a re-sealed bundle is refused and erases nothing", "[bundle][boundary]")
{
    Scene scene;
    const QString victim = scene.someCustomer();
    const QString name = scene.archive.db().scalar(QStringLiteral("SELECT name FROM customer WHERE id = ?"), {victim})->toString();
    const QString path = scene.forged(QStringLiteral("erase.rdbundle"), [&](BundleForgery &f) {
        // A new chain of the attacker's own, properly sealed: only the record's form gives it away.
        forgeErasure(f, QStringLiteral("evil-1"), victim, "2026-11-26T08:00:00", QStringLiteral("{\"reason\":\"x\"}"));
    });
    scene.expectRefused(path, QStringLiteral("erasure"));
    CHECK(scene.archive.db().scalar(QStringLiteral("SELECT name FROM customer WHERE id = ?"), {victim})->toString() == name);
}

TEST_CASE("Bundles with views, triggers or virtual tables are refused at once", "[bundle][boundary]")
{
    Scene scene;
    SECTION("a view that never ends, in place of a table")
    {
        const QString path = scene.forged(QStringLiteral("view.rdbundle"), [](BundleForgery &f) {
            REQUIRE(f.exec(QStringLiteral("DROP TABLE reflection")));
            REQUIRE(f.exec(QStringLiteral("CREATE VIEW reflection AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                          "SELECT i AS id, '' AS employee, '' AS month, '' AS best_experience, '' AS meeting_delivered, "
                                          "'' AS changed_behaviour, '[]' AS case_ids, 0 AS created_at, 0 AS updated_at FROM n")));
        }, false); // the schema is refused before the content hash is even read
        QElapsedTimer timer;
        timer.start();
        scene.expectRefused(path, QStringLiteral("view"));
        CHECK(timer.elapsed() < 60'000); // it hung forever before
    }
    SECTION("a trigger")
    {
        const QString path = scene.forged(QStringLiteral("trigger.rdbundle"), [](BundleForgery &f) {
            REQUIRE(f.exec(QStringLiteral("CREATE TRIGGER t AFTER INSERT ON customer BEGIN DELETE FROM customer; END")));
        }, false);
        scene.expectRefused(path, QStringLiteral("trigger"));
    }
    SECTION("a virtual table")
    {
        const QString path = scene.forged(QStringLiteral("virtual.rdbundle"), [](BundleForgery &f) {
            REQUIRE(f.exec(QStringLiteral("CREATE VIRTUAL TABLE extra USING fts5(x)")));
        }, false);
        scene.expectRefused(path, QStringLiteral("extra"));
    }
    SECTION("a table with an extra column")
    {
        const QString path = scene.forged(QStringLiteral("column.rdbundle"), [](BundleForgery &f) {
            REQUIRE(f.exec(QStringLiteral("ALTER TABLE customer ADD COLUMN secret TEXT")));
        }, false);
        scene.expectRefused(path, QStringLiteral("columns"));
    }
}

TEST_CASE("A bundle is read from a private copy: no sidecar -wal, no URI names, the file never written", "[bundle][boundary]")
{
    TempDatabase source;
    REQUIRE(DemoData(source.db(), 3, DemoData::Language::English).generate(10).ok());
    const QString dir = source.dir() + QStringLiteral("/inbox");
    REQUIRE(QDir().mkpath(dir));

    SECTION("a -wal beside the bundle is neither merged into it nor imported")
    {
        const QString bundle = dir + QStringLiteral("/with-wal.rdbundle");
        REQUIRE(Bundle::write(source.db(), bundle, {}).ok());
        const QString wal = bundle + QStringLiteral("-wal");
        {
            // Someone opened the bundle in WAL mode and added a customer that only the -wal holds.
            const QString name = QStringLiteral("walwriter");
            {
                QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                c.setDatabaseName(bundle);
                REQUIRE(c.open());
                QSqlQuery q(c);
                REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
                REQUIRE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
                REQUIRE(q.exec(QStringLiteral("INSERT INTO customer (id, name, phone, phone_digits, email, organisation, created_at, "
                                              "updated_at) VALUES ('from-wal', 'Only In The Wal', '', '', '', '', 1764140400000, 1764140400000)")));
                // Copies of the file pair as it is now (the connection would checkpoint on close).
                QFile::remove(dir + QStringLiteral("/copy.rdbundle"));
                REQUIRE(QFile::copy(bundle, dir + QStringLiteral("/copy.rdbundle")));
                REQUIRE(QFile::copy(wal, dir + QStringLiteral("/copy.rdbundle-wal")));
                c.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        const QString copy = dir + QStringLiteral("/copy.rdbundle");
        const QByteArray bundleBefore = hashOf(copy); // the file and its -wal
        TempDatabase archive;
        auto stats = Bundle::merge(archive.db(), copy);
        INFO(stats.message().toStdString());
        REQUIRE(stats.ok());
        CHECK(rd::test::count(archive.db(), "SELECT count(*) FROM customer WHERE id = 'from-wal'") == 0);
        CHECK(hashOf(copy) == bundleBefore);
        CHECK(QFile::exists(copy + QStringLiteral("-wal")));
    }
    SECTION("a name that looks like a URI is the file of that name")
    {
        TempDatabase other;
        REQUIRE(DemoData(other.db(), 4, DemoData::Language::English).generate(7).ok());
        REQUIRE(Bundle::write(source.db(), dir + QStringLiteral("/file:b.rdbundle"), {}).ok());
        REQUIRE(Bundle::write(other.db(), dir + QStringLiteral("/b.rdbundle"), {}).ok());
        const QString previous = QDir::currentPath();
        REQUIRE(QDir::setCurrent(dir));
        TempDatabase archive;
        auto stats = Bundle::merge(archive.db(), QStringLiteral("file:b.rdbundle"));
        QDir::setCurrent(previous);
        INFO(stats.message().toStdString());
        REQUIRE(stats.ok());
        CHECK(stats->newCases == 10); // the 10 cases of file:b.rdbundle, not the 7 of b.rdbundle
    }
}

TEST_CASE("Forged, forked and gapped history events are refused", "[bundle][boundary]")
{
    Scene scene;
    const auto lastEventOfACase = [&](BundleForgery &f) {
        return f.scalar(QStringLiteral("SELECT id FROM case_event WHERE case_id IS NOT NULL AND hash IS NOT NULL "
                                       "ORDER BY at DESC, id LIMIT 1")).toString();
    };
    SECTION("an event's data changed (content hash recomputed, seal not)")
    {
        const QString path = scene.forged(QStringLiteral("forged.rdbundle"), [&](BundleForgery &f) {
            REQUIRE(f.exec(QStringLiteral("UPDATE case_event SET data = '{\"summary\":\"nothing happened\"}' WHERE id = ?"),
                           {lastEventOfACase(f)}));
        });
        scene.expectRefused(path, QStringLiteral("history"));
    }
    SECTION("an event rewritten and sealed again: the archive holds the original")
    {
        const QString path = scene.forged(QStringLiteral("rewritten.rdbundle"), [&](BundleForgery &f) {
            const QString id = lastEventOfACase(f);
            REQUIRE(f.exec(QStringLiteral("UPDATE case_event SET data = '{\"summary\":\"nothing happened\"}' WHERE id = ?"), {id}));
            REQUIRE(f.resealEvent(id));
        });
        scene.expectRefused(path, QStringLiteral("differs"));
    }
    SECTION("a second event claiming an existing event's place (a fork)")
    {
        const QString path = scene.forged(QStringLiteral("fork.rdbundle"), [&](BundleForgery &f) {
            const QString id = lastEventOfACase(f);
            REQUIRE(f.exec(QStringLiteral("INSERT INTO case_event (id, case_id, customer_id, at, actor, kind, data, workstation, salt, "
                                          "data_hash, prev_hash, hash) SELECT 'fork-1', case_id, customer_id, at, actor, kind, "
                                          "'{\"note\":\"slipped in\"}', workstation, salt, data_hash, prev_hash, hash FROM case_event WHERE id = ?"),
                           {id}));
            REQUIRE(f.resealEvent(QStringLiteral("fork-1")));
        });
        scene.expectRefused(path, QStringLiteral("same place"));
    }
    SECTION("an event taken out of the middle of a chain (a gap), into a fresh archive")
    {
        const QString path = scene.forged(QStringLiteral("gap.rdbundle"), [&](BundleForgery &f) {
            const QString middle = f.scalar(QStringLiteral("SELECT e.id FROM case_event e WHERE e.hash IS NOT NULL AND e.prev_hash <> '' "
                                                           "AND EXISTS (SELECT 1 FROM case_event n WHERE n.prev_hash = e.hash) LIMIT 1"))
                                       .toString();
            REQUIRE_FALSE(middle.isEmpty());
            REQUIRE(f.exec(QStringLiteral("DELETE FROM case_event WHERE id = ?"), {middle}));
        });
        TempDatabase fresh;
        fresh.close();
        const QByteArray before = hashOf(fresh.path());
        fresh.reopen();
        auto result = Bundle::merge(fresh.db(), path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.message().contains(QStringLiteral("missing")));
        fresh.close();
        CHECK(hashOf(fresh.path()) == before);
    }
}

TEST_CASE("Rows that break the store's own rules are refused", "[bundle][boundary]")
{
    Scene scene;
    const QString customer = scene.someCustomer();
    struct Tamper
    {
        const char *what;
        const char *sql;
        const char *words;
    };
    const Tamper cases[] = {
        {"invalid UTF-8", "UPDATE customer SET name = CAST(X'4A616EFF6E' AS TEXT) WHERE id = ?", "UTF-8"},
        {"a control character", "UPDATE customer SET name = 'Jan' || char(7) || 'sen' WHERE id = ?", "control"},
        {"a right-to-left override that shows the name in another order",
         "UPDATE customer SET name = 'Jan ' || char(0x202E) || 'nesnaJ' WHERE id = ?", "direction"},
        {"a direction override written as a JSON escape in an event's data",
         "UPDATE case_event SET data = '{\"value\":\"pay \\u202e9999\"}' WHERE kind = 'field.set' AND (customer_id = ? OR 1 = 1)",
         "direction"},
        {"an unknown cause", "UPDATE case_record SET cause = 'aliens' WHERE customer_id = ? OR 1 = 1", "aliens"},
        {"a time far in the future", "UPDATE customer SET updated_at = 4102444800000 WHERE id = ?", "later than the bundle"},
        {"a time an hour after the bundle was made", "UPDATE customer SET updated_at = (SELECT value FROM manifest WHERE key = 'exported_at') + 3600000 "
                                                     "WHERE id = ?", "later than the bundle"},
        {"a time before 2000", "UPDATE customer SET created_at = 5 WHERE id = ?", "2000"},
        {"bytes where text belongs", "UPDATE customer SET organisation = X'00FF' WHERE id = ?", "type"},
        {"event data that is not JSON", "UPDATE case_event SET data = 'not json' WHERE customer_id = ? OR 1 = 1", "JSON"},
        {"a 5,000-digit phone number", "UPDATE customer SET phone = substr(replace(hex(zeroblob(2500)), '0', '12'), 1, 5000), "
                                       "phone_digits = substr(replace(hex(zeroblob(2500)), '0', '12'), 1, 5000) WHERE id = ?",
         "too long"},
        {"a postal address of seven lines", "UPDATE customer SET address = '1' || char(10) || '2' || char(10) || '3' || char(10) || "
                                            "'4' || char(10) || '5' || char(10) || '6' || char(10) || '7' WHERE id = ?", "envelope"},
        {"a postal address of 400 characters", "UPDATE customer SET address = substr(hex(zeroblob(200)), 1, 400) WHERE id = ?",
         "envelope"},
        {"a postal address with a carriage return", "UPDATE customer SET address = 'a' || char(13) || 'b' WHERE id = ?", "line break"},
        {"a language no letter is written in", "UPDATE customer SET language = 'fr' WHERE id = ?", "fr"},
    };
    for (const Tamper &t : cases) {
        DYNAMIC_SECTION(t.what)
        {
            const QString path = scene.forged(QStringLiteral("rule.rdbundle"), [&](BundleForgery &f) {
                REQUIRE(f.exec(QString::fromUtf8(t.sql), {customer}));
            });
            scene.expectRefused(path, QString::fromUtf8(t.words));
        }
    }
}

TEST_CASE("A phone number longer than the store allows is refused when typed, too", "[customer][boundary]")
{
    TempDatabase t;
    Customer c;
    c.name = QStringLiteral("Lang Nummer");
    c.phone = QString(CustomerStore::kMaxPhoneChars + 1, QLatin1Char('1'));
    auto made = CustomerStore(t.db()).create(c);
    REQUIRE_FALSE(made.ok());
    CHECK(made.message().contains(QStringLiteral("too long")));
    c.phone = QStringLiteral("+31 6 1234 5678");
    CHECK(CustomerStore(t.db()).create(c).ok());
}

TEST_CASE("Reflections for one employee and month from two PCs merge the same in either order", "[bundle][boundary][reflection]")
{
    TempDatabase pc1, pc2;
    // A bundle carries the reflections of the employees whose cases it carries.
    rd::test::newCase(pc1.db());
    rd::test::newCase(pc2.db());
    Reflection r;
    r.employee = QStringLiteral("anna");
    r.month = QStringLiteral("2026-11");
    r.bestExperience = QStringLiteral("Written on the first PC");
    REQUIRE(ReflectionStore(pc1.db()).save(r).ok());
    pc2.clock().advanceSecs(3600); // written later on the second PC: it wins everywhere
    r.bestExperience = QStringLiteral("Written later on the second PC");
    REQUIRE(ReflectionStore(pc2.db()).save(r).ok());
    const QString b1 = pc1.dir() + QStringLiteral("/pc1.rdbundle");
    const QString b2 = pc2.dir() + QStringLiteral("/pc2.rdbundle");
    REQUIRE(Bundle::write(pc1.db(), b1, {}).ok());
    REQUIRE(Bundle::write(pc2.db(), b2, {}).ok());

    const auto survivor = [](TempDatabase &archive) {
        auto got = ReflectionStore(archive.db()).get(QStringLiteral("anna"), QStringLiteral("2026-11"));
        REQUIRE(got.ok());
        return got->id + QLatin1Char('|') + got->bestExperience;
    };
    TempDatabase forward, backward;
    forward.clock().advanceSecs(7200);
    backward.clock().advanceSecs(7200);
    REQUIRE(Bundle::merge(forward.db(), b1).ok());
    REQUIRE(Bundle::merge(forward.db(), b2).ok());
    REQUIRE(Bundle::merge(backward.db(), b2).ok());
    REQUIRE(Bundle::merge(backward.db(), b1).ok());
    CHECK(survivor(forward) == survivor(backward));
    CHECK(survivor(forward).endsWith(QStringLiteral("Written later on the second PC")));
    CHECK(rd::test::count(forward.db(), "SELECT count(*) FROM reflection") == 1);
}

TEST_CASE("An erasure of an archive's record, sent by a workstation that did not create it, is refused", "[bundle][boundary]")
{
    Scene scene;
    const QString victim = scene.someCustomer();
    const QString name = scene.archive.db().scalar(QStringLiteral("SELECT name FROM customer WHERE id = ?"), {victim})->toString();
    const QString path = scene.forged(QStringLiteral("erased-form.rdbundle"), [&](BundleForgery &f) {
        // The record in erased form and an erasure sealed as a new chain of the attacker's own.
        eraseForm(f, victim);
        forgeErasure(f, QStringLiteral("evil-2"), victim, "2026-11-26T08:30:00", QStringLiteral("{}"));
    });
    scene.expectRefused(path, QStringLiteral("did not create"));
    CHECK(scene.archive.db().scalar(QStringLiteral("SELECT name FROM customer WHERE id = ?"), {victim})->toString() == name);
}

TEST_CASE("Unsealed events are refused where the archive's history of that case is sealed - in linear time", "[bundle][boundary]")
{
    Scene scene;
    const QString caseId = scene.archive.db().scalar(QStringLiteral("SELECT id FROM case_record ORDER BY id LIMIT 1"))->toString();
    SECTION("one event slipped into a sealed case the bundle sends without its history")
    {
        const QString path = scene.forged(QStringLiteral("unsealed.rdbundle"), [&](BundleForgery &f) {
            REQUIRE(f.exec(QStringLiteral("DELETE FROM case_event WHERE case_id = ?"), {caseId}));
            REQUIRE(f.exec(QStringLiteral("INSERT INTO case_event (id, case_id, at, actor, kind, data) VALUES "
                                          "('unsealed-1', ?, ?, 'mallory', 'promise.broken', '{}')"),
                           {caseId, TempDatabase::ms("2026-11-26T08:59:00")}));
        });
        scene.expectRefused(path, QStringLiteral("no seal"));
    }
    SECTION("twenty thousand of them in one case")
    {
        const QString path = scene.forged(QStringLiteral("many.rdbundle"), [&](BundleForgery &f) {
            REQUIRE(f.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                "INSERT INTO case_event (id, case_id, at, actor, kind, data) SELECT 'many-' || i, ?, ? + i, 'mallory', 'case.status', '{}' FROM n"),
                           {caseId, TempDatabase::ms("2026-11-26T06:00:00")}));
        });
        QElapsedTimer timer;
        timer.start();
        scene.expectRefused(path, QStringLiteral("no seal"));
        std::printf("20,000 unsealed events refused in %lld ms\n", static_cast<long long>(timer.elapsed()));
        CHECK(timer.elapsed() < 60'000); // a guard against the quadratic check it replaced (27 s in a release build)
    }
}

TEST_CASE("Bundles whose tables or rows would fail inside the merge are refused by the checks, naming the bundle", "[bundle][boundary]")
{
    Scene scene;
    SECTION("a table that compares ids without regard to case")
    {
        const QString path = scene.forged(QStringLiteral("nocase.rdbundle"), [&](BundleForgery &f) {
            REQUIRE(f.exec(QStringLiteral("CREATE TABLE customer_new(id TEXT COLLATE NOCASE, name TEXT, phone TEXT, phone_digits TEXT, "
                                          "email TEXT, organisation TEXT, created_at INT, updated_at INT, address TEXT, language TEXT)")));
            REQUIRE(f.exec(QStringLiteral("INSERT INTO customer_new SELECT * FROM customer")));
            REQUIRE(f.exec(QStringLiteral("DROP TABLE customer")));
            REQUIRE(f.exec(QStringLiteral("ALTER TABLE customer_new RENAME TO customer")));
        });
        scene.expectRefused(path, QStringLiteral("not defined as a bundle's table"));
    }
    SECTION("a history event of no case and no customer")
    {
        const QString path = scene.forged(QStringLiteral("nowhere.rdbundle"), [&](BundleForgery &f) {
            REQUIRE(f.exec(QStringLiteral("UPDATE case_event SET case_id = NULL, customer_id = NULL WHERE id = "
                                          "(SELECT id FROM case_event ORDER BY id LIMIT 1)")));
        });
        scene.expectRefused(path, QStringLiteral("no case and no customer"));
    }
}

TEST_CASE("A team database refuses a foreign erasure and unsealed events as a file does", "[.server][bundle]")
{
    REQUIRE(TempDatabase::onServer());
    Scene scene(12); // the archive is a team database in this pass
    const QString victim = scene.someCustomer();
    const QString name = scene.archive.db().scalar(QStringLiteral("SELECT name FROM customer WHERE id = ?"), {victim})->toString();
    const QString erasure = scene.forged(QStringLiteral("erased-form.rdbundle"), [&](BundleForgery &f) {
        eraseForm(f, victim);
        forgeErasure(f, QStringLiteral("evil-3"), victim, "2026-11-26T08:30:00", QStringLiteral("{}"));
    });
    auto refused = Bundle::merge(scene.archive.db(), erasure);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("did not create")));
    CHECK(scene.archive.db().scalar(QStringLiteral("SELECT name FROM customer WHERE id = ?"), {victim})->toString() == name);

    const QString caseId = scene.archive.db().scalar(QStringLiteral("SELECT id FROM case_record ORDER BY id LIMIT 1"))->toString();
    const QString unsealed = scene.forged(QStringLiteral("unsealed.rdbundle"), [&](BundleForgery &f) {
        REQUIRE(f.exec(QStringLiteral("DELETE FROM case_event WHERE case_id = ?"), {caseId}));
        REQUIRE(f.exec(QStringLiteral("INSERT INTO case_event (id, case_id, at, actor, kind, data) VALUES "
                                      "('unsealed-2', ?, ?, 'mallory', 'promise.broken', '{}')"),
                       {caseId, TempDatabase::ms("2026-11-26T08:59:00")}));
    });
    const qint64 events = rd::test::count(scene.archive.db(), "SELECT count(*) FROM case_event");
    auto late = Bundle::merge(scene.archive.db(), unsealed);
    REQUIRE_FALSE(late.ok());
    CHECK(late.message().contains(QStringLiteral("no seal")));
    CHECK(rd::test::count(scene.archive.db(), "SELECT count(*) FROM case_event") == events);
}

TEST_CASE("A bundle replaces an earlier bundle, never another file", "[bundle][boundary][cli]")
{
    TempDatabase t;
    rd::test::newCase(t.db());
    const QString earlier = t.dir() + QStringLiteral("/week.rdbundle");
    REQUIRE(Bundle::write(t.db(), earlier, {}).ok());
    REQUIRE(Bundle::write(t.db(), earlier, {}).ok()); // an earlier bundle of the same name: replaced
    const QString letter = t.dir() + QStringLiteral("/letter.docx");
    {
        QFile f(letter);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("someone's letter, not a bundle");
    }
    auto refused = Bundle::write(t.db(), letter, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("not a case bundle")));
    QFile f(letter);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("someone's letter, not a bundle"));
}

TEST_CASE("Bundles are signed: unknown, revoked or re-keyed workstations and changes after signing are refused",
          "[bundle][boundary][signature]")
{
    Scene scene(8);
    QTemporaryDir keys;
    auto other = WorkstationKey::loadOrCreate(keys.filePath(QStringLiteral("pc2")));
    REQUIRE(other.ok());
    const QString host = QSysInfo::machineHostName();
    const auto signedBy = [&](const WorkstationKey &key, const QString &name) {
        BundleSelection selection;
        selection.key = &key;
        const QString path = scene.source.dir() + QLatin1Char('/') + name;
        QFile::remove(path);
        auto written = Bundle::write(scene.source.db(), path, selection);
        INFO(written.message().toStdString());
        REQUIRE(written.ok());
        return path;
    };

    SECTION("a workstation the archive does not know: refused, then trusted by the team lead's choice")
    {
        const QString path = signedBy(other.value(), QStringLiteral("pc2.rdbundle"));
        scene.expectRefused(path, other->fingerprint());
        auto refused = Bundle::merge(scene.archive.db(), path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::Untrusted);
        CHECK(refused.message().contains(host));
        MergeOptions trustNew;
        trustNew.trustNew = true;
        auto imported = Bundle::merge(scene.archive.db(), path, trustNew);
        INFO(imported.message().toStdString());
        REQUIRE(imported.ok());
        CHECK(imported->newlyTrusted);
        CHECK(imported->fingerprint == other->fingerprint());
        auto known = WorkstationTrust(scene.archive.db()).list();
        REQUIRE(known.ok());
        CHECK(std::any_of(known->begin(), known->end(), [&](const TrustedWorkstation &w) {
            return w.fingerprint == other->fingerprint() && w.name == host && w.trustedBy == QStringLiteral("anna");
        }));
        // From now on without asking.
        auto again = Bundle::merge(scene.archive.db(), path);
        REQUIRE(again.ok());
        CHECK_FALSE(again->newlyTrusted);
    }
    SECTION("a known workstation signing with another key")
    {
        QTemporaryDir firstKeyDir;
        auto first = WorkstationKey::loadOrCreate(firstKeyDir.path());
        REQUIRE(first.ok());
        REQUIRE(WorkstationTrust(scene.archive.db()).trust(host, first->publicKey()).ok());
        scene.expectRefused(signedBy(other.value(), QStringLiteral("rekeyed.rdbundle")), QStringLiteral("another key"));
        // Nor can it be trusted by hand while the old key stands, nor by its name in capitals.
        auto trusted = WorkstationTrust(scene.archive.db()).trust(host, other->publicKey());
        REQUIRE_FALSE(trusted.ok());
        CHECK(trusted.message().contains(QStringLiteral("another key")));
        CHECK_FALSE(WorkstationTrust(scene.archive.db()).trust(host.toUpper(), other->publicKey()).ok());
    }
    SECTION("a known key that gives itself another name is named as it was trusted")
    {
        REQUIRE(WorkstationTrust(scene.archive.db()).trust(QStringLiteral("pc-anna"), other->publicKey()).ok());
        auto imported = Bundle::merge(scene.archive.db(), signedBy(other.value(), QStringLiteral("renamed.rdbundle")));
        INFO(imported.message().toStdString());
        REQUIRE(imported.ok());
        CHECK(imported->workstation == QStringLiteral("pc-anna"));
    }
    SECTION("two columns renamed into each other's place, which keeps every value")
    {
        scene.expectRefused(scene.forged(QStringLiteral("swapped.rdbundle"),
                                         [](BundleForgery &f) {
                                             for (const char *sql : {"ALTER TABLE case_record RENAME COLUMN experience TO swap_tmp",
                                                                     "ALTER TABLE case_record RENAME COLUMN expectation TO experience",
                                                                     "ALTER TABLE case_record RENAME COLUMN swap_tmp TO expectation"})
                                                 REQUIRE(f.exec(QLatin1String(sql)));
                                         },
                                         false),
                            QStringLiteral("does not match its own manifest"));
    }
    SECTION("a manifest whose entries hold the signed text's separators")
    {
        scene.expectRefused(scene.forged(QStringLiteral("separators.rdbundle"),
                                         [](BundleForgery &f) {
                                             // "team" = '' and "workstation" = X read as one entry
                                             // "team<US><RS>workstation" = X: the same signed text.
                                             REQUIRE(f.exec(QStringLiteral(
                                                 "INSERT INTO manifest (key, value) SELECT 'team' || char(31) || char(30) || "
                                                 "'workstation', value FROM manifest WHERE key = 'workstation'")));
                                             REQUIRE(f.exec(QStringLiteral("DELETE FROM manifest WHERE key IN ('team', 'workstation')")));
                                         },
                                         false),
                            QStringLiteral("signature does not hold"));
    }
    SECTION("a revoked workstation, which cannot be trusted again")
    {
        REQUIRE(WorkstationTrust(scene.archive.db()).trust(host, other->publicKey()).ok());
        REQUIRE(WorkstationTrust(scene.archive.db()).revoke(other->publicKey()).ok());
        scene.expectRefused(signedBy(other.value(), QStringLiteral("revoked.rdbundle")), QStringLiteral("revoked"));
        auto again = WorkstationTrust(scene.archive.db()).trust(host, other->publicKey()); // (the archive was reopened)
        REQUIRE_FALSE(again.ok());
        CHECK(again.message().contains(QStringLiteral("revoked")));
    }
    SECTION("an unsigned bundle, as an older version made them")
    {
        scene.expectRefused(scene.forged(QStringLiteral("unsigned.rdbundle"),
                                         [](BundleForgery &f) {
                                             REQUIRE(f.exec(QStringLiteral("DELETE FROM manifest WHERE key IN "
                                                                           "('signature', 'workstation_key')")));
                                         },
                                         false),
                            QStringLiteral("Export it again"));
    }
    SECTION("a signature that is not the sender's")
    {
        const QByteArray wrong = other->sign(QByteArrayLiteral("something else"));
        scene.expectRefused(scene.forged(QStringLiteral("badsig.rdbundle"),
                                         [&](BundleForgery &f) {
                                             REQUIRE(f.exec(QStringLiteral("UPDATE manifest SET value = ? WHERE key = 'signature'"),
                                                            {QString::fromLatin1(wrong.toBase64())}));
                                         },
                                         false),
                            QStringLiteral("signature does not hold"));
    }
    SECTION("content changed and its hash recomputed, without the sender's key")
    {
        const QString customer = scene.someCustomer();
        scene.expectRefused(scene.forged(QStringLiteral("rehashed.rdbundle"),
                                         [&](BundleForgery &f) {
                                             REQUIRE(f.exec(QStringLiteral("UPDATE customer SET name = 'Mallory' WHERE id = ?"), {customer}));
                                             REQUIRE(f.resealContent(false));
                                         },
                                         false),
                            QStringLiteral("signature does not hold"));
    }
}

TEST_CASE("recoverydesk trust trusts a bundle's workstation, lists and revokes; import --trust-new trusts at once",
          "[bundle][signature][cli]")
{
    TempDatabase source;
    REQUIRE(DemoData(source.db(), 5, DemoData::Language::English).generate(4).ok());
    QTemporaryDir keys;
    auto pc = WorkstationKey::loadOrCreate(keys.path());
    REQUIRE(pc.ok());
    BundleSelection selection;
    selection.key = &pc.value();
    const QString bundle = source.dir() + QStringLiteral("/pc.rdbundle");
    REQUIRE(Bundle::write(source.db(), bundle, selection).ok());
    const QString archive = source.dir() + QStringLiteral("/archive.sqlite");
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const auto run = [&](const QStringList &args) {
        outText.clear();
        errText.clear();
        return BatchCommands::run(args, out, err);
    };

    // A new archive refuses the unknown workstation and names its key.
    CHECK(run({QStringLiteral("import"), QStringLiteral("--database"), archive, bundle}) == 1);
    CHECK(errText.contains(pc->fingerprint()));
    CHECK_FALSE(QFile::exists(archive)); // no empty archive left behind
    CHECK(run({QStringLiteral("trust"), QStringLiteral("--database"), archive, QStringLiteral("--bundle"), bundle}) == 0);
    INFO(errText.toStdString());
    CHECK(outText.contains(pc->fingerprint()));
    CHECK(run({QStringLiteral("import"), QStringLiteral("--database"), archive, bundle}) == 0);
    CHECK(run({QStringLiteral("trust"), QStringLiteral("--database"), archive, QStringLiteral("--list")}) == 0);
    CHECK(outText.contains(pc->fingerprint()));
    // The fingerprint as read out over the phone: without its spaces, in capitals.
    CHECK(run({QStringLiteral("trust"), QStringLiteral("--database"), archive, QStringLiteral("--revoke"),
               pc->fingerprint().remove(QLatin1Char(' ')).toUpper()}) == 0);
    CHECK(run({QStringLiteral("trust"), QStringLiteral("--database"), archive, QStringLiteral("--revoke"), pc->fingerprint()}) == 1);
    CHECK(errText.contains(QStringLiteral("revoked already")));
    CHECK(run({QStringLiteral("import"), QStringLiteral("--database"), archive, bundle}) == 1);
    CHECK(errText.contains(QStringLiteral("revoked")));
    CHECK(run({QStringLiteral("trust"), QStringLiteral("--database"), archive, QStringLiteral("--list")}) == 0);
    CHECK(outText.contains(QStringLiteral("revoked by")));

    // A scripted first import into another archive trusts and says so.
    const QString second = source.dir() + QStringLiteral("/second.sqlite");
    CHECK(run({QStringLiteral("import"), QStringLiteral("--database"), second, QStringLiteral("--trust-new"), bundle}) == 0);
    CHECK(outText.contains(QStringLiteral("Trusted the workstation")));
    CHECK(outText.contains(pc->fingerprint()));
    // Odd arguments are refused with a line of help, and change nothing.
    CHECK(run({QStringLiteral("trust"), QStringLiteral("--database"), second}) == 2);
    CHECK(run({QStringLiteral("trust"), QStringLiteral("--database"), second, QStringLiteral("--list"), QStringLiteral("--bundle"), bundle}) == 2);
    CHECK(run({QStringLiteral("trust"), QStringLiteral("--database"), source.dir() + QStringLiteral("/missing.sqlite"),
               QStringLiteral("--list")}) == 1);
    CHECK_FALSE(QFile::exists(source.dir() + QStringLiteral("/missing.sqlite")));
    CHECK(run({QStringLiteral("trust"), QStringLiteral("--database"), second, QStringLiteral("--revoke"), QStringLiteral("0000 0000")}) == 1);
}
