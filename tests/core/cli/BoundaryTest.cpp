// Issue 16, "nothing from outside can harm the archive": damaged files are never half read,
// files the program writes go nowhere they must not, and a file of another program is left as
// it was found. Files only (these tests stay out of the PostgreSQL pass).
#include "cli/BatchCommands.h"
#include "exchange/Bundle.h"
#include "lists/CaseListExport.h"
#include "cases/CaseStore.h"
#include "storage/Database.h"
#include "review/DemoData.h"
#include "safety/Privacy.h"
#include "review/ReviewFigures.h"
#include "TestData.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace rd;

namespace {

// The database's content as a reader sees it: the file and its -wal, if there is one.
QByteArray databaseHash(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (file != path && !f.exists())
            continue;
        REQUIRE(f.open(QIODevice::ReadOnly));
        hash.addData(f.readAll());
    }
    return hash.result();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

bool othersMayRead(const QString &path)
{
    const QFile::Permissions p = QFileInfo(path).permissions();
    return p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther);
}

// Overwrites the leaf page of @p table at @p fraction of the way through its rows (in key order)
// with garbage, as a failing disk would: a reader gets some rows and then an error.
void damageLeafOf(const QString &path, const QString &table, double fraction)
{
    QList<qint64> leaves;
    qint64 pageSize = 0;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(c.open());
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(q.next());
        pageSize = q.value(0).toLongLong();
        REQUIRE(q.prepare(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path")));
        q.addBindValue(table);
        REQUIRE(q.exec());
        while (q.next())
            leaves << q.value(0).toLongLong();
        q.finish();
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    REQUIRE(leaves.size() > 10);
    const qint64 page = leaves.at(int(leaves.size() * fraction));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek((page - 1) * pageSize)); // pages count from 1
    REQUIRE(f.write(QByteArray(int(pageSize), '\xa5')) == pageSize);
}

struct Cli
{
    QString outText, errText;
    QTextStream out{&outText}, err{&errText};
    int run(const QStringList &args)
    {
        outText.clear();
        errText.clear();
        const int code = BatchCommands::run(args, out, err);
        out.flush();
        err.flush();
        return code;
    }
};

} // namespace

TEST_CASE("A damaged page makes every full read fail with the file's name - never a partial success", "[boundary]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    QString customerId;
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        const QString caseId = test::newCase(*db.value());
        customerId = CaseStore(*db.value()).get(caseId)->customerId;
        // One customer with a long history, first in the file, then many other cases.
        const Status typed = Transaction::run(*db.value(), [&]() -> Status {
            for (int i = 0; i < 3000; ++i)
                if (auto s = CaseStore(*db.value()).setField(caseId, CaseField::Experience, QStringLiteral("typed so far: %1").arg(i)); !s)
                    return s;
            return {};
        });
        REQUIRE(typed.ok());
        REQUIRE(DemoData(*db.value(), 3, DemoData::Language::English).generate(2000).ok());
        // The damage below lands in the long history only while it is a good part of all events.
        CHECK(test::count(*db.value(), QStringLiteral("SELECT count(*) FROM case_event WHERE case_id = ?"), {caseId}) * 10 >
              test::count(*db.value(), "SELECT count(*) FROM case_event"));
    }
    // The middle of that customer's history, and the middle of the cases.
    damageLeafOf(path, QStringLiteral("case_event"), 0.05);
    damageLeafOf(path, QStringLiteral("case_record"), 0.5);
    const QString shown = QDir::toNativeSeparators(path);
    const QByteArray before = databaseHash(path);

    SECTION("migrate")
    {
        const QString target = dir.filePath(QStringLiteral("copy.sqlite"));
        Cli cli;
        CHECK(cli.run({QStringLiteral("migrate"), QStringLiteral("--from"), path, QStringLiteral("--to"), target}) == 1);
        CAPTURE(cli.errText.toStdString());
        CHECK(cli.errText.contains(shown));
        CHECK(cli.errText.contains(QStringLiteral("damaged")));
        CHECK_FALSE(QFile::exists(target)); // no half-filled copy left to mistake for a database
        CHECK_FALSE(QFile::exists(target + QStringLiteral("-wal")));
    }
    SECTION("verify")
    {
        Cli cli;
        CHECK(cli.run({QStringLiteral("verify"), QStringLiteral("--database"), path}) == 1);
        CAPTURE(cli.errText.toStdString());
        CHECK(cli.errText.contains(shown));
        CHECK(cli.errText.contains(QStringLiteral("damaged")));
    }
    SECTION("CSV export of the case list")
    {
        const QString csv = dir.filePath(QStringLiteral("cases.csv"));
        auto db = Database::openReadOnly(path);
        REQUIRE(db.ok());
        auto written = CaseListExport::writeCsv(*db.value(), CaseListQuery{}, csv);
        CAPTURE(written.ok() ? written.value() : -1);
        CHECK_FALSE(written.ok());
        CHECK(written.message().contains(shown));
        CHECK_FALSE(QFileInfo::exists(csv));
    }
    SECTION("the customer's data export")
    {
        const QString json = dir.filePath(QStringLiteral("customer.json"));
        auto db = Database::openReadOnly(path);
        REQUIRE(db.ok());
        const Status exported = Privacy(*db.value()).writeCustomerExport(customerId, json);
        CHECK_FALSE(exported.ok());
        CAPTURE(exported.message().toStdString());
        CHECK(exported.message().contains(shown));
        CHECK_FALSE(QFileInfo::exists(json));
    }
    CHECK(databaseHash(path) == before);
}

