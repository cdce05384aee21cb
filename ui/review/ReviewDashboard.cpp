#include "review/ReviewDashboard.h"

#include "widgets/Accessible.h"
#include "review/Charts.h"
#include "review/ComparisonView.h"
#include "review/TrendView.h"
#include "call/CallGuide.h"
#include "storage/Database.h"
#include "base/ExportFile.h"
#include "base/FixedClock.h"
#include "review/ImprovementStore.h"
#include "base/LocalTime.h"
#include "widgets/OwnerChoice.h"
#include "widgets/PdfExport.h"
#include "widgets/Theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QApplication>
#include <QComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QDate>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QThread>
#include <QValueAxis>
#include <QVBoxLayout>

#include <utility>

namespace rd {

ReviewDashboard::ReviewDashboard(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("reviewDashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *top = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    describe(m_period, tr("Period"), tr("The period the figures cover."));
    const QDate today = db.clock().nowUtc().toLocalTime().date();
    m_period->addItem(tr("This month"), today.toString(QStringLiteral("yyyy-MM")));
    m_period->addItem(tr("Last month"), today.addMonths(-1).toString(QStringLiteral("yyyy-MM")));
    m_period->addItem(tr("This year"), today.toString(QStringLiteral("yyyy")));
    // Whole months (this one so far and the eleven before it), so a trend never starts with a sliver of a month.
    m_period->addItem(tr("Last 12 months"), QStringLiteral("%1..%2").arg(QDate(today.year(), today.month(), 1).addMonths(-11).toString(Qt::ISODate),
                                                                          today.toString(Qt::ISODate)));
    m_period->addItem(tr("All time"), QStringLiteral("all"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("dashboardOwner"));
    describe(m_owner, tr("Whose cases"), tr("The whole team, or one employee."));
    auto *csv = new QPushButton(tr("Export figures (&CSV)…"), this);
    csv->setObjectName(QStringLiteral("exportFiguresButton"));
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_period);
    top->addWidget(new QLabel(tr("Whose:"), this));
    top->addWidget(m_owner);
    auto *pdf = new QPushButton(tr("Export figures (&PDF)…"), this);
    top->addStretch();
    top->addWidget(csv);
    top->addWidget(pdf);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export figures"), QStringLiteral("figures.pdf"),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            if (const QString error = PdfExport::fromWidget(path, m_db.path(), this, tr("Review figures")); !error.isEmpty())
                m_headline->setText(error);
    });
    layout->addLayout(top);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setStyleSheet(Theme::css(QStringLiteral("font-size: @fs(16); font-weight: 600; color: @title;")));
    layout->addWidget(m_headline);

