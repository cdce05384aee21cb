#include "Timings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace rd::bench {

Timing measure(int runs, const std::function<void()> &work)
{
    work(); // warm-up: statement preparation and the page cache are not what we measure
    QList<double> samples;
    samples.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        samples.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    Timing timing;
    timing.median = samples.at(samples.size() / 2);
    timing.p99 = samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(samples.size() * 0.99)));
    return timing;
}

double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status")); // Linux; elsewhere the figure is left out
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const auto m = hwm.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

QString ms(double value) { return QString::number(value, 'f', 3).rightJustified(9); }

void printRow(QTextStream &out, const QString &what, const Timing &product, const Timing &bare, const QString &target)
{
    const bool compared = bare.median > 0;
    out << what.leftJustified(44) << ms(product.median) << ms(product.p99)
        << (compared ? ms(bare.median) + ms(bare.p99) : QStringLiteral("        —        —"))
        << (compared ? QString::number(product.median / bare.median, 'f', 2) : QStringLiteral("—")).rightJustified(8) << "   "
        << target << "\n";
    out.flush();
}

void printHeading(QTextStream &out)
{
    out << QStringLiteral("figure").leftJustified(44) << "  med ms    p99 ms  bare med  bare p99   ratio   target\n";
}

} // namespace rd::bench
