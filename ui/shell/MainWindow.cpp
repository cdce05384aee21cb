#include "shell/MainWindow.h"

#include "exchange/Bundle.h"
#include "call/CallScreen.h"
#include "cases/CaseListView.h"
#include "cases/CaseStore.h"
#include "cases/CaseView.h"
#include "widgets/ConnectionBanner.h"
#include "cases/CustomerView.h"
#include "cases/DuplicatesDialog.h"
#include "storage/Database.h"
#include "review/DemoData.h"
#include "base/PhoneNumber.h"
#include "cases/CustomerStore.h"
#include "agreements/CallbackStore.h"
#include "call/parts/Dialler.h"
#include "agreements/PromiseStore.h"
#include "widgets/MessageBar.h"
#include "widgets/BackgroundTask.h"
#include "cases/ExportDialog.h"
#include "shell/HelpDialog.h"
#include "shell/Language.h"
#include "safety/Privacy.h"
#include "review/ReflectionView.h"
#include "shell/ReminderService.h"
#include "shell/RestoreDialog.h"
#include "shell/WorkstationsDialog.h"
#include "review/ReviewDashboard.h"
#include "widgets/Settings.h"
#include "shell/SettingsDialog.h"
#include "widgets/Theme.h"
#include "queue/WorkQueueView.h"
#include "recognition/ForYouView.h"
#include "recognition/RecognitionStore.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QVBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include <utility>

namespace rd {

MainWindow::MainWindow(AppContext context, QWidget *parent) : QMainWindow(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Recovery Desk"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    m_queue = new WorkQueueView(*m_context.db, m_context.employee, this);
    m_tabs->addTab(m_queue, tr("Work queue"));
    // Beside the work queue, never in its way: what was said about the employee's own work.
    m_forYou = new ForYouView(*m_context.db, m_context.employee, this);
    m_tabs->addTab(m_forYou, tr("For you"));
    connect(m_forYou, &ForYouView::openCase, this, &MainWindow::openCase);
    connect(m_forYou, &ForYouView::unreadChanged, this, &MainWindow::showUnread);
    showUnread(m_forYou->unread()); // its first count came before the connection
    m_call = new CallScreen(*m_context.db, m_context.employee, this);
    m_tabs->addTab(m_call, tr("Call"));
    createCaseList();
    m_case = new CaseView(*m_context.db, m_context.employee, this);
    m_tabs->addTab(m_case, tr("Case"));
    m_customer = new CustomerView(*m_context.db, this);
    m_tabs->addTab(m_customer, tr("Customer"));
    m_dashboard = new ReviewDashboard(*m_context.db, this);
    m_tabs->addTab(m_dashboard, tr("Review"));
    m_reflection = new ReflectionView(*m_context.db, m_context.employee, [this] { return m_case->caseId(); }, this);
    m_tabs->addTab(m_reflection, tr("Reflection"));
    connect(m_reflection, &ReflectionView::openCase, this, &MainWindow::openCase);
    connect(m_dashboard, &ReviewDashboard::drill, this, [this](const CaseListQuery &q) {
        m_cases->showQuery(q);
        m_tabs->setCurrentWidget(m_cases);
    });
    connect(m_dashboard, &ReviewDashboard::openCase, this, &MainWindow::openCase);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_dashboard)
            m_dashboard->refresh(); // figures over the whole file: computed when looked at
    });
    connect(m_case, &CaseView::openCustomer, this, [this](const QString &id) {
        m_customer->showCustomer(id);
        m_tabs->setCurrentWidget(m_customer);
    });
    connect(m_customer, &CustomerView::openCase, this, &MainWindow::openCase);
    connect(m_customer, &CustomerView::changed, this, &MainWindow::refresh);
    m_undo = new QUndoStack(this);
    m_queue->setUndoStack(m_undo);
    m_case->setUndoStack(m_undo);
    m_customer->setUndoStack(m_undo);
    // An undo or redo changes the queue and the case like the act itself did.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { QMetaObject::invokeMethod(this, &MainWindow::refresh, Qt::QueuedConnection); });
    createMenus();
    connect(m_call, &CallScreen::casesChanged, this, &MainWindow::refresh);
    connect(m_call, &CallScreen::callStateChanged, this, [this](bool inCall) {
        m_tabs->setTabText(m_tabs->indexOf(m_call), inCall ? tr("Call — in progress") : tr("Call"));
        if (!inCall)
            refresh();
        updateWaitingCall();
    });
    connect(m_queue, &WorkQueueView::countsChanged, this, &MainWindow::updateCounts);
    connect(m_queue, &WorkQueueView::openCase, this, &MainWindow::openCase);
    connect(m_queue, &WorkQueueView::callNow, this, &MainWindow::callNow);
    connect(m_queue, &WorkQueueView::changed, this, &MainWindow::refresh);
    connect(m_case, &CaseView::changed, this, &MainWindow::refresh);
    connect(m_case, &CaseView::callNow, this, &MainWindow::callNow);

    m_reminders = new ReminderService(*m_context.db, m_context.employee, this);
    connect(m_reminders, &ReminderService::reminder, this,
            [this](const QString &text) { statusBar()->showMessage(text, 60000); });

    if (m_context.reviewArchive) {
        // Said once, at the top, where a team lead looks first.
        auto *banner = new QLabel(tr("Review archive — read-only. You can read, search and report; nothing can be changed here."), this);
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setStyleSheet(Theme::css(QStringLiteral("background:@warnBg;color:@warnText;padding:6px 12px;font-weight:600;")));
        addTopBanner(banner);
        m_importAction->setEnabled(false);
        setWindowTitle(tr("Recovery Desk — review archive"));
    }
    if (m_context.db->backend() == Backend::PostgreSQL) {
        // Across every view: whichever one the employee is in when the server goes away.
        m_connectionBanner = new ConnectionBanner(*m_context.db, this);
        addTopBanner(m_connectionBanner);
        connect(m_connectionBanner, &ConnectionBanner::reconnected, this, [this] {
            m_call->flush(); // what waited is saved now, not at the next retry
            refresh();
        });
    }

    // A call that comes in during another one waits here; it never interrupts the call.
    m_incomingBanner = new MessageBar(QStringLiteral("incomingCallBanner"), this);
    m_incomingBanner->setTextFormat(Qt::PlainText); // a name from outside is shown, never rendered
    m_incomingBanner->hide();
    addTopBanner(m_incomingBanner);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_context.db->path())));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);

    refresh();
    m_reminders->check();
    // The day starts with the queue; an interrupted call comes first.
    auto unfinished = CaseStore(*m_context.db).listOpenCalls(m_context.employee);
    m_tabs->setCurrentWidget(m_context.reviewArchive                 ? static_cast<QWidget *>(m_dashboard)
                             : unfinished && !unfinished->isEmpty() ? static_cast<QWidget *>(m_call)
                                                                    : m_queue);
    resize(1366, 768);
}

