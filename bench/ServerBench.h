#pragma once

#include <QString>
#include <QTextStream>

namespace rd::bench {

/// What the team-database benchmark runs.
struct ServerBenchOptions
{
    QString address;      ///< postgresql://…, an empty database or one this benchmark built
    int cases = 100000;
    int runs = 200;
    int seconds = 60;     ///< of the many-workstations run
    int workstations = 20;
    int pauseMs = 0;      ///< each workstation's pause between operations (0: as fast as it can)
};

/**
 * The benchmark on PostgreSQL: the same table as for a file, each figure beside the same SQL
 * sent straight through Qt's QPSQL driver (no store, no Recovery Desk layer), then many
 * workstations saving and acting on their queues at once: throughput, latency, lost events.
 */
int runServerBench(const ServerBenchOptions &options, QTextStream &out);

} // namespace rd::bench
