// The parts of Database that open and check a team database on a PostgreSQL server.
#include "storage/Database.h"

#include "storage/postgres/PostgresDialect.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSysInfo>
#include <QUrl>
#include <QUrlQuery>

namespace rd {

namespace {

// Connection settings a server address may carry after "?" (libpq's own names).
const char *const kPassedOptions[] = {"sslmode", "sslrootcert", "sslcert", "sslkey", "application_name", "connect_timeout"};

QString knownOptions()
{
    QStringList names;
    for (const char *option : kPassedOptions)
        names << QLatin1String(option);
    return names.join(QStringLiteral(", "));
}

} // namespace

bool Database::isServerAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString Database::defaultWorkstation()
{
    // Stable for this PC and user, so the history chains this client seals continue after a restart.
    const QByteArray machine = QSysInfo::machineUniqueId() + '\x1f' + QSysInfo::machineHostName().toUtf8() + '\x1f' +
                               defaultActor().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(machine, QCryptographicHash::Sha256).toBase64(
                                                                QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                                   .left(12));
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &address, Options options)
{
    const QUrl url(address, QUrl::StrictMode);
    QUrl withoutPassword = url;
    withoutPassword.setPassword(QString());
    const QString shown = url.isValid() ? withoutPassword.toString() : address.section(QLatin1Char('@'), -1);
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || name.isEmpty() || name.contains(QLatin1Char('/')))
        return Error{Error::Code::InvalidInput,
                     tr("The server address %1 is not complete. Write it as postgresql://user@server:5432/database.")
                         .arg(shown)};
    // A password in the address would be kept in the settings and shown in the list of running
    // programs: libpq reads it from PGPASSWORD or the user's .pgpass file instead.
    if (!url.password().isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("The server address %1 holds a password. Leave it out of the address: put it in the file "
                        ".pgpass in your home folder (%APPDATA%\\postgresql\\pgpass.conf on Windows) or in the "
                        "environment variable PGPASSWORD.")
                         .arg(shown)};
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems()) {
        bool known = false;
        for (const char *option : kPassedOptions)
            known = known || item.first == QLatin1String(option);
        if (!known)
            return Error{Error::Code::InvalidInput,
                         tr("The server address %1 has the setting \"%2\", which Recovery Desk does not pass on. "
                            "Known settings: %3.")
                             .arg(shown, item.first.left(40), knownOptions())};
    }
    if (options.workstation.isEmpty())
        options.workstation = defaultWorkstation();

    const QString connection = connectionName(QStringLiteral("rd-server"));
    std::unique_ptr<Database> db(new Database(shown, options, connection));
    db->m_dialect = &SqlDialect::postgresql();
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (!c.isValid())
            return Error{Error::Code::Storage, tr("The PostgreSQL driver for Qt is missing (package libqt6sql6-psql). "
                                                  "Install it and start again.")};
        c.setHostName(url.host());
        c.setPort(url.port(5432));
        c.setUserName(url.userName());
        c.setPassword(url.password()); // empty: libpq looks in PGPASSWORD and the user's .pgpass
        c.setDatabaseName(name);
        // TCP keepalives: a PC that vanished (cable out, sleep) is noticed by the server, which
        // then ends its transaction and frees its locks.
        QStringList connectOptions{QStringLiteral("connect_timeout=5"), QStringLiteral("keepalives=1"),
                                   QStringLiteral("keepalives_idle=30"), QStringLiteral("keepalives_interval=10"),
                                   QStringLiteral("keepalives_count=3")};
        for (const char *option : kPassedOptions)
            if (query.hasQueryItem(QLatin1String(option)))
                connectOptions << QStringLiteral("%1=%2").arg(QLatin1String(option), query.queryItemValue(QLatin1String(option)));
        // Customers' complaints cross the network encrypted unless the address says otherwise.
        if (!query.hasQueryItem(QStringLiteral("sslmode")))
            connectOptions << QStringLiteral("sslmode=require");
        c.setConnectOptions(connectOptions.join(QLatin1Char(';')));
        if (!c.open())
            return db->errorFrom(c.lastError(), tr("connect to the team database"));
    }
    if (auto s = db->setUpServerSession(); !s)
        return s.error();
    if (auto s = db->createOrCheckServerSchema(); !s)
        return s.error();
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Status Database::setUpServerSession()
{
    // The tables live in a schema named "main", so "main.case_record" means the same table on a
    // server as in a file (where "main" tells it from an attached bundle's). Extensions stay in public.
    if (auto r = execNow(QStringLiteral("SET search_path = main, public"), {}); !r)
        return r.error();
    // Statements are prepared once per connection; planned for their actual values every time,
    // because a search for a common word and one for a rare word need opposite plans.
    if (auto r = execNow(QStringLiteral("SET plan_cache_mode = force_custom_plan"), {}); !r)
        return r.error();
    // One PC that hangs must not stall the others: a session that sits idle inside a transaction
    // is ended by the server sooner (the dialect's usual setting, 4 s) than a save waiting for the
    // write lock gives up (5 s), so the saves behind a hung PC go through.
    if (auto r = execNow(QStringLiteral("SET lock_timeout = '5s'"), {}); !r)
        return r.error();
    for (const QString &sql : m_dialect->longWork(false))
        if (auto r = execNow(sql, {}); !r)
            return r.error();
    if (m_options.readOnly)
        if (auto r = execNow(QStringLiteral("SET default_transaction_read_only = on"), {}); !r)
            return r.error();
    return {};
}

