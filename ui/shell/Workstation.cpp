#include "shell/Workstation.h"

#include "widgets/BackgroundTask.h"
#include "call/IncomingCall.h"
#include "safety/Backups.h"
#include "exchange/WorkstationKey.h"
#include "call/CallScreen.h"
#include "shell/DamageDialog.h"
#include "storage/Database.h"
#include "shell/Language.h"
#include "base/LocalTime.h"
#include "shell/MainWindow.h"
#include "shell/SafetyService.h"
#include "storage/sqlite/Salvage.h"
#include "widgets/Settings.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace rd {

Workstation::Workstation(std::unique_ptr<Database> db, const QString &employee, bool reviewArchive, QObject *parent)
    : QObject(parent), m_db(std::move(db))
{
    m_context.db = m_db.get();
    m_context.employee = employee;
    m_db->setActor(employee); // what this person does is written in their name
    m_context.reviewArchive = reviewArchive;
    createWindow();
}

Workstation::~Workstation()
{
    m_safety.reset(); // its worker has its own connection; it finishes first
    m_window.reset(); // the window flushes into the database: it goes first
}

void Workstation::startSafety()
{
    m_safety.reset();
    if (m_context.reviewArchive)
        return; // read-only archives are checked when opened and never change
    m_safety = std::make_unique<SafetyService>(m_db->path(), Settings::backupFolder());
    connect(m_safety.get(), &SafetyService::damaged, this, &Workstation::onDamaged);
    connect(m_safety.get(), &SafetyService::backupFailed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("Backups: %1").arg(message), 60000);
    });
    m_safety->start();
}

void Workstation::startWatching()
{
    if (m_db->backend() == Backend::PostgreSQL)
        return; // no file here to be deleted or replaced
    // Another program may delete or replace the file while it is open; noticed within seconds.
    m_watch.setInterval(kWatchMs);
    connect(&m_watch, &QTimer::timeout, this, &Workstation::checkWhereabouts, Qt::UniqueConnection);
    m_watch.start();
}

void Workstation::handleRequest(const QJsonObject &request)
{
    if (!m_window)
        return;
    if (request.value(QStringLiteral("action")).toString() == QLatin1String("show")) {
        if (m_window->isMinimized())
            m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        return;
    }
    auto call = IncomingCall::fromRequest(request);
    if (!call) {
        m_window->statusBar()->showMessage(tr("An incoming call could not be taken: %1").arg(call.message()), 15000);
        return;
    }
    m_window->incomingCall(call->phone, call->name);
}

void Workstation::onDamaged(const QStringList &problems)
{
    if (BackgroundTask::running()) { // asked once the long work has ended: it holds the window
        QTimer::singleShot(1000, this, [this, problems] { onDamaged(problems); });
        return;
    }
    CallScreen *call = m_window->callScreen();
    if (call->hasCall()) {
        // No dialog over a live call; it comes the moment the call ends.
        m_window->statusBar()->showMessage(tr("The database file is damaged. Finish this call; Recovery Desk then helps "
                                              "you recover."));
        connect(call, &CallScreen::callStateChanged, this, [this, problems](bool inCall) {
            if (!inCall)
                QMetaObject::invokeMethod(this, [this, problems] { onDamaged(problems); }, Qt::QueuedConnection);
        }, Qt::SingleShotConnection);
        return;
    }
    const QList<BackupInfo> backups = Backups(m_db->path(), Settings::backupFolder()).list();
    const auto choice = DamageDialog::ask(m_window.get(), m_db->path(), problems,
                                          backups.isEmpty() ? std::nullopt : std::optional<BackupInfo>(backups.first()));
    if (!choice) {
        QApplication::quit(); // the file stays as it is; the next start checks it again
        return;
    }
    auto done = recoverFromDamage(*choice);
    if (!done) {
        QMessageBox::critical(m_window.get(), tr("Recovery failed"), done.message());
        return;
    }
    m_window->statusBar()->showMessage(done.value(), 120000);
}

Result<QString> Workstation::recoverFromDamage(Recovery how)
{
    const QString path = m_db->path();
    return withDatabaseClosed([&]() -> Result<QString> {
        const QList<BackupInfo> backups = Backups(path, Settings::backupFolder()).list();
        if (how == Recovery::RestoreNewestBackup && backups.isEmpty())
            return Error{Error::Code::NotFound, tr("There is no backup to restore.")};
        auto aside = Salvage::setAside(path);
        if (!aside)
            return aside.error();
        if (how == Recovery::RestoreNewestBackup) {
            if (auto s = Backups(path, Settings::backupFolder()).restore(backups.first().path, aside.value()); !s)
                return s.error();
            return tr("Restored the backup made %1. The damaged file is kept as %2.")
                .arg(shortDateTime(backups.first().madeAt.toMSecsSinceEpoch()), QDir::toNativeSeparators(aside.value()));
        }
        auto saved = Salvage::salvage(aside.value(), path);
        if (!saved)
            return saved.error();
        return tr("Saved %n case(s) into a fresh file; %1 record(s) could not be read. The damaged file is kept as %2.", nullptr,
                  int(saved->cases))
            .arg(saved->rowsLost)
            .arg(QDir::toNativeSeparators(aside.value()));
    });
}

