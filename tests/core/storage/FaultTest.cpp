#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "storage/Database.h"
#include "storage/HistorySeal.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace rd;
using rd::test::TempDatabase;

namespace {

// Running as root (as some CI machines do) ignores file permissions: those tests say so and stop,
// unless RD_REQUIRE_PERMISSIONS is set (scripts/test.sh sets it when it runs them again as an
// ordinary user): then not being able to test them is a failure, not a note.
bool permissionsApply(const QString &path)
{
    QFile probe(path);
    const bool writable = probe.open(QIODevice::ReadWrite | QIODevice::Append);
    if (writable && qEnvironmentVariableIsSet("RD_REQUIRE_PERMISSIONS"))
        FAIL("file permissions do not apply to this user, so this test cannot run");
    if (writable)
        WARN("file permissions do not apply to this user (root?); skipped here, run again as an ordinary user");
    return !writable;
}

} // namespace

TEST_CASE("A full disk gives a clear message, keeps everything saved, and saving resumes once there is room", "[fault][database]")
{
    TempDatabase t;
    const QString first = test::newCase(t.db());
    auto pages = t.db().scalar(QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.ok());
    // The file may not grow past where it is: as on a disk that just filled up.
    REQUIRE(t.db().exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages->toInt() + 1)).ok());
    CaseStore cases(t.db());
    Status failed;
    QString typed;
    for (int i = 0; i < 200 && failed.ok(); ++i) {
        typed = QStringLiteral("A long story that keeps growing. ").repeated(40 + i);
        failed = cases.setField(first, CaseField::Experience, typed);
    }
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.message().contains(QStringLiteral("disk is full")));
    CHECK(failed.message().contains(QStringLiteral("everything saved before is safe")));
    // What was saved before is intact and readable.
    CHECK(t.db().scalar(QStringLiteral("PRAGMA integrity_check"))->toString() == QStringLiteral("ok"));
    CHECK(cases.get(first).ok());
    CHECK(cases.count().value() == 1);

    REQUIRE(t.db().exec(QStringLiteral("PRAGMA max_page_count=1073741823")).ok()); // space again
    REQUIRE(cases.setField(first, CaseField::Experience, typed).ok());
    t.reopen();
    CHECK(CaseStore(t.db()).get(first)->experience == typed);
}

#ifdef Q_OS_UNIX
TEST_CASE("A read-only database file gives a clear message and is left unchanged", "[fault][database][bad-input][permissions]")
{
    TempDatabase t;
    test::newCase(t.db());
    const QString path = t.path();
    t.close();
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner));
    if (permissionsApply(path)) {
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.message().contains(QStringLiteral("read-only")));
        Database::Options readOnly;
        readOnly.readOnly = true;
        auto reading = Database::open(path, readOnly); // still readable, e.g. for a team lead's review
        REQUIRE(reading.ok());
        CHECK(CaseStore(*reading.value()).count().value() == 1);
    }
    for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    t.reopen();
    CHECK(CaseStore(t.db()).count().value() == 1);
}

TEST_CASE("A database in a read-only folder gives a clear message", "[fault][database][bad-input][permissions]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("cases.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        test::newCase(*db.value());
    }
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    if (permissionsApply(QDir(folder).filePath(QStringLiteral("probe")))) {
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK((db.message().contains(QStringLiteral("read-only")) || db.message().contains(QStringLiteral("cannot be opened"))));
        CHECK(db.message().contains(QDir::toNativeSeparators(path)));
        auto fresh = Database::open(QDir(folder).filePath(QStringLiteral("new.sqlite")));
        REQUIRE_FALSE(fresh.ok());
        CHECK(fresh.message().contains(QStringLiteral("Check that you may write there")));
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(CaseStore(*db.value()).count().value() == 1);
}
#endif

TEST_CASE("A missing -wal file after a crash still leaves a sound file with what was checkpointed", "[fault][database]")
{
    TempDatabase t;
    const QString kept = test::newCase(t.db());
    REQUIRE(t.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    const QString path = t.path();
    t.close();
    // A writer that never checkpoints, killed mid-write: its changes are only in the -wal.
    QProcess writer;
    writer.start(QStringLiteral(RD_CRASH_WRITER), {path, QStringLiteral("1000000"), QStringLiteral("steady")});
    REQUIRE(writer.waitForStarted(10000));
    QByteArray said;
    while (said.count("committed ") < 6) {
        REQUIRE(writer.waitForReadyRead(30000));
        said += writer.readAllStandardOutput();
    }
    writer.kill();
    REQUIRE(writer.waitForFinished(10000));
    said += writer.readAllStandardOutput();
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    QStringList committed;
    for (const QByteArray &line : said.split('\n'))
        if (line.startsWith("committed "))
            committed << QString::fromLatin1(line.mid(10));
    REQUIRE(committed.size() >= 6);

    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value()->scalar(QStringLiteral("PRAGMA integrity_check"))->toString() == QStringLiteral("ok"));
    CHECK(CaseStore(*db.value()).get(kept).ok());
    // What only the deleted -wal held is gone (so the test deleted something that mattered), and
    // the file is sound without it.
    CHECK(rd::test::count(*db.value(), QStringLiteral("SELECT count(*) FROM customer WHERE id = ?"), {committed.first()}) == 0);
    CHECK(HistorySeal::verify(*db.value())->intact);
}