TEST_CASE("Another program's SQLite file is refused before anything is written to it", "[boundary]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photos.db"));
    test::execRawSqlite(path, {QStringLiteral("PRAGMA journal_mode=DELETE"), QStringLiteral("CREATE TABLE album (name TEXT)"),
                               QStringLiteral("INSERT INTO album VALUES ('holiday')")});
    const QFile::Permissions readable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser |
                                        QFile::ReadGroup | QFile::ReadOther;
    REQUIRE(QFile::setPermissions(path, readable));
    const QByteArray before = fileBytes(path);

    for (bool readOnly : {false, true}) {
        CAPTURE(readOnly);
        Database::Options options;
        options.readOnly = readOnly;
        auto db = Database::open(path, options);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().code == Error::Code::Foreign);
        CHECK(db.message().contains(QDir::toNativeSeparators(path)));
        CHECK(db.message().contains(QStringLiteral("another program")));
        CHECK(fileBytes(path) == before);
        CHECK(QFileInfo(path).permissions() == readable);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
    }
}

TEST_CASE("Exported files are the owner's only - and never written over the database or through a link", "[boundary]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    REQUIRE(DemoData(db, 4, DemoData::Language::English).generate(20).ok());
    const QString customerId = test::newCustomer(db);

    // Each way the program writes a file the user keeps.
    const QList<QPair<const char *, std::function<Status(const QString &)>>> writers = {
        {"bundle", [&](const QString &target) -> Status {
             auto m = Bundle::write(db, target, {});
             return m ? Status() : Status(m.error());
         }},
        {"case list CSV", [&](const QString &target) -> Status {
             auto n = CaseListExport::writeCsv(db, CaseListQuery{}, target);
             return n ? Status() : Status(n.error());
         }},
        {"customer data", [&](const QString &target) { return Privacy(db).writeCustomerExport(customerId, target); }},
    };
    for (const auto &[what, write] : writers) {
        CAPTURE(what);
        SECTION(std::string("owner-only: ") + what)
        {
            const QString fresh = dir.filePath(QStringLiteral("fresh.out"));
            REQUIRE(write(fresh).ok());
            CHECK_FALSE(othersMayRead(fresh));
            // Replacing a file others could read leaves one they cannot.
            REQUIRE(QFile::setPermissions(fresh, QFileInfo(fresh).permissions() | QFile::ReadGroup | QFile::ReadOther));
            REQUIRE(write(fresh).ok());
            CHECK_FALSE(othersMayRead(fresh));
        }
        SECTION(std::string("not over the database: ") + what)
        {
            const QByteArray before = databaseHash(path);
            const QString aside = dir.filePath(QStringLiteral("sub"));
            REQUIRE(QDir().mkpath(aside));
            for (const QString &target : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                                          aside + QStringLiteral("/../desk.sqlite")}) {
                CAPTURE(target.toStdString());
                const Status s = write(target);
                CHECK_FALSE(s.ok());
                CHECK(s.message().contains(QStringLiteral("open database")));
                CHECK(databaseHash(path) == before);
            }
            CHECK(test::count(db, "SELECT count(*) FROM case_record") == 20);
        }
        SECTION(std::string("not through a symbolic link: ") + what)
        {
            const QString victim = dir.filePath(QStringLiteral("victim.txt"));
            const QString link = dir.filePath(QStringLiteral("link.out"));
            {
                QFile f(victim);
                REQUIRE(f.open(QIODevice::WriteOnly));
                f.write("keep me");
            }
            REQUIRE(QFile::link(victim, link));
            const Status s = write(link);
            CHECK_FALSE(s.ok());
            CHECK(s.message().contains(QStringLiteral("symbolic link")));
            CHECK(fileBytes(victim) == QByteArray("keep me"));
            CHECK(QFileInfo(link).isSymLink());
        }
    }
}

