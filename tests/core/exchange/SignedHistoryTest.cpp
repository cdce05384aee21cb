#include "cli/BatchCommands.h"
#include "exchange/Bundle.h"
#include "BundleForgery.h"
#include "cases/CaseStore.h"
#include "storage/HistorySeal.h"
#include "exchange/SignedHistory.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTextStream>

using namespace rd;
using rd::test::TempDatabase;

namespace {

// A PC's case, exported for November and imported into a team lead's archive.
struct SignedArchive
{
    TempDatabase pc;
    TempDatabase archive;
    QString caseId;
    QString bundle;

    SignedArchive()
    {
        caseId = test::caseWithHistory(pc.db());
        test::caseWithHistory(pc.db());
        BundleSelection november;
        november.openedFrom = TempDatabase::ms("2026-11-01T00:00:00Z");
        november.openedUntil = TempDatabase::ms("2026-12-01T00:00:00Z");
        bundle = pc.dir() + QStringLiteral("/november.rdbundle");
        auto written = Bundle::write(pc.db(), bundle, november);
        INFO(written.message().toStdString());
        REQUIRE(written.ok());
        auto merged = Bundle::merge(archive.db(), bundle);
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
    }

    // The case's events as the archive holds them, oldest first: along their links (an archive
    // adds a bundle's events by time, and events of one moment in any order).
    QStringList events()
    {
        auto rows = archive.db().selectAll(QStringLiteral("SELECT id, hash, coalesce(prev_hash, '') FROM case_event WHERE case_id = ?"),
                                           {caseId}, [](const QSqlQuery &q) {
                                               return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
                                           });
        REQUIRE(rows.ok());
        QStringList ids;
        QString prev;
        while (ids.size() < rows->size()) {
            const auto next = std::find_if(rows->begin(), rows->end(), [&](const QStringList &r) { return r.at(2) == prev; });
            REQUIRE(next != rows->end());
            ids << next->at(0);
            prev = next->at(1);
        }
        return ids;
    }

    // What a forger's script does after changing the history: every seal of the case's chain
    // recomputed from the fields as they are now, in the order of @p ids, and its count set.
    void rechain(const QStringList &ids)
    {
        QStringList statements;
        QString prev;
        for (const QString &id : ids) {
            QSqlQuery *q = archive.db()
                               .exec(QStringLiteral("SELECT coalesce(case_id, ''), coalesce(customer_id, ''), at, actor, kind, data, "
                                                    "workstation, salt FROM case_event WHERE id = ?"),
                                     {id})
                               .value();
            REQUIRE(q->next());
            const EventSeal seal = HistorySeal::sealAfter(prev, q->value(6).toString(), q->value(7).toString(), id,
                                                          q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                                                          q->value(3).toString(), q->value(4).toString(), q->value(5).toString());
            q->finish();
            statements << QStringLiteral("UPDATE case_event SET data_hash = '%1', prev_hash = %2, hash = '%3' WHERE id = '%4'")
                              .arg(seal.dataHash, prev.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + prev + QLatin1Char('\''),
                                   seal.hash, id);
            prev = seal.hash;
        }
        statements << QStringLiteral("UPDATE history_chain SET events = %1 WHERE chain = '%2'").arg(ids.size()).arg(caseId);
        archive.tamper(statements);
        // The links hold again: only the signatures can tell.
        auto links = HistorySeal::verify(archive.db());
        REQUIRE(links.ok());
        INFO(links->problem.toStdString());
        REQUIRE(links->intact);
    }

    // An event of the case, as its workstation would have written it (sealed by rechain()).
    QString insertEvent(const QString &id, const char *at)
    {
        return QStringLiteral("INSERT INTO case_event (id, case_id, customer_id, at, actor, kind, data, workstation, salt) "
                              "SELECT '%1', case_id, customer_id, %2, 'mallory', 'case.updated', '{\"field\":\"decision\"}', "
                              "workstation, salt FROM case_event WHERE case_id = '%3' ORDER BY seq LIMIT 1")
            .arg(id)
            .arg(TempDatabase::ms(at))
            .arg(caseId);
    }

    HistoryCoverage check()
    {
        auto coverage = SignedHistory::check(archive.db());
        INFO(coverage.message().toStdString());
        REQUIRE(coverage.ok());
        return coverage.value();
    }

    int verify(QString &outText, QString &errText)
    {
        archive.close();
        QTextStream out(&outText), err(&errText);
        const int code = BatchCommands::run({QStringLiteral("verify"), QStringLiteral("--database"), archive.path()}, out, err);
        out.flush();
        err.flush();
        archive.reopen();
        return code;
    }
};

} // namespace

