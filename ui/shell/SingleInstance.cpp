#include "shell/SingleInstance.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace rd {

QString SingleInstance::serverName(const QString &database)
{
    // A file by its absolute path (two spellings of one file are one window); a server by address.
    const QString where = Database::isServerAddress(database) ? database : QFileInfo(database).absoluteFilePath();
    const QByteArray key = (Database::defaultActor() + QLatin1Char('\n') + QDir::cleanPath(where)).toUtf8();
    const QString name = QStringLiteral("recoverydesk-") +
                         QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
#ifdef Q_OS_WIN
    return name; // a named pipe, with the user's own access rights
#else
    // In the user's own runtime folder (mode 0700), not in /tmp where another user could take the
    // name first and receive the calls.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    // Without one, no hand-over at all: each start opens its own window.
    return runtime.isEmpty() ? QString() : QDir(runtime).filePath(name);
#endif
}

bool SingleInstance::sendToRunning(const QString &database, const QJsonObject &request, int timeoutMs)
{
    const QString name = serverName(database);
    if (name.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The window answers once it has the request: only then may this start end.
    return socket.waitForReadyRead(timeoutMs) && socket.readLine(16).startsWith("ok");
}

SingleInstance::SingleInstance(const QString &database, QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    const QString name = serverName(database);
    if (name.isEmpty())
        return;
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // no other user may hand us calls
    // A window already answering keeps the requests (listen() would take its name over on Unix).
    {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(300))
            return;
    }
    if (!m_server->listen(name)) {
        // A socket left by a window that crashed: nobody answers on it, so it may go. If someone
        // does answer, that window takes the requests and this one does not listen.
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(500))
            return;
        QLocalServer::removeServer(name);
        if (!m_server->listen(name))
            return;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        }
    });
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::isListening() const { return m_server->isListening(); }

void SingleInstance::readFrom(QLocalSocket *socket)
{
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        socket->abort(); // not a request of ours
        return;
    }
    if (!socket->canReadLine())
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(socket->readLine(kMaxRequestBytes), &error);
    socket->write("ok\n");
    socket->flush();
    socket->disconnectFromServer();
    if (error.error == QJsonParseError::NoError && document.isObject())
        emit requested(document.object());
}

} // namespace rd
