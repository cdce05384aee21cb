#include "widgets/BackgroundTask.h"

#include "storage/Database.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <limits>
#include <memory>

namespace rd {

namespace {

int s_running = 0; // tasks under way on the window's thread (only it starts them)

/// Hands the worker's reports to the dialog on the window's thread.
class DialogProgress final : public TaskProgress
{
public:
    explicit DialogProgress(QProgressDialog *dialog) : m_dialog(dialog) {}

    void report(qint64 done, qint64 total, const QString &label) override
    {
        // QProgressDialog counts in int: scale a big total down instead of letting it overflow.
        const qint64 scale = total > std::numeric_limits<int>::max() ? total / std::numeric_limits<int>::max() + 1 : 1;
        QPointer<QProgressDialog> dialog = m_dialog;
        QMetaObject::invokeMethod(m_dialog, [dialog, done, total, scale, label] {
            if (!dialog)
                return;
            if (!label.isEmpty())
                dialog->setLabelText(label);
            dialog->setMaximum(int(total / scale));
            dialog->setValue(int(qMin(done, total) / scale));
        }, Qt::QueuedConnection);
    }

private:
    QProgressDialog *m_dialog;
};

} // namespace

BackgroundTask::BackgroundTask(const Database &db, QWidget *parent, QString title, QString label)
    : m_db(db), m_parent(parent), m_title(std::move(title)), m_label(std::move(label)), m_stopText(tr("Stop"))
{
}

bool BackgroundTask::running() { return s_running > 0; }

Status BackgroundTask::run(const Work &work)
{
    QProgressDialog dialog(m_label, m_stoppable ? m_stopText : QString(), 0, 0, m_parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskDialog"));
    dialog.setWindowTitle(m_title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(std::numeric_limits<int>::max()); // shown by run() itself, below
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    if (!m_stoppable)
        dialog.setCancelButton(nullptr);
    DialogProgress progress(&dialog);
    m_stopped = false;
    bool finished = false;
    // Stop, Esc or closing the dialog: a request to stop (when the work can stop); the dialog
    // stays up until the work has ended, so the window stays blocked.
    const auto keepUp = [this, &dialog, &progress, &finished] {
        if (m_stoppable && !m_stopped) {
            m_stopped = true;
            progress.requestStop();
            dialog.setLabelText(tr("Stopping at the next safe point…"));
            dialog.setCancelButton(nullptr);
        }
        QMetaObject::invokeMethod(&dialog, [&dialog, &finished] {
            if (!finished)
                dialog.show();
        }, Qt::QueuedConnection);
    };
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, keepUp);
    QObject::connect(&dialog, &QDialog::finished, &dialog, keepUp);

    const QString path = m_db.path();
    const Database::Options options = m_db.options();
    const auto clock = m_db.sharedClock();
    const QString actor = m_db.actor();
    Status result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        // A file that went away meanwhile is not made anew by opening it.
        if (!Database::isServerAddress(path) && !QFileInfo::exists(path)) {
            result = Error{Error::Code::Storage, tr("The database file %1 is no longer there.").arg(path)};
            return;
        }
        // The connection lives and ends on the worker's thread, as Qt's SQL drivers require.
        auto opened = Database::open(path, options);
        if (!opened) {
            result = opened.error();
            return;
        }
        std::unique_ptr<Database> db = std::move(opened).value();
        db->setClock(clock);
        db->setActor(actor);
        result = work(*db, progress);
    }));
    ++s_running;
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread->start();
    // Short work ends without a dialog flashing by; until it shows, the window takes no input.
    QTimer::singleShot(kDialogDelayMs, &loop, [&loop] { loop.exit(1); });
    if (loop.exec(QEventLoop::ExcludeUserInputEvents) == 1 && !thread->isFinished()) {
        dialog.show();
        // Ends when the work ends. Should the program be quitting, no loop runs any more (exec()
        // returns at once): then wait for the work below.
        while (!thread->isFinished() && loop.exec() >= 0) {
        }
    }
    thread->wait();
    finished = true;
    --s_running;
    return result;
}

} // namespace rd