bool Database::serverReachable()
{
    QSqlQuery ping(connection());
    return ping.exec(QStringLiteral("SELECT 1"));
}

bool Database::checkConnection()
{
    if (backend() != Backend::PostgreSQL)
        return true;
    if (m_transactionDepth > 0)
        return !m_connectionLost; // a transaction's statements say for themselves
    if (serverReachable() || reconnect())
        m_connectionLost = false;
    return !m_connectionLost;
}

bool Database::reconnect()
{
    m_statements.clear(); // prepared on the old connection: gone with it
    QSqlDatabase c = connection();
    c.close();
    return c.open() && setUpServerSession().ok();
}

Status Database::createOrCheckServerSchema()
{
    const auto ourTables = [this] {
        return scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' "
                                     "AND table_name = 'setting'"));
    };
    auto tables = scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main'"));
    if (!tables)
        return tables.error();
    auto ours = ourTables();
    if (!ours)
        return ours.error();
    if (ours->toInt() == 0) {
        if (tables->toInt() > 0)
            return Error{Error::Code::Foreign,
                         tr("The database %1 holds tables of another program. Give Recovery Desk a database of its own.")
                             .arg(m_path)};
        if (m_options.readOnly)
            return Error{Error::Code::NotFound, tr("The team database %1 is still empty: open it once normally first.").arg(m_path)};
        // Several clients may start at once on a new database: the write lock makes one create it.
        return Transaction::run(*this, [this, &ourTables]() -> Status {
            auto again = ourTables();
            if (!again)
                return again.error();
            if (again->toInt() > 0)
                return {};
            if (auto s = PostgresSchema::create(*this); !s)
                return s;
            return execOnce(m_dialect->writeVersion(kSchemaVersion));
        });
    }
    auto version = Schema::storedVersion(*this);
    if (!version)
        return version.error();
    if (version.value() > kSchemaVersion)
        return Error{Error::Code::TooNew,
                     tr("The team database %1 was set up by a newer version of Recovery Desk (data format %2; this "
                        "version reads up to %3). Install the newer version on this PC.")
                         .arg(m_path)
                         .arg(version.value())
                         .arg(kSchemaVersion)};
    if (version.value() == kSchemaVersion)
        return {};
    if (m_options.readOnly)
        return Error{Error::Code::Refused,
                     tr("The team database %1 must first be upgraded to this version's data format (%2; it has %3). "
                        "Open it once normally.")
                         .arg(m_path)
                         .arg(kSchemaVersion)
                         .arg(version.value())};
    // Clients of the older version refuse it from then on (above), with a message to update.
    return Schema::upgrade(*this, Schema::upgrades());
}

Error Database::serverError(const QSqlError &error, const QString &action) const
{
    const QString detail = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
    const QString state = error.nativeErrorCode();
    // Class 08 (connection exception), 57P (operator intervention: shutdown), 25P03 (the session
    // ended for sitting idle in a transaction) and a driver-level connection error all mean the
    // same to the user: the server cannot be reached just now.
    if (error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
        state.startsWith(QLatin1String("57P")) || state == QLatin1String("25P03") || !connection().isOpen()) {
        m_connectionLost = true;
        return {Error::Code::Storage,
                tr("Could not %1: the team database at %2 cannot be reached (%3). Check the network connection; "
                   "nothing typed here is lost, and saving is tried again.")
                    .arg(action, m_path, detail)};
    }
    // 55P03: a lock waited for longer than lock_timeout; 40P01: the server ended one of two
    // transactions waiting for each other. Either way nothing of this change was kept.
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01"))
        return {Error::Code::InUse, tr("Could not %1 in %2: another workstation was changing the same records just then. "
                                       "Nothing of this change was kept; try again.")
                                        .arg(action, m_path)};
    if (state == QLatin1String("25006"))
        return {Error::Code::Storage, tr("Could not save to %1: it was opened for reading only.").arg(m_path)};
    return {Error::Code::Storage, tr("Could not %1 in %2: %3").arg(action, m_path, detail)};
}

} // namespace rd
