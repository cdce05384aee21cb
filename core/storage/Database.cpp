#include "storage/Database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

namespace rd {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

} // namespace

Database::Database(QString path, Options options, QString connectionName)
    : m_path(std::move(path)),
      m_options(options),
      m_connectionName(std::move(connectionName)),
      m_clock(std::make_shared<Clock>()),
      m_actor(defaultActor())
{
}

Database::~Database()
{
    m_statements.clear(); // queries must go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::moveSidecars(const QString &path, const QString &to)
{
    for (const char *suffix : {"-wal", "-shm"})
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            QFile::rename(path + QLatin1String(suffix), to + QLatin1String(suffix));
}

bool Database::moveFiles(const QString &path, const QString &to)
{
    moveSidecars(path, to);
    return QFile::rename(path, to);
}

QString Database::connectionName(const QString &kind)
{
    return QStringLiteral("%1-%2").arg(kind).arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("recoverydesk.sqlite"));
}

QString Database::defaultActor()
{
    QString user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("me");
    return user;
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (path.trimmed().isEmpty())
        return Error{Error::Code::InvalidInput, tr("No database file was named.")};
    if (isServerAddress(path))
        return openServer(path, options);

    return openFile(path, options);
}

QString Database::newFileToken() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

Result<QSqlQuery *> Database::exec(const QString &sql, const QVariantList &params)
{
    const bool wasLost = m_connectionLost;
    auto r = execNow(sql, params);
    // A server connection can drop (network, server restart). Between transactions the statement
    // is simply tried again on a new connection; inside one, the transaction is gone with the old
    // connection, so the error goes back to the caller, whose next attempt starts afresh here.
    // Once the server was found unreachable, statements fail at once instead of each waiting up
    // to the connect timeout: checkConnection() opens it again (the window's banner calls it
    // when a probe on another thread finds the server back).
    if (!r && backend() == Backend::PostgreSQL && m_transactionDepth == 0 && !wasLost && !serverReachable() && reconnect())
        r = execNow(sql, params);
    if (r)
        m_connectionLost = false; // it answered
    return r;
}

Result<QSqlQuery *> Database::execNow(const QString &sql, const QVariantList &params)
{
    if (params.isEmpty() && backend() == Backend::PostgreSQL) {
        // PostgreSQL prepares only queries and data changes, not BEGIN or CREATE: a statement
        // without parameters is sent as it is (on a query object kept for its text all the same).
        QSqlQuery &q = *cached(sql, false).value();
        q.finish();
        if (!q.exec(sql))
            return errorFrom(q.lastError(), tr("save or read data"));
        return &q;
    }
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    return run(statement.value(), params);
}

void Database::bindAll(QSqlQuery &q, const QVariantList &params)
{
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &v = params.at(i);
        // A null QString would bind as SQL NULL; text columns hold '' for "nothing typed yet".
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(0, QChar()));
        else
            q.bindValue(i, v);
    }
}

Status Database::execEach(const QStringList &statements)
{
    Status first;
    for (const QString &sql : statements)
        if (auto r = execOnce(sql); !r && first)
            first = r;
    return first;
}

Status Database::execOnce(const QString &sql, const QVariantList &params)
{
    QSqlQuery q(connection());
    if (params.isEmpty() && backend() == Backend::PostgreSQL) { // see exec()
        if (!q.exec(sql))
            return errorFrom(q.lastError(), tr("save or read data"));
        return {};
    }
    if (!q.prepare(sql))
        return errorFrom(q.lastError(), tr("prepare a query"));
    bindAll(q, params);
    if (!q.exec())
        return errorFrom(q.lastError(), tr("save or read data"));
    q.finish();
    return {};
}

Result<QSqlQuery *> Database::prepare(const QString &sql) { return cached(sql, true); }

Result<QSqlQuery *> Database::cached(const QString &sql, bool prepared)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true); // no client-side row cache: results are read once, in order
        if (prepared && !q->prepare(sql))
            return errorFrom(q->lastError(), tr("prepare a query"));
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return it->second.get();
}

Result<QSqlQuery *> Database::run(QSqlQuery *statement, const QVariantList &params)
{
    QSqlQuery &q = *statement;
    q.finish();
    bindAll(q, params);
    if (!q.exec())
        return errorFrom(q.lastError(), tr("save or read data"));
    return &q;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &params)
{
    auto r = exec(sql, params);
    if (!r)
        return r.error();
    QSqlQuery *q = r.value();
    QVariant v = q->next() ? q->value(0) : QVariant();
    q->finish();
    return v;
}

Status Database::readError(const QSqlQuery &query, const QString &action) const
{
    if (query.lastError().isValid())
        return errorFrom(query.lastError(), action.isEmpty() ? tr("read data") : action);
    return {};
}

Error Database::errorFrom(const QSqlError &error, const QString &action) const
{
    if (backend() == Backend::PostgreSQL)
        return serverError(error, action);
    return fileError(error, action);
}

} // namespace rd
