#include "cases/CaseListModel.h"
#include "cases/CaseListView.h"
#include "cases/CaseStore.h"
#include "cases/CustomerStore.h"
#include "cases/CaseView.h"
#include "review/DemoData.h"
#include "cases/HighlightDelegate.h"
#include "shell/MainWindow.h"
#include "cases/SearchResultsModel.h"
#include "TempDatabase.h"
#include "TestData.h"
#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTabWidget>
#include <QTableView>

using namespace rd;
using rd::test::TempDatabase;
using rd::test::UiDriver;

namespace {

// Reads every row of the model the way a view scrolling through it would, waiting for pages.
QStringList readAll(CaseListModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        QString id;
        REQUIRE(UiDriver::waitFor([&] {
            id = model.caseIdAt(row);
            return !id.isEmpty();
        }));
        ids << id;
    }
    return ids;
}

struct ListFixture
{
    TempDatabase t;
    ListFixture() { REQUIRE(DemoData(t.db(), 11, DemoData::Language::English).generate(2300).ok()); }
};

} // namespace

TEST_CASE("The paged case list model shows every case once - deep rows included", "[ui][list][model]")
{
    ListFixture f;
    CaseListModel model(f.t.db());
    model.setQuery(CaseListQuery{});
    REQUIRE(UiDriver::waitFor([&] { return model.isReady(); }));
    REQUIRE(model.rowCount() == 2300);
    // A jump to the end first (as dragging the scroll bar does), then everything.
    CHECK(UiDriver::waitFor([&] { return !model.caseIdAt(2299).isEmpty(); }));
    const QStringList ids = readAll(model);
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == 2300);
    // Newest first by default.
    const auto opened = [&](const QString &id) { return CaseStore(f.t.db()).get(id)->openedAt; };
    CHECK(opened(ids.first()) >= opened(ids.at(1000)));
    CHECK(opened(ids.at(1000)) >= opened(ids.last()));
}

TEST_CASE("Sorting by a column and filtering re-read the list", "[ui][list][model]")
{
    ListFixture f;
    CaseListModel model(f.t.db());
    model.sort(CaseListModel::CustomerColumn, Qt::AscendingOrder);
    REQUIRE(UiDriver::waitFor([&] { return model.isReady(); }));
    QString previous;
    for (int row = 0; row < 300; ++row) {
        QString name;
        REQUIRE(UiDriver::waitFor([&] {
            name = model.index(row, CaseListModel::CustomerColumn).data().toString();
            return name != QStringLiteral("…") && !name.isEmpty();
        }));
        CHECK(previous.compare(name, Qt::CaseInsensitive) <= 0);
        previous = name;
    }
    CaseListQuery q = model.query();
    q.status = CaseStatus::Open;
    model.setQuery(q);
    REQUIRE(UiDriver::waitFor([&] { return model.isReady(); }));
    const qint64 open = f.t.db().scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE status = 'open'"))->toLongLong();
    CHECK(model.rowCount() == open);
    CHECK(model.index(0, CaseListModel::StatusColumn).data().toString() != QStringLiteral("Closed"));
}

TEST_CASE("Search as you type finds cases - marks the words and opens with Enter", "[ui][list][search]")
{
    ListFixture f;
    Customer c;
    c.name = QStringLiteral("Zsófia Brünnhilde");
    c.phone = QStringLiteral("06 9876 5432");
    auto customer = CustomerStore(f.t.db()).create(c);
    auto special = CaseStore(f.t.db()).create(customer->id, Channel::Phone, CaseKind::Complaint, QStringLiteral("anna"));
    REQUIRE(CaseStore(f.t.db()).setField(special->id, CaseField::Experience, QStringLiteral("The heat pump makes a rattling noise")).ok());

    auto shown = rd::test::openWindow(f.t.db());
    MainWindow &window = *shown;
    UiDriver ui(&window);
    ui.key(Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("caseSearch"));
    ui.type(QStringLiteral("brunnhil"));
    auto *results = ui.find<QTableView>("searchResults");
    REQUIRE(UiDriver::waitFor([&] { return results->isVisible() && results->model()->rowCount() == 1; }));
    CHECK(results->model()->index(0, 0).data().toString() == QStringLiteral("Zsófia Brünnhilde"));

    ui.key(Qt::Key_A, Qt::ControlModifier);
    ui.type(QStringLiteral("rattl"));
    REQUIRE(UiDriver::waitFor([&] { return window.caseList()->searchModel()->shownText() == QStringLiteral("rattl"); }));
    REQUIRE(results->model()->rowCount() == 1);
    const QString snippet = results->model()->index(0, SearchResultsModel::MatchColumn).data().toString();
    CAPTURE(HighlightDelegate::toHtml(snippet).toStdString());
    CHECK(HighlightDelegate::toHtml(snippet).contains(QStringLiteral("rattling</b>")));

    ui.key(Qt::Key_Return); // opens the first hit
    CHECK(window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentWidget() == window.caseView());
    CHECK(window.caseView()->caseId() == special->id);

    // Phone numbers are found whatever their spacing, and nonsense never errors.
    ui.key(Qt::Key_F, Qt::ControlModifier);
    ui.type(QStringLiteral("0698765432"));
    CHECK(UiDriver::waitFor([&] { return window.caseList()->searchModel()->shownText() == QStringLiteral("0698765432"); }));
    CHECK(results->model()->rowCount() == 1);
    ui.key(Qt::Key_F, Qt::ControlModifier);
    ui.type(QStringLiteral("\"((AND*"));
    CHECK(UiDriver::waitFor([&] { return window.caseList()->searchModel()->shownText() == QStringLiteral("\"((AND*"); }));
    // Esc goes back to the whole list.
    ui.key(Qt::Key_Escape);
    CHECK(ui.find<QTableView>("caseTable")->isVisible());
}
