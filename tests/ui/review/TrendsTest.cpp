#include "cases/CaseListModel.h"
#include "cases/CaseListView.h"
#include "lists/CasePager.h"
#include "review/ComparisonView.h"
#include "review/DemoData.h"
#include "review/PeriodComparison.h"
#include "review/ReviewDashboard.h"
#include "review/TrendView.h"
#include "shell/MainWindow.h"
#include "TempDatabase.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;

namespace {

// The dashboard of the whole history, counted and shown.
void openDashboard(MainWindow &window, UiDriver &ui)
{
    ui.key(Qt::Key_6, Qt::ControlModifier);
    auto *period = ui.find<QComboBox>("dashboardPeriod");
    period->setCurrentIndex(period->findData(QStringLiteral("all")));
    emit period->activated(period->currentIndex());
    REQUIRE(UiDriver::waitFor([&] { return !window.dashboard()->isCounting() && window.dashboard()->report().cases > 0; }, 20000));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

qint64 listed(MainWindow &window)
{
    REQUIRE(UiDriver::waitFor([&] { return window.caseList()->model()->isReady(); }));
    return window.caseList()->model()->total();
}

} // namespace

TEST_CASE("A team lead follows a figure month by month and opens the cases behind a month", "[ui][review][trend]")
{
    TempDatabase t;
    REQUIRE(DemoData(t.db(), 12, DemoData::Language::English).generate(600).ok());
    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;
    UiDriver ui(&window);
    openDashboard(window, ui);

    ui.key(Qt::Key_T, Qt::AltModifier); // the Trends page
    auto *pages = ui.find<QTabWidget>("dashboardPages");
    REQUIRE(pages->currentWidget() == window.dashboard()->trends());
    const TrendSeries &series = window.dashboard()->trends()->series();
    REQUIRE(series.months.size() == 12);
    auto *table = ui.find<QTableWidget>("trendTable");
    table->setFocus();
    CHECK(table->columnCount() == 12);
    CHECK(table->currentColumn() == 11); // this month first
    // Down to "Promises kept on time", one month back, Enter: the cases with a promise kept on time that month.
    ui.key(Qt::Key_Down);
    ui.key(Qt::Key_Down);
    ui.key(Qt::Key_Left);
    REQUIRE(table->currentRow() == 2);
    const ReviewReport &month = series.months.at(10);
    CHECK(table->item(2, 10)->text() == PeriodComparison::text(month, TrendFigure::KeptOnTime, {}, false));
    CHECK(table->item(2, 10)->text().endsWith(QLatin1Char('%')));
    ui.key(Qt::Key_Return);
    REQUIRE(ui.find<QTabWidget>("mainTabs")->currentWidget() == window.caseList());
    const qint64 expected =
        *CasePager(t.db()).count(PeriodComparison::casesBehind(TrendFigure::KeptOnTime, {}, month.period, QString()));
    CHECK(expected > 0);
    CHECK(expected <= month.promises.keptOnTime);
    CHECK(listed(window) == expected);

    // Changing a filter the list shows leaves the figure's own filters behind (the list cannot show them).
    auto *status = ui.find<QComboBox>("filterStatus");
    status->setCurrentIndex(0); // any status
    emit status->activated(0);
    CHECK(listed(window) == 600);

    // A click on a point of a line is the same as Enter on its cell: broken promises, three months back.
    ui.key(Qt::Key_6, Qt::ControlModifier);
    REQUIRE(pages->currentWidget() == window.dashboard()->trends());
    auto *promises = ui.find<QChartView>("trendPromises");
    QList<QLineSeries *> lines;
    for (QAbstractSeries *s : promises->chart()->series())
        if (auto *line = qobject_cast<QLineSeries *>(s); line && s->type() == QAbstractSeries::SeriesTypeLine)
            lines << line;
    REQUIRE(lines.size() == 3); // on time, late, broken
    emit lines.at(2)->clicked(QPointF(8, 5));
    REQUIRE(ui.find<QTabWidget>("mainTabs")->currentWidget() == window.caseList());
    CHECK(listed(window) ==
          *CasePager(t.db()).count(PeriodComparison::casesBehind(TrendFigure::Broken, {}, series.months.at(8).period, QString())));
}

TEST_CASE("A period under way is compared with the same days of the earlier one", "[ui][review][trend]")
{
    const QDate today(2026, 11, 15);
    const auto [month, lastYear] = ComparisonView::periods(ComparisonView::Choice::MonthAgainstLastYear, today);
    CHECK(*month.from == QDate(2026, 11, 1).startOfDay().toMSecsSinceEpoch());
    CHECK(*month.until == QDate(2026, 11, 16).startOfDay().toMSecsSinceEpoch());
    CHECK(*lastYear.from == QDate(2025, 11, 1).startOfDay().toMSecsSinceEpoch());
    CHECK(*lastYear.until == QDate(2025, 11, 16).startOfDay().toMSecsSinceEpoch());
    CHECK(month.label == QStringLiteral("November 2026 up to 15 November"));
    // Finished periods are compared whole.
    const auto [last, before] = ComparisonView::periods(ComparisonView::Choice::LastQuarterAgainstBefore, today);
    CHECK(last.label == QStringLiteral("Q3 2026"));
    CHECK(*last.until == QDate(2026, 10, 1).startOfDay().toMSecsSinceEpoch());
    CHECK(*before.from == QDate(2026, 4, 1).startOfDay().toMSecsSinceEpoch());
    // A quarter under way against the same date a quarter back; a year against the same date a year back.
    const auto [quarter, previous] = ComparisonView::periods(ComparisonView::Choice::QuarterAgainstLast, QDate(2026, 5, 31));
    CHECK(quarter.label == QStringLiteral("Q2 2026 up to 31 May"));
    CHECK(*previous.until == QDate(2026, 3, 1).startOfDay().toMSecsSinceEpoch()); // up to 28 February
    const auto [year, lastYearSoFar] = ComparisonView::periods(ComparisonView::Choice::YearAgainstLast, QDate(2028, 3, 1));
    CHECK(*year.until == QDate(2028, 3, 2).startOfDay().toMSecsSinceEpoch());
    CHECK(*lastYearSoFar.until == QDate(2027, 3, 2).startOfDay().toMSecsSinceEpoch());
    // On a quarter's last day it is compared whole with the whole quarter before.
    const auto [full, fullBefore] = ComparisonView::periods(ComparisonView::Choice::QuarterAgainstLast, QDate(2026, 3, 31));
    CHECK(*fullBefore.until == QDate(2026, 1, 1).startOfDay().toMSecsSinceEpoch());
    CHECK(*full.until == QDate(2026, 4, 1).startOfDay().toMSecsSinceEpoch());
    // 29 February against a year without one: up to the end of February.
    const auto [leap, plain] = ComparisonView::periods(ComparisonView::Choice::MonthAgainstLastYear, QDate(2028, 2, 29));
    CHECK(*plain.until == QDate(2027, 3, 1).startOfDay().toMSecsSinceEpoch());
    CHECK(*leap.until == QDate(2028, 3, 1).startOfDay().toMSecsSinceEpoch());
}

TEST_CASE("Two periods side by side, the change in words, and the cases behind either column", "[ui][review][trend]")
{
    TempDatabase t;
    REQUIRE(DemoData(t.db(), 5, DemoData::Language::English).generate(800).ok());
    auto shown = rd::test::openWindow(t.db());
    MainWindow &window = *shown;
    UiDriver ui(&window);
    openDashboard(window, ui);

    ui.key(Qt::Key_M, Qt::AltModifier); // Compare
    auto *pages = ui.find<QTabWidget>("dashboardPages");
    REQUIRE(pages->currentWidget() == window.dashboard()->comparison());
    auto *choice = ui.find<QComboBox>("comparisonChoice");
    CHECK(choice->hasFocus());
    ui.key(Qt::Key_Down); // last month against the month before
    REQUIRE(window.dashboard()->comparison()->choice() == ComparisonView::Choice::LastMonthAgainstBefore);
    REQUIRE(UiDriver::waitFor([&] { return !window.dashboard()->isCounting(); }, 20000));
    const QDate today = t.db().clock().nowUtc().toLocalTime().date();
    const auto [later, earlier] = ComparisonView::periods(ComparisonView::Choice::LastMonthAgainstBefore, today);
    auto *table = ui.find<QTableWidget>("comparisonTable");
    REQUIRE(table->rowCount() == int(PeriodComparison::figures().size()));
    CHECK(table->horizontalHeaderItem(1)->text() == later.label);
    CHECK(table->horizontalHeaderItem(2)->text() == earlier.label);
    // The words agree with the counts shown beside them.
    const int laterCases = table->item(0, 1)->text().remove(QLatin1Char(',')).toInt();
    const int earlierCases = table->item(0, 2)->text().remove(QLatin1Char(',')).toInt();
    const int d = laterCases - earlierCases;
    CHECK(table->item(0, 3)->text() == (d == 0  ? QStringLiteral("As many cases")
                                        : d > 0 ? QStringLiteral("%1 more case%2").arg(d).arg(QLatin1String(d == 1 ? "" : "s"))
                                                : QStringLiteral("%1 fewer case%2").arg(-d).arg(QLatin1String(d == -1 ? "" : "s"))));
    CHECK(ui.find<QLabel>("comparisonSummary")->text().startsWith(QStringLiteral("%1 against %2: ").arg(later.label, earlier.label)));

    // Alt+B to the table; Enter in the earlier period's column lists that period's cases.
    ui.key(Qt::Key_B, Qt::AltModifier);
    REQUIRE(table->hasFocus());
    table->setCurrentCell(0, 2);
    ui.key(Qt::Key_Return);
    REQUIRE(ui.find<QTabWidget>("mainTabs")->currentWidget() == window.caseList());
    CHECK(listed(window) == earlierCases);
}