    // The overview: the period's figures as charts, with the lists beside them.
    auto *overview = new QWidget(this);
    overview->setObjectName(QStringLiteral("dashboardOverview"));
    auto *middle = new QHBoxLayout(overview);
    middle->setContentsMargins(0, 6, 0, 0);
    auto *grid = new QGridLayout;
    m_causes = Charts::view(overview, QStringLiteral("chartCauses"), 200);
    m_promises = Charts::view(overview, QStringLiteral("chartPromises"), 200);
    m_outcomes = Charts::view(overview, QStringLiteral("chartOutcomes"), 200);
    m_skipped = Charts::view(overview, QStringLiteral("chartSkipped"), 200);
    grid->addWidget(m_causes, 0, 0);
    grid->addWidget(m_promises, 0, 1);
    grid->addWidget(m_outcomes, 1, 0);
    grid->addWidget(m_skipped, 1, 1);
    middle->addLayout(grid, 3);
    auto *side = new QVBoxLayout;
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("dashboardFacts"));
    describe(m_facts, tr("Figures"), tr("The main figures of the period in words."));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *drillCaption = new QLabel(tr("&Show the cases behind (Enter):"), this);
    m_drill = new QListWidget(this);
    m_drill->setObjectName(QStringLiteral("dashboardDrill"));
    describe(m_drill, tr("Figures by cause and outcome"), tr("Each figure with its count. Enter shows the cases behind it."));
    drillCaption->setBuddy(m_drill);
    auto *examplesCaption = new QLabel(tr("&Good examples to recognise (Enter opens):"), this);
    m_examples = new QListWidget(this);
    m_examples->setObjectName(QStringLiteral("goodExamples"));
    describe(m_examples, tr("Good examples"), tr("Calls that followed the method with a promise kept on time. Enter opens the case."));
    examplesCaption->setBuddy(m_examples);
    auto *improvementsCaption = new QLabel(tr("&Improvement items (Space: next status):"), this);
    m_improvements = new QListWidget(this);
    m_improvements->setObjectName(QStringLiteral("improvementItems"));
    describe(m_improvements, tr("Improvement items"), tr("Process improvements made from cases. Space moves one to in progress and done."));
    improvementsCaption->setBuddy(m_improvements);
    for (QListWidget *list : {m_examples, m_improvements, m_drill}) {
        list->installEventFilter(this);
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    side->addWidget(m_facts);
    side->addWidget(drillCaption);
    side->addWidget(m_drill, 2);
    side->addWidget(examplesCaption);
    side->addWidget(m_examples, 1);
    side->addWidget(improvementsCaption);
    side->addWidget(m_improvements, 1);
    middle->addLayout(side, 1);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("dashboardPages"));
    describe(m_pages, tr("Review pages"), tr("The period's overview, its trend month by month, and two periods compared."));
    m_trends = new TrendView(this);
    m_comparison = new ComparisonView(this);
    m_pages->addTab(overview, tr("&Overview"));
    m_pages->addTab(m_trends, tr("&Trends"));
    m_pages->addTab(m_comparison, tr("Co&mpare"));
    layout->addWidget(m_pages, 1);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int page) {
        // The keyboard lands where the page's figures are.
        QWidget *focus = page == 0 ? static_cast<QWidget *>(m_drill) : m_pages->widget(page);
        setFocusProxy(focus);
        // (Not while the tab bar has it: its arrow keys walk the pages.)
        if (!m_pages->tabBar()->hasFocus() && isAncestorOf(QApplication::focusWidget()))
            focus->setFocus();
    });
    connect(m_trends, &TrendView::drill, this, &ReviewDashboard::drill);
    connect(m_comparison, &ComparisonView::drill, this, &ReviewDashboard::drill);
    connect(m_comparison, &ComparisonView::choiceChanged, this, [this] { count(ComparisonPart); });

    connect(m_period, qOverload<int>(&QComboBox::activated), this, &ReviewDashboard::refresh);
    connect(m_owner, qOverload<int>(&QComboBox::activated), this, &ReviewDashboard::refresh);
    connect(m_drill, &QListWidget::itemActivated, this, &ReviewDashboard::drillSelected);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export figures"), QStringLiteral("figures.csv"),
                                                          tr("CSV (*.csv)"));
        if (!path.isEmpty())
            if (const QString error = exportCsv(path); !error.isEmpty())
                m_headline->setText(error);
    });
    setFocusProxy(m_drill);
}

ReviewDashboard::~ReviewDashboard()
{
    m_stop = true;
    if (m_worker)
        m_worker->wait(); // it reports back to this widget: let it finish first
    delete m_worker; // its report, queued to this widget, is dropped with it
}

ReportPeriod ReviewDashboard::period() const
{
    return ReportPeriod::parse(m_period->currentData().toString()).value_or(ReportPeriod{});
}

void ReviewDashboard::refresh()
{
    refillOwnerChoice(m_owner, m_db, {{tr("The whole team"), QString()}});
    count(AllParts);
}

