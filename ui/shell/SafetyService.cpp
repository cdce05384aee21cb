#include "shell/SafetyService.h"

#include "widgets/Settings.h"

#include "widgets/BackgroundTask.h"
#include "safety/Backups.h"
#include "storage/Database.h"
#include "safety/Privacy.h"
#include "storage/sqlite/Salvage.h"
#include "search/SearchIndex.h"

#include <QThread>

#include <utility>

namespace rd {

SafetyService::SafetyService(QString databasePath, QString backupFolder, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_backupFolder(std::move(backupFolder))
{
    m_hourly.setInterval(kBackupIntervalMs);
    connect(&m_hourly, &QTimer::timeout, this, &SafetyService::backupIfChanged);
    m_tidying.setInterval(kTidyIntervalMs);
    connect(&m_tidying, &QTimer::timeout, this, &SafetyService::tidySearchIndex);
}

SafetyService::~SafetyService()
{
    if (m_worker) {
        m_worker->wait(); // a backup half-written is removed by its own error path; let it finish
        delete m_worker;
    }
}

void SafetyService::runInWorker(std::function<void()> job, bool mustRun)
{
    if (m_worker) {
        // The worker may still be finishing the job that asked for this one (the start check
        // asks for the first backup before its thread has ended): the backup must not be lost.
        if (mustRun)
            m_waiting = std::move(job);
        return;
    }
    m_worker = QThread::create(std::move(job));
    connect(m_worker, &QThread::finished, this, &SafetyService::workerDone);
    m_worker->start(QThread::LowPriority);
}

void SafetyService::workerDone()
{
    if (!m_worker)
        return;
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
    if (m_waiting)
        runInWorker(std::exchange(m_waiting, nullptr));
}

void SafetyService::start()
{
    const QString path = m_path;
    if (Database::isServerAddress(path)) {
        // The server checks and backs up its own data (pg_dump); the retention period is ours.
        emit checked(true);
        m_hourly.start();
        backupIfChanged();
        return;
    }
    runInWorker([this, path] {
        auto problems = Salvage::check(path);
        const QStringList found = problems ? problems.value() : QStringList{problems.message()};
        QMetaObject::invokeMethod(this, [this, found] {
            emit checked(found.isEmpty());
            if (!found.isEmpty()) {
                emit damaged(found);
                return;
            }
            m_hourly.start();
            m_tidying.start();
            backupIfChanged(); // runs once the check's worker has ended
        }, Qt::QueuedConnection);
    });
}

void SafetyService::backupIfChanged()
{
    // Example data loads with its indexes dropped and an import holds the write lock: the backup
    // of that moment waits for the next round.
    if (BackgroundTask::running())
        return;
    const QString path = m_path;
    const QString folder = m_backupFolder;
    const int space = Settings::backupSpace();
    runInWorker([this, path, folder, space] {
        QString made, failure;
        if (auto db = Database::open(path)) {
            // Cases past the retention period lose their personal data before any backup holds them again.
            if (auto anonymised = Privacy(*db.value()).applyRetention(); !anonymised)
                failure = anonymised.message();
            if (!Database::isServerAddress(path)) {
                Backups backups(path, folder);
                backups.setSpaceLimit(space);
                auto r = backups.makeIfChanged(*db.value());
                if (r)
                    made = r.value();
                else
                    failure += r.message();
            }
        } else {
            failure = db.message();
        }
        QMetaObject::invokeMethod(this, [this, made, failure] {
            if (!failure.isEmpty())
                emit backupFailed(failure);
            else if (!made.isEmpty())
                emit backupMade(made);
        }, Qt::QueuedConnection);
    });
}

void SafetyService::tidySearchIndex()
{
    if (BackgroundTask::running()) // its opening would finish a bulk load's index mid-load
        return;
    const QString path = m_path;
    runInWorker([path] {
        // Nothing to report: an index left untidy only searches a little slower, and the
        // next round (or the next save, should the file be in trouble) says more.
        if (auto db = Database::open(path))
            static_cast<void>(SearchIndex(*db.value()).tidyFor(kTidyBudgetMs));
    }, false);
}

} // namespace rd