MainWindow::~MainWindow()
{
    m_reflection->flush(); // typed a moment ago: saved before the window goes
}

void MainWindow::incomingCall(const QString &phone, const QString &name)
{
    if (m_context.reviewArchive) {
        statusBar()->showMessage(tr("A call came in from %1, but this is a review archive, opened read-only: calls are taken "
                                    "on a workstation.")
                                     .arg(PhoneNumber::readable(phone)),
                                 15000);
        return;
    }
    // The tel: link of our own dial, handed back to us by a desktop that has Recovery Desk for tel:.
    if (phone == m_lastDialled && m_lastDialledAt.isValid() && m_lastDialledAt.elapsed() < kOwnDialEchoMs) {
        m_lastDialled.clear(); // once: the customer ringing back a moment later is a real call
        statusBar()->showMessage(tr("%1 came in just after you dialled it: taken as the echo of your own dial, not as "
                                    "a new call.")
                                     .arg(PhoneNumber::readable(phone)),
                                 15000);
        return;
    }
    // A call, a dialog or long work in progress is never interrupted, and nobody jumps the queue:
    // the caller waits in the banner.
    if (m_call->hasCall() || BackgroundTask::running() || QApplication::activeModalWidget() || !m_waiting.isEmpty()) {
        m_waiting.append({phone, name, QTime::currentTime()});
        updateWaitingCall();
        raise(); // in view, but the field being typed in keeps the keyboard
        return;
    }
    takeCall(phone, name);
}

