#include "safety/Backups.h"
#include "search/CaseSearch.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "cases/EventLog.h"
#include "storage/HistorySeal.h"
#include "safety/Privacy.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace rd;
using rd::test::TempDatabase;

namespace {

qint64 caseCount(Database &db) { return CaseStore(db).count().value(); }

} // namespace

TEST_CASE("A backup is a consistent copy taken while the file is open", "[backup]")
{
    TempDatabase t;
    test::newCase(t.db());
    test::newCase(t.db());
    Backups backups(t.path());
    auto made = backups.make(t.db());
    REQUIRE(made.ok());
    CHECK(QFileInfo(made.value()).dir().dirName() == QStringLiteral("backups"));
    CHECK_FALSE(QFileInfo::exists(made.value() + QStringLiteral(".part")));
    const QList<BackupInfo> all = backups.list();
    REQUIRE(all.size() == 1);
    CHECK(all.first().cases == 2);
    CHECK(all.first().madeAt == t.clock().nowUtc().addMSecs(-t.clock().nowUtc().time().msec()));
#ifdef Q_OS_UNIX
    CHECK(QFileInfo(made.value()).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK_FALSE(QFileInfo(t.path()).permissions().testFlag(QFile::ReadOther));
    CHECK_FALSE(QFileInfo(t.path()).permissions().testFlag(QFile::ReadGroup));
#endif
}

TEST_CASE("A backup is only made when something changed since the last", "[backup]")
{
    TempDatabase t;
    test::newCase(t.db());
    Backups backups(t.path());
    CHECK_FALSE(backups.makeIfChanged(t.db())->isEmpty()); // the first one
    t.clock().advanceSecs(3600);
    CHECK(backups.makeIfChanged(t.db())->isEmpty()); // nothing new
    test::newCase(t.db());
    t.clock().advanceSecs(3600);
    CHECK_FALSE(backups.makeIfChanged(t.db())->isEmpty());
    CHECK(backups.list().size() == 2);
    CHECK(backups.list().first().cases == 2);
}

TEST_CASE("Rotation keeps the newest, one a day for a week and one a week for a month", "[backup]")
{
    TempDatabase t;
    Backups backups(t.path());
    REQUIRE(QDir().mkpath(backups.folder()));
    // Four backups a day for 60 days.
    const QDateTime start = QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
    for (int day = 0; day < 60; ++day)
        for (int hour = 0; hour < 4; ++hour) {
            QFile f(QDir(backups.folder()).filePath(backups.fileNameFor(start.addDays(day).addSecs(hour * 3600))));
            REQUIRE(f.open(QIODevice::WriteOnly));
        }
    QFile other(QDir(backups.folder()).filePath(QStringLiteral("notes.sqlite"))); // not ours: left alone
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();
    backups.rotate();
    QStringList kept = QDir(backups.folder()).entryList({QStringLiteral("test-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    CHECK(kept.size() <= Backups::kKeepNewest + Backups::kKeepDaily + Backups::kKeepWeekly);
    CHECK(kept.size() >= Backups::kKeepDaily + Backups::kKeepWeekly);
    CHECK(kept.first() == backups.fileNameFor(start.addDays(59).addSecs(3 * 3600))); // the newest
    CHECK(backups.madeAt(kept.last()) < start.addDays(59 - 21)); // weekly ones reach back weeks
    CHECK(QFileInfo::exists(other.fileName()));
    CHECK(backups.rotate() == 0); // stable
}

TEST_CASE("Restoring a backup puts it in place and keeps the replaced file aside", "[backup]")
{
    TempDatabase t;
    test::newCase(t.db());
    Backups backups(t.path());
    auto made = backups.make(t.db());
    REQUIRE(made.ok());
    test::newCase(t.db()); // after the backup
    const QString before = HistorySeal::workstationId(t.db()).value();
    t.close();

    REQUIRE(backups.restore(made.value()).ok());
    t.reopen();
    CHECK(caseCount(t.db()) == 1);
    CHECK(HistorySeal::workstationId(t.db()).value() != before);
    // What it wrote under its former identity is still its own (SignedHistory counts it so).
    auto ids = HistorySeal::idsWrittenUnder(t.db());
    REQUIRE(ids.ok());
    CHECK(ids->contains(before));
    CHECK(ids->contains(HistorySeal::workstationId(t.db()).value()));
    const QStringList aside = QDir(t.dir()).entryList({QStringLiteral("test.sqlite.before-restore-*[0-9]")}, QDir::Files);
    REQUIRE(aside.size() == 1);
    {
        Database::Options readOnly;
        readOnly.readOnly = true;
        auto old = Database::open(QDir(t.dir()).filePath(aside.first()), readOnly);
        REQUIRE(old.ok());
        CHECK(caseCount(*old.value()) == 2); // nothing is thrown away
    }
    // New work on the restored file seals and verifies.
    test::newCase(t.db());
    CHECK(HistorySeal::verify(t.db())->intact);
}

TEST_CASE("A damaged backup is refused and the database is left as it was", "[backup][bad-input]")
{
    TempDatabase t;
    test::newCase(t.db());
    Backups backups(t.path());
    auto made = backups.make(t.db());
    REQUIRE(made.ok());
    {
        QFile f(made.value());
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(4096 + 100);
        f.write(QByteArray(8192, '\x5a'));
    }
    t.close();
    auto restored = backups.restore(made.value());
    CHECK_FALSE(restored.ok());
    CHECK(restored.message().contains(QStringLiteral("backup")));
    t.reopen();
    CHECK(caseCount(t.db()) == 1);
}

TEST_CASE("A customer erased after a backup stays erased when that backup is restored", "[backup][privacy]")
{
    TempDatabase t;
    const QString caseId = test::newCase(t.db());
    const QString customerId = CaseStore(t.db()).get(caseId)->customerId;
    REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Experience, QStringLiteral("The ocelot ate my parcel")).ok());
    Backups backups(t.path());
    auto made = backups.make(t.db());
    REQUIRE(made.ok());
    REQUIRE(Privacy(t.db()).eraseCustomer(customerId, QStringLiteral("request by letter")).ok());
    t.close();

    REQUIRE(backups.restore(made.value()).ok());
    t.reopen();
    CHECK(CustomerStore(t.db()).get(customerId)->name == Privacy::erasedName());
    CHECK(CaseStore(t.db()).get(caseId)->experience.isEmpty());
    CHECK(CaseSearch(t.db()).search(QStringLiteral("ocelot"))->isEmpty());
    const auto own = EventLog(t.db()).customerHistory(customerId).value();
    CHECK(own.last().kind == QStringLiteral("customer.erased"));
    CHECK(own.last().data.value(QStringLiteral("reason")).toString() == QStringLiteral("request by letter"));
}

namespace {

qint64 databaseSize(const TempDatabase &t)
{
    return QFileInfo(t.path()).size() + QFileInfo(t.path() + QStringLiteral("-wal")).size();
}

qint64 backupsSize(const Backups &b)
{
    qint64 total = 0;
    for (const BackupInfo &info : b.list())
        total += info.bytes;
    return total;
}

// A database of 30 cases, compact, so a backup (always compact) is about as big as the file.
void compactDatabase(TempDatabase &t)
{
    for (int i = 0; i < 30; ++i)
        test::newCase(t.db());
    REQUIRE(t.db().exec(QStringLiteral("VACUUM")).ok());
    REQUIRE(t.db().scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
}

} // namespace

TEST_CASE("Backups stay within their room: extra copies of the latest go first, then the oldest", "[backup]")
{
    TempDatabase t;
    compactDatabase(t);
    Backups backups(t.path());
    // Three days of four backups each, made without a limit: the rotation keeps them all.
    QStringList made;
    for (int day = 0; day < 3; ++day) {
        for (int hour = 0; hour < 4; ++hour) {
            auto path = backups.make(t.db());
            REQUIRE(path.ok());
            made << QFileInfo(path.value()).absoluteFilePath();
            t.clock().advanceSecs(3600);
        }
        t.clock().advanceSecs(20 * 3600);
    }
    REQUIRE(backups.list().size() == 7); // the newest 6 (day three's four, day two's last two) and day one's newest

    // Room for five databases: the new backup stays, the latest day's extra copies go before
    // the daily ones, and the oldest of those go first.
    backups.setSpaceLimit(5);
    auto last = backups.make(t.db());
    INFO(last.message().toStdString());
    REQUIRE(last.ok());
    CHECK(backupsSize(backups) <= 5 * databaseSize(t));
    QStringList left;
    for (const BackupInfo &b : backups.list())
        left << b.path;
    CHECK(left.first() == QFileInfo(last.value()).absoluteFilePath());
    CHECK(left.contains(made.at(3)));  // the newest of day one
    CHECK(left.contains(made.at(7)));  // … of day two
    CHECK(left.contains(made.at(11))); // … of day three
    CHECK_FALSE(left.contains(made.at(8))); // day three's extra copies went, the oldest first
    CHECK_FALSE(left.contains(made.at(9)));
    CHECK(left.contains(made.at(10)));
    CHECK(left.size() == 5);

    // A limit of one database keeps just the newest, once it is written and checked.
    backups.setSpaceLimit(1);
    t.clock().advanceSecs(3600);
    auto single = backups.make(t.db());
    REQUIRE(single.ok());
    REQUIRE(backups.list().size() == 1);
    CHECK(backups.list().first().path == QFileInfo(single.value()).absoluteFilePath());
}

TEST_CASE("A backup well larger than the new one is kept outside the room; only exact names are removed", "[backup][bad-input]")
{
    TempDatabase t;
    compactDatabase(t);
    Backups backups(t.path());
    REQUIRE(QDir().mkpath(backups.folder()));
    const qint64 backupSize = databaseSize(t);
    // A backup from before a salvage into a smaller file: three times as big, made a week ago.
    const QString older = QDir(backups.folder()).filePath(backups.fileNameFor(t.clock().nowUtc().addDays(-7)));
    {
        QFile f(older);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(QByteArray(int(3 * backupSize), 'x')) > 0);
    }
    // An ordinary one from yesterday, and a copy someone put beside them, named almost like one.
    t.clock().advanceSecs(-24 * 3600);
    auto yesterday = backups.make(t.db());
    REQUIRE(yesterday.ok());
    t.clock().advanceSecs(24 * 3600);
    const QString beside = QDir(backups.folder()).filePath(
        backups.fileNameFor(t.clock().nowUtc().addDays(-8)).replace(QStringLiteral(".sqlite"), QStringLiteral(" before the move.sqlite")));
    REQUIRE(QFile::copy(older, beside));
    // And what a backup cut off halfway left behind.
    const QString leftover = QDir(backups.folder()).filePath(backups.fileNameFor(t.clock().nowUtc().addDays(-2)) + QStringLiteral(".part"));
    REQUIRE(QFile::copy(older, leftover));

    // Room for one backup: the new one stays, yesterday's goes, the big one is spared.
    backups.setSpaceLimit(1);
    auto made = backups.make(t.db());
    INFO(made.message().toStdString());
    REQUIRE(made.ok());
    CHECK(QFileInfo::exists(made.value()));
    CHECK_FALSE(QFileInfo::exists(yesterday.value()));
    CHECK(QFileInfo::exists(older));
    CHECK(QFileInfo::exists(beside));
    CHECK_FALSE(QFileInfo::exists(leftover));
    CHECK(backups.list().size() == 2);
    CHECK(backups.rotate() == 0);
    CHECK(QFileInfo::exists(beside));
}

TEST_CASE("A backup's name is read in UTC, whatever the local clock did that night", "[backup]")
{
    TempDatabase t;
    Backups backups(t.path());
    // 02:30 on the last Sunday of March: a time the clocks of most of Europe skip.
    const QDateTime at(QDate(2026, 3, 29), QTime(2, 30, 15), Qt::UTC);
    CHECK(backups.madeAt(backups.fileNameFor(at)) == at);
    CHECK_FALSE(backups.madeAt(backups.fileNameFor(at).replace(QStringLiteral(".sqlite"), QStringLiteral("x.sqlite"))).isValid());
}