TEST_CASE("An archive keeps what each bundle signed, and verify says which workstations and periods it covers",
          "[signature][verify]")
{
    SignedArchive s;
    const qint64 events = test::count(s.archive.db(), "SELECT count(*) FROM case_event");
    REQUIRE(events >= 8);
    CHECK(test::count(s.archive.db(), "SELECT count(*) FROM signed_bundle") == 1);
    CHECK(test::count(s.archive.db(), "SELECT count(*) FROM signed_chain") ==
          test::count(s.archive.db(), "SELECT count(*) FROM history_chain"));

    HistoryCoverage coverage = s.check();
    CHECK(coverage.holds);
    CHECK(coverage.covered == events);
    CHECK(coverage.writtenHere == 0);
    CHECK(coverage.uncovered == 0);
    REQUIRE(coverage.signers.size() == 1);
    const SignerCoverage &pc = coverage.signers.first();
    CHECK(pc.name == TempDatabase::testWorkstationName());
    CHECK(pc.trusted);
    CHECK(pc.bundles == 1);
    CHECK(pc.chains >= 2);
    CHECK(pc.openedFrom == TempDatabase::ms("2026-11-01T00:00:00Z"));
    CHECK(pc.openedUntil == TempDatabase::ms("2026-12-01T00:00:00Z"));

    // The same bundle again keeps nothing twice.
    REQUIRE(Bundle::merge(s.archive.db(), s.bundle).ok());
    CHECK(test::count(s.archive.db(), "SELECT count(*) FROM signed_bundle") == 1);

    // The PC goes on with the case; its next bundle covers the longer history.
    s.pc.clock().advanceSecs(3600);
    s.archive.clock().advanceSecs(3600);
    REQUIRE(CaseStore(s.pc.db()).setField(s.caseId, CaseField::Decision, QStringLiteral("Redeliver on Saturday")).ok());
    const QString later = s.pc.dir() + QStringLiteral("/later.rdbundle");
    REQUIRE(Bundle::write(s.pc.db(), later, {}).ok());
    {
        auto merged = Bundle::merge(s.archive.db(), later);
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
    }
    coverage = s.check();
    CHECK(coverage.holds);
    CHECK(coverage.covered == events + 1);
    REQUIRE(coverage.signers.size() == 1);
    CHECK(coverage.signers.first().bundles == 2);
    CHECK_FALSE(coverage.signers.first().openedFrom); // the later bundle had no period: all cases up to its export

    QString outText, errText;
    CHECK(s.verify(outText, errText) == 0);
    INFO(outText.toStdString() << errText.toStdString());
    CHECK(outText.contains(QStringLiteral("History intact")));
    CHECK(outText.contains(QStringLiteral("Signed: %1 events").arg(events + 1)));
    CHECK(outText.contains(TempDatabase::testWorkstationName()));
    CHECK(outText.contains(pc.fingerprint));

    if (!TempDatabase::onServer()) { // on a team database every client writes under its own name
        // What the team lead writes in the archive is the archive's own: counted, not failed.
        REQUIRE(CaseStore(s.archive.db()).setField(s.caseId, CaseField::Note, QStringLiteral("Reviewed in December")).ok());
        coverage = s.check();
        CHECK(coverage.holds);
        CHECK(coverage.writtenHere == 1);
        CHECK(coverage.uncovered == 0);
        outText.clear();
        CHECK(s.verify(outText, errText) == 0);
        CHECK(outText.contains(QStringLiteral("Written in this database itself, which no bundle signs: 1 events")));
    }
}

