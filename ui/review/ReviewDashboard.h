#pragma once

#include "lists/CaseListQuery.h"
#include "review/ReviewFigures.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QThread;

namespace rd {

class Database;

/**
 * The team lead's figures for a period, a team or one employee: what matters more than a
 * score. The share of relationships that came out stronger is the headline; every count can
 * be opened as the list of cases behind it.
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
    /// Writes the figures as CSV to @p path (atomically); the error, empty on success.
    QString exportCsv(const QString &path) const;

signals:
    /// Show the cases behind a figure.
    void drill(const rd::CaseListQuery &query);
    /// Open one case (a good example, or the first case behind an improvement item).
    void openCase(const QString &caseId);

private:
    ReportPeriod period() const;
    void show(const Result<ReviewReport> &report);
    void rebuildCharts();
    void drillSelected();
    void fillLists();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Database &m_db;
    ReviewReport m_report;
    QComboBox *m_period = nullptr;
    QComboBox *m_owner = nullptr;
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
    bool m_again = false; ///< asked to refresh while counting: count once more when done
};

} // namespace rd
