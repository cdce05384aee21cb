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
