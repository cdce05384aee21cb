#include "review/CaseReport.h"
#include "cases/CaseStore.h"
#include "cases/CaseView.h"
#include "cases/CustomerStore.h"
#include "cases/CustomerView.h"
#include "cases/EventLog.h"
#include "shell/MainWindow.h"
#include "safety/Privacy.h"
#include "agreements/PromiseStore.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"
#include "shell/Workstation.h"
#include "review/ReviewDashboard.h"
#include "review/ImprovementStore.h"
#include "review/ReflectionStore.h"
#include "review/ReflectionView.h"
#include <QComboBox>
#include "review/DemoData.h"
#include "cases/CaseListView.h"
#include "cases/CaseListModel.h"
#include "call/CallScreen.h"

#include <catch2/catch.hpp>

#include <QApplication>

#include <QAction>
#include <QMenu>
#include <QPointer>

#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;

TEST_CASE("The case report reads as a story with everything agreed", "[ui][case][report]")
{
    TempDatabase t;
    const QString caseId = rd::test::newCase(t.db());
    REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Experience, QStringLiteral("Parcel <lost> & found")).ok());
    REQUIRE(PromiseStore(t.db()).add(caseId, QStringLiteral("send the refund"), QStringLiteral("anna"),
                                     TempDatabase::ms("2026-11-27T10:00:00Z"), PromiseKind::Final).ok());
    auto html = CaseReport::html(t.db(), caseId);
    REQUIRE(html.ok());
    CHECK(html->contains(QStringLiteral("Ria Jansen")));
    CHECK(html->contains(QStringLiteral("Parcel &lt;lost&gt; &amp; found"))); // escaped, not markup
    CHECK(html->contains(QStringLiteral("send the refund")));
    CHECK(html->contains(QStringLiteral("Promised: send the refund")));
    CHECK_FALSE(CaseReport::html(t.db(), QStringLiteral("nope")).ok());
}

