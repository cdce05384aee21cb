#pragma once

#include <QList>
#include <QtGlobal>
#include <QString>
#include <QTextStream>

#include <functional>

namespace rd::bench {

/// Median and 99th percentile of repeated runs, in milliseconds.
struct Timing
{
    double median = 0;
    double p99 = 0;
};

/// A product call the bench times must succeed: a failure would time the error path and print a
/// figure that means nothing. Stops the bench, saying what failed.
template <typename R>
void must(const R &result)
{
    if (!result.ok())
        qFatal("recoverydesk-bench: a measured call failed: %s", qPrintable(result.message()));
}

/// Runs @p work @p runs times (after one warm-up run) and returns the spread.
Timing measure(int runs, const std::function<void()> &work);

/// Peak resident memory of this process in MiB, or -1 where the system does not say.
double peakResidentMiB();

/// "12.34" with a fixed width, for the table.
QString ms(double value);

/// One line of the table: @p product beside @p bare and their ratio (none if @p bare was not measured).
void printRow(QTextStream &out, const QString &what, const Timing &product, const Timing &bare, const QString &target);
/// The table's heading.
void printHeading(QTextStream &out);

} // namespace rd::bench
