// Each detector's per-run series and its change points (SPEC §9). Declared in
// AllocationsChecks.h beside the other per-detector judgements.
#include "AllocationsAnalysis.h"
#include "AllocationsChecks.h"

#include <QMap>
#include <QtConcurrent/QtConcurrentMap>

namespace gatehouse {

void addDetectorChangePoints(AllocationsResult &result, const QList<BenchRun> &runsInOrder)
{
    QMap<DetectorKey, qsizetype> index;
    for (qsizetype i = 0; i < result.detectors.size(); ++i)
        if (!result.detectors.at(i).fromBaselineOnly)
            index.insert(result.detectors.at(i).key, i);
    const QString &metric = result.options.metric;
    for (const BenchRun &run : runsInOrder) {
        run.forEachSeries(
            [&](const DetectorKey &key, const QString &unit, SampleSpan values, qsizetype) {
                if (unit != metric || values.isEmpty())
                    return;
                const auto found = index.constFind(key);
                if (found == index.cend())
                    return;
                double sum = 0; // the run's mean, summed in sample order
                for (double v : values)
                    sum += v;
                changes::SeriesChangePoints &series = result.detectors[*found].changes;
                series.values.append(sum / static_cast<double>(values.size()));
                series.runIds.append(run.identity.runId);
                series.timestamps.append(run.identity.timestamp);
            });
    }
    // Detectors are independent and each search is over every run (the longest step of
    // `bench` after the load), so they are searched in parallel. The calling thread takes
    // part, so this cannot starve a pool it already runs on.
    const changes::ChangePointOptions &options = result.options.changePoints;
    QtConcurrent::blockingMap(
        result.detectors, [&options](DetectorAllocations &row) { row.changes.compute(options); });
}

} // namespace gatehouse
