#include "ServerOutage.h"

#include "TempDatabase.h"

#include <catch2/catch.hpp>

#include <QUrl>

namespace rd::test {

ServerOutage::ServerOutage(const QString &address) : m_database(QUrl(address).path().mid(1)) {}

void ServerOutage::begin()
{
    // Run from the maintenance database: a database cannot shut itself out.
    REQUIRE(onServerAdmin(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false").arg(m_database)));
    REQUIRE(onServerAdmin(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(m_database)));
}

void ServerOutage::restore() { onServerAdmin(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(m_database)); }

} // namespace rd::test
