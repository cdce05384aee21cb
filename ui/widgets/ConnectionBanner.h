#pragma once

#include "widgets/MessageBar.h"

#include <QPointer>

class QThread;
class QTimer;

namespace rd {

class Database;

/**
 * The line across the top of the window while the team database cannot be reached: says so,
 * says that nothing typed is lost, and tries the connection again every few seconds until it
 * works. Whether the server answers is first asked on a thread of its own (with its own
 * connection), so a hanging network never freezes the window; only then is the window's own
 * connection opened again. For a file it never shows.
 */
class ConnectionBanner : public MessageBar
{
    Q_OBJECT

public:
    static constexpr int kWatchMs = 1000; ///< how often the connection's state is looked at (no I/O)
    static constexpr int kRetryMs = 3000; ///< how often the server is tried while it cannot be reached

    explicit ConnectionBanner(Database &db, QWidget *parent = nullptr);
    ~ConnectionBanner() override;

    bool isLost() const { return m_lost; }

signals:
    /// The connection works again: what waited may be saved and read now.
    void reconnected();

private:
    void watch();
    void probe();
    void probed(bool reachable);

    Database &m_db;
    QTimer *m_watch = nullptr;
    QTimer *m_retry = nullptr;
    QPointer<QThread> m_probe;
    bool m_lost = false;
};

} // namespace rd
