// Each detector's per-run series and its change points (SPEC §9). Declared in
// AllocationsChecks.h beside the other per-detector judgements.
#include "AllocationsAnalysis.h"
#include "AllocationsChecks.h"

#include <QMap>
#include <QtConcurrent/QtConcurrentMap>
#include <vector>

namespace gatehouse {

void addDetectorChangePoints(AllocationsResult &result, const QList<BenchRun> &runsInOrder)
{
    QMap<DetectorKey, qsizetype> index;
    for (qsizetype i = 0; i < result.detectors.size(); ++i)
        if (!result.detectors.at(i).fromBaselineOnly)
            index.insert(result.detectors.at(i).key, i);
    const QString &metric = result.options.metric;
    // Per detector the runs holding its metric (positions in runsInOrder) and their means.
    std::vector<std::vector<qsizetype>> runsOf(static_cast<size_t>(result.detectors.size()));
    for (qsizetype d = 0; d < result.detectors.size(); ++d)
        if (!result.detectors.at(d).fromBaselineOnly) { // sized once: most run in every run
            runsOf[static_cast<size_t>(d)].reserve(static_cast<size_t>(runsInOrder.size()));
            result.detectors[d].changes.values.reserve(runsInOrder.size());
        }
    for (qsizetype r = 0; r < runsInOrder.size(); ++r) {
        runsInOrder.at(r).forEachSeries(
            [&](const DetectorKey &key, const QString &unit, SampleSpan values, qsizetype) {
                if (unit != metric || values.isEmpty())
                    return;
                const auto found = index.constFind(key);
                if (found == index.cend())
                    return;
                double sum = 0; // the run's mean, summed in sample order
                for (double v : values)
                    sum += v;
                result.detectors[*found].changes.values.append(sum /
                                                               static_cast<double>(values.size()));
                runsOf[static_cast<size_t>(*found)].push_back(r);
            });
    }
    // Run ids and timestamps by detector. Detectors measured in the same runs (the usual
    // case) share one list of each: at 100k runs a list of ids is 2.4 MB a detector.
    for (size_t d = 0; d < runsOf.size(); ++d) {
        changes::SeriesChangePoints &series = result.detectors[static_cast<qsizetype>(d)].changes;
        series.values.squeeze();
        if (runsOf[d].empty())
            continue;
        size_t same = 0;
        while (same < d && runsOf[same] != runsOf[d])
            ++same;
        if (same < d) {
            const changes::SeriesChangePoints &other =
                result.detectors.at(static_cast<qsizetype>(same)).changes;
            series.runIds = other.runIds;
            series.timestamps = other.timestamps;
            continue;
        }
        series.runIds.reserve(static_cast<qsizetype>(runsOf[d].size()));
        series.timestamps.reserve(static_cast<qsizetype>(runsOf[d].size()));
        for (const qsizetype r : runsOf[d]) {
            series.runIds.append(runsInOrder.at(r).identity.runId);
            series.timestamps.append(runsInOrder.at(r).identity.timestamp);
        }
    }
    // Detectors are independent and each search is over every run (the longest step of
    // `bench` after the load), so they are searched in parallel. The calling thread takes
    // part, so this cannot starve a pool it already runs on.
    const changes::ChangePointOptions &options = result.options.changePoints;
    QtConcurrent::blockingMap(
        result.detectors, [&options](DetectorAllocations &row) { row.changes.compute(options); });
}

} // namespace gatehouse