void ReviewDashboard::count(int parts)
{
    // Said at once, also when the count has to wait for the one under way: what shows is not yet
    // the period just chosen.
    if (parts & ReportPart)
        m_headline->setText(tr("Counting…"));
    if (parts & TrendPart)
        m_trends->showMessage(tr("Counting…"));
    if (parts & ComparisonPart)
        m_comparison->showMessage(tr("Counting…"));
    if (m_worker) {
        m_again |= parts;
        return;
    }
    const QString path = m_db.path();
    const QDateTime now = m_db.clock().nowUtc();
    const ReportPeriod p = period();
    const QString who = m_owner->currentData().toString();
    const auto compared = ComparisonView::periods(m_comparison->choice(), now.toLocalTime().date());
    m_worker = QThread::create([this, parts, path, now, p, who, compared] {
        auto db = Database::openReadOnly(path);
        if (db)
            db.value()->setClock(std::make_shared<FixedClock>(now)); // the same "now" as the window
        // Each part goes to the window as soon as it is counted: the overview need not wait for a trend.
        if ((parts & ReportPart) && !m_stop) {
            Result<ReviewReport> report = db ? ReviewFigures(*db.value()).compute(p, who) : Result<ReviewReport>(db.error());
            QMetaObject::invokeMethod(this, [this, report] { showReport(report); }, Qt::QueuedConnection);
        }
        if ((parts & TrendPart) && !m_stop) {
            Result<TrendSeries> trend = db ? ReviewFigures(*db.value()).trend(PeriodSplit::months(p, now.toLocalTime().date()), who)
                                           : Result<TrendSeries>(db.error());
            QMetaObject::invokeMethod(this, [this, trend] { showTrend(trend); }, Qt::QueuedConnection);
        }
        if ((parts & ComparisonPart) && !m_stop) {
            Result<ReviewReport> later = db ? ReviewFigures(*db.value()).compute(compared.first, who) : Result<ReviewReport>(db.error());
            Result<ReviewReport> earlier = db && !m_stop ? ReviewFigures(*db.value()).compute(compared.second, who) : later;
            QMetaObject::invokeMethod(this, [this, later, earlier, compared, who] { showComparison(later, earlier, compared, who); },
                                      Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this] { finished(); }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void ReviewDashboard::finished()
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (const int again = std::exchange(m_again, 0))
        count(again);
}

void ReviewDashboard::showPage(int page)
{
    m_pages->setCurrentIndex(page);
}

void ReviewDashboard::showTrend(const Result<TrendSeries> &trend)
{
    if (m_again & TrendPart)
        return; // counted again at once: this one is already out of date
    if (trend)
        m_trends->setSeries(trend.value());
    else
        m_trends->showError(trend.message());
}

void ReviewDashboard::showComparison(const Result<ReviewReport> &later, const Result<ReviewReport> &earlier,
                                     const QPair<ReportPeriod, ReportPeriod> &periods, const QString &owner)
{
    if (m_again & ComparisonPart)
        return;
    if (later && earlier)
        m_comparison->setChanges(PeriodComparison::compare(later.value(), earlier.value()), periods.first, periods.second, owner);
    else
        m_comparison->showError(later ? earlier.message() : later.message());
}

void ReviewDashboard::showReport(const Result<ReviewReport> &report)
{
    if (m_again & ReportPart)
        return;
    if (!report) {
        m_headline->setText(report.message());
        return;
    }
    m_report = report.value();
    const int closed = m_report.closed();
    const auto share = m_report.strongerShare();
    m_headline->setText(share ? tr("Relationship stronger after %1% of the %2 closed cases.")
                                    .arg(qRound(*share * 100))
                                    .arg(QLocale().toString(closed))
                              : tr("No closed cases in this period yet."));
    const PromiseCounts &p = m_report.promises;
    QStringList facts;
    facts << tr("%1 cases: %2 complaints, %3 compliments.")
                 .arg(QLocale().toString(m_report.cases))
                 .arg(QLocale().toString(m_report.byKind.value(QStringLiteral("complaint"))))
                 .arg(QLocale().toString(m_report.compliments));
    facts << tr("Promises kept on time: %1 of %2 made.").arg(p.keptOnTime).arg(p.made);
    facts << tr("Callbacks within the customer's window: %1 of %2 made.").arg(p.callbacksInWindow).arg(p.callbacksDone);
    facts << (m_report.medianHoursToFirstContact
                  ? tr("Time to first contact after the call: %1 hours (median).").arg(*m_report.medianHoursToFirstContact, 0, 'f', 1)
                  : tr("Time to first contact: no contacts yet."));
    facts << tr("Repeat complainants: %1.").arg(m_report.repeatComplainants);
    facts << tr("Compliments passed on: %1 of %2.").arg(m_report.complimentsPassedOn).arg(m_report.compliments);
    m_facts->setText(facts.join(QLatin1Char('\n')));
    rebuildCharts();
    fillLists();
}

void ReviewDashboard::fillLists()
{
    m_examples->clear();
    if (auto examples = ReviewFigures(m_db).goodExamples(period(), m_owner->currentData().toString(), 50); examples)
        for (const CaseListRow &row : examples.value()) {
            auto *item = new QListWidgetItem(tr("%1 — %2, %3")
                                                 .arg(shortDate(row.openedAt),
                                                      row.customerName, row.owner),
                                             m_examples);
            item->setData(Qt::UserRole, row.id);
        }
    if (m_examples->count() == 0)
        m_examples->addItem(tr("None in this period yet."));
    m_improvements->clear();
    if (auto items = ImprovementStore(m_db).list(); items)
        for (const ImprovementItem &i : items.value()) {
            auto *item = new QListWidgetItem(tr("%1 — %2 (%3; %n case(s))", nullptr, i.cases)
                                                 .arg(ImprovementStore::statusLabel(i.status), i.what, i.owner),
                                             m_improvements);
            item->setData(Qt::UserRole, i.id);
            item->setData(Qt::UserRole + 1, int(i.status));
        }
    if (m_improvements->count() == 0)
        m_improvements->addItem(tr("None yet. Make one from a case: Improvement item… in the case view."));
}

bool ReviewDashboard::eventFilter(QObject *watched, QEvent *event)
{
    auto *list = qobject_cast<QListWidget *>(watched);
    if (!list || event->type() != QEvent::KeyPress || !list->currentItem())
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const QString id = list->currentItem()->data(Qt::UserRole).toString();
    if (id.isEmpty())
        return QWidget::eventFilter(watched, event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (list == m_examples && enter) {
        emit openCase(id);
        return true;
    }
    if (list == m_improvements && enter) {
        if (auto cases = ImprovementStore(m_db).casesOf(id); cases && !cases->isEmpty())
            emit openCase(cases->first());
        return true;
    }
    if (list == m_improvements && key->key() == Qt::Key_Space && !m_db.isReadOnly()) {
        const auto next = ImprovementItem::Status((list->currentItem()->data(Qt::UserRole + 1).toInt() + 1) % 3);
        const int row = list->currentRow();
        if (ImprovementStore(m_db).setStatus(id, next))
            fillLists();
        m_improvements->setCurrentRow(qMin(row, m_improvements->count() - 1));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewDashboard::rebuildCharts()
{
    QStringList causeLabels;
    QList<int> causeValues;
    m_drill->clear();
    // Short words under the bars; the list beside the charts has the full names.
    const QStringList shortCauses = Charts::causeWords();
    for (Cause c : Vocabulary::all<Cause>()) {
        causeLabels << shortCauses.value(int(c));
        const int n = m_report.byCause.value(Vocabulary::key(c));
        causeValues << n;
        auto *item = new QListWidgetItem(tr("Complaints caused by %1: %2").arg(Vocabulary::label(c).toLower()).arg(n), m_drill);
        item->setData(Qt::UserRole, Vocabulary::key(c));
    }
    for (CaseKind k : Vocabulary::all<CaseKind>()) {
        auto *item = new QListWidgetItem(tr("%1: %2").arg(Vocabulary::label(k)).arg(m_report.byKind.value(Vocabulary::key(k))), m_drill);
        item->setData(Qt::UserRole + 1, Vocabulary::key(k));
    }
    auto *overdue = new QListWidgetItem(tr("Cases with a promise overdue now"), m_drill);
    overdue->setData(Qt::UserRole + 2, true);
    m_drill->setCurrentRow(0);

    QChart *causes = Charts::bars(tr("Complaints by cause"), causeLabels, causeValues, QColor(0x5b, 0x8f, 0xc7));
    // A bar clicked is the list of those cases.
    const auto series = causes->series();
    if (!series.isEmpty())
        connect(static_cast<QBarSeries *>(series.first()), &QBarSeries::clicked, this, [this](int index, QBarSet *) {
            m_drill->setCurrentRow(index);
            drillSelected();
        });
    Charts::replace(m_causes, causes);
    const PromiseCounts &p = m_report.promises;
    Charts::replace(m_promises, Charts::bars(tr("Promises"), {tr("On time"), tr("Late"), tr("Broken"), tr("Overdue")},
                                 {p.keptOnTime, p.keptLate, p.broken, p.openOverdue}, QColor(0x3f, 0x9c, 0x6d)));
    QStringList outcomeLabels;
    QList<int> outcomeValues;
    const QStringList shortOutcomes = {tr("Stronger"), tr("Same"), tr("Weaker"), tr("Unknown")};
    for (Outcome o : Vocabulary::all<Outcome>()) {
        outcomeLabels << shortOutcomes.value(int(o));
        outcomeValues << m_report.outcomes.value(Vocabulary::key(o));
    }
    Charts::replace(m_outcomes, Charts::bars(tr("Recovery outcome"), outcomeLabels, outcomeValues, QColor(0xc2, 0x7c, 0x0e)));
    QList<QPair<int, QString>> skipped;
    for (auto it = m_report.skippedSteps.begin(); it != m_report.skippedSteps.end(); ++it)
        skipped.append({it.value(), it.key()});
    std::sort(skipped.begin(), skipped.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList skippedLabels;
    QList<int> skippedValues;
    for (int i = 0; i < qMin(5, int(skipped.size())); ++i) {
        skippedLabels << CallGuide::titleOf(skipped.at(i).second);
        skippedValues << skipped.at(i).first;
    }
    Charts::replace(m_skipped, Charts::bars(skipped.isEmpty() ? tr("Steps most often skipped: none") : tr("Steps most often skipped"),
                                skippedLabels, skippedValues, QColor(0x8a, 0x8f, 0x98)));
}

void ReviewDashboard::drillSelected()
{
    QListWidgetItem *item = m_drill->currentItem();
    if (!item)
        return;
    CaseListQuery q;
    const ReportPeriod p = period();
    q.openedFrom = p.from;
    q.openedUntil = p.until;
    q.owner = m_owner->currentData().toString();
    q.now = m_db.clock().nowMs();
    if (item->data(Qt::UserRole).isValid()) {
        q.kind = CaseKind::Complaint;
        q.cause = Vocabulary::parse<Cause>(item->data(Qt::UserRole).toString());
    } else if (item->data(Qt::UserRole + 1).isValid()) {
        q.kind = Vocabulary::parse<CaseKind>(item->data(Qt::UserRole + 1).toString());
    } else {
        q.overdueOnly = true;
        q.openedFrom.reset();
        q.openedUntil.reset();
    }
    emit drill(q);
}

QString ReviewDashboard::exportCsv(const QString &path) const
{
    if (isCounting()) // the report and its months would come from two different periods
        return tr("The figures are still being counted. Export them when they are shown.");
    const Status written = ExportFile::write(path, m_db.path(), m_report.toCsv(m_trends->series()));
    return written ? QString() : written.message();
}

} // namespace rd
