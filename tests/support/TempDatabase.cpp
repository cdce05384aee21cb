#include "TempDatabase.h"

#include <catch2/catch.hpp>

namespace rd::test {

TempDatabase::TempDatabase()
    : m_clock(std::make_shared<FixedClock>(QDateTime::fromString(QStringLiteral("2026-11-26T09:00:00Z"), Qt::ISODate)))
{
    REQUIRE(m_dir.isValid());
    open();
}

QString TempDatabase::path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }

void TempDatabase::open()
{
    auto db = Database::open(path());
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    m_db = std::move(db).value();
    m_db->setClock(m_clock);
    m_db->setActor(QStringLiteral("anna"));
}

void TempDatabase::reopen()
{
    m_db.reset();
    open();
}

qint64 TempDatabase::ms(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace rd::test
