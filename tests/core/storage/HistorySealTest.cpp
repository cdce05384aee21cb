#include "cli/BatchCommands.h"
#include "exchange/Bundle.h"
#include "cases/CaseStore.h"
#include "review/DemoData.h"
#include "storage/HistorySeal.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTextStream>

using namespace rd;
using rd::test::TempDatabase;

namespace {

QString nthEventOf(Database &db, const QString &caseId, int n)
{
    return db.scalar(QStringLiteral("SELECT id FROM case_event WHERE case_id = ? ORDER BY seq LIMIT 1 OFFSET ?"), {caseId, n})
        ->toString();
}

} // namespace

TEST_CASE("Every event the stores write is sealed and the history verifies", "[seal]")
{
    TempDatabase t;
    const QString a = test::caseWithHistory(t.db());
    test::caseWithHistory(t.db());
    auto report = HistorySeal::verify(t.db());
    REQUIRE(report.ok());
    CHECK(report->intact);
    CHECK(report->unsealed == 0);
    CHECK(report->events >= 8);
    CHECK(report->chains >= 2);
    // Each event but the first of its case points at the one before.
    auto links = t.db().selectAll(QStringLiteral("SELECT prev_hash, hash FROM case_event WHERE case_id = ? ORDER BY seq"), {a},
                                  [](const QSqlQuery &q) { return qMakePair(q.value(0).toString(), q.value(1).toString()); });
    REQUIRE(links->size() >= 4);
    CHECK(links->first().first.isEmpty());
    for (int i = 1; i < links->size(); ++i)
        CHECK(links->at(i).first == links->at(i - 1).second);
}

TEST_CASE("Edits made around the database's guards are found and named", "[seal][bad-input]")
{
    TempDatabase t;
    const QString caseId = test::caseWithHistory(t.db());
    const QString second = nthEventOf(t.db(), caseId, 1);

    SECTION("changed data")
    {
        t.tamper({QStringLiteral("UPDATE case_event SET data = replace(data, 'twice', 'once') WHERE id = '%1'").arg(second)});
        auto report = HistorySeal::verify(t.db());
        CHECK_FALSE(report->intact);
        CHECK(report->brokenEventId == second);
        CHECK(report->problem.contains(QStringLiteral("data was changed")));
    }
    SECTION("changed time or author")
    {
        t.tamper({QStringLiteral("UPDATE case_event SET actor = 'mallory' WHERE id = '%1'").arg(second)});
        auto report = HistorySeal::verify(t.db());
        CHECK_FALSE(report->intact);
        CHECK(report->brokenEventId == second);
    }
    SECTION("a removed event")
    {
        t.tamper({QStringLiteral("DELETE FROM case_event WHERE id = '%1'").arg(second)});
        auto report = HistorySeal::verify(t.db());
        CHECK_FALSE(report->intact);
        CHECK(report->problem.contains(QStringLiteral("missing")));
    }
    SECTION("the newest events of a chain removed")
    {
        const QString third = nthEventOf(t.db(), caseId, 2);
        t.tamper({QStringLiteral("DELETE FROM case_event WHERE case_id = '%1' AND seq > (SELECT seq FROM case_event WHERE id = '%2')")
                       .arg(caseId, second)});
        REQUIRE(nthEventOf(t.db(), caseId, 2).isEmpty()); // gone: what is left still links up
        auto report = HistorySeal::verify(t.db());
        REQUIRE(report.ok());
        CHECK_FALSE(report->intact);
        CHECK(report->brokenEventId == second); // the newest left
        CHECK(report->problem.contains(QStringLiteral("newest were removed")));
        CHECK(report->problem.contains(caseId));
        CHECK(third != second);
    }
    SECTION("a whole chain removed")
    {
        t.tamper({QStringLiteral("DELETE FROM case_event WHERE case_id = '%1'").arg(caseId)});
        auto report = HistorySeal::verify(t.db());
        REQUIRE(report.ok());
        CHECK_FALSE(report->intact);
        CHECK(report->brokenEventId.isEmpty());
        CHECK(report->problem.contains(caseId));
        t.close();
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        CHECK(BatchCommands::run({QStringLiteral("verify"), QStringLiteral("--database"), t.path()}, out, err) == 1);
        CHECK(errText.contains(caseId));
        CHECK(errText.contains(QStringLiteral("newest were removed")));
        t.reopen();
    }
    SECTION("newest events removed: neither a move to another database nor an export hides it")
    {
        t.tamper({QStringLiteral("DELETE FROM case_event WHERE case_id = '%1' AND seq > (SELECT seq FROM case_event WHERE id = '%2')")
                       .arg(caseId, second)});
        t.close();
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const QString moved = t.dir() + QStringLiteral("/moved.sqlite");
        CHECK(BatchCommands::run({QStringLiteral("migrate"), QStringLiteral("--from"), t.path(), QStringLiteral("--to"), moved}, out, err) == 1);
        CHECK(errText.contains(QStringLiteral("newest were removed")));
        CHECK_FALSE(QFile::exists(moved)); // a failed move leaves no half-checked copy behind
        errText.clear();
        CHECK(BatchCommands::run({QStringLiteral("export"), QStringLiteral("--database"), t.path(), QStringLiteral("--out"),
                                  t.dir() + QStringLiteral("/short.rdbundle")},
                                 out, err) == 1);
        CHECK(errText.contains(caseId));
        CHECK_FALSE(QFile::exists(t.dir() + QStringLiteral("/short.rdbundle")));
        t.reopen();
    }
    SECTION("an event slipped in")
    {
        t.tamper({QStringLiteral("INSERT INTO case_event (id, case_id, at, actor, kind, data, workstation, salt, data_hash, "
                                  "prev_hash, hash) SELECT 'forged', case_id, at, actor, kind, data, workstation, salt, "
                                  "data_hash, prev_hash, hash || 'x' FROM case_event WHERE id = '%1'")
                       .arg(second)});
        auto report = HistorySeal::verify(t.db());
        CHECK_FALSE(report->intact);
        CHECK(report->brokenEventId == QStringLiteral("forged"));
    }
    SECTION("data rewritten and marked as erased outside an erase")
    {
        t.tamper({QStringLiteral("UPDATE case_event SET data = '{\"erased\":true}', salt = NULL WHERE id = '%1'").arg(second)});
        auto report = HistorySeal::verify(t.db());
        REQUIRE(report.ok());
        CHECK_FALSE(report->intact);
        CHECK(report->brokenEventId == second);
        CHECK(report->problem.contains(QStringLiteral("no erasure")));
    }
    SECTION("an unsealed event added after sealing began")
    {
        t.tamper({QStringLiteral("INSERT INTO case_event (id, case_id, at, actor, kind, data) SELECT 'unsealed-late', case_id, "
                                  "at + 1000, 'mallory', 'case.status', '{}' FROM case_event WHERE id = '%1'")
                       .arg(second)});
        auto report = HistorySeal::verify(t.db());
        REQUIRE(report.ok());
        CHECK_FALSE(report->intact);
        CHECK(report->brokenEventId == QStringLiteral("unsealed-late"));
        CHECK(report->problem.contains(QStringLiteral("no seal")));
    }
    SECTION("the verify command names the first broken link and fails")
    {
        t.tamper({QStringLiteral("UPDATE case_event SET at = at + 1 WHERE id = '%1'").arg(second)});
        t.close();
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        CHECK(BatchCommands::run({QStringLiteral("verify"), QStringLiteral("--database"), t.path()}, out, err) == 1);
        CHECK(errText.contains(second));
        CHECK(errText.contains(caseId));
        t.reopen();
    }
}

