#include "widgets/ConnectionBanner.h"

#include "storage/Database.h"

#include <QThread>
#include <QTimer>

namespace rd {

namespace {
constexpr int kReconnectedShownMs = 8000;
}

ConnectionBanner::ConnectionBanner(Database &db, QWidget *parent)
    : MessageBar(QStringLiteral("connectionBanner"), parent), m_db(db), m_watch(new QTimer(this)), m_retry(new QTimer(this))
{
    setAccessibleName(tr("Team database connection"));
    setAutoHide(kReconnectedShownMs);
    if (db.backend() != Backend::PostgreSQL)
        return; // a file has no connection to lose
    connect(m_watch, &QTimer::timeout, this, &ConnectionBanner::watch);
    m_watch->start(kWatchMs);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &ConnectionBanner::probe);
}

ConnectionBanner::~ConnectionBanner()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->wait(); // at most the connect timeout; its connection is its own
    }
}

void ConnectionBanner::watch()
{
    if (m_lost || !m_db.connectionLost())
        return;
    m_lost = true;
    showMessage(tr("The team database at %1 cannot be reached. Keep working: nothing you type is lost, it is saved "
                   "as soon as the connection is back. Trying again every few seconds…")
                    .arg(m_db.path()),
                true);
    m_retry->start();
}

void ConnectionBanner::probe()
{
    if (m_probe)
        return; // the last try is still waiting for an answer
    const QString address = m_db.path();
    const QString workstation = m_db.clientWorkstation();
    QPointer<ConnectionBanner> self(this);
    m_probe = QThread::create([self, address, workstation] {
        Database::Options options;
        options.readOnly = true;
        options.workstation = workstation;
        const bool reachable = Database::open(address, options).ok();
        QMetaObject::invokeMethod(
            self.data(), [self, reachable] {
                if (self)
                    self->probed(reachable);
            },
            Qt::QueuedConnection);
    });
    connect(m_probe, &QThread::finished, m_probe, &QObject::deleteLater);
    m_probe->start();
}

void ConnectionBanner::probed(bool reachable)
{
    // The server answers another connection: this window's own may now be opened again quickly.
    if (!reachable || !m_db.checkConnection())
        return;
    m_retry->stop();
    m_lost = false;
    showMessage(tr("Connected to the team database again. What you typed meanwhile is being saved."), false);
    emit reconnected();
}

} // namespace rd