TEST_CASE("export - report and verify read their source without creating - upgrading or changing it", "[boundary][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    const QString bundle = dir.filePath(QStringLiteral("desk.rdbundle"));
    Cli cli;
    REQUIRE(cli.run({QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--cases"), QStringLiteral("30")}) == 0);
    const QFile::Permissions shared = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup;
    REQUIRE(QFile::setPermissions(path, shared));
    const QByteArray before = databaseHash(path);

    SECTION("a mistyped source is an error and nothing is made")
    {
        const QString typo = dir.filePath(QStringLiteral("missing/typo.sqlite"));
        for (const char *command : {"export", "report", "verify"}) {
            CAPTURE(command);
            QStringList args{QString::fromLatin1(command), QStringLiteral("--database"), typo};
            if (QLatin1String(command) == QLatin1String("export"))
                args << QStringLiteral("--out") << bundle;
            CHECK(cli.run(args) == 1);
            CHECK(cli.errText.contains(QDir::toNativeSeparators(typo)));
            CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
            CHECK_FALSE(QFileInfo::exists(bundle));
        }
    }
    SECTION("the bundle cannot be the database itself")
    {
        for (const QString &target : {path, path + QStringLiteral("-wal"), dir.filePath(QStringLiteral("./desk.sqlite"))}) {
            CAPTURE(target.toStdString());
            CHECK(cli.run({QStringLiteral("export"), QStringLiteral("--database"), path, QStringLiteral("--out"), target}) == 1);
            CHECK(cli.errText.contains(QStringLiteral("open database")));
            CHECK(databaseHash(path) == before);
        }
    }
    SECTION("a normal export, report and verify leave the source as it was")
    {
        CHECK(cli.run({QStringLiteral("export"), QStringLiteral("--database"), path, QStringLiteral("--out"), bundle}) == 0);
        CHECK(cli.outText.contains(QStringLiteral("Wrote 30 cases")));
        CHECK(cli.run({QStringLiteral("report"), QStringLiteral("--database"), path}) == 0);
        CHECK(cli.run({QStringLiteral("verify"), QStringLiteral("--database"), path}) == 0);
        CHECK(databaseHash(path) == before);
        CHECK(QFileInfo(path).permissions() == shared);
        CHECK_FALSE(othersMayRead(bundle));
    }
    SECTION("a bundle is written from a database opened read-only")
    {
        auto db = Database::openReadOnly(path);
        REQUIRE(db.ok());
        auto manifest = Bundle::write(*db.value(), bundle, {});
        INFO(manifest.message().toStdString());
        REQUIRE(manifest.ok());
        CHECK(manifest->cases == 30);
        auto archive = Database::open(dir.filePath(QStringLiteral("archive.sqlite")));
        REQUIRE(archive.ok());
        MergeOptions trustNew; // a new archive: this PC's first bundle
        trustNew.trustNew = true;
        auto merged = Bundle::merge(*archive.value(), bundle, trustNew);
        INFO(merged.message().toStdString());
        CHECK(merged.ok());
        db.value().reset();
        CHECK(databaseHash(path) == before);
    }
}

TEST_CASE("report refuses periods that are not real dates", "[boundary][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    Cli cli;
    REQUIRE(cli.run({QStringLiteral("demo"), QStringLiteral("--database"), path, QStringLiteral("--cases"), QStringLiteral("5")}) == 0);
    for (const char *bad : {"0000", "2026-00", "2026-13", "2026-02-30", "2026-02-30..2026-03-01", "2026-02-29..2026-03-01",
                            "2026-04-31..2026-05-01"}) {
        CAPTURE(bad);
        CHECK(cli.run({QStringLiteral("report"), QStringLiteral("--database"), path, QStringLiteral("--period"),
                       QString::fromLatin1(bad)}) == 2);
        CHECK(cli.errText.contains(QString::fromLatin1(bad)));
        CHECK(cli.outText.isEmpty());
    }
    CHECK(cli.run({QStringLiteral("report"), QStringLiteral("--database"), path, QStringLiteral("--period"),
                   QStringLiteral("2024-02-29..2024-03-01")}) == 0);
}

TEST_CASE("CSV cells a spreadsheet would run as formulas are written as text", "[boundary][csv]")
{
    CHECK(CaseListExport::csvField(QStringLiteral("=HYPERLINK(\"http://x\")")) == QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    CHECK(CaseListExport::csvField(QStringLiteral("+31 6 1234")) == QStringLiteral("'+31 6 1234"));
    CHECK(CaseListExport::csvField(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(CaseListExport::csvField(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CaseListExport::csvField(QStringLiteral("\tcmd")) == QStringLiteral("'\tcmd"));
    CHECK(CaseListExport::csvField(QStringLiteral("\rcmd")) == QStringLiteral("\"'\rcmd\""));
    CHECK(CaseListExport::csvField(QStringLiteral("a = b")) == QStringLiteral("a = b"));
    CHECK(CaseListExport::csvField(QString()).isEmpty());

    SECTION("in the case list")
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("desk.sqlite")));
        REQUIRE(db.ok());
        REQUIRE(CaseStore(*db.value())
                    .create(test::newCustomer(*db.value(), QStringLiteral("=cmd|'/c calc'!A1")), Channel::Phone,
                            CaseKind::Complaint, QStringLiteral("@anna"))
                    .ok());
        const QString csv = dir.filePath(QStringLiteral("cases.csv"));
        REQUIRE(CaseListExport::writeCsv(*db.value(), CaseListQuery{}, csv).ok());
        const QString text = QString::fromUtf8(fileBytes(csv));
        CHECK(text.contains(QStringLiteral("'=cmd|'/c calc'!A1,")));
        CHECK(text.contains(QStringLiteral(",'@anna,")));
    }
    SECTION("in the review figures (the report and the dashboard write these)")
    {
        ReviewReport r;
        r.period.label = QStringLiteral("=1+1");
        r.owner = QStringLiteral("-anna");
        const QString csv = QString::fromUtf8(r.toCsv());
        CHECK(csv.contains(QStringLiteral("period,label,'=1+1\r\n")));
        CHECK(csv.contains(QStringLiteral("period,owner,'-anna\r\n")));
    }
}

#ifdef Q_OS_UNIX
// Run as root, `export --out /dev/null` once replaced the device with a plain file, and
// `--database /dev/null` made it the user's only: a pipe stands in for any such file here.
TEST_CASE("A device or a pipe is neither written over nor opened as a database", "[boundary][cli]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("desk.sqlite"));
    {
        auto db = Database::open(source);
        REQUIRE(db.ok());
        rd::test::newCase(*db.value());
    }
    const QString pipe = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0644) == 0);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    CHECK(BatchCommands::run({QStringLiteral("export"), QStringLiteral("--database"), source, QStringLiteral("--out"), pipe}, out, err) == 1);
    CHECK(errText.contains(QStringLiteral("not a plain file")));
    errText.clear();
    CHECK(BatchCommands::run({QStringLiteral("import"), QStringLiteral("--database"), pipe, source}, out, err) == 1);
    CHECK(errText.contains(QStringLiteral("not a plain file")));
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(pipe).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    CHECK((st.st_mode & 0777) == 0644);
}
#endif

// One damaged index page reads as fewer rows, without an error: export, migrate and verify check
// the file first instead of writing out (or calling intact) a history with events missing.
TEST_CASE("A damaged index is found before export, migrate or verify trust what it reads", "[boundary][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    qint64 pageSize = 0, page = 0;
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(DemoData(*db.value(), 5, DemoData::Language::English).generate(300).ok());
        pageSize = db.value()->scalar(QStringLiteral("PRAGMA page_size"))->toLongLong();
        page = db.value()->scalar(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'event_case' AND pagetype = 'leaf' "
                                                 "ORDER BY pageno LIMIT 1 OFFSET 2"))->toLongLong();
        REQUIRE(page > 1);
        REQUIRE(db.value()->execOnce(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(page * pageSize - 120)); // among the page's last cells: index keys
        REQUIRE(f.write(QByteArray(16, '\x5a')) == 16);
    }
    const QByteArray before = databaseHash(path);
    for (const QString &command : {QStringLiteral("export"), QStringLiteral("verify"), QStringLiteral("migrate")}) {
        CAPTURE(command.toStdString());
        Cli cli;
        const QString out = dir.filePath(command + QStringLiteral(".out"));
        QStringList args{command};
        if (command == QLatin1String("migrate"))
            args << QStringLiteral("--from") << path << QStringLiteral("--to") << out;
        else
            args << QStringLiteral("--database") << path;
        if (command == QLatin1String("export"))
            args << QStringLiteral("--out") << out;
        CHECK(cli.run(args) == 1);
        CAPTURE(cli.errText.toStdString());
        CHECK(cli.errText.contains(QStringLiteral("damaged")));
        CHECK_FALSE(QFile::exists(out));
    }
    CHECK(databaseHash(path) == before);
}