void MainWindow::takeCall(const QString &phone, const QString &name)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    m_tabs->setCurrentWidget(m_call);
    m_call->takeIncomingCall(phone, name);
}

QString MainWindow::callerSummary(const QString &phone, const QString &name) const
{
    const QString number = PhoneNumber::readable(phone);
    auto candidates = CustomerStore(*m_context.db).find(number, 20);
    QList<Customer> found; // those with this very number, not one that only ends the same
    for (const Customer &c : candidates ? candidates.value() : QList<Customer>())
        if (PhoneNumber::same(c.phone, phone))
            found << c;
    if (found.isEmpty())
        return name.isEmpty() ? number : tr("%1 — %2").arg(number, name);
    if (found.size() > 1)
        return tr("%1 — %2 customers with this number").arg(number).arg(found.size());
    const Customer &customer = found.first();
    auto open = PromiseStore(*m_context.db).openForCustomer(customer.id);
    const int promises = open ? int(open->size()) : 0;
    return tr("%1 — %2, %n open promise(s)", nullptr, promises).arg(number, customer.name);
}

void MainWindow::updateWaitingCall()
{
    m_takeWaitingAction->setEnabled(!m_waiting.isEmpty());
    if (m_waiting.isEmpty()) {
        m_incomingBanner->hide();
        return;
    }
    const WaitingCall &first = m_waiting.first();
    QString who = tr("%1 (since %2)").arg(callerSummary(first.phone, first.name), QLocale().toString(first.since, QLocale::ShortFormat));
    if (m_waiting.size() > 1)
        who += QLatin1Char(' ') + tr("and %n more", nullptr, int(m_waiting.size()) - 1);
    m_incomingBanner->showMessage(m_call->hasCall() ? tr("Incoming: %1. It waits until this call ends; then Ctrl+T takes it.").arg(who)
                                                    : tr("Waiting: %1. Ctrl+T takes it now.").arg(who),
                                  false);
}

void MainWindow::keepWaiting(const QList<WaitingCall> &calls)
{
    m_waiting = calls + m_waiting;
    updateWaitingCall();
}

void MainWindow::takeWaitingCall()
{
    if (m_waiting.isEmpty())
        return;
    if (m_call->hasCall()) {
        statusBar()->showMessage(tr("End this call first (Ctrl+E); the waiting call stays in the banner."), 10000);
        return;
    }
    const WaitingCall next = m_waiting.takeFirst();
    updateWaitingCall();
    takeCall(next.phone, next.name);
}

