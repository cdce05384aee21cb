#include "cases/CaseListView.h"

#include "widgets/Accessible.h"
#include "widgets/BackgroundTask.h"
#include "lists/CaseListExport.h"
#include "cases/CaseListModel.h"
#include "storage/Database.h"
#include "cases/HighlightDelegate.h"
#include "widgets/OwnerChoice.h"
#include "widgets/PdfExport.h"
#include "cases/SearchResultsModel.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rd {

namespace {

template <typename E>
QComboBox *vocabularyFilter(QWidget *parent, const QString &name, const QString &all)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(all, QString());
    for (E v : Vocabulary::all<E>())
        box->addItem(Vocabulary::label(v), Vocabulary::key(v));
    return box;
}

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows it has not read.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

CaseListView::CaseListView(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("caseListView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *top = new QHBoxLayout;
    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(QStringLiteral("caseSearch"));
    m_searchField->setPlaceholderText(tr("Search names, phone numbers, e-mail and case text  (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search cases"));
    m_searchField->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCount"));
    auto *csvButton = new QPushButton(tr("Export &list…"), this);
    csvButton->setObjectName(QStringLiteral("exportListButton"));
    csvButton->setToolTip(tr("The cases shown (all of them, with the filters and order of the list) as CSV or PDF"));
    top->addWidget(m_searchField, 1);
    top->addWidget(m_count);
    top->addWidget(csvButton);
    connect(csvButton, &QPushButton::clicked, this, [this] { exportList(); });
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_status = vocabularyFilter<CaseStatus>(this, QStringLiteral("filterStatus"), tr("Any status"));
    describe(m_status, tr("Status filter"), tr("Only cases with this status."));
    m_kind = vocabularyFilter<CaseKind>(this, QStringLiteral("filterKind"), tr("Any kind"));
    describe(m_kind, tr("Kind filter"), tr("Only complaints, questions, compliments or suggestions."));
    m_cause = vocabularyFilter<Cause>(this, QStringLiteral("filterCause"), tr("Any cause"));
    describe(m_cause, tr("Cause filter"), tr("Only cases with this cause."));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("filterOwner"));
    describe(m_owner, tr("Owner filter"), tr("Only the cases of one employee."));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("filterPeriod"));
    describe(m_period, tr("Period filter"), tr("Only the cases opened in this period."));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 12 months"), 365);
    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("filterOverdue"));
    m_unconfirmed = new QCheckBox(tr("No confir&mation sent"), this);
    m_unconfirmed->setObjectName(QStringLiteral("filterUnconfirmed"));
    m_unconfirmed->setToolTip(tr("Only cases of customers with an e-mail address that no written confirmation went out for."));
    auto *filterLabel = new QLabel(tr("Show:"), this);
    filters->addWidget(filterLabel);
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_kind, m_cause, m_owner, m_period, m_overdue, m_unconfirmed})
        filters->addWidget(w);
    filters->addStretch();
    layout->addLayout(filters);
    fillOwners();

    m_model = new CaseListModel(db, this);
    m_search = new SearchResultsModel(db, this);
    m_table = makeTable(this, QStringLiteral("caseTable"));
    describe(m_table, tr("Cases"), tr("All cases that match the search and filters. Click a header to sort; Enter opens a case."));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CaseListModel::OpenedColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(CaseListModel::CustomerColumn, QHeaderView::Stretch);
    // Wide enough for a date and time in either language; the customer's name takes the rest.
    const int dateWidth = m_table->fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000 00:00")) + 24;
    m_table->horizontalHeader()->resizeSection(CaseListModel::OpenedColumn, dateWidth);
    m_table->horizontalHeader()->resizeSection(CaseListModel::ActivityColumn, dateWidth);
    m_table->horizontalHeader()->resizeSection(CaseListModel::CauseColumn, 190);
    m_table->horizontalHeader()->resizeSection(CaseListModel::PromisesColumn, 110);
    m_results = makeTable(this, QStringLiteral("searchResults"));
    describe(m_results, tr("Search results"), tr("Cases that match the search, best first, with the matching words marked. Enter opens a case."));
    m_results->setModel(m_search);
    m_results->setItemDelegateForColumn(SearchResultsModel::MatchColumn, new HighlightDelegate(m_results));
    m_results->horizontalHeader()->resizeSection(SearchResultsModel::CustomerColumn, 200);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_results);
    layout->addWidget(m_stack, 1);
    for (QTableView *t : {m_table, m_results}) {
        t->installEventFilter(this);
        connect(t, &QTableView::doubleClicked, this, &CaseListView::openCurrent);
    }

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150); // search when typing pauses
    connect(m_searchTimer, &QTimer::timeout, this, &CaseListView::runSearch);
    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_status, m_kind, m_cause, m_owner, m_period})
        connect(box, qOverload<int>(&QComboBox::activated), this, &CaseListView::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &CaseListView::applyFilters);
    connect(m_unconfirmed, &QCheckBox::toggled, this, &CaseListView::applyFilters);
    connect(m_model, &CaseListModel::totalChanged, this, [this](qint64 total) {
        if (m_stack->currentWidget() == m_table)
            m_count->setText(tr("%1 cases").arg(QLocale().toString(total)));
        emit countChanged(total);
    });
    connect(m_search, &SearchResultsModel::searched, this, [this](int hits) {
        m_count->setText(hits >= SearchResultsModel::kLimit ? tr("best %1 matches").arg(hits) : tr("%n match(es)", nullptr, hits));
        if (m_search->rowCount() > 0)
            m_results->selectRow(0);
    });
    setFocusProxy(m_table);
    applyFilters();
}