TEST_CASE("Demo data and merged archives verify too", "[seal][bundle]")
{
    TempDatabase a;
    TempDatabase b;
    REQUIRE(DemoData(a.db(), 7, DemoData::Language::English).generate(200).ok());
    test::caseWithHistory(b.db());
    const QString bundleA = a.dir() + QStringLiteral("/a.rdbundle");
    const QString bundleB = b.dir() + QStringLiteral("/b.rdbundle");
    REQUIRE(Bundle::write(a.db(), bundleA, {}).ok());
    REQUIRE(Bundle::write(b.db(), bundleB, {}).ok());

    TempDatabase archive;
    test::caseWithHistory(archive.db());
    REQUIRE(Bundle::merge(archive.db(), bundleA).ok());
    REQUIRE(Bundle::merge(archive.db(), bundleB).ok());
    auto report = HistorySeal::verify(archive.db());
    REQUIRE(report.ok());
    CHECK(report->intact);
    CHECK(report->unsealed == 0);
    CHECK(report->chains >= 202);

    archive.close();
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    CHECK(BatchCommands::run({QStringLiteral("verify"), QStringLiteral("--database"), archive.path()}, out, err) == 0);
    out.flush();
    CHECK(outText.contains(QStringLiteral("History intact")));
    archive.reopen();
}

TEST_CASE("History rows change only through the erase gate, and then only their data", "[seal][database]")
{
    TempDatabase t;
    const QString caseId = test::caseWithHistory(t.db());
    const QString first = nthEventOf(t.db(), caseId, 0);
    CHECK_FALSE(t.db().exec(QStringLiteral("UPDATE case_event SET data = '{}' WHERE id = ?"), {first}).ok());
    REQUIRE(t.db().exec(QStringLiteral("INSERT INTO maintenance VALUES ('erasing', '1')")).ok());
    CHECK(t.db().exec(QStringLiteral("UPDATE case_event SET data = '{}', salt = NULL WHERE id = ?"), {first}).ok());
    auto moved = t.db().exec(QStringLiteral("UPDATE case_event SET at = 0 WHERE id = ?"), {first});
    CHECK_FALSE(moved.ok());
    CHECK(moved.message().contains(QStringLiteral("only personal data")));
    CHECK_FALSE(t.db().exec(QStringLiteral("DELETE FROM case_event WHERE id = ?"), {first}).ok());
    REQUIRE(t.db().exec(QStringLiteral("DELETE FROM maintenance WHERE key = 'erasing'")).ok());
    // An erased event still holds its place in the chain; but data read as erased where no
    // erasure was recorded is named.
    auto report = HistorySeal::verify(t.db());
    CHECK(report->erased == 1);
    CHECK_FALSE(report->intact);
    CHECK(report->brokenEventId == first);
}
