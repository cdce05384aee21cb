#pragma once

#include <QString>

namespace rd::test {

/// Cuts one database of the PostgreSQL test server off, as a network failure would for its
/// clients: every connection to it is ended and no new one is let in, until restore() (or the
/// end of the object). Works through the server's maintenance database (onServerAdmin).
class ServerOutage
{
public:
    /// For the database at @p address (a TempDatabase's path()).
    explicit ServerOutage(const QString &address);
    ~ServerOutage() { restore(); }
    ServerOutage(const ServerOutage &) = delete;
    ServerOutage &operator=(const ServerOutage &) = delete;

    void begin();
    void restore();

private:
    QString m_database;
};

} // namespace rd::test
