#include "exchange/Bundle.h"
#include "call/CallScreen.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "widgets/Settings.h"
#include "shell/SettingsDialog.h"
#include "shell/Workstation.h"
#include "exchange/WorkstationKey.h"
#include "exchange/WorkstationTrust.h"
#include "shell/WorkstationsDialog.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>

#include <QLabel>
#include <QAbstractButton>
#include <QFile>
#include <QMessageBox>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace rd;
using rd::test::TempDatabase;

TEST_CASE("The main window names its database and lists the cases", "[ui][main]")
{
    TempDatabase t;
    rd::test::newCase(t.db());

    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;

    auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("test.sqlite")));
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    REQUIRE(table);
    // The list reads on a worker thread: give it a moment.
    CHECK(rd::test::UiDriver::waitFor([&] { return table->model()->index(0, 0).data().toString() == QStringLiteral("Ria Jansen"); }));
    CHECK(table->model()->rowCount() == 1);
}

TEST_CASE("F1 shows every key beside the work, even during a call; Ctrl+/ too", "[ui][help]")
{
    TempDatabase t;
    auto window = rd::test::openWindow(t.db());
    rd::test::UiDriver ui(window.get());
    ui.key(Qt::Key_N, Qt::ControlModifier);
    ui.type(QStringLiteral("Ria"));
    ui.key(Qt::Key_Return);
    ui.key(Qt::Key_Return);
    REQUIRE(window->callScreen()->hasCall());
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_F1);
    auto *help = window->findChild<QDialog *>(QStringLiteral("helpDialog"));
    REQUIRE(help);
    CHECK(help->isVisible());
    CHECK_FALSE(help->isModal()); // the call goes on beside it
    auto *keys = help->findChild<QTableWidget *>(QStringLiteral("helpKeys"));
    REQUIRE(keys);
    CHECK(keys->rowCount() > 20);
    CHECK(keys->findItems(QStringLiteral("Ctrl+Shift+Enter"), Qt::MatchExactly).size() == 1);
    help->close();
    window->activateWindow();
    QTest::keyClick(window.get(), Qt::Key_Slash, Qt::ControlModifier);
    CHECK(help->isVisible());
    // The call guide page, in words.
    window->findChild<QAction *>(QStringLiteral("actionHelpCallGuide"))->trigger();
    auto *guide = help->findChild<QTextBrowser *>(QStringLiteral("helpCallGuide"));
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->toPlainText().contains(QStringLiteral("Make agreements")));
    CHECK(window->callScreen()->hasCall());
}

TEST_CASE("Settings change who works here, the language and the due-time picks at once", "[ui][settings]")
{
    TempDatabase t;
    const QString path = t.path();
    t.close();
    auto opened = rd::test::openWorkstation(path);
    rd::Workstation &station = *opened;
    rd::MainWindow *window = station.window();

    QString seen;
    rd::test::UiDriver::answerNextDialog(&seen, [](QWidget *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("settingsName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Bram de Vries"));
        auto *morning = dialog->findChild<QSpinBox *>(QStringLiteral("settingsMorning"));
        morning->setValue(9);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
        language->setCurrentIndex(language->findData(QStringLiteral("nl")));
        QTest::keyClick(name, Qt::Key_Return); // OK
    });
    REQUIRE(QTest::qWaitForWindowExposed(window));
    window->activateWindow();
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    CHECK(seen == QStringLiteral("settingsDialog"));
    REQUIRE(rd::test::UiDriver::waitFor([&] { return station.window() != window; }));
    window = station.window();
    CHECK(rd::Settings::employeeName() == QStringLiteral("Bram de Vries"));
    CHECK(rd::Settings::dueTimeHours().morning == 9);
    CHECK(window->menuBar()->actions().first()->text() == QStringLiteral("&Bestand"));
    // The queue is now the new name's own.
    CHECK(window->findChild<QComboBox *>(QStringLiteral("ownerFilter"))->currentText().contains(QStringLiteral("Bram de Vries")));
    rd::Language::install(*QCoreApplication::instance(), QStringLiteral("en"));
    rd::Language::save(QStringLiteral("en"));
    QSettings().clear();
}

