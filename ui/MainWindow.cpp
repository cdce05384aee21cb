#include "MainWindow.h"

#include "CallScreen.h"
#include "CaseListModel.h"
#include "Database.h"
#include "Language.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace rd {

MainWindow::MainWindow(AppContext context, QWidget *parent) : QMainWindow(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Recovery Desk"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_call = new CallScreen(*m_context.db, m_context.employee, this);
    m_tabs->addTab(m_call, tr("Call"));
    createCaseList();
    createMenus();
    connect(m_call, &CallScreen::casesChanged, this, &MainWindow::refresh);
    connect(m_call, &CallScreen::callStateChanged, this, [this](bool inCall) {
        m_tabs->setTabText(m_tabs->indexOf(m_call), inCall ? tr("Call — in progress") : tr("Call"));
    });

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_context.db->path())));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);

    refresh();
    resize(1366, 768);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newCallAction = file->addAction(tr("&New call"), this, &MainWindow::newCall);
    newCallAction->setShortcut(QKeySequence::New);
    newCallAction->setObjectName(QStringLiteral("actionNewCall"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *call = menuBar()->addMenu(tr("&Call"));
    call->addAction(m_call->nextAction());
    call->addAction(m_call->backAction());
    call->addAction(m_call->skipAction());
    call->addAction(m_call->stepsAction());
    call->addSeparator();
    call->addAction(m_call->endAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *callView = view->addAction(tr("C&all"), this, [this] { m_tabs->setCurrentWidget(m_call); });
    callView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *cases = view->addAction(tr("&Cases"), this, [this] { m_tabs->setCurrentWidget(m_caseTable); });
    cases->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = Language::current();
    for (const QString &code : Language::available()) {
        QAction *a = language->addAction(Language::nativeName(code));
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setObjectName(QStringLiteral("actionLanguage_") + code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (code != Language::current())
                emit languageChangeRequested(code);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Recovery Desk"), this, &MainWindow::showAbout);
}

void MainWindow::createCaseList()
{
    m_caseModel = new CaseListModel(*m_context.db, this);
    m_caseTable = new QTableView(this);
    m_caseTable->setObjectName(QStringLiteral("caseTable"));
    m_caseTable->setModel(m_caseModel);
    m_caseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_caseTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_caseTable->setAlternatingRowColors(true);
    m_caseTable->setWordWrap(false);
    m_caseTable->verticalHeader()->hide();
    m_caseTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_caseTable->horizontalHeader()->setStretchLastSection(true);
    m_caseTable->horizontalHeader()->setSectionResizeMode(CaseListModel::CustomerColumn, QHeaderView::Stretch);
    m_tabs->addTab(m_caseTable, tr("Cases"));
}

void MainWindow::newCall()
{
    m_tabs->setCurrentWidget(m_call);
    m_call->startNewCall();
}

void MainWindow::refresh()
{
    const QString error = m_caseModel->reload();
    if (!error.isEmpty())
        statusBar()->showMessage(error);
    m_tabs->setTabText(m_tabs->indexOf(m_caseTable), tr("Cases (%1)").arg(m_caseModel->rowCount()));
    if (!m_call->hasCall())
        m_call->refreshIdle();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_call->flush()) {
        event->accept();
        return;
    }
    // Saving failed (disk full, file gone): never lose typed text silently.
    const auto answer = QMessageBox::warning(
        this, tr("Not everything is saved"),
        tr("The last changes could not be saved to %1. If you close now, they are lost.\n\nClose anyway?")
            .arg(QDir::toNativeSeparators(m_context.db->path())),
        QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Close)
        event->accept();
    else
        event->ignore();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Recovery Desk"),
                       tr("<h3>Recovery Desk %1</h3><p>Guides you through a customer's complaint call: listen, "
                          "understand, own it, and make agreements you keep.</p><p>Works fully offline. "
                          "Your data stay in %2.</p>")
                           .arg(QApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_context.db->path()).toHtmlEscaped()));
}

} // namespace rd