QString Workstation::restoreBackup(const QString &backupPath)
{
    const QString path = m_db->path();
    auto done = withDatabaseClosed([&]() -> Result<QString> {
        if (auto s = Backups(path, Settings::backupFolder()).restore(backupPath); !s)
            return s.error();
        return tr("Restored the backup %1. The file it replaced is kept beside it.").arg(QFileInfo(backupPath).fileName());
    });
    if (m_window)
        m_window->statusBar()->showMessage(done ? done.value() : done.message(), 120000);
    return done ? QString() : done.message();
}

Result<QString> Workstation::withDatabaseClosed(const std::function<Result<QString>()> &whileClosed,
                                                const QString &reopenAt, bool keepCall)
{
    CallScreen *call = m_window->callScreen();
    if (!call->flush() && !keepCall)
        return Error{Error::Code::Storage, tr("The last changes could not be saved; nothing was changed.")};
    if (call->hasCall() && !keepCall)
        return Error{Error::Code::Refused, tr("End the call in progress first (Ctrl+E).")};
    const QString ongoing = call->hasCall() ? call->caseId() : QString();
    const QList<MainWindow::WaitingCall> waiting = m_window->waitingCalls();
    const QRect geometry = m_window->geometry();
    const QString path = reopenAt.isEmpty() ? m_db->path() : reopenAt;
    m_safety.reset();
    m_window.reset();
    m_db.reset();
    auto result = whileClosed();
    auto reopened = Database::open(path);
    if (!reopened) {
        // Without a database there is nothing to work in: say so plainly and stop, files untouched.
        const Error failed{reopened.error().code,
                           tr("%1 could not be opened again: %2").arg(QDir::toNativeSeparators(path), reopened.message())};
        QMessageBox::critical(nullptr, tr("Recovery Desk must stop"), failed.message);
        QCoreApplication::exit(1);
        return failed;
    }
    m_db = std::move(reopened).value();
    m_db->setActor(m_context.employee);
    m_context.db = m_db.get();
    createWindow();
    m_window->setGeometry(geometry);
    m_window->show();
    if (!ongoing.isEmpty())
        m_window->callScreen()->resumeCall(ongoing);
    if (!m_context.reviewArchive) // an archive takes no calls
        m_window->keepWaiting(waiting);
    startSafety();
    return result;
}

void Workstation::checkWhereabouts()
{
    // Long work under way holds the window: the next round of the watch checks again.
    if (m_context.reviewArchive || !m_db || !m_window || BackgroundTask::running())
        return;
    const Database::Whereabouts where = m_db->whereabouts();
    if (where == Database::Whereabouts::InPlace)
        return;
    const QString path = m_db->path();
    m_window->callScreen()->flush(); // what was just typed goes into the rescue too
    const QString rescue = path + QStringLiteral(".rescued-") +
                           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".sqlite");
    if (auto s = m_db->rescueTo(rescue); !s) {
        m_window->statusBar()->showMessage(tr("The database file was removed or replaced by another program, and no copy "
                                              "could be saved: %1 Do not close Recovery Desk; call support.")
                                               .arg(s.message()));
        return;
    }
    // Deleted: the copy takes the file's place. Its -wal file gone: closing writes everything
    // back into the file, which is still ours. Replaced: the other file is left alone and the
    // work goes on in the copy.
    QString target = path;
    QString said;
    switch (where) {
    case Database::Whereabouts::Deleted:
        said = tr("The database file was deleted by another program. Everything was saved again to %1.")
                   .arg(QDir::toNativeSeparators(path));
        break;
    case Database::Whereabouts::WalMissing:
        said = tr("Part of the database file (its -wal file) was deleted by another program; everything was written back. "
                  "A copy is kept as %1.")
                   .arg(QDir::toNativeSeparators(rescue));
        break;
    case Database::Whereabouts::Replaced:
    case Database::Whereabouts::InPlace:
        target = rescue;
        said = tr("Another program put a different file in place of the database. Your cases were saved to %1 and Recovery Desk "
                  "now works there; the other file is left untouched.")
                   .arg(QDir::toNativeSeparators(rescue));
        break;
    }
    auto done = withDatabaseClosed(
        [&]() -> Result<QString> {
            if (where == Database::Whereabouts::Deleted && !QFileInfo::exists(path)) {
                // The deleted file's -wal and -shm stay behind; the copy must not be read through them.
                Database::moveSidecars(path, rescue + QStringLiteral(".stale"));
                if (!QFile::rename(rescue, path))
                    return Error{Error::Code::Storage,
                                 tr("Could not put the saved copy back at %1.").arg(QDir::toNativeSeparators(path))};
            }
            return said;
        },
        where == Database::Whereabouts::Deleted && QFileInfo::exists(path) ? rescue : target, true);
    if (m_window)
        m_window->statusBar()->showMessage(done ? done.value() : done.message(), 300000);
}

