#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace rd {

class Database;

/// What long work sees of its progress dialog: it reports how far it is and asks whether the
/// employee wants it stopped. Safe to call from the worker thread.
class TaskProgress
{
public:
    virtual ~TaskProgress() = default;
    /// @p done of @p total steps (total 0: no known end); @p label replaces the dialog's text when not empty.
    virtual void report(qint64 done, qint64 total, const QString &label = {}) = 0;
    bool stopRequested() const { return m_stop.load(); }
    void requestStop() { m_stop.store(true); }

private:
    std::atomic<bool> m_stop{false};
};

/**
 * Runs one piece of long work — example data, a bundle import, an export, an erase with its index
 * merge — on a worker thread with a connection of its own to the window's database (the same file
 * or server, clock, actor and workstation), so the window keeps painting and answering. Meanwhile
 * a window-modal progress dialog shows how far it is, with a button to stop; run() returns when
 * the work has ended, with its status. Stopping is a request: the work ends at its next safe point.
 * Until the dialog shows, the window takes no input; then the dialog blocks it.
 */
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)

public:
    using Work = std::function<Status(Database &db, TaskProgress &progress)>;

    /// @p db: the window's database; @p parent: the window the dialog belongs to.
    BackgroundTask(const Database &db, QWidget *parent, QString title, QString label);

    /// How long short work runs before the dialog shows.
    static constexpr int kDialogDelayMs = 400;

    /// The text of the stop button (default "Stop").
    void setStopText(const QString &text) { m_stopText = text; }
    /// Work that cannot stop halfway (one transaction, a file written whole) shows no stop button.
    void setStoppable(bool stoppable) { m_stoppable = stoppable; }
    /// Whether a task is under way: what may not happen meanwhile (a new window, a check that
    /// opens the database) waits for it.
    static bool running();
    /// Runs @p work and returns its status once it has ended; the window's events go on meanwhile.
    Status run(const Work &work);
    /// Whether the employee asked the last run to stop.
    bool stopRequested() const { return m_stopped; }

private:
    const Database &m_db;
    QWidget *m_parent;
    QString m_title;
    QString m_label;
    QString m_stopText;
    bool m_stoppable = true;
    bool m_stopped = false;
};

} // namespace rd
