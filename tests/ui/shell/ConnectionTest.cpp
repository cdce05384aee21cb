// A team database that goes away under a running window (PostgreSQL pass only): the banner says
// so, the typed text stays, and it is saved once the server is back.
#include "call/CallScreen.h"
#include "cases/CaseStore.h"
#include "widgets/ConnectionBanner.h"
#include "shell/MainWindow.h"
#include "ServerOutage.h"
#include "TempDatabase.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QPlainTextEdit>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;
using rd::test::openWindow;
using rd::test::ServerOutage;

TEST_CASE("The team database going away mid-call: a banner, the text kept, saved when it is back",
          "[.server][ui][fault]")
{
    REQUIRE(TempDatabase::onServer());
    TempDatabase t;
    auto window = openWindow(t.db());
    ConnectionBanner *banner = window->connectionBanner();
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());
    UiDriver ui(window.get());
    ui.key(Qt::Key_N, Qt::ControlModifier);
    ui.type(QStringLiteral("Ria Jansen"));
    ui.key(Qt::Key_Return);
    ui.key(Qt::Key_Return);
    REQUIRE(window->callScreen()->hasCall());
    const QString caseId = window->callScreen()->caseId();
    ui.type(QStringLiteral("The parcel never came"));
    REQUIRE(window->callScreen()->flush());

    ServerOutage outage(t.path());
    outage.begin();
    ui.type(QStringLiteral(", and nobody called back"));
    const QString typed = QStringLiteral("The parcel never came, and nobody called back");
    // The save fails, the banner says why, and what was typed stays where it was typed.
    CHECK(UiDriver::waitFor([banner] { return banner->isVisible() && banner->isLost(); }, 8000));
    CHECK(banner->text().contains(QStringLiteral("cannot be reached")));
    auto *field = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    REQUIRE(field);
    CHECK(field->toPlainText() == typed);

    outage.restore();
    CHECK(UiDriver::waitFor([banner] { return !banner->isLost(); }, ConnectionBanner::kRetryMs * 4));
    CHECK(banner->text().contains(QStringLiteral("again")));
    // Saved, as another PC reads it.
    CHECK(UiDriver::waitFor(
        [&] {
            auto other = Database::open(t.path());
            return other && CaseStore(*other.value()).get(caseId)->experience == typed;
        },
        8000));
}
