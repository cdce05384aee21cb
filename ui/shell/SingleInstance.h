#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace rd {

/**
 * One window per user and database. A later start on the same database (another `recoverydesk`,
 * `recoverydesk call …`, a tel: link) hands its request to the running window over a local
 * socket that only this user can open, and exits. Requests are one JSON object each, checked by
 * the window like anything else from outside.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// The largest request read; anything longer is dropped unread.
    static constexpr int kMaxRequestBytes = 16 * 1024;

    /// The local socket's name for @p database (a file, made absolute, or a server address) and this user.
    static QString serverName(const QString &database);
    /// Hands @p request to a window running on @p database; false when none answered in @p timeoutMs.
    static bool sendToRunning(const QString &database, const QJsonObject &request, int timeoutMs = 2000);

    /// Takes the requests of later starts on @p database (if no other window took them first).
    explicit SingleInstance(const QString &database, QObject *parent = nullptr);
    ~SingleInstance() override;
    bool isListening() const;

signals:
    /// A later start asked for something: {"action": "show"} or {"action": "call", "phone": …, "name": …}.
    void requested(const QJsonObject &request);

private:
    void readFrom(QLocalSocket *socket);

    QLocalServer *m_server = nullptr;
};

} // namespace rd