TEST_CASE("A case is saved as PDF - a whole file replaces the old one, or a message and no file", "[ui][case][report]")
{
    TempDatabase t;
    const QString caseId = rd::test::newCase(t.db());
    CaseView view(t.db(), QStringLiteral("anna"));
    view.showCase(caseId);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.pdf"));
    {
        QFile old(path); // an earlier export of the same name
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(200000, 'x'));
    }
    CHECK(view.exportPdf(path).isEmpty());
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(pdf.size() > 1000);
    CHECK_FALSE(pdf.readAll().contains(QByteArray(64, 'x'))); // replaced whole, nothing of the old file left
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("case.pdf")}); // no temporary left
    // A folder that does not exist: a clear message, no file.
    const QString bad = dir.filePath(QStringLiteral("missing/folder/case.pdf"));
    CHECK_FALSE(view.exportPdf(bad).isEmpty());
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("A case PDF is the owner's only and never written over the open database", "[ui][case][report][boundary]")
{
    TempDatabase t;
    const QString caseId = rd::test::newCase(t.db());
    CaseView view(t.db(), QStringLiteral("anna"));
    view.showCase(caseId);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.pdf"));
    REQUIRE(view.exportPdf(path).isEmpty());
    CHECK((QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    if (TempDatabase::onServer())
        return; // a server database has no file to protect
    const auto contents = [&t] {
        QByteArray all;
        for (const QString &file : {t.path(), t.path() + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    };
    const QByteArray before = contents();
    const QString refused = view.exportPdf(t.path());
    CHECK(refused.contains(QStringLiteral("open database")));
    CHECK(contents() == before);
}

TEST_CASE("Customer details are corrected from the case by keyboard - each change an event", "[ui][customer]")
{
    TempDatabase t;
    const QString caseId = rd::test::newCase(t.db());
    const QString customerId = CaseStore(t.db()).get(caseId)->customerId;
    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;
    UiDriver ui(&window);
    window.openCase(caseId);
    ui.key(Qt::Key_U, Qt::AltModifier); // Customer
    auto *tabs = ui.find<QTabWidget>("mainTabs");
    REQUIRE(tabs->currentWidget() == window.customerView());
    CHECK(ui.find<QListWidget>("customerCases")->count() == 1);

    ui.key(Qt::Key_P, Qt::AltModifier); // the Phone field
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("customerPhone"));
    ui.type(QStringLiteral("06 1111 2222"));
    ui.key(Qt::Key_Return);
    CHECK(CustomerStore(t.db()).get(customerId)->phone == QStringLiteral("06 1111 2222"));
    CHECK(EventLog(t.db()).customerHistory(customerId)->last().kind == QStringLiteral("customer.updated"));

    // Ctrl+Z (outside a text field) takes the correction back, as one more correction.
    const int changes = int(EventLog(t.db()).customerHistory(customerId)->size());
    ui.find<QListWidget>("customerCases")->setFocus();
    ui.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(CustomerStore(t.db()).get(customerId)->phone.isEmpty());
    CHECK(EventLog(t.db()).customerHistory(customerId)->size() == changes + 1);
    ui.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(CustomerStore(t.db()).get(customerId)->phone == QStringLiteral("06 1111 2222"));

    // A bad e-mail is refused with a message; nothing is saved.
    ui.key(Qt::Key_E, Qt::AltModifier);
    ui.type(QStringLiteral("not an address"));
    ui.key(Qt::Key_Return);
    CHECK(ui.find<QLabel>("customerMessage")->text().contains(QStringLiteral("e-mail")));
    CHECK(CustomerStore(t.db()).get(customerId)->email.isEmpty());
    CHECK(ui.find<QLineEdit>("customerEmail")->text() == QStringLiteral("not an address")); // kept to correct

    // Enter on a case opens it again.
    ui.find<QListWidget>("customerCases")->setFocus();
    ui.key(Qt::Key_Return);
    CHECK(tabs->currentWidget() == window.caseView());
}

TEST_CASE("A review archive opens read-only with a banner - and nothing can be changed", "[ui][review]")
{
    TempDatabase t;
    REQUIRE(rd::DemoData(t.db(), 4, rd::DemoData::Language::English).generate(50).ok());
    const QString path = t.path();
    t.close();
    auto opened = rd::test::openWorkstation(path);
    Workstation &station = *opened;
    CHECK(station.window()->findChild<QLabel *>(QStringLiteral("readOnlyBanner")) == nullptr);

    CHECK(station.openReviewArchive(path).isEmpty());
    MainWindow *window = station.window();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    auto *banner = window->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->text().contains(QStringLiteral("read-only")));
    UiDriver ui(window);
    window->activateWindow();
    ui.key(Qt::Key_N, Qt::ControlModifier);
    CHECK_FALSE(window->callScreen()->hasCall());
    // Reading works: the list fills and a case opens.
    CHECK(UiDriver::waitFor([&] { return window->caseList()->model()->isReady(); }));
    CHECK(window->caseList()->model()->rowCount() == 50);

    // Every action of the window and the keys that act on a case or a promise: the archive's
    // bytes stay as they were (the connection is read-only; nothing may even try to write).
    const auto bytes = [&path] {
        QByteArray all;
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    };
    const QByteArray before = bytes();
    QTimer closer;
    closer.setInterval(50);
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start();
    QList<QPointer<QAction>> actions; // some rebuild the menus (the language): held weakly
    for (QAction *action : window->findChildren<QAction *>())
        actions << action;
    for (const QPointer<QAction> &action : std::as_const(actions)) {
        // Quitting, and switching the language (which builds the window anew), write nothing.
        if (!action || action->objectName() == QLatin1String("actionQuit") ||
            action->objectName().startsWith(QLatin1String("actionLanguage_")) || action->menu() || !action->isEnabled())
            continue;
        action->trigger();
        QTest::qWait(60);
    }
    REQUIRE(station.window() == window);
    for (int view : {1, 3, 4}) { // queue, case list, case view
        window->activateWindow();
        ui.key(Qt::Key(Qt::Key_0 + view), Qt::ControlModifier);
        for (Qt::Key key : {Qt::Key_Down, Qt::Key_Return, Qt::Key_K, Qt::Key_N, Qt::Key_R, Qt::Key_B, Qt::Key_H, Qt::Key_A,
                            Qt::Key_C, Qt::Key_Delete})
            ui.key(key);
        ui.key(Qt::Key_L, Qt::AltModifier);
        ui.key(Qt::Key_I, Qt::AltModifier);
        ui.key(Qt::Key_Z, Qt::ControlModifier);
        QTest::qWait(60);
    }
    closer.stop();
    CHECK_FALSE(window->callScreen()->hasCall());
    CHECK(bytes() == before);
    CHECK(station.openReviewArchive(QStringLiteral("/no/such/archive.sqlite")).contains(QStringLiteral("does not exist")));
}

TEST_CASE("The review dashboard shows the figures and opens the cases behind one", "[ui][review][dashboard]")
{
    TempDatabase t;
    REQUIRE(rd::DemoData(t.db(), 12, rd::DemoData::Language::English).generate(400).ok());
    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;
    UiDriver ui(&window);
    ui.key(Qt::Key_6, Qt::ControlModifier);
    auto *tabs = ui.find<QTabWidget>("mainTabs");
    REQUIRE(tabs->currentWidget() == window.dashboard());
    // All time, so every generated case counts.
    auto *period = ui.find<QComboBox>("dashboardPeriod");
    period->setCurrentIndex(period->findData(QStringLiteral("all")));
    emit period->activated(period->currentIndex());
    REQUIRE(UiDriver::waitFor([&] { return !window.dashboard()->isCounting() && window.dashboard()->report().cases == 400; }));
    CHECK(ui.find<QLabel>("dashboardHeadline")->text().contains(QStringLiteral("% of the")));
    CHECK(ui.find<QLabel>("dashboardFacts")->text().contains(QStringLiteral("Promises kept on time")));

    // Enter on "Complaints caused by process" opens exactly those cases.
    auto *drill = ui.find<QListWidget>("dashboardDrill");
    drill->setFocus();
    drill->setCurrentRow(1); // behaviour, process, … in vocabulary order
    ui.key(Qt::Key_Return);
    CHECK(tabs->currentWidget() == window.caseList());
    const int process = window.dashboard()->report().byCause.value(QStringLiteral("process"));
    CHECK(UiDriver::waitFor([&] { return window.caseList()->model()->isReady(); }));
    CHECK(window.caseList()->model()->rowCount() == process);

    QTemporaryDir dir;
    CHECK(window.dashboard()->exportCsv(dir.filePath(QStringLiteral("figures.csv"))).isEmpty());
    QFile csv(dir.filePath(QStringLiteral("figures.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().startsWith("\xEF\xBB\xBF" "section,item,value"));
}

TEST_CASE("A team lead makes an improvement item from a case and follows it on the dashboard", "[ui][review][improvement]")
{
    TempDatabase t;
    const QString caseId = rd::test::newCase(t.db());
    auto shown = rd::test::openWindow(t.db(), QStringLiteral("lead"));
    MainWindow &window = *shown;
    UiDriver ui(&window);
    window.openCase(caseId);
    ui.key(Qt::Key_I, Qt::AltModifier);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("improvementWhat"));
    ui.type(QStringLiteral("Check the time slots sent to the carrier"));
    ui.key(Qt::Key_Return);
    auto items = ImprovementStore(t.db()).list();
    REQUIRE(items->size() == 1);
    CHECK(items->first().owner == QStringLiteral("lead"));
    CHECK(ui.find<QListWidget>("caseTimeline")->item(ui.find<QListWidget>("caseTimeline")->count() - 1)->text().contains(
        QStringLiteral("improvement item")));

    ui.key(Qt::Key_6, Qt::ControlModifier);
    REQUIRE(UiDriver::waitFor([&] { return !window.dashboard()->isCounting(); }));
    auto *list = ui.find<QListWidget>("improvementItems");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Open")));
    list->setFocus();
    list->setCurrentRow(0);
    ui.key(Qt::Key_Space);
    CHECK(ImprovementStore(t.db()).list()->first().status == ImprovementItem::Status::InProgress);
    ui.key(Qt::Key_Return); // opens the case it came from
    CHECK(window.caseView()->caseId() == caseId);
}

TEST_CASE("The monthly reflection is typed - saved as typed - and linked to a case", "[ui][reflection]")
{
    TempDatabase t;
    const QString caseId = rd::test::newCase(t.db());
    {
        auto shown = rd::test::openWindow(t.db());
        MainWindow &window = *shown;
        UiDriver ui(&window);
        window.openCase(caseId);
        ui.key(Qt::Key_7, Qt::ControlModifier);
        ui.key(Qt::Key_B, Qt::AltModifier);
        CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("reflectionBest"));
        ui.type(QStringLiteral("Mrs Jansen thanked us for calling back on time"));
        ui.key(Qt::Key_L, Qt::AltModifier); // link the case in view
        CHECK(ui.find<QListWidget>("reflectionCases")->count() == 1);
        ui.key(Qt::Key_C, Qt::AltModifier); // what I changed
        ui.type(QStringLiteral("I read the summary back"));
        // closing the window saves what was typed a moment ago
    }
    const QString month = t.clock().nowUtc().toLocalTime().date().toString(QStringLiteral("yyyy-MM"));
    auto r = ReflectionStore(t.db()).get(QStringLiteral("anna"), month);
    REQUIRE(r.ok());
    CHECK(r->bestExperience == QStringLiteral("Mrs Jansen thanked us for calling back on time"));
    CHECK(r->changedBehaviour == QStringLiteral("I read the summary back"));
    CHECK(r->caseIds == QStringList{caseId});
}

TEST_CASE("Beside the reflection: one's own month in figures, never a colleague's", "[ui][reflection]")
{
    TempDatabase t;
    const QString mine = rd::test::newCase(t.db()); // anna's
    auto kept = PromiseStore(t.db()).add(mine, QStringLiteral("send the refund"), QStringLiteral("anna"),
                                         TempDatabase::ms("2026-11-26T15:00:00Z"), PromiseKind::Final);
    REQUIRE(kept.ok());
    REQUIRE(PromiseStore(t.db()).complete(kept->id, QString()).ok());
    REQUIRE(PromiseStore(t.db()).add(mine, QStringLiteral("call back"), QStringLiteral("anna"),
                                     TempDatabase::ms("2026-11-27T10:00:00Z"), PromiseKind::Process).ok());
    auto other = CaseStore(t.db()).create(CaseStore(t.db()).get(mine)->customerId, Channel::Phone, CaseKind::Complaint,
                                          QStringLiteral("bram"));
    REQUIRE(other.ok());
    auto shown = rd::test::openWindow(t.db());
    UiDriver ui(shown.get());
    ui.key(Qt::Key_7, Qt::ControlModifier);
    auto *figures = ui.find<QLabel>("reflectionFigures");
    CHECK(figures->isVisible());
    CHECK(figures->text() == QStringLiteral("Your month, for your reflection (not a score): 1 case opened; promises: 1 kept on time, "
                                            "0 kept late, 0 broken, 1 still open."));
    auto *who = ui.find<QComboBox>("reflectionWho");
    const int bram = who->findData(QStringLiteral("bram"));
    REQUIRE(bram >= 0);
    who->setCurrentIndex(bram);
    emit who->activated(bram);
    CHECK_FALSE(figures->isVisible());
    CHECK_FALSE(figures->text().contains(QStringLiteral("0 kept on time"))); // bram's were never worked out
}

TEST_CASE("A customer is erased on request from the customer view, by keyboard", "[ui][customer][privacy]")
{
    TempDatabase t;
    const QString caseId = rd::test::newCase(t.db());
    REQUIRE(CaseStore(t.db()).setField(caseId, CaseField::Experience, QStringLiteral("The quokka statue arrived broken")).ok());
    const QString customerId = CaseStore(t.db()).get(caseId)->customerId;
    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;
    UiDriver ui(&window);
    window.customerView()->showCustomer(customerId);
    ui.find<QTabWidget>("mainTabs")->setCurrentWidget(window.customerView());

    QString asked;
    // The reason is filled in; Enter confirms.
    UiDriver::answerNextDialog(&asked, [](QWidget *dialog) { QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Return); });
    ui.key(Qt::Key_R, Qt::AltModifier); // Erase customer…
    CHECK(asked == QStringLiteral("eraseDialog"));
    CHECK(CustomerStore(t.db()).get(customerId)->name == rd::Privacy::erasedName());
    CHECK(CaseStore(t.db()).get(caseId)->experience.isEmpty());
    CHECK(ui.find<QLineEdit>("customerName")->text() == rd::Privacy::erasedName());
    CHECK(ui.find<QLabel>("customerMessage")->text().contains(QStringLiteral("erased")));
    CHECK(EventLog(t.db()).customerHistory(customerId)->last().kind == QStringLiteral("customer.erased"));

    // The export of what is left works from the same view.
    const QString path = t.dir() + QStringLiteral("/left.json");
    CHECK(window.customerView()->exportShown(path));
    CHECK(QFileInfo::exists(path));
}