void MainWindow::addTopBanner(QWidget *banner)
{
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(banner);
    topLayout->addWidget(centralWidget());
    setCentralWidget(top);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newCallAction = file->addAction(tr("&New call"), this, &MainWindow::newCall);
    newCallAction->setShortcut(QKeySequence::New);
    newCallAction->setObjectName(QStringLiteral("actionNewCall"));
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("E&xport cases…"), this, &MainWindow::exportCases);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    m_importAction = file->addAction(tr("&Import bundles…"), this, &MainWindow::importBundles);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    QAction *review = file->addAction(tr("Open &review archive…"), this, [this] {
        if (refuseDuringCall())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a review archive"), QString(),
                                                          tr("Recovery Desk databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty())
            emit reviewArchiveRequested(path);
    });
    review->setObjectName(QStringLiteral("actionReview"));
    QAction *workstations = file->addAction(tr("&Trusted workstations…"), this, [this] {
        if (refuseDuringCall())
            return;
        WorkstationsDialog dialog(*m_context.db, m_context.reviewArchive, this);
        dialog.exec();
    });
    workstations->setObjectName(QStringLiteral("actionWorkstations"));
    file->addSeparator();
    m_demoAction = file->addAction(tr("Fill with &example cases"), this, &MainWindow::fillWithDemoData);
    m_demoAction->setObjectName(QStringLiteral("actionDemoData"));
    m_demoAction->setToolTip(tr("Only for an empty database: adds example cases to try the program with."));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::editSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QAction *retention = file->addAction(tr("Data &retention…"), this, &MainWindow::chooseRetention);
    retention->setObjectName(QStringLiteral("actionRetention"));
    retention->setEnabled(!m_context.reviewArchive);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // In a text field Ctrl+Z undoes typing there; elsewhere it takes back the last act.
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    addAction(undo); // reachable by key even when the menu bar is hidden
    addAction(redo);

    QMenu *call = menuBar()->addMenu(tr("&Call"));
    call->addAction(m_call->nextAction());
    call->addAction(m_call->backAction());
    call->addAction(m_call->skipAction());
    call->addAction(m_call->stepsAction());
    call->addSeparator();
    call->addAction(m_call->endAction());
    m_takeWaitingAction = call->addAction(tr("&Take the waiting call"), this, &MainWindow::takeWaitingCall);
    m_takeWaitingAction->setObjectName(QStringLiteral("actionTakeWaitingCall"));
    m_takeWaitingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_takeWaitingAction->setEnabled(false);

    // No Alt+letter: each letter of it is taken on some page already.
    QMenu *customers = menuBar()->addMenu(tr("Customers"));
    QAction *duplicates = customers->addAction(tr("Find &duplicates…"), this, &MainWindow::findDuplicates);
    duplicates->setObjectName(QStringLiteral("actionFindDuplicates"));
    duplicates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find cases…"), this, [this] {
        m_tabs->setCurrentWidget(m_cases);
        m_cases->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("actionFind"));
    const struct
    {
        QString text;
        QWidget *page;
        Qt::Key key;
    } views[] = {{tr("&Work queue"), m_queue, Qt::Key_1},
                 {tr("C&all"), m_call, Qt::Key_2},
                 {tr("&Cases"), m_cases, Qt::Key_3},
                 {tr("Ca&se"), m_case, Qt::Key_4},
                 {tr("C&ustomer"), m_customer, Qt::Key_5},
                 {tr("&Review figures"), m_dashboard, Qt::Key_6},
                 {tr("Re&flection"), m_reflection, Qt::Key_7},
                 {tr("For &you"), m_forYou, Qt::Key_8}};
    for (const auto &v : views) {
        QWidget *page = v.page;
        QAction *a = view->addAction(v.text, this, [this, page] {
            m_tabs->setCurrentWidget(page);
            page->setFocus();
        });
        a->setShortcut(QKeySequence(Qt::CTRL | v.key));
    }
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
    QAction *keys = help->addAction(tr("&Keys"), this, [this] { showHelp(HelpDialog::Page::Keys); });
    keys->setObjectName(QStringLiteral("actionHelpKeys"));
    keys->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    QAction *guide = help->addAction(tr("How the &call guide works"), this, [this] { showHelp(HelpDialog::Page::CallGuide); });
    guide->setObjectName(QStringLiteral("actionHelpCallGuide"));
    help->addSeparator();
    QAction *restore = help->addAction(tr("&Restore from backup…"), this, &MainWindow::chooseBackupToRestore);
    restore->setObjectName(QStringLiteral("actionRestore"));
    const bool onServer = m_context.db->backend() == Backend::PostgreSQL;
    restore->setEnabled(!m_context.reviewArchive && !onServer);
    if (onServer)
        restore->setToolTip(tr("A team database is backed up and restored on its server (pg_dump)."));
    help->addSeparator();
    help->addAction(tr("&About Recovery Desk"), this, &MainWindow::showAbout);
}

void MainWindow::createCaseList()
{
    m_cases = new CaseListView(*m_context.db, this);
    m_tabs->addTab(m_cases, tr("Cases"));
    connect(m_cases, &CaseListView::openCase, this, &MainWindow::openCase);
    connect(m_cases, &CaseListView::countChanged, this,
            [this](qint64 total) { m_tabs->setTabText(m_tabs->indexOf(m_cases), tr("Cases (%1)").arg(QLocale().toString(total))); });
}

