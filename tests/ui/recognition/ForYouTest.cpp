// "For you" on the employee's start view, and the team lead writing recognition, driven by keys.
#include "cases/CaseStore.h"
#include "cases/CaseView.h"
#include "queue/WorkQueueView.h"
#include "recognition/ForYouView.h"
#include "recognition/RecognitionStore.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;

namespace {

QString tabText(MainWindow &window, QWidget *page)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    return tabs->tabText(tabs->indexOf(page));
}

/// Shoots @p widget into RD_SCREENSHOT_DIR when it is set (the documentation's pictures).
void shootIfAsked(QWidget &widget, const QString &name)
{
    if (!qEnvironmentVariableIsSet("RD_SCREENSHOT_DIR"))
        return;
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    QDir().mkpath(dir);
    QTest::qWait(50); // the layout settles (a hint shown a moment ago)
    REQUIRE(widget.grab().save(QDir(dir).filePath(name)));
}

} // namespace

TEST_CASE("For you shows compliments and recognition for the employee with a count; Enter opens the case and marks it read",
          "[ui][recognition]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        CAPTURE(language.toStdString());
        const bool nl = language == QLatin1String("nl");
        Language::install(*QCoreApplication::instance(), language);
        TempDatabase t;
        const QString compliment = test::newCompliment(t.db(), QStringLiteral("Anna"),
                                                 nl ? QStringLiteral("Anna belde terug op het afgesproken uur.")
                                                    : QStringLiteral("Anna called back at the hour she promised."));
        test::newCompliment(t.db(), QStringLiteral("Bram"), QStringLiteral("Bram was kind."));
        t.clock().advanceSecs(600);
        t.db().setActor(QStringLiteral("Lotte"));
        const QString worked = test::newCase(t.db());
        REQUIRE(RecognitionStore(t.db())
                    .recognise(QStringLiteral("anna"), worked,
                               nl ? QStringLiteral("Je sprak een tijd af om terug te bellen en belde toen, ook zonder nieuws.")
                                  : QStringLiteral("You agreed a time to call back and called at that time, even without news."))
                    .ok());

        AppContext context{&t.db(), QStringLiteral("anna")};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // The count is on the tab, beside the work queue, which stays the start view.
        CHECK(tabText(window, window.forYou()) == (nl ? QStringLiteral("Voor jou (2 nieuw)") : QStringLiteral("For you (2 new)")));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        CHECK(tabs->currentWidget() == window.workQueue());
        CHECK(tabs->indexOf(window.forYou()) == tabs->indexOf(window.workQueue()) + 1);

        UiDriver ui(&window);
        ui.key(Qt::Key_8, Qt::ControlModifier);
        REQUIRE(tabs->currentWidget() == window.forYou());
        auto *list = window.forYou()->findChild<QListWidget *>(QStringLiteral("forYouList"));
        REQUIRE(list->count() == 2); // Bram's compliment is not Anna's
        CHECK(list->item(0)->text().contains(QStringLiteral("Lotte")));
        CHECK(list->item(0)->font().bold());
        CHECK(list->item(1)->text().contains(nl ? QStringLiteral("belde terug") : QStringLiteral("called back")));
        shootIfAsked(window, QStringLiteral("for-you-%1.png").arg(language));

        // The second, the customer's compliment: Enter opens its case and it is read.
        ui.key(Qt::Key_Down);
        ui.key(Qt::Key_Return);
        CHECK(tabs->currentWidget() == window.caseView());
        CHECK(window.caseView()->caseId() == compliment);
        CHECK(tabText(window, window.forYou()) == (nl ? QStringLiteral("Voor jou (1 nieuw)") : QStringLiteral("For you (1 new)")));
        CHECK(RecognitionStore(t.db()).unreadCount(QStringLiteral("anna")).value() == 1);
        CHECK_FALSE(list->item(1)->font().bold());
    }
    Language::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

TEST_CASE("The team lead writes what exactly went well from the case, with blame phrases marked, by keys",
          "[ui][recognition]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        CAPTURE(language.toStdString());
        const bool nl = language == QLatin1String("nl");
        Language::install(*QCoreApplication::instance(), language);
        TempDatabase t;
        const QString compliment = test::newCompliment(t.db(), QStringLiteral("Bram de Vries"), QStringLiteral("So patient with me."));
        t.db().setActor(QStringLiteral("Lotte")); // as the program does for whoever works at it
        AppContext context{&t.db(), QStringLiteral("Lotte")};
        MainWindow window(context);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openCase(compliment);
        UiDriver ui(&window);
        QString seen;
        bool refusedFirst = false, hinted = false;
        UiDriver::answerNextDialog(&seen, [&](QWidget *dialog) {
            auto *to = dialog->findChild<QLineEdit *>(QStringLiteral("recognitionFor"));
            CHECK(to->text() == QStringLiteral("Bram de Vries")); // the colleague the compliment names
            // Sent empty: refused, and the dialog stays open with a reason. (Keys reach the
            // dialog's shortcuts once its window is the active one.)
            dialog->activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(dialog));
            auto *words = dialog->findChild<QPlainTextEdit *>(QStringLiteral("recognitionWords"));
            QTest::keyClick(words, Qt::Key_Return, Qt::ControlModifier);
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("recognitionError"));
            refusedFirst = UiDriver::waitFor([&] { return error->isVisible(); }, 2000) && dialog->isVisible();
            QTest::keyClicks(words, nl ? QStringLiteral("Je nam de tijd. Het was niet jouw schuld dat het pakket laat was.")
                                       : QStringLiteral("You took the time. It was not our fault the parcel was late."));
            QApplication::processEvents();
            hinted = dialog->findChild<QLabel *>(QStringLiteral("recognitionHints"))->isVisible();
            shootIfAsked(*dialog, QStringLiteral("recognition-%1.png").arg(language));
            // Sent with Ctrl+Enter even from the Cancel button, which a plain Enter would press.
            auto *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
            cancel->setFocus();
            QTest::keyClick(cancel, Qt::Key_Return, Qt::ControlModifier);
        });
        ui.key(nl ? Qt::Key_E : Qt::Key_G, Qt::AltModifier); // Reco&gnise… / &Erkennen…
        UiDriver::waitFor([&] { return !seen.isEmpty() && !QApplication::activeModalWidget(); });
        CHECK(seen == QStringLiteral("recognitionDialog"));
        CHECK(refusedFirst);
        CHECK(hinted);
        auto items = RecognitionStore(t.db()).forEmployee(QStringLiteral("Bram de Vries"));
        REQUIRE(items.ok());
        REQUIRE(items->size() == 2);
        CHECK(items->at(0).kind == ForYouItem::Kind::Recognition);
        CHECK(items->at(0).from == QStringLiteral("Lotte"));
        CHECK(items->at(0).caseId == compliment);
    }
    Language::install(*QCoreApplication::instance(), QStringLiteral("en"));
}
