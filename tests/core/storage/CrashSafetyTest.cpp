#include "exchange/Bundle.h"
#include "cases/CustomerStore.h"
#include "review/DemoData.h"
#include "storage/HistorySeal.h"
#include "storage/Database.h"
#include "TempDatabase.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>
#include <QProcess>

#include <cstdio>
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

namespace {

// What the writers said they committed, across all rounds.
struct Acknowledged
{
    QSet<QString> ids;
    QHash<QString, int> typed;         ///< case → highest autosave acknowledged
    QHash<QString, QString> promises;  ///< promise → last status acknowledged
    QSet<QString> bundles;

    void take(const QByteArray &output)
    {
        const QList<QByteArray> lines = output.split('\n');
        for (int i = 0; i + 1 < lines.size(); ++i) { // the last piece has no newline yet
            if (!lines[i].startsWith("committed "))
                continue;
            const QStringList w = QString::fromLatin1(lines[i].mid(10)).split(QLatin1Char(' '));
            if (w.size() == 1)
                ids.insert(w[0]);
            else if (w[0] == QLatin1String("autosave"))
                typed[w[1]] = qMax(typed.value(w[1], -1), w[2].toInt());
            else if (w[0] == QLatin1String("promise"))
                promises[w[1]] = w[2];
            else if (w[0] == QLatin1String("bundle"))
                bundles.insert(w[1]);
        }
    }
    int count() const { return int(ids.size() + typed.size() + promises.size() + bundles.size()); }
};

struct Killed
{
    QByteArray output;
    bool duringWrite = false; ///< the last thing the writer said was "begin": a write was under way
};

Killed runAndKill(const QStringList &arguments, int afterMs)
{
    QProcess writer;
    writer.setProgram(QStringLiteral(RD_CRASH_WRITER));
    writer.setArguments(arguments);
    writer.start();
    REQUIRE(writer.waitForStarted(10000));
    QByteArray early;
    while (!early.contains("committed ")) { // under way: a first write is done
        REQUIRE(writer.waitForReadyRead(30000));
        early += writer.readAllStandardOutput();
    }
    QThread::msleep(afterMs);
    writer.kill(); // SIGKILL on Unix, TerminateProcess on Windows: no clean-up runs
    REQUIRE(writer.waitForFinished(10000));
    const QByteArray err = writer.readAllStandardError();
    Killed k{early + writer.readAllStandardOutput(), false};
    INFO("stderr: " << err.toStdString());
    INFO("last output: " << k.output.right(200).toStdString());
    // It must have died by the kill, still writing: a writer that stopped on an error of its
    // own after one commit would make every later check vacuous.
    REQUIRE(writer.exitStatus() == QProcess::CrashExit);
    REQUIRE(err.isEmpty());
    REQUIRE(k.output.contains("committed "));
    const QList<QByteArray> lines = k.output.split('\n');
    const QByteArray last = lines.size() >= 2 ? lines.at(lines.size() - 2) : QByteArray(); // the last complete line
    k.duringWrite = last == "begin";
    return k;
}

// Everything acknowledged is in the file, in at least the state acknowledged.
void requireAllPresent(Database &db, const Acknowledged &ack, const QHash<QString, QStringList> &casesOfBundle)
{
    REQUIRE(integrity(db) == QStringLiteral("ok"));
    const QSet<QString> present = idsInFile(db);
    for (const QString &id : ack.ids) {
        INFO("missing id " << id.toStdString());
        REQUIRE(present.contains(id));
    }
    for (auto it = ack.typed.begin(); it != ack.typed.end(); ++it) {
        auto text = db.scalar(QStringLiteral("SELECT experience FROM case_record WHERE id = ?"), {it.key()});
        REQUIRE(text.ok());
        const int saved = text->toString().section(QLatin1Char(' '), -1).toInt();
        INFO("case " << it.key().toStdString() << " holds " << text->toString().toStdString());
        REQUIRE(saved >= it.value());
    }
    for (auto it = ack.promises.begin(); it != ack.promises.end(); ++it) {
        auto status = db.scalar(QStringLiteral("SELECT status FROM promised_action WHERE id = ?"), {it.key()});
        REQUIRE(status.ok());
        REQUIRE((status->toString() == it.value() || (it.value() == QLatin1String("open") && status->toString() == QLatin1String("kept"))));
    }
    for (const QString &bundle : ack.bundles)
        for (const QString &caseId : casesOfBundle.value(bundle)) {
            INFO("case " << caseId.toStdString() << " of " << bundle.toStdString());
            REQUIRE(present.contains(caseId));
        }
    auto seal = HistorySeal::verify(db);
    REQUIRE(seal.ok());
    REQUIRE(seal->intact);
}

} // namespace