void MainWindow::fillWithDemoData()
{
    auto empty = CaseStore(*m_context.db).isEmpty();
    if (!empty) {
        statusBar()->showMessage(empty.message(), 15000);
        return;
    }
    if (!empty.value()) { // only an empty database: no one's real cases mix with examples
        statusBar()->showMessage(tr("Example cases go only into an empty database; this one has cases."), 15000);
        return;
    }
    const auto language = Language::current() == QLatin1String("nl") ? DemoData::Language::Dutch : DemoData::Language::English;
    int added = 0;
    BackgroundTask task(*m_context.db, this, tr("Example cases"), tr("Adding %1 example cases…").arg(kDemoCases));
    const Status done = task.run([&](Database &db, TaskProgress &progress) -> Status {
        auto stats = DemoData(db, 1, language).generate(kDemoCases, [&progress](int percent) {
            progress.report(percent, 100);
            return !progress.stopRequested();
        });
        if (!stats)
            return stats.error();
        added = stats->cases;
        return {};
    });
    statusBar()->showMessage(done ? tr("Added %1 example cases.").arg(added) : done.message(), 15000);
    refresh();
}

bool MainWindow::refuseDuringCall()
{
    if (!m_call->hasCall())
        return false;
    // No dialog may pop up over a live call: it waits until the call has ended.
    statusBar()->showMessage(tr("End the call first (Ctrl+E); this opens a dialog."), 10000);
    return true;
}

void MainWindow::exportCases()
{
    if (refuseDuringCall())
        return;
    ExportDialog dialog(m_context.employee, m_context.db->clock().nowMs(),
                        RecognitionStore(*m_context.db).colleagues().value_or(QStringList()), this);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    BundleSelection selection = dialog.selection();
    if (selection.returnFor && (selection.returnFor->isEmpty() ||
                                (dialog.returnsToOne() && *selection.returnFor == Bundle::kReturnToTeam))) {
        QMessageBox::warning(this, tr("Export cases"), tr("Name the colleague the compliments and recognition are for."));
        return;
    }
    selection.team = Settings::team();
    exportTo(dialog.path(), selection);
}

bool MainWindow::exportTo(const QString &path, const BundleSelection &selection)
{
    int cases = 0;
    BackgroundTask task(*m_context.db, this, tr("Export cases"), tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    task.setStoppable(false); // the bundle is written whole or not at all
    const Status done = task.run([&](Database &db, TaskProgress &) -> Status {
        auto manifest = Bundle::write(db, path, selection);
        if (!manifest)
            return manifest.error();
        cases = manifest->cases;
        return {};
    });
    if (!done) {
        QMessageBox::warning(this, tr("Export cases"), done.message());
        return false;
    }
    statusBar()->showMessage(tr("Exported %1 cases to %2.").arg(cases).arg(QDir::toNativeSeparators(path)), 15000);
    return true;
}

void MainWindow::importBundles()
{
    if (refuseDuringCall())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import case bundles"), QString(),
                                                            tr("Case bundles (*.rdbundle);;All files (*)"));
    if (files.isEmpty())
        return;
    const QString report = importBundleFiles(files);
    QMessageBox::information(this, tr("Import case bundles"), report);
}

