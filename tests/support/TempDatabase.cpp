#include "TempDatabase.h"

#include "TestData.h"

#include "exchange/WorkstationKey.h"
#include "exchange/WorkstationTrust.h"

#include <catch2/catch.hpp>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace rd::test {

namespace {

QAtomicInteger<int> s_serverDatabases;

} // namespace

bool onServerAdmin(const QString &sql)
{
    bool done = false;
    const QUrl url(qEnvironmentVariable("RD_TEST_POSTGRESQL"));
    const QString name = QStringLiteral("rd-test-admin");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(url.host());
        c.setPort(url.port(5432));
        c.setUserName(url.userName());
        c.setPassword(url.password());
        c.setDatabaseName(url.path().mid(1));
        // Never REQUIRE here: this also runs from the destructor, where a throw would end the run.
        if (c.open()) {
            QSqlQuery q(c);
            done = q.exec(sql);
            INFO((sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
            CHECK(done);
            q.finish();
            c.close();
        } else {
            FAIL_CHECK("the PostgreSQL test server cannot be reached: " << c.lastError().text().toStdString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

bool TempDatabase::onServer() { return qEnvironmentVariable("RD_TEST_BACKEND") == QLatin1String("postgresql"); }

TempDatabase::TempDatabase()
    : m_clock(std::make_shared<FixedClock>(QDateTime::fromString(QStringLiteral("2026-11-26T09:00:00Z"), Qt::ISODate)))
{
    REQUIRE(m_dir.isValid());
    if (onServer()) {
        REQUIRE(!qEnvironmentVariableIsEmpty("RD_TEST_POSTGRESQL"));
        m_serverDatabase = QStringLiteral("rd_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(s_serverDatabases.fetchAndAddRelaxed(1));
        onServerAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_serverDatabase));
        onServerAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_serverDatabase));
    }
    open();
    // Bundles this test process signs (with its own key, as a workstation would) are accepted
    // here, as from a PC the team lead trusted; tests of trust itself use keys of their own.
    auto key = WorkstationKey::loadOrCreate(WorkstationKey::defaultFolder());
    INFO(key.message().toStdString());
    REQUIRE(key.ok());
    REQUIRE(WorkstationTrust(*m_db).trust(testWorkstationName(), key->publicKey()).ok());
}

QString TempDatabase::testWorkstationName() { return QStringLiteral("this test process"); }

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (!m_serverDatabase.isEmpty())
        onServerAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

QString TempDatabase::path() const
{
    if (!m_serverDatabase.isEmpty()) {
        QUrl url(qEnvironmentVariable("RD_TEST_POSTGRESQL"));
        url.setPath(QLatin1Char('/') + m_serverDatabase);
        return url.toString();
    }
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

void TempDatabase::open()
{
    // Each server database stands for a PC (or an archive) of its own: it seals its history under
    // a name of its own, as two PCs on one server do, not under this machine's one name.
    Database::Options options;
    if (onServer())
        options.workstation = QStringLiteral("test-") + m_serverDatabase;
    auto db = Database::open(path(), options);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    m_db = std::move(db).value();
    REQUIRE((m_db->backend() == Backend::PostgreSQL) == onServer());
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

void TempDatabase::tamper(const QStringList &statements)
{
    if (onServer()) {
        // Whoever holds the server's keys can switch the guarding triggers off for a session.
        REQUIRE(db().execOnce(QStringLiteral("SET session_replication_role = replica")).ok());
        for (const QString &sql : statements)
            REQUIRE(db().execOnce(sql).ok());
        REQUIRE(db().execOnce(QStringLiteral("SET session_replication_role = DEFAULT")).ok());
        return;
    }
    close();
    const QStringList all = {QStringLiteral("DROP TRIGGER IF EXISTS case_event_no_update"), QStringLiteral("DROP TRIGGER IF EXISTS case_event_no_delete"),
                             QStringLiteral("DROP TRIGGER IF EXISTS case_event_erase_data_only")};
    execRawSqlite(path(), all + statements);
    reopen();
}

} // namespace rd::test