TEST_CASE("A review archive that cannot be opened says why", "[ui][review]")
{
    TempDatabase t;
    const QString path = t.path();
    const QString notADatabase = t.dir() + QStringLiteral("/letter.sqlite");
    {
        QFile f(notADatabase);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    t.close();
    auto opened = rd::test::openWorkstation(path);
    rd::Workstation &station = *opened;
    rd::MainWindow *window = station.window();
    QString seen, shown;
    rd::test::UiDriver::answerNextDialog(&seen, [&shown](QWidget *dialog) {
        shown = static_cast<QMessageBox *>(dialog)->text();
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    emit window->reviewArchiveRequested(notADatabase); // as File > Open review archive… does after its file dialog
    REQUIRE(rd::test::UiDriver::waitFor([&] { return !seen.isEmpty(); }));
    CHECK(seen == QStringLiteral("refusedDialog"));
    CHECK(shown.contains(QStringLiteral("letter.sqlite")));
    CHECK(station.window() == window); // still the database it was
}

TEST_CASE("The first start asks only for the name, and keeps it", "[ui][settings]")
{
    QSettings().clear();
    CHECK_FALSE(rd::Settings::hasEmployeeName());
    QString seen;
    rd::test::UiDriver::answerNextDialog(&seen, [](QWidget *dialog) {
        QWidget *field = dialog->focusWidget();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, QStringLiteral("Femke Bos"));
        QTest::keyClick(field, Qt::Key_Return);
    });
    CHECK(rd::SettingsDialog::askNameOnFirstStart());
    CHECK(seen == QStringLiteral("firstStartName"));
    CHECK(rd::Settings::hasEmployeeName());
    CHECK(rd::Settings::employeeName() == QStringLiteral("Femke Bos"));
    QSettings().clear();
}

TEST_CASE("Settings show this workstation's name and the fingerprint of its signing key", "[ui][settings][signature]")
{
    auto key = rd::WorkstationKey::loadOrCreate(rd::WorkstationKey::defaultFolder());
    REQUIRE(key.ok());
    rd::SettingsDialog dialog;
    auto *fingerprint = dialog.findChild<QLabel *>(QStringLiteral("settingsFingerprint"));
    REQUIRE(fingerprint);
    CHECK(fingerprint->text() == key->fingerprint());
    CHECK(fingerprint->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    auto *host = dialog.findChild<QLabel *>(QStringLiteral("settingsWorkstation"));
    REQUIRE(host);
    CHECK(host->text() == QSysInfo::machineHostName());
}

TEST_CASE("A new workstation's bundle asks to be trusted; the list revokes a key by keys", "[ui][signature]")
{
    TempDatabase source;
    REQUIRE(rd::test::newCase(source.db()).size() > 0);
    QTemporaryDir keys;
    auto pc = rd::WorkstationKey::loadOrCreate(keys.path());
    REQUIRE(pc.ok());
    rd::BundleSelection selection;
    selection.key = &pc.value();
    const QString bundle = source.dir() + QStringLiteral("/pc.rdbundle");
    REQUIRE(rd::Bundle::write(source.db(), bundle, selection).ok());
    TempDatabase archive;
    QWidget parent;

    // Enter takes the default, "Skip this bundle": nothing is trusted.
    QString seen, shown;
    rd::test::UiDriver::answerNextDialog(&seen, [&shown](QWidget *dialog) {
        shown = static_cast<QMessageBox *>(dialog)->text();
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    CHECK_FALSE(rd::WorkstationsDialog::askToTrust(&parent, archive.db(), bundle));
    CHECK(seen == QStringLiteral("confirmTrust"));
    CHECK(shown.contains(pc->fingerprint()));
    CHECK(shown.contains(QSysInfo::machineHostName()));
    // Tab to "Trust and import" and press it with the space bar.
    const auto pressButton = [](QWidget *dialog, const QString &text) {
        for (QAbstractButton *button : static_cast<QMessageBox *>(dialog)->buttons())
            if (button->text().remove(QLatin1Char('&')) == text) {
                button->setFocus();
                QTest::keyClick(button, Qt::Key_Space);
            }
    };
    rd::test::UiDriver::answerNextDialog(&seen, [&](QWidget *dialog) { pressButton(dialog, QStringLiteral("Trust and import")); });
    CHECK(rd::WorkstationsDialog::askToTrust(&parent, archive.db(), bundle));

    REQUIRE(rd::WorkstationTrust(archive.db()).trust(QSysInfo::machineHostName(), pc->publicKey()).ok());
    REQUIRE(rd::Bundle::merge(archive.db(), bundle).ok());
    rd::WorkstationsDialog dialog(archive.db(), false);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("workstationList"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == 2); // this test process's own key, and the PC's
    // Find the PC's row with the arrow keys, then Delete and confirm with Alt+R.
    list->setFocus();
    while (list->currentItem()->text(1) != pc->fingerprint()) {
        const QTreeWidgetItem *before = list->currentItem();
        QTest::keyClick(list, Qt::Key_Down);
        REQUIRE(list->currentItem() != before);
    }
    CHECK(list->currentItem()->text(5) == QStringLiteral("1")); // the bundle it sent
    rd::test::UiDriver::answerNextDialog(&seen, [&](QWidget *confirm) { pressButton(confirm, QStringLiteral("Revoke")); });
    QTest::keyClick(list, Qt::Key_Delete);
    REQUIRE(rd::test::UiDriver::waitFor([&] { return seen == QStringLiteral("confirmRevoke"); }));
    auto standing = rd::WorkstationTrust(archive.db()).standingOf(QSysInfo::machineHostName(), pc->publicKey());
    REQUIRE(standing.ok());
    CHECK(standing.value() == rd::WorkstationTrust::Standing::Revoked);
    bool shownRevoked = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(1) == pc->fingerprint())
            shownRevoked = list->topLevelItem(i)->text(4).contains(QStringLiteral("revoked"));
    CHECK(shownRevoked);
}

TEST_CASE("The room for backups is chosen in Settings by keys and kept", "[ui][settings][backup]")
{
    QSettings().clear();
    rd::Settings::setEmployeeName(QStringLiteral("Femke Bos"));
    CHECK(rd::Settings::backupSpace() == 5); // the default: five times the database
    rd::SettingsDialog dialog;
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *space = dialog.findChild<QSpinBox *>(QStringLiteral("settingsBackupSpace"));
    REQUIRE(space);
    CHECK(space->value() == 5);
    QTest::keyClick(&dialog, Qt::Key_U, Qt::AltModifier);
    REQUIRE(space->hasFocus());
    QTest::keyClick(space, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(space, QStringLiteral("3"));
    QTest::keyClick(space, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(rd::Settings::backupSpace() == 3);
    // A hand-edited settings file is held to the dialog's range.
    QSettings().setValue(QStringLiteral("storage/backupSpace"), QStringLiteral("lots"));
    CHECK(rd::Settings::backupSpace() == 5);
    QSettings().setValue(QStringLiteral("storage/backupSpace"), 1000);
    CHECK(rd::Settings::backupSpace() == 100);
    QSettings().clear();
}
