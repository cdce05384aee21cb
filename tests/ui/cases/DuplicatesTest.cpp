// Duplicate customers in the window (issue 20): the hint while a customer is typed in, the list of
// likely pairs, the merge picked field by field, and splitting back — all by keys.
#include "agreements/PromiseStore.h"
#include "base/PhoneNumber.h"
#include "cases/CaseStore.h"
#include "cases/CustomerMerges.h"
#include "cases/CustomerStore.h"
#include "cases/CustomerView.h"
#include "shell/MainWindow.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTreeWidget>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;
using rd::test::openWindow;

namespace {

QString focusName() { return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(); }

struct Ria
{
    QString id;
    QString caseId;
};

// Ria Jansen, known with one case and an open promise.
Ria knownRia(Database &db)
{
    PhoneNumber::setDefaultCountry(QStringLiteral("NL"));
    Ria r;
    r.id = rd::test::newCustomer(db, QStringLiteral("Ria Jansen"), QStringLiteral("06 1234 5678"));
    r.caseId = CaseStore(db).create(r.id, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"))->id;
    REQUIRE(PromiseStore(db).add(r.caseId, QStringLiteral("Send a new parcel"), QStringLiteral("anna"), db.clock().nowMs() + 86400000,
                                 PromiseKind::Process)
                .ok());
    return r;
}

qint64 customers(Database &db) { return rd::test::count(db, "SELECT count(*) FROM customer"); }

} // namespace

TEST_CASE("While a new customer is typed in, a hint names the one already here; Enter takes her", "[ui][duplicates]")
{
    TempDatabase t;
    const Ria ria = knownRia(t.db());
    auto window = openWindow(t.db());
    UiDriver ui(window.get());
    ui.key(Qt::Key_N, Qt::ControlModifier);
    // Typed the other way round, the search finds nobody: Enter opens the form with the name.
    ui.type(QStringLiteral("Jansen, Ria"));
    ui.key(Qt::Key_Return);
    REQUIRE(focusName() == QStringLiteral("newCustomerName"));
    auto *hint = ui.find<QLabel>("duplicateHint");
    REQUIRE(UiDriver::waitFor([hint] { return hint->isVisible(); }));
    CHECK(hint->text() == QStringLiteral("Maybe Ria Jansen (06 1234 5678, 1 open promise)? Enter takes this customer; "
                                         "Alt+A adds a new one anyway."));
    SECTION("Enter takes the customer already here: no second record")
    {
        ui.key(Qt::Key_Return);
        CHECK(focusName() == QStringLiteral("field_experience"));
        CHECK(customers(t.db()) == 1);
        CHECK(CaseStore(t.db()).listForCustomer(ria.id)->size() == 2);
    }
    SECTION("Alt+A adds the new one anyway")
    {
        ui.key(Qt::Key_A, Qt::AltModifier);
        CHECK(focusName() == QStringLiteral("field_experience"));
        CHECK(customers(t.db()) == 2);
    }
    SECTION("Typing on until nothing matches takes the hint away")
    {
        ui.find<QLineEdit>("newCustomerName")->selectAll();
        ui.type(QStringLiteral("Kees Bakker"));
        REQUIRE(UiDriver::waitFor([hint] { return !hint->isVisible(); }));
        ui.key(Qt::Key_Return);
        CHECK(customers(t.db()) == 2);
    }
}

TEST_CASE("Find duplicates lists the likely pairs; Enter merges them as picked; Ctrl+Z splits them back", "[ui][duplicates]")
{
    TempDatabase t;
    const Ria ria = knownRia(t.db());
    const QString again = rd::test::newCustomer(t.db(), QStringLiteral("R. Jansen"), QStringLiteral("+31 6 12345678"));
    const QString againCase = CaseStore(t.db()).create(again, Channel::Email, CaseKind::Question, QStringLiteral("anna"))->id;
    auto window = openWindow(t.db());
    UiDriver ui(window.get());

    QStringList listed;
    QString mergeSummary;
    bool merged = false;
    UiDriver::answerDialog(QStringLiteral("duplicatesDialog"), [&](QWidget *dialog) {
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("duplicatesList"));
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            listed << list->topLevelItem(i)->text(0) + QStringLiteral(" + ") + list->topLevelItem(i)->text(1) + QStringLiteral(": ") +
                          list->topLevelItem(i)->text(2);
        UiDriver::answerDialog(QStringLiteral("mergeDialog"), [&](QWidget *merge) {
            // Ria's record stays (it has more cases); the phone as the other record wrote it.
            mergeSummary = merge->findChild<QLabel *>(QStringLiteral("mergeSummary"))->text();
            auto *phone = merge->findChild<QComboBox *>(QStringLiteral("mergeField1"));
            QTest::keyClick(merge, Qt::Key_P, Qt::AltModifier);
            QTest::keyClick(phone, Qt::Key_Down);
            QTest::keyClick(merge, Qt::Key_Return);
        });
        QTest::keyClick(list, Qt::Key_Return);
        merged = list->topLevelItemCount() == 0;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    ui.key(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);

    CHECK(listed == QStringList{QStringLiteral("Ria Jansen · 06 1234 5678 + R. Jansen · +31 6 12345678: same phone number")});
    CHECK(mergeSummary.startsWith(QStringLiteral("What moves to Ria Jansen, with its history: 1 case of R. Jansen, 0 open promises.")));
    CHECK(merged);
    CHECK(CaseStore(t.db()).listForCustomer(ria.id)->size() == 2);
    CHECK(CustomerStore(t.db()).get(ria.id)->phone == QStringLiteral("+31 6 12345678"));
    CHECK(CustomerStore(t.db()).get(again)->mergedInto == ria.id);

    // Ctrl+Z on the window (not in a text field) takes the merge back: a new event, the case returns.
    window->activateWindow();
    ui.find<QTabWidget>("mainTabs")->setCurrentWidget(window->customerView());
    ui.find<QListWidget>("customerCases")->setFocus();
    QApplication::processEvents();
    ui.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(CaseStore(t.db()).listForCustomer(again)->size() == 1);
    CHECK(CustomerStore(t.db()).get(ria.id)->phone == QStringLiteral("06 1234 5678"));
    CHECK(CustomerStore(t.db()).get(again)->mergedInto.isEmpty());
    CHECK(CaseStore(t.db()).get(againCase)->customerId == again);
}

TEST_CASE("The customer view lists the records merged into it; Alt+B splits one back", "[ui][duplicates]")
{
    TempDatabase t;
    const Ria ria = knownRia(t.db());
    const QString again = rd::test::newCustomer(t.db(), QStringLiteral("R. Jansen"), QStringLiteral("0612345678"));
    REQUIRE(CaseStore(t.db()).create(again, Channel::Email, CaseKind::Question, QStringLiteral("anna")).ok());
    REQUIRE(CustomerMerges(t.db()).merge(again, CustomerStore(t.db()).get(ria.id).value()).ok());
    auto window = openWindow(t.db());
    UiDriver ui(window.get());
    // Opened by the merged record's id (an old link): the survivor is shown.
    window->customerView()->showCustomer(again);
    window->findChild<QTabWidget *>()->setCurrentWidget(window->customerView());
    CHECK(window->customerView()->customerId() == ria.id);
    auto *merges = ui.find<QListWidget>("customerMerges");
    REQUIRE(merges->isVisible());
    REQUIRE(merges->count() == 1);
    CHECK(merges->item(0)->text().startsWith(QStringLiteral("R. Jansen — merged ")));
    auto *history = ui.find<QListWidget>("customerHistory");
    CHECK(history->item(history->count() - 1)->text().endsWith(QStringLiteral("merged with R. Jansen")));
    ui.key(Qt::Key_B, Qt::AltModifier);
    CHECK(CaseStore(t.db()).listForCustomer(again)->size() == 1);
    CHECK_FALSE(merges->isVisible());
}
