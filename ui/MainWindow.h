#pragma once

#include "AppContext.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;
class QTableView;

namespace rd {

class CallScreen;
class CaseListModel;
class CaseView;
class ReminderService;
class WorkQueueView;

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
    CaseView *caseView() const { return m_case; }
    ReminderService *reminders() const { return m_reminders; }

    /// Shows one case in the Case tab.
    void openCase(const QString &caseId);

signals:
    /// The user chose another interface language (a code of Language::available()).
    void languageChangeRequested(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createCaseList();
    void showAbout();
    void newCall();
    void callNow(const QString &caseId, const QString &itemId, bool isCallback);
    void updateCounts(int overdue, int today);

    AppContext m_context;
    QTabWidget *m_tabs = nullptr;
    WorkQueueView *m_queue = nullptr;
    CallScreen *m_call = nullptr;
    QTableView *m_caseTable = nullptr;
    CaseListModel *m_caseModel = nullptr;
    CaseView *m_case = nullptr;
    ReminderService *m_reminders = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace rd
