#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QChart;
class QChartView;
class QWidget;

namespace rd::Charts {

/// A chart view that takes no keyboard focus: a list or table beside it carries the same figures
/// for the keyboard.
QChartView *view(QWidget *parent, const QString &objectName, int minimumHeight);

/// The causes of complaints in one word each, in vocabulary order, for a chart's labels (the list
/// or table beside the chart has their full names).
QStringList causeWords();

/// Puts @p chart into @p view, deleting the chart it showed.
void replace(QChartView *view, QChart *chart);

/// A bar chart of labelled counts.
QChart *bars(const QString &title, const QStringList &labels, const QList<int> &values, const QColor &colour);

/// One line of a line chart: a value per category, none where there is nothing to show.
struct Line
{
    QString name;
    QList<std::optional<double>> values;
    QColor colour;
};

/**
 * A line chart over @p categories (months). @p maximum fixes the value axis (100 for percentages);
 * without it the axis fits the values. @p clicked gets the line's index and the category's when
 * a point is clicked. A legend is shown when there is more than one line.
 */
QChart *lines(const QString &title, const QStringList &categories, const QList<Line> &lines,
              std::optional<double> maximum, const std::function<void(int line, int category)> &clicked);

} // namespace rd::Charts
