#include "ServerOutage.h"

#include "CatchQt.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace rd::test {

ServerOutage::ServerOutage(const QString &address)
    : m_database(QUrl(address).path().mid(1)), m_connection(QStringLiteral("rd-test-outage-") + m_database)
{
    const QUrl admin(qEnvironmentVariable("RD_TEST_POSTGRESQL"));
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    c.setHostName(admin.host());
    c.setPort(admin.port(5432));
    c.setUserName(admin.userName());
    c.setDatabaseName(admin.path().mid(1)); // not the one cut off: a database cannot shut itself out
    INFO(c.lastError().text().toStdString());
    REQUIRE(c.open());
}

ServerOutage::~ServerOutage()
{
    restore();
    QSqlDatabase::database(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
}

void ServerOutage::begin()
{
    run(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false").arg(m_database));
    run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(m_database));
}

void ServerOutage::restore() { run(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(m_database)); }

void ServerOutage::run(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    CHECK(ok);
}

} // namespace rd::test