TEST_CASE("verify names an event changed, removed or slipped in, even with every hash recomputed", "[signature][verify]")
{
    SignedArchive s;
    const QStringList ids = s.events();
    REQUIRE(ids.size() == 4);

    SECTION("an event's data changed")
    {
        s.archive.tamper({QStringLiteral("UPDATE case_event SET data = replace(data, 'twice', 'once') WHERE id = '%1'").arg(ids.at(1))});
        s.rechain(ids);
        const HistoryCoverage coverage = s.check();
        CHECK_FALSE(coverage.holds);
        CHECK(coverage.brokenEventId == ids.at(1));
        QString outText, errText;
        CHECK(s.verify(outText, errText) == 1);
        CHECK(errText.contains(ids.at(1)));
        CHECK(errText.contains(QStringLiteral("differs from what was signed")));
    }
    SECTION("an event removed from the middle")
    {
        s.archive.tamper({QStringLiteral("DELETE FROM case_event WHERE id = '%1'").arg(ids.at(1))});
        s.rechain({ids.at(0), ids.at(2), ids.at(3)});
        const HistoryCoverage coverage = s.check();
        CHECK_FALSE(coverage.holds);
        CHECK(coverage.brokenEventId == ids.at(2)); // the event now in its place
    }
    SECTION("the newest event removed")
    {
        s.archive.tamper({QStringLiteral("DELETE FROM case_event WHERE id = '%1'").arg(ids.at(3))});
        s.rechain({ids.at(0), ids.at(1), ids.at(2)});
        const HistoryCoverage coverage = s.check();
        CHECK_FALSE(coverage.holds);
        CHECK(coverage.brokenEventId == ids.at(2));
        CHECK(coverage.problem.contains(QStringLiteral("removed")));
    }
    SECTION("an event slipped in between")
    {
        s.archive.tamper({s.insertEvent(QStringLiteral("slipped-in"), "2026-11-26T09:00:00Z")});
        s.rechain({ids.at(0), ids.at(1), QStringLiteral("slipped-in"), ids.at(2), ids.at(3)});
        const HistoryCoverage coverage = s.check();
        CHECK_FALSE(coverage.holds);
        CHECK(coverage.brokenEventId == QStringLiteral("slipped-in"));
    }
    SECTION("an event slipped in after the newest signed one")
    {
        s.archive.tamper({s.insertEvent(QStringLiteral("slipped-in"), "2026-11-27T09:00:00Z")});
        s.rechain(ids + QStringList{QStringLiteral("slipped-in")});
        const HistoryCoverage coverage = s.check();
        CHECK_FALSE(coverage.holds);
        CHECK(coverage.brokenEventId == QStringLiteral("slipped-in"));
        CHECK(coverage.problem.contains(QStringLiteral("slipped in after")));
    }
    SECTION("the kept chains rewritten to match a changed history")
    {
        s.archive.tamper({QStringLiteral("UPDATE case_event SET data = replace(data, 'twice', 'once') WHERE id = '%1'").arg(ids.at(1))});
        s.rechain(ids);
        QStringList order = s.events(), hashes;
        for (const QString &id : order)
            hashes << s.archive.db().scalar(QStringLiteral("SELECT hash FROM case_event WHERE id = ?"), {id})->toString();
        s.archive.tamper({QStringLiteral("UPDATE signed_chain SET hashes = '%1', head = '%2' WHERE chain = '%3'")
                              .arg(hashes.join(QLatin1Char(',')), hashes.last(), s.caseId)});
        const HistoryCoverage coverage = s.check();
        CHECK_FALSE(coverage.holds);
        CHECK(coverage.problem.contains(QStringLiteral("not the ones it signed")));
    }
    SECTION("a kept manifest changed")
    {
        s.archive.tamper({QStringLiteral("UPDATE signed_bundle SET entries = replace(entries, '\"exported_by\":\"', "
                                         "'\"exported_by\":\"x')")});
        const HistoryCoverage coverage = s.check();
        CHECK_FALSE(coverage.holds);
        CHECK(coverage.problem.contains(QStringLiteral("signature does not hold")));
    }
    SECTION("a chain kept without a bundle that signed it")
    {
        s.archive.tamper({s.insertEvent(QStringLiteral("slipped-in"), "2026-11-27T09:00:00Z")});
        s.rechain(ids + QStringList{QStringLiteral("slipped-in")});
        QStringList hashes;
        for (const QString &id : s.events())
            hashes << s.archive.db().scalar(QStringLiteral("SELECT hash FROM case_event WHERE id = ?"), {id})->toString();
        s.archive.tamper({QStringLiteral("DELETE FROM signed_chain WHERE chain = '%1'").arg(s.caseId),
                          QStringLiteral("INSERT INTO signed_chain (bundle, chain, workstation, events, head, hashes) SELECT 'forged', "
                                         "case_id, workstation, %1, '%2', '%3' FROM case_event WHERE case_id = '%4' LIMIT 1")
                              .arg(hashes.size())
                              .arg(hashes.last(), hashes.join(QLatin1Char(',')), s.caseId)});
        const HistoryCoverage coverage = s.check();
        CHECK_FALSE(coverage.holds);
        CHECK(coverage.problem.contains(QStringLiteral("belong to no bundle")));
    }
    SECTION("an event slipped in after the newest signed one, its workstation claimed as the archive's own")
    {
        s.archive.tamper({s.insertEvent(QStringLiteral("slipped-in"), "2026-11-27T09:00:00Z")});
        s.rechain(ids + QStringList{QStringLiteral("slipped-in")});
        s.archive.tamper({QStringLiteral("INSERT INTO setting (key, value) SELECT 'former_workstations', workstation FROM case_event "
                                         "WHERE id = '%1'")
                              .arg(ids.first())});
        const HistoryCoverage coverage = s.check();
        CHECK_FALSE(coverage.holds);
        CHECK(coverage.brokenEventId == QStringLiteral("slipped-in"));
    }
    SECTION("a bundle signed after its key was revoked")
    {
        s.archive.tamper({QStringLiteral("UPDATE trusted_workstation SET revoked_at = %1, revoked_by = 'lead'")
                              .arg(TempDatabase::ms("2026-11-01T00:00:00Z"))});
        const HistoryCoverage coverage = s.check();
        CHECK_FALSE(coverage.holds);
        CHECK(coverage.problem.contains(QStringLiteral("after its key was revoked")));
    }
    SECTION("a signer removed from the trusted workstations")
    {
        s.archive.tamper({QStringLiteral("DELETE FROM trusted_workstation")});
        const HistoryCoverage coverage = s.check();
        CHECK_FALSE(coverage.holds);
        CHECK(coverage.problem.contains(QStringLiteral("not among the trusted workstations")));
    }
    SECTION("a history no bundle brought")
    {
        if (TempDatabase::onServer())
            return; // a team database counts such a chain as a client's own
        // A new chain for the case, as from another PC, sealed properly but never signed.
        s.archive.tamper({QStringLiteral("INSERT INTO case_event (id, case_id, customer_id, at, actor, kind, data, workstation, salt) "
                                         "SELECT 'unsigned-1', case_id, customer_id, at + 1, 'mallory', kind, data, 'another-pc', salt "
                                         "FROM case_event WHERE id = '%1'")
                              .arg(ids.at(3))});
        const EventSeal seal = [&] {
            QSqlQuery *q = s.archive.db()
                               .exec(QStringLiteral("SELECT case_id, coalesce(customer_id, ''), at, actor, kind, data, salt FROM case_event "
                                                    "WHERE id = 'unsigned-1'"))
                               .value();
            REQUIRE(q->next());
            const EventSeal made = HistorySeal::sealAfter(QString(), QStringLiteral("another-pc"), q->value(6).toString(),
                                                          QStringLiteral("unsigned-1"), q->value(0).toString(), q->value(1).toString(),
                                                          q->value(2).toLongLong(), q->value(3).toString(), q->value(4).toString(),
                                                          q->value(5).toString());
            q->finish();
            return made;
        }();
        s.archive.tamper({QStringLiteral("UPDATE case_event SET data_hash = '%1', hash = '%2' WHERE id = 'unsigned-1'")
                              .arg(seal.dataHash, seal.hash),
                          QStringLiteral("INSERT INTO history_chain (chain, workstation, events) VALUES ('%1', 'another-pc', 1)")
                              .arg(s.caseId)});
        auto links = HistorySeal::verify(s.archive.db());
        REQUIRE(links.ok());
        INFO(links->problem.toStdString());
        REQUIRE(links->intact);
        const HistoryCoverage coverage = s.check();
        CHECK(coverage.holds);
        CHECK(coverage.uncovered == 1);
        CHECK(coverage.firstUncoveredId == QStringLiteral("unsigned-1"));
        QString outText, errText;
        CHECK(s.verify(outText, errText) == 3);
        CHECK(errText.contains(QStringLiteral("unsigned-1")));
    }
}

