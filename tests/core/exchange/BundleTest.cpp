#include "exchange/Bundle.h"
#include "search/CaseSearch.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "review/DemoData.h"
#include "cases/EventLog.h"
#include "agreements/PromiseStore.h"
#include "review/ReviewFigures.h"
#include "storage/Schema.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <algorithm>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace rd;
using rd::test::TempDatabase;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The -wal beside a closed database (empty when there is none).
QByteArray walHash(const QString &path)
{
    QFile f(path + QStringLiteral("-wal"));
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

TEST_CASE("Export then import into an empty archive gives the same cases and history", "[bundle]")
{
    TempDatabase source;
    REQUIRE(DemoData(source.db(), 5, DemoData::Language::English).generate(400).ok());
    const QString file = source.dir() + QStringLiteral("/all.rdbundle");
    auto manifest = Bundle::write(source.db(), file, {});
    REQUIRE(manifest.ok());
    CHECK(manifest->cases == 400);
    CHECK(manifest->events == EventLog(source.db()).count().value());
    CHECK(manifest->exportedBy == QStringLiteral("anna"));

    TempDatabase archive;
    auto stats = Bundle::merge(archive.db(), file);
    INFO(stats.message().toStdString());
    REQUIRE(stats.ok());
    CHECK(stats->newCases == 400);
    CHECK(stats->newEvents == manifest->events);
    const QStringList sourceRows = rd::test::dumpCarried(source.db());
    CHECK(sourceRows.size() > 2000);
    CHECK(rd::test::dumpCarried(archive.db()) == sourceRows);
    // The same figures on both sides.
    const ReportPeriod all = ReportPeriod::parse(QStringLiteral("all")).value();
    CHECK(ReviewFigures(archive.db()).compute(all)->toJson() == ReviewFigures(source.db()).compute(all)->toJson());
    // The archive's own columns and search index are filled in.
    CHECK(CaseSearch(archive.db()).search(QStringLiteral("parcel"))->size() > 0);
    CHECK(archive.db().scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE customer_name = ''"))->toInt() == 0);

    // The same selection exported again carries the same content.
    const QString again = source.dir() + QStringLiteral("/again.rdbundle");
    CHECK(Bundle::write(source.db(), again, {})->contentHash == manifest->contentHash);
}

TEST_CASE("Importing the same bundle twice changes nothing", "[bundle]")
{
    TempDatabase source;
    REQUIRE(DemoData(source.db(), 6, DemoData::Language::Dutch).generate(150).ok());
    const QString file = source.dir() + QStringLiteral("/b.rdbundle");
    auto written = Bundle::write(source.db(), file, {});
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    TempDatabase archive;
    REQUIRE(Bundle::merge(archive.db(), file).ok());
    const QStringList once = rd::test::dumpCarried(archive.db());
    auto second = Bundle::merge(archive.db(), file);
    REQUIRE(second.ok());
    CHECK(second->newCases == 0);
    CHECK(second->newEvents == 0);
    CHECK(second->updatedCases == 0);
    CHECK(rd::test::dumpCarried(archive.db()) == once);
}

TEST_CASE("Bundles from two workstations merge the same in either order - both histories kept", "[bundle]")
{
    // One case, exported to two workstations' files, then edited differently on each.
    TempDatabase a;
    const QString caseId = rd::test::newCase(a.db());
    const QString base = a.dir() + QStringLiteral("/base.rdbundle");
    REQUIRE(Bundle::write(a.db(), base, {}).ok());
    TempDatabase b;
    REQUIRE(Bundle::merge(b.db(), base).ok());

    a.clock().advanceSecs(60);
    REQUIRE(CaseStore(a.db()).setField(caseId, CaseField::Experience, QStringLiteral("told to Anna")).ok());
    REQUIRE(PromiseStore(a.db()).add(caseId, QStringLiteral("call back"), QStringLiteral("anna"),
                                     TempDatabase::ms("2026-11-30T10:00:00Z"), PromiseKind::Process).ok());
    b.db().setActor(QStringLiteral("bram"));
    b.clock().advanceSecs(120);
    REQUIRE(CaseStore(b.db()).setField(caseId, CaseField::Experience, QStringLiteral("told to Bram later")).ok());

    const QString fromA = a.dir() + QStringLiteral("/a.rdbundle");
    const QString fromB = b.dir() + QStringLiteral("/b.rdbundle");
    REQUIRE(Bundle::write(a.db(), fromA, {}).ok());
    REQUIRE(Bundle::write(b.db(), fromB, {}).ok());

    TempDatabase ab, ba;
    REQUIRE(Bundle::merge(ab.db(), fromA).ok());
    {
        auto merged = Bundle::merge(ab.db(), fromB);
        INFO(merged.message().toStdString());
        REQUIRE(merged.ok());
    }
    REQUIRE(Bundle::merge(ba.db(), fromB).ok());
    REQUIRE(Bundle::merge(ba.db(), fromA).ok());
    CHECK(rd::test::dumpCarried(ab.db()) == rd::test::dumpCarried(ba.db()));
    // The later edit is the current text; both edits are in the history; the promise is there.
    CHECK(CaseStore(ab.db()).get(caseId)->experience == QStringLiteral("told to Bram later"));
    QStringList values;
    for (const CaseEvent &e : EventLog(ab.db()).timeline(caseId).value())
        values << e.data.value(QStringLiteral("value")).toString();
    CHECK(values.contains(QStringLiteral("told to Anna")));
    CHECK(values.contains(QStringLiteral("told to Bram later")));
    CHECK(PromiseStore(ab.db()).forCase(caseId)->size() == 1);
    CHECK(CaseStore(ab.db()).listRecent(1)->first().openPromises == 1);
}

TEST_CASE("Bad bundles are refused whole and leave the archive byte-identical", "[bundle][bad-input]")
{
    TempDatabase source;
    REQUIRE(DemoData(source.db(), 8, DemoData::Language::English).generate(60).ok());
    const QString good = source.dir() + QStringLiteral("/good.rdbundle");
    REQUIRE(Bundle::write(source.db(), good, {}).ok());
    QFile::copy(good, source.dir() + QStringLiteral("/copy.rdbundle"));

    TempDatabase archive;
    REQUIRE(DemoData(archive.db(), 9, DemoData::Language::English).generate(30).ok());
    const QStringList before = rd::test::dumpCarried(archive.db());
    // The file's bytes (and its -wal's) before any attempt: every column of every table, and more.
    archive.close();
    const QByteArray beforeAttempt = fileHash(archive.path()) + walHash(archive.path());
    archive.reopen();
    const QString bad = source.dir() + QStringLiteral("/bad.rdbundle");

    auto tamper = [&](const QStringList &statements) {
        QFile::remove(bad);
        REQUIRE(QFile::copy(good, bad));
        rd::test::execRawSqlite(bad, statements);
    };

    SECTION("made by a newer version")
    {
        tamper({QStringLiteral("PRAGMA user_version=99")});
        auto r = Bundle::merge(archive.db(), bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::TooNew);
    }
    SECTION("stamped with a data format past the tables a bundle carries")
    {
        // A bundle of this version is stamped format 13 (the team lead's recognition); one
        // stamped later is not one this version can read.
        auto made = Bundle::inspect(archive.db(), good);
        REQUIRE(made.ok());
        CHECK(made->schemaVersion == 13);
        CHECK(Bundle::kFormat == 13);
        tamper({QStringLiteral("PRAGMA user_version=%1").arg(Database::kSchemaVersion + 1)});
        auto r = Bundle::merge(archive.db(), bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::TooNew);
    }
    SECTION("truncated")
    {
        QFile::remove(bad);
        QFile in(good);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QFile out(bad);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
        out.close();
        CHECK_FALSE(Bundle::merge(archive.db(), bad).ok());
    }
    SECTION("not a bundle at all")
    {
        QFile out(bad);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("PK\x03\x04 this is a zip, not a bundle");
        out.close();
        auto r = Bundle::merge(archive.db(), bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QStringLiteral("not a Recovery Desk case bundle")));
    }
    SECTION("another program's SQLite file")
    {
        tamper({QStringLiteral("PRAGMA application_id=0")});
        CHECK_FALSE(Bundle::merge(archive.db(), bad).ok());
    }
    SECTION("our own database instead of a bundle")
    {
        auto r = Bundle::merge(archive.db(), source.path());
        CHECK_FALSE(r.ok());
    }
    SECTION("references to cases it does not carry")
    {
        tamper({QStringLiteral("DELETE FROM case_record WHERE rowid IN (SELECT rowid FROM case_record LIMIT 1)")});
        auto r = Bundle::merge(archive.db(), bad);
        REQUIRE_FALSE(r.ok());
        CHECK((r.message().contains(QStringLiteral("inconsistent")) || r.message().contains(QStringLiteral("manifest"))));
    }
    SECTION("changed after export")
    {
        tamper({QStringLiteral("UPDATE customer SET name = 'Mallory'")});
        auto r = Bundle::merge(archive.db(), bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.message().contains(QStringLiteral("manifest")));
    }
    SECTION("missing")
    {
        CHECK(Bundle::merge(archive.db(), source.dir() + QStringLiteral("/nope.rdbundle")).error().code == Error::Code::NotFound);
    }
    CHECK(rd::test::dumpCarried(archive.db()) == before);
    // And the file itself is byte-identical to what it was before the attempt.
    archive.close();
    CHECK(fileHash(archive.path()) + walHash(archive.path()) == beforeAttempt);
}

TEST_CASE("A bundle can carry a period or one owner's cases", "[bundle]")
{
    TempDatabase source;
    REQUIRE(DemoData(source.db(), 10, DemoData::Language::English).generate(300).ok());
    BundleSelection annas;
    annas.owner = QStringLiteral("anna");
    auto m = Bundle::write(source.db(), source.dir() + QStringLiteral("/anna.rdbundle"), annas);
    REQUIRE(m.ok());
    CHECK(m->cases == source.db().scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE owner = 'anna'"))->toInt());
    BundleSelection recent;
    recent.openedFrom = source.clock().nowMs() - qint64(30) * 86400000;
    auto r = Bundle::write(source.db(), source.dir() + QStringLiteral("/recent.rdbundle"), recent);
    REQUIRE(r.ok());
    CHECK(r->cases < 300);
    TempDatabase archive;
    REQUIRE(Bundle::merge(archive.db(), source.dir() + QStringLiteral("/recent.rdbundle")).ok());
    CHECK(CaseStore(archive.db()).count().value() == r->cases);
}

TEST_CASE("A bundle says who exported it and from which team", "[bundle]")
{
    TempDatabase t;
    rd::test::newCase(t.db());
    BundleSelection selection;
    selection.team = QStringLiteral("Team Noord");
    const QString path = t.dir() + QStringLiteral("/team.rdbundle");
    REQUIRE(Bundle::write(t.db(), path, selection).ok());
    auto manifest = Bundle::inspect(t.db(), path);
    REQUIRE(manifest.ok());
    CHECK(manifest->team == QStringLiteral("Team Noord"));
    CHECK(manifest->exportedBy == t.db().actor());
    TempDatabase archive;
    auto stats = Bundle::merge(archive.db(), path);
    REQUIRE(stats.ok());
    CHECK(stats->team == QStringLiteral("Team Noord"));
}

TEST_CASE("A customer renamed in a bundle is renamed on every case of theirs in the archive", "[bundle]")
{
    TempDatabase source;
    const QString customerId = test::newCustomer(source.db(), QStringLiteral("P. Visser"));
    auto first = CaseStore(source.db()).create(customerId, Channel::Phone, CaseKind::Complaint, QStringLiteral("ann"));
    REQUIRE(first.ok());
    const QString everything = source.dir() + QStringLiteral("/first.rdbundle");
    REQUIRE(Bundle::write(source.db(), everything, {}).ok());

    TempDatabase archive;
    REQUIRE(Bundle::merge(archive.db(), everything).ok());

    // Renamed on the PC, then only a newer case of someone else's travels: the customer with it.
    auto customer = CustomerStore(source.db()).get(customerId);
    REQUIRE(customer.ok());
    Customer renamed = customer.value();
    renamed.name = QStringLiteral("Pieter de Vries");
    REQUIRE(CustomerStore(source.db()).update(renamed).ok());
    REQUIRE(CaseStore(source.db()).create(customerId, Channel::Phone, CaseKind::Question, QStringLiteral("bob")).ok());
    const QString bobs = source.dir() + QStringLiteral("/bob.rdbundle");
    BundleSelection onlyBob;
    onlyBob.owner = QStringLiteral("bob");
    auto written = Bundle::write(source.db(), bobs, onlyBob);
    REQUIRE(written.ok());
    REQUIRE(written->cases == 1);

    REQUIRE(Bundle::merge(archive.db(), bobs).ok());
    CHECK(test::count(archive.db(), QStringLiteral("SELECT count(*) FROM case_record WHERE id = ? AND customer_name = 'Pieter de Vries'"),
                      {first->id}) == 1);
    CHECK(test::count(archive.db(), QStringLiteral("SELECT count(*) FROM case_record WHERE customer_name = 'Pieter de Vries'")) == 2);
    // The search finds both cases by the new name, and neither by the old one.
    CHECK(CaseSearch(archive.db()).search(QStringLiteral("Pieter"))->size() == 2);
    CHECK(CaseSearch(archive.db()).search(QStringLiteral("Visser"))->size() == 0);
    // Importing the same bundles again changes nothing: the archive's own name on a case is no
    // difference between two versions of it.
    auto again = Bundle::merge(archive.db(), bobs);
    REQUIRE(again.ok());
    CHECK(again->updatedCases == 0);
    auto firstAgain = Bundle::merge(archive.db(), everything);
    REQUIRE(firstAgain.ok());
    CHECK(firstAgain->updatedCases == 0);
    CHECK(test::count(archive.db(), QStringLiteral("SELECT count(*) FROM case_record WHERE customer_name = 'Pieter de Vries'")) == 2);
}

TEST_CASE("An import tells how far it is, and stopped at any step leaves the archive as it was", "[bundle][any-backend]")
{
    TempDatabase source;
    REQUIRE(DemoData(source.db(), 11, DemoData::Language::English).generate(120).ok());
    const QString file = source.dir() + QStringLiteral("/pc.rdbundle");
    REQUIRE(Bundle::write(source.db(), file, {}).ok());

    TempDatabase archive;
    REQUIRE(DemoData(archive.db(), 12, DemoData::Language::English).generate(40).ok());
    const QStringList before = rd::test::dumpCarried(archive.db());
    const auto countOf = [&](const char *table) {
        return archive.db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt();
    };
    const int signedBefore = countOf("signed_bundle"), trustedBefore = countOf("trusted_workstation");

    // The whole import once, to learn its steps: the bar only moves forward and each step is named.
    TempDatabase rehearsal;
    QList<int> marks;
    QStringList doing;
    MergeOptions watched;
    watched.trustNew = true;
    watched.progress = [&](int permille, const QString &what) {
        marks << permille;
        doing << what;
        return true;
    };
    REQUIRE(Bundle::merge(rehearsal.db(), file, watched).ok());
    INFO(doing.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(marks.size() >= 8);
    CHECK(std::is_sorted(marks.begin(), marks.end()));
    CHECK(marks.first() == 0);
    CHECK(marks.last() < 1000);
    CHECK(marks.last() >= 500);
    CHECK(doing.contains(QStringLiteral("Checking every record and the history…")));
    CHECK(doing.contains(QStringLiteral("Adding cases…")));
    CHECK(doing.last() == QStringLiteral("Saving…"));

    // Stopped at each of those steps in turn (a step is told again while the import waits for its
    // checks, as often as they take): refused as stopped, nothing kept, not even the sender.
    QStringList steps;
    for (const QString &what : std::as_const(doing))
        if (steps.isEmpty() || steps.last() != what)
            steps << what;
    for (int stopAt = 0; stopAt < steps.size(); ++stopAt) {
        int begun = 0;
        QString last;
        MergeOptions stopping;
        stopping.trustNew = true;
        stopping.progress = [&](int, const QString &what) {
            if (what != last)
                ++begun, last = what;
            return begun <= stopAt;
        };
        auto stopped = Bundle::merge(archive.db(), file, stopping);
        INFO("stopped at step " << stopAt << ": " << steps.at(stopAt).toStdString());
        REQUIRE_FALSE(stopped.ok());
        CHECK(stopped.error().code == Error::Code::Stopped);
        CHECK(last == steps.at(stopAt));
        CHECK(rd::test::dumpCarried(archive.db()) == before);
        CHECK(countOf("signed_bundle") == signedBefore);
        CHECK(countOf("trusted_workstation") == trustedBefore);
    }
    // Then let through: all of it arrives.
    MergeOptions trustNew;
    trustNew.trustNew = true;
    auto done = Bundle::merge(archive.db(), file, trustNew);
    REQUIRE(done.ok());
    CHECK(done->newCases == 120);
    CHECK(countOf("case_record") == 160);
}
