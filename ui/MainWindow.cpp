#include "MainWindow.h"

#include "CaseListModel.h"
#include "Database.h"

#include <QApplication>
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

    createCaseList();
    createMenus();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_context.db->path())));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);

    refresh();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *cases = view->addAction(tr("&Cases"), this, [this] { m_tabs->setCurrentWidget(m_caseTable); });
    cases->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);

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

void MainWindow::refresh()
{
    const QString error = m_caseModel->reload();
    if (!error.isEmpty())
        statusBar()->showMessage(error);
    const int shown = m_caseModel->rowCount();
    m_tabs->setTabText(m_tabs->indexOf(m_caseTable), tr("Cases (%1)").arg(shown));
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
