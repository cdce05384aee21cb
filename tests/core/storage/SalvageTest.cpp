#include "safety/Backups.h"
#include "cases/CaseStore.h"
#include "review/DemoData.h"
#include "storage/sqlite/Salvage.h"
#include "TempDatabase.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace rd;
using rd::test::TempDatabase;

TEST_CASE("A sound file passes the start check", "[salvage]")
{
    TempDatabase t;
    REQUIRE(DemoData(t.db(), 3, DemoData::Language::English).generate(50).ok());
    auto problems = Salvage::check(t.db());
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("A damaged file is found, set aside untouched, and what can be read is saved", "[salvage][bad-input]")
{
    TempDatabase t;
    REQUIRE(DemoData(t.db(), 3, DemoData::Language::English).generate(1500).ok());
    const qint64 before = CaseStore(t.db()).count().value();
    t.close(); // checkpointed: everything is in the main file
    test::damagePages(t.path());
    QFile original(t.path());
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = original.readAll();
    original.close();

    auto problems = Salvage::check(t.path());
    REQUIRE(problems.ok());
    CHECK_FALSE(problems->isEmpty());

    auto aside = Salvage::setAside(t.path());
    REQUIRE(aside.ok());
    CHECK_FALSE(QFileInfo::exists(t.path()));
    QFile kept(aside.value());
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == damagedBytes); // kept exactly as it was found

    auto saved = Salvage::salvage(aside.value(), t.path());
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
    CHECK(saved->rowsSaved > 0);
    CHECK(saved->cases > before / 2);
    CHECK(saved->cases <= before);
    t.reopen();
    CHECK(Salvage::check(t.db())->isEmpty());
    CHECK(CaseStore(t.db()).count().value() == saved->cases);
    // The fresh file is fully usable.
    CHECK(t.db().exec(QStringLiteral("PRAGMA foreign_key_check")).value()->next() == false);
}

TEST_CASE("Salvaging something that is no database at all says so", "[salvage][bad-input]")
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(10000, 'x'));
    f.close();
    auto saved = Salvage::salvage(junk, dir.filePath(QStringLiteral("fresh.sqlite")));
    CHECK_FALSE(saved.ok());
    CHECK_FALSE(saved.message().isEmpty());
}
