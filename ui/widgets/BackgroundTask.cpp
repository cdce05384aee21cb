#include "widgets/BackgroundTask.h"

#include "storage/Database.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <limits>
#include <memory>

namespace rd {

namespace {

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

Status BackgroundTask::run(const Work &work)
{
    QProgressDialog dialog(m_label, m_stopText, 0, 0, m_parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskDialog"));
    dialog.setWindowTitle(m_title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400); // short work finishes without a dialog flashing by
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    DialogProgress progress(&dialog);
    m_stopped = false;
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [this, &dialog, &progress] {
        m_stopped = true;
        progress.requestStop();
        dialog.setLabelText(tr("Stopping at the next safe point…"));
        dialog.setCancelButton(nullptr);
        dialog.show();
    });

    const QString path = m_db.path();
    Database::Options options = m_db.options();
    const auto clock = m_db.sharedClock();
    const QString actor = m_db.actor();
    Status result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
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
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

} // namespace rd