QString MainWindow::importBundleFiles(const QStringList &files)
{
    QStringList report;
    int imported = 0;
    QStringList untrusted; // asked about on the window's thread once the others are in
    bool stopped = false;
    const auto importAll = [&](const QStringList &batch, const MergeOptions &options, bool askLater) {
        BackgroundTask task(*m_context.db, this, tr("Import case bundles"), tr("Importing case bundles…"));
        return task.run([&](Database &db, TaskProgress &progress) -> Status {
            for (int i = 0; i < batch.size(); ++i) {
                const QString name = QFileInfo(batch.at(i)).fileName();
                // Each bundle has its share of the bar, and stops between its steps: a bundle
                // stopped halfway is not imported at all.
                MergeOptions each = options;
                each.progress = [&, i](int permille, const QString &doing) {
                    if (progress.stopRequested())
                        return false; // the dialog keeps saying it is stopping
                    progress.report(qint64(i) * 1000 + permille, qint64(batch.size()) * 1000,
                                    batch.size() == 1 ? tr("%1: %2").arg(name, doing)
                                                      : tr("Bundle %1 of %2, %3: %4").arg(i + 1).arg(batch.size()).arg(name, doing));
                    return true;
                };
                auto stats = Bundle::merge(db, batch.at(i), each);
                if (!stats && stats.error().code == Error::Code::Stopped) {
                    stopped = true;
                    report << tr("Stopped: %n bundle(s) not imported.", nullptr, int(batch.size()) - i);
                    break;
                }
                if (!stats && askLater && stats.error().code == Error::Code::Untrusted) {
                    untrusted << batch.at(i);
                    continue;
                }
                if (stats) {
                    ++imported;
                    const QString from = stats->team.isEmpty() ? stats->exportedBy : tr("%1, %2").arg(stats->exportedBy, stats->team);
                    report << tr("%1 (from %2): %3 new cases, %4 updated, %5 new events.")
                                  .arg(name, from)
                                  .arg(stats->newCases)
                                  .arg(stats->updatedCases)
                                  .arg(stats->newEvents);
                } else {
                    report << tr("%1 was not imported: %2").arg(name, stats.message());
                }
            }
            return {};
        });
    };
    // A return bundle for a colleague is refused on this PC: what it brings is theirs.
    MergeOptions asThisEmployee;
    asThisEmployee.employee = m_context.employee;
    Status done = importAll(files, asThisEmployee, true);
    // Trusting a new workstation is the employee's decision, one bundle at a time.
    QStringList trusted;
    for (const QString &file : std::as_const(untrusted)) {
        if (stopped) { // the employee said stop: no questions about the rest
            report << tr("%1 was not imported: the import was stopped.").arg(QFileInfo(file).fileName());
            continue;
        }
        if (WorkstationsDialog::askToTrust(this, *m_context.db, file))
            trusted << file;
        else
            report << tr("%1 was not imported: its workstation is not trusted.").arg(QFileInfo(file).fileName());
    }
    if (done && !trusted.isEmpty()) {
        MergeOptions trustNew = asThisEmployee;
        trustNew.trustNew = true;
        done = importAll(trusted, trustNew, false);
    }
    if (!done) // the worker could not even open the database
        report << done.message();
    refresh();
    return tr("%n bundle(s) imported.", nullptr, imported) + QStringLiteral("\n\n") + report.join(QLatin1Char('\n'));
}

