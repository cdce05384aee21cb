#include "CustomerStore.h"
#include "Database.h"
#include "TempDatabase.h"
#include "Transaction.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

using namespace rd;

namespace {

// Ids the writer reported as committed: only complete lines count.
QSet<QString> committedIds(const QByteArray &output)
{
    QSet<QString> ids;
    const QList<QByteArray> lines = output.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) // the last piece has no newline yet
        if (lines[i].startsWith("committed "))
            ids.insert(QString::fromLatin1(lines[i].mid(10)));
    return ids;
}

QSet<QString> idsInFile(Database &db)
{
    QSet<QString> ids;
    for (const char *table : {"customer", "case_record"}) {
        auto q = db.exec(QStringLiteral("SELECT id FROM %1").arg(QLatin1String(table)));
        REQUIRE(q.ok());
        while (q.value()->next())
            ids.insert(q.value()->value(0).toString());
        q.value()->finish();
    }
    return ids;
}

QString integrity(Database &db)
{
    auto r = db.scalar(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(r.ok());
    return r->toString();
}

} // namespace

TEST_CASE("Killing a writer at random moments loses no committed change", "[crash-safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QSet<QString> acknowledged;
    auto *random = QRandomGenerator::global();
    constexpr int kKills = 24;
    for (int round = 0; round < kKills; ++round) {
        QProcess writer;
        writer.setProgram(QStringLiteral(RD_CRASH_WRITER));
        writer.setArguments({path});
        writer.start();
        REQUIRE(writer.waitForStarted(10000));
        // Let it get going, then kill it somewhere inside its loop.
        REQUIRE(writer.waitForReadyRead(20000));
        QThread::msleep(random->bounded(1, 120));
        writer.kill(); // SIGKILL on Unix, TerminateProcess on Windows: no clean-up runs
        REQUIRE(writer.waitForFinished(10000));
        const QSet<QString> ids = committedIds(writer.readAllStandardOutput());
        INFO("round " << round << ", stderr: " << writer.readAllStandardError().toStdString());
        REQUIRE_FALSE(ids.isEmpty());
        acknowledged.unite(ids);

        auto db = Database::open(path);
        INFO(db.message().toStdString());
        REQUIRE(db.ok());
        REQUIRE(integrity(*db.value()) == QStringLiteral("ok"));
        const QSet<QString> present = idsInFile(*db.value());
        for (const QString &id : acknowledged) {
            INFO("missing id " << id.toStdString());
            REQUIRE(present.contains(id));
        }
    }
    CAPTURE(acknowledged.size());
    CHECK(acknowledged.size() >= kKills);
}

TEST_CASE("Two processes writing the same file both succeed and nothing is corrupted", "[crash-safety][concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    {
        auto first = Database::open(path); // create the schema before the race
        REQUIRE(first.ok());
    }
    QProcess writer;
    writer.start(QStringLiteral(RD_CRASH_WRITER), {path, QStringLiteral("150")});
    REQUIRE(writer.waitForStarted(10000));

    auto db = Database::open(path);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    CustomerStore customers(*db.value());
    QStringList mine;
    for (int i = 0; i < 100; ++i) {
        Customer c;
        c.name = QStringLiteral("Mine %1").arg(i);
        auto made = customers.create(c);
        INFO(made.message().toStdString());
        REQUIRE(made.ok());
        mine << made->id;
    }
    REQUIRE(writer.waitForFinished(60000));
    CHECK(writer.exitCode() == 0);
    const QSet<QString> theirs = committedIds(writer.readAllStandardOutput());
    CHECK(theirs.size() == 300);

    const QSet<QString> present = idsInFile(*db.value());
    for (const QString &id : mine)
        CHECK(present.contains(id));
    for (const QString &id : theirs)
        CHECK(present.contains(id));
    CHECK(integrity(*db.value()) == QStringLiteral("ok"));
}

TEST_CASE("A file kept locked by another writer gives a clear 'in use' answer", "[crash-safety][concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    auto holder = Database::open(path);
    REQUIRE(holder.ok());
    Transaction lock(*holder.value()); // holds the write lock until the end of the test
    REQUIRE(lock.ok());

    Database::Options impatient;
    impatient.busyTimeoutMs = 200;
    auto other = Database::open(path, impatient);
    REQUIRE(other.ok()); // reading is fine under WAL
    Customer c;
    c.name = QStringLiteral("Blocked");
    auto made = CustomerStore(*other.value()).create(c);
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().code == Error::Code::InUse);
    CHECK(made.message().contains(QStringLiteral("in use by another program")));
}