void Workstation::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_context);
    // Queued: not while the menu that asked is still on the stack.
    connect(m_window.get(), &MainWindow::languageChangeRequested, this, &Workstation::switchLanguage, Qt::QueuedConnection);
    // A queued call drops what the slot returns: the reason a file was refused is shown here.
    connect(
        m_window.get(), &MainWindow::reviewArchiveRequested, this,
        [this](const QString &path) { showRefusal(tr("Open review archive"), openReviewArchive(path)); }, Qt::QueuedConnection);
    connect(
        m_window.get(), &MainWindow::restoreRequested, this,
        [this](const QString &path) { showRefusal(tr("Restore a backup"), restoreBackup(path)); }, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::settingsChanged, this, &Workstation::applySettings, Qt::QueuedConnection);
}

void Workstation::show()
{
    m_window->show();
    if (!m_safety)
        startSafety();
    startWatching();
    // The key this PC signs its bundles with, made at the first start (a quick local file).
    if (auto key = WorkstationKey::loadOrCreate(WorkstationKey::defaultFolder()); !key)
        m_window->statusBar()->showMessage(tr("This workstation has no signing key: %1").arg(key.message()), 60000);
}

void Workstation::switchLanguage(const QString &code)
{
    rebuildWindow([code] {
        Language::save(code);
        Language::install(*QCoreApplication::instance(), code);
    });
}

void Workstation::applySettings(bool nameChanged, const QString &language, bool backupFolderChanged)
{
    if (backupFolderChanged && m_safety)
        startSafety(); // backups go to the new folder from now on
    const bool languageChanged = !language.isEmpty() && language != Language::current();
    if (!nameChanged && !languageChanged)
        return;
    rebuildWindow([&] {
        if (languageChanged) {
            Language::save(language);
            Language::install(*QCoreApplication::instance(), language);
        }
        // Who is working changes what the window shows (my queue, my promises): built anew.
        m_context.employee = Settings::employeeName();
        m_db->setActor(m_context.employee);
    });
}

void Workstation::rebuildWindow(const std::function<void()> &between)
{
    CallScreen *call = m_window->callScreen();
    if (!call->flush())
        return; // keep the window: the message bar says what could not be saved
    const QString ongoing = call->hasCall() ? call->caseId() : QString();
    const QList<MainWindow::WaitingCall> waiting = m_window->waitingCalls();
    const QRect geometry = m_window->geometry();
    const bool maximized = m_window->isMaximized();
    m_window.reset();
    between();
    createWindow();
    m_window->setGeometry(geometry);
    if (maximized)
        m_window->showMaximized();
    else
        m_window->show();
    if (!ongoing.isEmpty())
        m_window->callScreen()->resumeCall(ongoing);
    m_window->keepWaiting(waiting); // after the call is back, so the banner says it still waits
}

void Workstation::showRefusal(const QString &title, const QString &message)
{
    if (message.isEmpty() || !m_window)
        return;
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window.get());
    box.setObjectName(QStringLiteral("refusedDialog"));
    box.exec();
}

QString Workstation::openReviewArchive(const QString &path)
{
    if (!m_window->callScreen()->flush())
        return tr("The last changes could not be saved; the archive was not opened.");
    if (m_window->callScreen()->hasCall())
        return tr("End the call in progress first (Ctrl+E).");
    auto archive = Database::openReadOnly(path);
    if (!archive)
        return archive.message();
    const QRect geometry = m_window->geometry();
    m_safety.reset(); // archives are not backed up: they are copies already
    m_window.reset();
    m_db = std::move(archive).value();
    m_context.db = m_db.get();
    m_context.reviewArchive = true;
    createWindow();
    m_window->setGeometry(geometry);
    m_window->show();
    return {};
}

} // namespace rd
