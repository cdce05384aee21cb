#pragma once

#include "shell/AppContext.h"
#include "shell/HelpDialog.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTime>

class QLabel;
class QTabWidget;
class QUndoStack;

namespace rd {

struct BundleSelection;
class CallScreen;
class CaseListView;
class CaseView;
class ConnectionBanner;
class CustomerView;
class MessageBar;
class ReminderService;
class ReflectionView;
class ReviewDashboard;
class WorkQueueView;
class ForYouView;

/// The workstation's window: menus, the views as tabs, and a status bar naming the database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Re-reads every view from the database.
    void refresh();
    CallScreen *callScreen() const { return m_call; }
    WorkQueueView *workQueue() const { return m_queue; }
    /// The line saying the team database cannot be reached (null for a file).
    ConnectionBanner *connectionBanner() const { return m_connectionBanner; }
    CaseView *caseView() const { return m_case; }
    CaseListView *caseList() const { return m_cases; }
    CustomerView *customerView() const { return m_customer; }
    ReviewDashboard *dashboard() const { return m_dashboard; }
    ReflectionView *reflection() const { return m_reflection; }
    ForYouView *forYou() const { return m_forYou; }
    QUndoStack *undoStack() const { return m_undo; }

    /// How many example cases File → Fill with example cases adds.
    static constexpr int kDemoCases = 5000;
    ReminderService *reminders() const { return m_reminders; }

    /// Shows one case in the Case tab.
    void openCase(const QString &caseId);

    /// Imports @p files one by one on a worker (the window keeps answering); returns the report shown.
    QString importBundleFiles(const QStringList &files);
    /// Writes the bundle of @p selection to @p path on a worker; false (after saying why) if it failed.
    bool exportTo(const QString &path, const BundleSelection &selection);
    /// A call comes in from @p phone (E.164), the phone showing @p name: it starts a call with the
    /// caller looked up, or, during a call, waits in a banner until Ctrl+T takes it.
    void incomingCall(const QString &phone, const QString &name);
    /// A call that came in during another (or a dialog), with who the phone said it was.
    struct WaitingCall
    {
        QString phone;
        QString name;
        QTime since;
    };
    /// The callers waiting in the banner, oldest first; a rebuilt window keeps them waiting.
    QList<WaitingCall> waitingCalls() const { return m_waiting; }
    void keepWaiting(const QList<WaitingCall> &calls);

signals:
    /// The user chose another interface language (a code of Language::available()).
    void languageChangeRequested(const QString &code);
    /// The user chose a review archive to open read-only.
    void reviewArchiveRequested(const QString &path);
    /// The user chose a backup to go back to.
    void restoreRequested(const QString &backupPath);
    /// Settings were saved; what changed that the workstation must apply.
    void settingsChanged(bool nameChanged, const QString &language, bool backupFolderChanged);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    /// Puts @p banner across the top of the window, above the views.
    void addTopBanner(QWidget *banner);
    void createCaseList();
    void showAbout();
    void showHelp(HelpDialog::Page page);
    void newCall();
    void fillWithDemoData();
    void exportCases();
    /// Customers → Find duplicates: the likely pairs, each to compare and merge.
    void findDuplicates();
    void importBundles();
    void chooseBackupToRestore();
    void chooseRetention();
    void editSettings();
    /// True (and says so) while a call is in progress: no dialogs during a call.
    bool refuseDuringCall();
    void callNow(const QString &caseId, const QString &itemId, bool isCallback);
    void updateCounts(int overdue, int today);
    /// The count of new items on the For you tab.
    void showUnread(int unread);
    /// "+31 6 12345678 — Ria Jansen, 2 open promises": who is calling, as far as the database knows.
    QString callerSummary(const QString &phone, const QString &name) const;
    void updateWaitingCall();
    void takeWaitingCall();
    /// Starts the call from @p phone now (the checks of incomingCall() passed).
    void takeCall(const QString &phone, const QString &name);

    AppContext m_context;
    QTabWidget *m_tabs = nullptr;
    WorkQueueView *m_queue = nullptr;
    ForYouView *m_forYou = nullptr;
    CallScreen *m_call = nullptr;
    CaseListView *m_cases = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_takeWaitingAction = nullptr;
    MessageBar *m_incomingBanner = nullptr;
    QList<WaitingCall> m_waiting;
    /// The number dialled last and when: the desktop may hand our own tel: link back as a call.
    QString m_lastDialled;
    QElapsedTimer m_lastDialledAt;
    static constexpr int kOwnDialEchoMs = 15000;
    CaseView *m_case = nullptr;
    CustomerView *m_customer = nullptr;
    ReviewDashboard *m_dashboard = nullptr;
    ReflectionView *m_reflection = nullptr;
    ReminderService *m_reminders = nullptr;
    QLabel *m_databaseLabel = nullptr;
    ConnectionBanner *m_connectionBanner = nullptr;
    HelpDialog *m_help = nullptr;
    QUndoStack *m_undo = nullptr; ///< queue acts and corrections of this session (Ctrl+Z)
};

} // namespace rd
