// A team database that goes away under a running window (PostgreSQL pass only): the banner says
// so, the typed text stays, and it is saved once the server is back.
#include "CallScreen.h"
#include "CaseStore.h"
#include "ConnectionBanner.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;
using rd::test::openWindow;

namespace {

// Cuts one database of the test server off, as a network failure would for its clients: every
// connection to it is ended and no new one is let in, until restore().
class ServerOutage
{
public:
    explicit ServerOutage(const QString &address) : m_database(QUrl(address).path().mid(1))
    {
        const QUrl admin(qEnvironmentVariable("RD_TEST_POSTGRESQL"));
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kConnection);
        c.setHostName(admin.host());
        c.setPort(admin.port(5432));
        c.setUserName(admin.userName());
        c.setDatabaseName(admin.path().mid(1));
        INFO(c.lastError().text().toStdString());
        REQUIRE(c.open());
    }
    ~ServerOutage()
    {
        restore();
        QSqlDatabase::database(kConnection).close();
        QSqlDatabase::removeDatabase(kConnection);
    }
    void begin()
    {
        run(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false").arg(m_database));
        run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(m_database));
    }
    void restore() { run(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(m_database)); }

private:
    inline static const QString kConnection = QStringLiteral("rd-test-outage");
    void run(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(kConnection));
        INFO(q.lastError().text().toStdString());
        CHECK(q.exec(sql));
    }
    QString m_database;
};

} // namespace

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