void CaseListView::fillOwners()
{
    refillOwnerChoice(m_owner, m_db, {{tr("Anyone"), QString()}});
}

void CaseListView::applyFilters()
{
    CaseListQuery q = m_model->query();
    q.status = Vocabulary::parse<CaseStatus>(m_status->currentData().toString());
    q.kind = Vocabulary::parse<CaseKind>(m_kind->currentData().toString());
    q.cause = Vocabulary::parse<Cause>(m_cause->currentData().toString());
    q.owner = m_owner->currentData().toString();
    q.now = m_db.clock().nowMs();
    const int days = m_period->currentData().toInt();
    if (days == 0) {
        q.openedFrom.reset();
    } else {
        const QDate today = m_db.clock().nowUtc().toLocalTime().date();
        q.openedFrom = QDateTime(today.addDays(1 - days), QTime(0, 0)).toMSecsSinceEpoch();
    }
    q.overdueOnly = m_overdue->isChecked();
    q.unconfirmedOnly = m_unconfirmed->isChecked();
    // What a review figure narrowed the list to has no control here: a filter changed by hand
    // starts from what the controls show.
    q.openedUntil.reset();
    q.outcome.reset();
    q.followUp.reset();
    q.repeatOnly = false;
    m_model->setQuery(q);
}

void CaseListView::showQuery(const CaseListQuery &query)
{
    m_searchField->clear();
    m_stack->setCurrentWidget(m_table);
    const auto pick = [](QComboBox *box, const QString &key) { box->setCurrentIndex(qMax(0, box->findData(key))); };
    pick(m_status, query.status ? Vocabulary::key(*query.status) : QString());
    pick(m_kind, query.kind ? Vocabulary::key(*query.kind) : QString());
    pick(m_cause, query.cause ? Vocabulary::key(*query.cause) : QString());
    pick(m_owner, query.owner);
    m_period->setCurrentIndex(0); // the query's own period applies; the combo cannot show every period
    m_overdue->setChecked(query.overdueOnly);
    m_unconfirmed->setChecked(query.unconfirmedOnly);
    m_model->setQuery(query);
    m_table->setFocus();
}

QString CaseListView::exportList(const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        auto html = CaseListExport::html(m_db, m_model->query(), kPdfRows);
        return html ? PdfExport::fromHtml(path, m_db.path(), html.value(), tr("Cases")) : html.message();
    }
    const CaseListQuery query = m_model->query();
    const qint64 total = m_model->total();
    BackgroundTask task(m_db, window(), tr("Export the case list"), tr("Writing the case list…"));
    const Status written = task.run([&](Database &db, TaskProgress &progress) -> Status {
        auto rows = CaseListExport::writeCsv(db, query, path, [&](qint64 done) {
            progress.report(done, total);
            return !progress.stopRequested();
        });
        return rows ? Status() : Status(rows.error());
    });
    return written ? QString() : written.message();
}

void CaseListView::exportList()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the case list"), QStringLiteral("cases.csv"),
                                                      tr("CSV for spreadsheets (*.csv);;PDF, first %1 rows (*.pdf)").arg(kPdfRows),
                                                      &selected);
    if (path.isEmpty())
        return;
    const QString error = exportList(path);
    m_count->setText(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error);
}

void CaseListView::refresh()
{
    fillOwners();
    m_model->reload();
    if (m_stack->currentWidget() == m_results)
        m_search->search(m_searchField->text());
}

void CaseListView::runSearch()
{
    const QString text = m_searchField->text().trimmed();
    if (text.isEmpty()) {
        m_stack->setCurrentWidget(m_table);
        m_count->setText(tr("%1 cases").arg(QLocale().toString(m_model->total())));
        return;
    }
    m_stack->setCurrentWidget(m_results);
    m_search->search(text);
}

void CaseListView::focusSearch()
{
    m_searchField->setFocus();
    m_searchField->selectAll();
}

void CaseListView::openCurrent()
{
    QTableView *table = m_stack->currentWidget() == m_results ? m_results : m_table;
    const QModelIndex index = table->currentIndex();
    if (!index.isValid())
        return;
    const QString id = index.siblingAtColumn(0).data(CaseListModel::CaseIdRole).toString();
    if (!id.isEmpty())
        emit openCase(id);
}

bool CaseListView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_searchField) {
        if (key->key() == Qt::Key_Escape) {
            m_searchField->clear();
            runSearch();
            m_table->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Down || enter) {
            if (m_searchTimer->isActive())
                runSearch();
            QTableView *table = m_stack->currentWidget() == m_results ? m_results : m_table;
            table->setFocus();
            if (!table->currentIndex().isValid() && table->model()->rowCount() > 0)
                table->selectRow(0);
            if (enter)
                openCurrent();
            return true;
        }
    } else if (enter && (watched == m_table || watched == m_results)) {
        openCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rd