TEST_CASE("A bundle without the digest of its history, or with one that does not match, is refused", "[bundle][signature]")
{
    TempDatabase pc;
    test::caseWithHistory(pc.db());
    const QString path = pc.dir() + QStringLiteral("/pc.rdbundle");
    REQUIRE(Bundle::write(pc.db(), path, {}).ok());
    TempDatabase archive;
    const qint64 before = test::count(archive.db(), "SELECT count(*) FROM case_event");

    SECTION("made before bundles carried it")
    {
        {
            test::BundleForgery f(path);
            REQUIRE(f.exec(QStringLiteral("DELETE FROM manifest WHERE key = ?"), {SignedHistory::chainsEntry()}));
            REQUIRE(f.resign());
        }
        auto refused = Bundle::merge(archive.db(), path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("earlier version")));
    }
    SECTION("a manifest with entries of no name, which one stored copy cannot hold apart")
    {
        {
            test::BundleForgery f(path);
            REQUIRE(f.exec(QStringLiteral("INSERT INTO manifest (key, value) VALUES (NULL, 'a'), (NULL, 'b')")));
            REQUIRE(f.resign());
        }
        auto refused = Bundle::merge(archive.db(), path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("signature does not hold")));
    }
    SECTION("signed over another history")
    {
        {
            test::BundleForgery f(path);
            REQUIRE(f.exec(QStringLiteral("UPDATE manifest SET value = ? WHERE key = ?"),
                           {QString(64, QLatin1Char('0')), SignedHistory::chainsEntry()}));
            REQUIRE(f.resign());
        }
        auto refused = Bundle::merge(archive.db(), path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("not the history its manifest signs")));
        CHECK_FALSE(Bundle::inspect(archive.db(), path).ok());
    }
    CHECK(test::count(archive.db(), "SELECT count(*) FROM case_event") == before);
    CHECK(test::count(archive.db(), "SELECT count(*) FROM signed_bundle") == 0);
}
