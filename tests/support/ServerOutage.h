#pragma once

#include <QString>

namespace rd::test {

/// Cuts one database of the PostgreSQL test server off, as a network failure would for its
/// clients: every connection to it is ended and no new one is let in, until restore() (or the
/// end of the object). Works through the server's own admin database (RD_TEST_POSTGRESQL).
class ServerOutage
{
public:
    /// For the database at @p address (a TempDatabase's path()).
    explicit ServerOutage(const QString &address);
    ~ServerOutage();
    ServerOutage(const ServerOutage &) = delete;
    ServerOutage &operator=(const ServerOutage &) = delete;

    void begin();
    void restore();

private:
    void run(const QString &sql);

    QString m_database;
    QString m_connection;
};

} // namespace rd::test
