#include "review/Charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace rd::Charts {

QChartView *view(QWidget *parent, const QString &objectName, int minimumHeight)
{
    auto *v = new QChartView(parent);
    v->setObjectName(objectName);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(minimumHeight);
    v->setFocusPolicy(Qt::NoFocus);
    v->viewport()->setFocusPolicy(Qt::NoFocus);
    return v;
}

QStringList causeWords()
{
    return {QCoreApplication::translate("rd::Charts", "Behaviour"), QCoreApplication::translate("rd::Charts", "Process"),
            QCoreApplication::translate("rd::Charts", "Product"), QCoreApplication::translate("rd::Charts", "Information"),
            QCoreApplication::translate("rd::Charts", "Other")};
}

void replace(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

namespace {

// A value axis from 0 with round steps (0, 250, 500 …); a handful gets one tick per unit.
QValueAxis *valueAxis(double max, bool whole)
{
    auto *y = new QValueAxis;
    y->setRange(0, qMax(1.0, max * 1.15));
    y->applyNiceNumbers();
    if (whole && max < 4) {
        const int top = int(std::ceil(max)) + 1;
        y->setRange(0, top);
        y->setTickCount(top + 1);
    }
    y->setLabelFormat(whole ? QStringLiteral("%d") : QStringLiteral("%.0f"));
    return y;
}

} // namespace

QChart *bars(const QString &title, const QStringList &labels, const QList<int> &values, const QColor &colour)
{
    auto *set = new QBarSet(title);
    set->setColor(colour);
    int max = 1;
    for (int v : values) {
        *set << v;
        max = qMax(max, v);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = valueAxis(max, true);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QChart *lines(const QString &title, const QStringList &categories, const QList<Line> &lines,
              std::optional<double> maximum, const std::function<void(int line, int category)> &clicked)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Twelve months side by side in a third of a screen: short labels in a smaller type.
    QFont small = chart->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    double max = 0;
    bool whole = true;
    for (const Line &line : lines)
        for (const auto &v : line.values)
            if (v) {
                max = qMax(max, *v);
                whole = whole && std::floor(*v) == *v;
            }
    QValueAxis *y = maximum ? new QValueAxis : valueAxis(max, whole);
    if (maximum) {
        y->setRange(0, *maximum);
        y->setTickCount(5);
        y->setLabelFormat(QStringLiteral("%.0f"));
    }
    y->setLabelsFont(small);
    if (lines.size() > 1) // the legend takes the room of two ticks
        y->setTickCount(3);
    chart->addAxis(y, Qt::AlignLeft);
    for (int i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        // The line joins the months that have a value; the dots show which months those are.
        auto *series = new QLineSeries;
        auto *dots = new QScatterSeries;
        series->setName(line.name);
        QPen pen(line.colour);
        pen.setWidthF(2);
        series->setPen(pen);
        dots->setColor(line.colour);
        dots->setBorderColor(line.colour);
        dots->setMarkerSize(6);
        for (int c = 0; c < line.values.size(); ++c)
            if (line.values.at(c)) {
                series->append(c, *line.values.at(c));
                dots->append(c, *line.values.at(c));
            }
        chart->addSeries(series);
        chart->addSeries(dots);
        for (QXYSeries *s : {static_cast<QXYSeries *>(series), static_cast<QXYSeries *>(dots)}) {
            s->attachAxis(x);
            s->attachAxis(y);
            if (clicked)
                QObject::connect(s, &QXYSeries::clicked, chart, [clicked, i](const QPointF &p) { clicked(i, qRound(p.x())); });
        }
        chart->legend()->markers(dots).first()->setVisible(false);
    }
    chart->legend()->setVisible(lines.size() > 1);
    chart->legend()->setFont(small);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace rd::Charts