void MainWindow::chooseBackupToRestore()
{
    if (refuseDuringCall())
        return;
    RestoreDialog dialog(m_context.db->path(), Settings::backupFolder(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return;
    emit restoreRequested(dialog.chosen());
}

void MainWindow::editSettings()
{
    if (refuseDuringCall())
        return;
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.databaseChanged())
        statusBar()->showMessage(tr("The new database file is opened at the next start."), 15000);
    emit settingsChanged(dialog.nameChanged(), dialog.chosenLanguage(), dialog.backupFolderChanged());
}

void MainWindow::chooseRetention()
{
    if (refuseDuringCall())
        return;
    Privacy privacy(*m_context.db);
    const auto current = privacy.retentionMonths();
    if (!current) {
        statusBar()->showMessage(current.message(), 15000);
        return;
    }
    bool ok = false;
    const int months = QInputDialog::getInt(this, tr("Data retention"),
                                            tr("Months after closing that a case keeps the customer's personal data "
                                               "(0 = keep until erased on request). After that the case is anonymised; "
                                               "its figures stay."),
                                            current.value(), 0, 1200, 1, &ok);
    if (!ok)
        return;
    if (auto s = privacy.setRetentionMonths(months); !s) {
        statusBar()->showMessage(s.message(), 15000);
        return;
    }
    // Anonymising old cases merges the search index afterwards: seconds on a big archive.
    int anonymised = 0;
    BackgroundTask task(*m_context.db, this, tr("Data retention"), tr("Anonymising cases past the retention period…"));
    task.setStoppable(false);
    const Status done = task.run([&anonymised](Database &db, TaskProgress &) -> Status {
        auto count = Privacy(db).applyRetention();
        if (!count)
            return count.error();
        anonymised = count.value();
        return {};
    });
    statusBar()->showMessage(done ? tr("Retention set to %n month(s); %1 case(s) anonymised now.", nullptr, months).arg(anonymised)
                                  : done.message(),
                             15000);
    refresh();
}

void MainWindow::newCall()
{
    if (m_context.reviewArchive) {
        statusBar()->showMessage(tr("This is a review archive, opened read-only: calls are taken on a workstation."), 10000);
        return;
    }
    m_tabs->setCurrentWidget(m_call);
    m_call->startNewCall();
}

void MainWindow::findDuplicates()
{
    if (refuseDuringCall())
        return;
    DuplicatesDialog dialog(*m_context.db, m_undo, [this](const QString &why) { statusBar()->showMessage(why, 10000); }, this);
    connect(&dialog, &DuplicatesDialog::merged, this, [this](const QString &survivorId) {
        if (m_customer->customerId().isEmpty())
            m_customer->showCustomer(survivorId);
        else
            m_customer->refresh(); // shows the survivor if the record on it was merged away
        refresh();
    });
    dialog.load(); // on a worker, before the dialog shows; a failure is said in the dialog
    dialog.exec();
}

void MainWindow::refresh()
{
    m_cases->refresh();
    m_demoAction->setEnabled(!m_context.reviewArchive && CaseStore(*m_context.db).isEmpty().value_or(false));
    if (!m_call->hasCall())
        m_call->refreshIdle();
    m_queue->refresh();
    m_forYou->refresh();
    if (!m_case->caseId().isEmpty())
        m_case->refresh();
    // Not while it is on screen: the employee may be typing a correction there.
    if (!m_customer->customerId().isEmpty() && m_tabs->currentWidget() != m_customer)
        m_customer->refresh();
}

void MainWindow::openCase(const QString &caseId)
{
    if (caseId.isEmpty())
        return;
    m_case->showCase(caseId);
    m_tabs->setCurrentWidget(m_case);
}

void MainWindow::callNow(const QString &caseIdShown, const QString &itemIdShown, bool isCallback)
{
    // Copies: the queue row these came from is refreshed once the call starts.
    const QString caseId = caseIdShown;
    const QString itemId = itemIdShown;
    m_tabs->setCurrentWidget(m_call);
    if (m_context.reviewArchive || !m_call->startFollowUp(caseId, itemId, isCallback))
        return; // no dialling another customer while a call is in progress (the screen says why)
    // Dial the number the note asks for, else the customer's: the call screen is ready meanwhile.
    QString phone;
    if (isCallback) {
        if (auto note = CallbackStore(*m_context.db).get(itemId))
            phone = note->phone;
    }
    if (phone.isEmpty()) {
        if (auto customer = CustomerStore(*m_context.db).ofCase(caseId))
            phone = customer->phone;
    }
    if (phone.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("No phone number is known for this call: dial it yourself."), 15000);
        return;
    }
    auto dialled = Dialler::dial(*m_context.db, caseId, phone);
    if (dialled) {
        m_lastDialled = PhoneNumber::normalise(phone).value_or(QString());
        m_lastDialledAt.start();
    }
    statusBar()->showMessage(dialled ? dialled.value() : dialled.message(), 15000);
}

void MainWindow::showUnread(int unread)
{
    m_tabs->setTabText(m_tabs->indexOf(m_forYou), unread > 0 ? tr("For you (%1 new)").arg(unread) : tr("For you"));
}

void MainWindow::updateCounts(int overdue, int today)
{
    QStringList parts;
    if (overdue > 0)
        parts << tr("%n overdue", nullptr, overdue);
    if (today > 0)
        parts << tr("%n due today", nullptr, today);
    setWindowTitle(parts.isEmpty() ? tr("Recovery Desk") : tr("Recovery Desk — %1").arg(parts.join(QStringLiteral(", "))));
    m_tabs->setTabText(m_tabs->indexOf(m_queue),
                       overdue > 0 ? tr("Work queue (%1 overdue)").arg(overdue) : tr("Work queue (%1)").arg(today));
    if (m_reminders)
        m_reminders->check();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_reflection->flush();
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

void MainWindow::showHelp(HelpDialog::Page page)
{
    // Not modal: it may stay open beside a call in progress.
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showPage(page);
}

void MainWindow::showAbout()
{
    if (refuseDuringCall())
        return;
    QMessageBox::about(this, tr("About Recovery Desk"),
                       tr("<h3>Recovery Desk %1</h3><p>Guides you through a customer's complaint call: listen, "
                          "understand, own it, and make agreements you keep.</p><p>Works fully offline. "
                          "Your data stay in %2.</p><p>Free software under the MIT licence. Built with Qt %3 "
                          "(LGPL 3) and SQLite (public domain).</p>")
                           .arg(QApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_context.db->path()).toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

} // namespace rd
