#pragma once

#include "shell/AppContext.h"
#include "shell/DamageDialog.h"
#include "base/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace rd {

class Database;
class MainWindow;
class SafetyService;

/**
 * Owns the open database and the main window for the app's lifetime. Switching the language
 * builds the window anew in the new language (a call in progress is saved first and resumed);
 * opening a review archive swaps in that file, read-only.
 */
class Workstation : public QObject
{
    Q_OBJECT

public:
    Workstation(std::unique_ptr<Database> db, const QString &employee, bool reviewArchive, QObject *parent = nullptr);
    ~Workstation() override;

    void show();
    /// A later start's request (see SingleInstance): {"action": "show"} brings the window to the
    /// front, {"action": "call", …} is an incoming call. Anything else is ignored, and said.
    void handleRequest(const QJsonObject &request);
    MainWindow *window() const { return m_window.get(); }
    /// Switches the interface language and rebuilds the window.
    void switchLanguage(const QString &code);
    /// After Settings: a new name or language rebuilds the window (a call in progress is resumed);
    /// a new backup folder is used from the next backup on.
    void applySettings(bool nameChanged, const QString &language, bool backupFolderChanged);
    /// Opens @p path as a read-only review archive in place of the current database; the error, empty on success.
    QString openReviewArchive(const QString &path);
    /// Replaces the database with the backup at @p backupPath (the current file is kept aside).
    QString restoreBackup(const QString &backupPath);

    /// Sets the damaged file aside and continues on the newest backup or on what could be read;
    /// returns what happened, in words for the status bar.
    Result<QString> recoverFromDamage(Recovery how);
    SafetyService *safety() const { return m_safety.get(); }
    /// How often the file is checked for having been deleted or replaced.
    static constexpr int kWatchMs = 5000;
    /// Checks now that the file is still in place; if not, saves everything and goes on safely.
    void checkWhereabouts();

private:
    void createWindow();
    /// Shows why what the employee asked for was not done (@p message; nothing when it is empty).
    void showRefusal(const QString &title, const QString &message);
    void startSafety();
    void onDamaged(const QStringList &problems);
    /// Closes the window and the file, runs @p whileClosed, opens the file again and a new window.
    /// @p reopenAt: another file to open afterwards; @p keepCall: a call in progress is resumed there.
    Result<QString> withDatabaseClosed(const std::function<Result<QString>()> &whileClosed, const QString &reopenAt = {},
                                       bool keepCall = false);
    void startWatching();
    /// Saves, closes the window, runs @p between, and builds it anew where it was.
    void rebuildWindow(const std::function<void()> &between);

    std::unique_ptr<Database> m_db;
    AppContext m_context;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SafetyService> m_safety;
    QTimer m_watch;
};

} // namespace rd
