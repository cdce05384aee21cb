#pragma once

#include "lists/CaseListQuery.h"
#include "review/PeriodComparison.h"
#include "review/ReviewFigures.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace rd {

/**
 * The review figures month by month: line charts with the dashboard's keys, and a table of the
 * same numbers for the keyboard. A point clicked, or Enter on a cell, shows the cases behind it.
 */
class TrendView : public QWidget
{
    Q_OBJECT

public:
    explicit TrendView(QWidget *parent = nullptr);

    void setSeries(const TrendSeries &series);
    /// A word in place of the caption while counting ("Counting…"); the figures stay until replaced.
    void showMessage(const QString &text);
    /// Counting failed: says why, and shows no figures (none of them would be current).
    void showError(const QString &text);
    const TrendSeries &series() const { return m_series; }

signals:
    /// Show the cases behind a figure of a month.
    void drill(const rd::CaseListQuery &query);

private:
    void drillAt(int row, int month);

    TrendSeries m_series;
    QList<QPair<TrendFigure, std::optional<Cause>>> m_rows;
    QLabel *m_caption = nullptr;
    QList<QChartView *> m_charts;
    QTableWidget *m_table = nullptr;
};

} // namespace rd