TEST_CASE("Writers killed at 220 random moments on every write path lose no acknowledged change", "[crash-safety][fault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    // Bundles to import, each with the ids of its cases.
    QHash<QString, QStringList> casesOfBundle;
    QStringList bundles;
    for (quint32 seed = 11; seed <= 14; ++seed) {
        const QString source = dir.filePath(QStringLiteral("source-%1.sqlite").arg(seed));
        const QString bundle = dir.filePath(QStringLiteral("b%1.rdbundle").arg(seed));
        auto db = Database::open(source);
        REQUIRE(db.ok());
        REQUIRE(DemoData(*db.value(), seed, DemoData::Language::English).generate(60).ok());
        REQUIRE(Bundle::write(*db.value(), bundle, {}).ok());
        casesOfBundle[bundle] = db.value()->selectAll(QStringLiteral("SELECT id FROM case_record"), {},
                                                      [](const QSqlQuery &q) { return q.value(0).toString(); }).value();
        bundles << bundle;
    }
    const QList<QPair<QString, int>> plan = {{QStringLiteral("cases"), 60},
                                             {QStringLiteral("autosave"), 60},
                                             {QStringLiteral("promises"), 60},
                                             {QStringLiteral("import"), 40}};
    Acknowledged ack;
    // A new seed every run, printed so a failure can be replayed with RD_CRASH_SEED.
    const quint32 seed = qEnvironmentVariableIsSet("RD_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("RD_CRASH_SEED"))
                                                                   : QRandomGenerator::system()->generate();
    std::printf("crash-safety seed: %u (RD_CRASH_SEED=%u replays it)\n", seed, seed);
    std::fflush(stdout);
    CAPTURE(seed);
    QRandomGenerator random(seed);
    int kills = 0, duringWrite = 0;
    for (const auto &[mode, rounds] : plan) {
        for (int round = 0; round < rounds; ++round, ++kills) {
            CAPTURE(mode, round);
            const Killed k = runAndKill(QStringList{path, QStringLiteral("1000000"), mode} +
                                            (mode == QLatin1String("import") ? bundles : QStringList()),
                                        int(random.bounded(1, 150)));
            duringWrite += k.duringWrite ? 1 : 0;
            ack.take(k.output);
            auto db = Database::open(path);
            INFO(db.message().toStdString());
            REQUIRE(db.ok());
            requireAllPresent(*db.value(), ack, casesOfBundle);
        }
    }
    // The kills must land where it matters: while a write is under way, not between writes.
    std::printf("crash-safety: %d of %d kills landed during a write\n", duringWrite, kills);
    CHECK(duringWrite * 10 >= kills * 8);
    CHECK(ack.bundles.size() >= 1);
    CHECK(ack.typed.size() >= 50);
    CHECK(ack.count() >= 400);
}

TEST_CASE("A copy of the file and its -wal taken mid-write opens with every change acknowledged before it", "[crash-safety][fault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    {
        auto db = Database::open(path); // the schema in place before the writer starts
        REQUIRE(db.ok());
    }
    QProcess writer;
    writer.start(QStringLiteral(RD_CRASH_WRITER), {path, QStringLiteral("1000000"), QStringLiteral("steady")});
    REQUIRE(writer.waitForStarted(10000));
    REQUIRE(writer.waitForReadyRead(30000));
    auto *random = QRandomGenerator::global();
    QByteArray seen;
    for (int copy = 0; copy < 30; ++copy) {
        QThread::msleep(random->bounded(5, 60));
        writer.waitForReadyRead(0);
        seen += writer.readAllStandardOutput();
        Acknowledged before;
        before.take(seen); // only what was acknowledged before the copy began
        // As a power cut leaves them: the main file, then the log, mid-write.
        const QString copyPath = dir.filePath(QStringLiteral("copy-%1.sqlite").arg(copy));
        REQUIRE(QFile::copy(path, copyPath));
        REQUIRE(QFile::copy(path + QStringLiteral("-wal"), copyPath + QStringLiteral("-wal")));
        auto db = Database::open(copyPath);
        INFO("copy " << copy << ": " << db.message().toStdString());
        REQUIRE(db.ok());
        requireAllPresent(*db.value(), before, {});
    }
    writer.kill();
    writer.waitForFinished(10000);
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
