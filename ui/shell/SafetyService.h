#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

class QThread;

namespace rd {

/**
 * Looks after the database file in the background, on a connection of its own in a worker
 * thread, so the window never waits: checks the file for damage once at start, then keeps
 * backups (at start and every hour, whenever something changed).
 */
class SafetyService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBackupIntervalMs = 60 * 60 * 1000;
    static constexpr int kTidyIntervalMs = 30 * 1000;
    static constexpr int kTidyBudgetMs = 250;

    /// Looks after @p databasePath; backups go to @p backupFolder (empty: beside the database).
    explicit SafetyService(QString databasePath, QString backupFolder = {}, QObject *parent = nullptr);
    ~SafetyService() override;

    /// Checks the file, then (if sound) makes the first backup and starts the hourly ones.
    void start();
    /// Makes a backup now if anything changed since the last one.
    void backupIfChanged();
    /// Merges pieces of the search index for a moment (skipped while a backup runs).
    void tidySearchIndex();
    /// True while the worker runs.
    bool busy() const { return m_worker != nullptr; }

signals:
    void checked(bool sound);
    /// The start check found damage; @p problems are SQLite's own words.
    void damaged(const QStringList &problems);
    void backupMade(const QString &path);
    void backupFailed(const QString &message);

private:
    /// Runs @p job on the worker thread; one job at a time. While one runs, a job that @p mustRun
    /// waits its turn (the latest such one); any other is left to its next round.
    void runInWorker(std::function<void()> job, bool mustRun = true);
    void workerDone();

    QString m_path;
    QString m_backupFolder;
    QThread *m_worker = nullptr;
    std::function<void()> m_waiting; ///< a job that must run once the worker is free
    QTimer m_hourly;
    QTimer m_tidying;
};

} // namespace rd
