#pragma once

#include "lists/CaseListQuery.h"
#include "review/ReviewFigures.h"

#include <QWidget>

#include <atomic>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QThread;

namespace rd {

class ComparisonView;
class Database;
class TrendView;

/**
 * The team lead's figures for a period, a team or one employee: what matters more than a
 * score. The share of relationships that came out stronger is the headline; every count can
 * be opened as the list of cases behind it. Three pages: the period's overview, its trend month
 * by month, and two periods compared.
 */
class ReviewDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewDashboard(Database &db, QWidget *parent = nullptr);
    ~ReviewDashboard() override;

    /// Counts again, on a worker thread with its own connection (a year of a big archive takes seconds).
    void refresh();
    bool isCounting() const { return m_worker != nullptr; }
    const ReviewReport &report() const { return m_report; }
    TrendView *trends() const { return m_trends; }
    ComparisonView *comparison() const { return m_comparison; }
    /// Shows the overview, trends or comparison page (0, 1, 2).
    void showPage(int page);
    /// Writes the figures as CSV to @p path (atomically); the error, empty on success.
    QString exportCsv(const QString &path) const;

signals:
    /// Show the cases behind a figure.
    void drill(const rd::CaseListQuery &query);
    /// Open one case (a good example, or the first case behind an improvement item).
    void openCase(const QString &caseId);

private:
    ReportPeriod period() const;
    /// What a count covers: the period's report, its trend, the two periods compared.
    enum Part { ReportPart = 1, TrendPart = 2, ComparisonPart = 4, AllParts = 7 };
    /// Counts @p parts on a worker thread; each is shown as soon as it is counted.
    void count(int parts);
    void showReport(const Result<ReviewReport> &report);
    void showTrend(const Result<TrendSeries> &trend);
    void showComparison(const Result<ReviewReport> &later, const Result<ReviewReport> &earlier,
                        const QPair<ReportPeriod, ReportPeriod> &periods, const QString &owner);
    void finished();
    void rebuildCharts();
    void drillSelected();
    void fillLists();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Database &m_db;
    ReviewReport m_report;
    QComboBox *m_period = nullptr;
    QComboBox *m_owner = nullptr;
    QTabWidget *m_pages = nullptr;
    TrendView *m_trends = nullptr;
    ComparisonView *m_comparison = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_facts = nullptr;
    QChartView *m_causes = nullptr;
    QChartView *m_promises = nullptr;
    QChartView *m_outcomes = nullptr;
    QChartView *m_skipped = nullptr;
    QListWidget *m_drill = nullptr;
    QListWidget *m_examples = nullptr;
    QListWidget *m_improvements = nullptr;
    QThread *m_worker = nullptr;
    int m_again = 0; ///< parts asked for while counting: counted once more when done
    std::atomic_bool m_stop{false}; ///< the dashboard is closing: the worker stops after its current part
};

} // namespace rd
