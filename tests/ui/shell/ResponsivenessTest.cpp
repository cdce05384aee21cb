// The window never freezes (issue 18): long work runs on a worker while the window's event loop
// keeps turning. A timer on the window's thread measures the longest gap between its ticks
// during each piece of work, from the key press to the refreshed view.
#include "cases/CaseListView.h"
#include "cases/CustomerView.h"
#include "exchange/Bundle.h"
#include "review/DemoData.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "TempDatabase.h"
#include "widgets/BackgroundTask.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace rd;
using rd::test::TempDatabase;

namespace {

constexpr qint64 kLongestStallMs = 100;

/// The longest time the window's thread went without turning its event loop.
class StallMeter
{
public:
    StallMeter()
    {
        m_ticks.setInterval(5);
        QObject::connect(&m_ticks, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
        m_ticks.start();
    }
    /// Ends the measurement: the stall still going on counts too.
    qint64 longestMs()
    {
        tick();
        m_ticks.stop();
        return m_longest;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_longest = qMax(m_longest, now - m_last);
        m_last = now;
    }

    QTimer m_ticks;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace

TEST_CASE("The window keeps answering during example data, import, exports and an erase", "[ui][freeze]")
{
    TempDatabase t;
    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;

    SECTION("Filling with example cases")
    {
        StallMeter meter;
        window.findChild<QAction *>(QStringLiteral("actionDemoData"))->trigger();
        const qint64 stall = meter.longestMs();
        CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM case_record"))->toInt() == MainWindow::kDemoCases);
        INFO("longest stall " << stall << " ms");
        CHECK(stall < kLongestStallMs);
    }

    SECTION("Long work shows its dialog, and Stop ends it at its next safe point")
    {
        // As the employee would: once the dialog shows, press its Stop button.
        bool dialogShown = false;
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("backgroundTaskDialog"));
            if (!dialog || !dialog->isVisible())
                return;
            dialogShown = true;
            poll.stop();
            if (auto *stop = dialog->findChild<QPushButton *>())
                stop->click();
        });
        poll.start();
        QElapsedTimer clock;
        clock.start();
        BackgroundTask task(t.db(), &window, QStringLiteral("Work"), QStringLiteral("Working…"));
        StallMeter meter;
        const Status done = task.run([](Database &db, TaskProgress &progress) -> Status {
            QElapsedTimer limit;
            limit.start();
            for (qint64 step = 0; !progress.stopRequested(); ++step) {
                if (limit.elapsed() > 20000)
                    return Error{Error::Code::Storage, QStringLiteral("never asked to stop")};
                progress.report(step % 100, 100);
                if (auto r = db.scalar(QStringLiteral("SELECT 1")); !r)
                    return r.error();
                QThread::msleep(5);
            }
            return {};
        });
        const qint64 stall = meter.longestMs();
        CHECK(done.ok());
        CHECK(dialogShown);
        CHECK(task.stopRequested());
        CHECK(clock.elapsed() >= BackgroundTask::kDialogDelayMs);
        CHECK_FALSE(BackgroundTask::running());
        INFO("longest stall " << stall << " ms");
        CHECK(stall < kLongestStallMs);
    }

    SECTION("Importing bundles, exporting a bundle and the case list, erasing a customer")
    {
        TempDatabase pc;
        REQUIRE(DemoData(pc.db(), 5, DemoData::Language::English).generate(3000).ok());
        const QString bundle = t.dir() + QStringLiteral("/pc.rdbundle");
        REQUIRE(Bundle::write(pc.db(), bundle, {}).ok());

        // Stop pressed while the bundle is being checked or merged: none of it arrives. The
        // dialog names the bundle and what is being done with it.
        QStringList labels;
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("backgroundTaskDialog"));
            if (!dialog || !dialog->isVisible())
                return;
            labels << dialog->labelText();
            if (dialog->labelText().contains(QStringLiteral("Saving")))
                return; // too late to stop: the bundle is as good as in
            poll.stop();
            QTest::keyClick(dialog, Qt::Key_Escape); // Esc on the dialog is its Stop button
        });
        const auto trusted = [&] { return t.db().scalar(QStringLiteral("SELECT count(*) FROM trusted_workstation"))->toInt(); };
        const int trustedBefore = trusted();
        poll.start();
        const QString stoppedReport = window.importBundleFiles({bundle});
        poll.stop();
        INFO(stoppedReport.toStdString());
        INFO(labels.join(QStringLiteral(" | ")).toStdString());
        REQUIRE_FALSE(labels.isEmpty());
        CHECK(labels.first().startsWith(QStringLiteral("pc.rdbundle: ")));
        CHECK(stoppedReport.startsWith(QStringLiteral("0 bundles imported.")));
        CHECK(stoppedReport.contains(QStringLiteral("Stopped: 1 bundle not imported.")));
        CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM case_record"))->toInt() == 0);
        CHECK(trusted() == trustedBefore);

        StallMeter importing;
        const QString report = window.importBundleFiles({bundle});
        const qint64 importStall = importing.longestMs();
        INFO(report.toStdString());
        CHECK(report.startsWith(QStringLiteral("1 bundle imported.")));
        CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM case_record"))->toInt() == 3000);
        INFO("import: longest stall " << importStall << " ms");
        CHECK(importStall < kLongestStallMs);

        StallMeter exporting;
        const QString out = t.dir() + QStringLiteral("/out.rdbundle");
        CHECK(window.exportTo(out, {}));
        const qint64 exportStall = exporting.longestMs();
        CHECK(QFile::exists(out));
        INFO("bundle export: longest stall " << exportStall << " ms");
        CHECK(exportStall < kLongestStallMs);

        auto *list = window.findChild<CaseListView *>();
        REQUIRE(list);
        StallMeter listing;
        const QString csv = t.dir() + QStringLiteral("/cases.csv");
        CHECK(list->exportList(csv).isEmpty());
        const qint64 listStall = listing.longestMs();
        CHECK(QFile(csv).size() > 3000 * 20);
        INFO("case list export: longest stall " << listStall << " ms");
        CHECK(listStall < kLongestStallMs);

        auto *customer = window.findChild<CustomerView *>();
        REQUIRE(customer);
        const QString id = t.db().scalar(QStringLiteral("SELECT id FROM customer ORDER BY id LIMIT 1"))->toString();
        customer->showCustomer(id);
        StallMeter erasing;
        CHECK(customer->eraseShown(QStringLiteral("Request of the customer")));
        const qint64 eraseStall = erasing.longestMs();
        CHECK(t.db().scalar(QStringLiteral("SELECT count(*) FROM case_event WHERE kind = 'customer.erased' AND customer_id = ?"), {id})
                  ->toInt() == 1);
        INFO("erase: longest stall " << eraseStall << " ms");
        CHECK(eraseStall < kLongestStallMs);
    }
}
