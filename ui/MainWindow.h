#pragma once

#include "AppContext.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;
class QTableView;

namespace rd {

class CallScreen;
class CaseListModel;

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

    AppContext m_context;
    QTabWidget *m_tabs = nullptr;
    CallScreen *m_call = nullptr;
    QTableView *m_caseTable = nullptr;
    CaseListModel *m_caseModel = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace rd
