// Each detector's per-run series and its change points (SPEC §9). Declared in
// AllocationsChecks.h beside the other per-detector judgements.
#include "AllocationsAnalysis.h"
#include "AllocationsChecks.h"

#include <QHashFunctions>
#include <QMap>

#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <vector>

namespace gatehouse {

void addDetectorChangePoints(AllocationsResult &result, const QList<BenchRun> &runsInOrder)
{
    QMap<DetectorKey, qsizetype> index;
    for (qsizetype i = 0; i < result.detectors.size(); ++i)
        if (!result.detectors.at(i).fromBaselineOnly)
            index.insert(result.detectors.at(i).key, i);
    const QString &metric = result.options.metric;
    // Calls f(detector, values) for each run's series of the metric, in run order.
    auto eachSeries = [&](qsizetype r, auto &&f) {
        runsInOrder.at(r).forEachSeries(
            [&](const DetectorKey &key, const QString &unit, SampleSpan values, qsizetype) {
                if (unit != metric || values.isEmpty())
                    return;
                if (const auto found = index.constFind(key); found != index.cend())
                    f(*found, values);
            });
    };
    // Sized exactly (a detector of a few runs among many takes no room for all of them).
    std::vector<size_t> counts(static_cast<size_t>(result.detectors.size()), 0);
    for (qsizetype r = 0; r < runsInOrder.size(); ++r)
        eachSeries(r, [&](qsizetype d, const SampleSpan &) { ++counts[static_cast<size_t>(d)]; });
    // Per detector the runs holding its metric (positions in runsInOrder) and their means.
    std::vector<std::vector<qsizetype>> runsOf(counts.size());
    for (size_t d = 0; d < counts.size(); ++d) {
        runsOf[d].reserve(counts[d]);
        result.detectors[static_cast<qsizetype>(d)].changes.values.reserve(
            static_cast<qsizetype>(counts[d]));
    }
    for (qsizetype r = 0; r < runsInOrder.size(); ++r)
        eachSeries(r, [&](qsizetype d, const SampleSpan &values) {
            double sum = 0; // the run's mean, summed in sample order
            for (double v : values)
                sum += v;
            result.detectors[d].changes.values.append(sum / static_cast<double>(values.size()));
            runsOf[static_cast<size_t>(d)].push_back(r);
        });
    // Run ids and timestamps by detector. Detectors measured in the same runs (the usual
    // case) share one list of each: at 100k runs a list of ids is 2.4 MB a detector. Each
    // detector is compared with the first of every group of equal runs (by a hash first).
    struct Group
    {
        size_t hash;
        size_t first; // detector
    };
    std::vector<Group> groups;
    for (size_t d = 0; d < runsOf.size(); ++d) {
        if (runsOf[d].empty())
            continue;
        changes::SeriesChangePoints &series = result.detectors[static_cast<qsizetype>(d)].changes;
        const size_t hash = qHashRange(runsOf[d].cbegin(), runsOf[d].cend());
        const auto same = std::find_if(groups.cbegin(), groups.cend(), [&](const Group &g) {
            return g.hash == hash && runsOf[g.first] == runsOf[d];
        });
        if (same != groups.cend()) {
            const changes::SeriesChangePoints &other =
                result.detectors.at(static_cast<qsizetype>(same->first)).changes;
            series.runIds = other.runIds;
            series.timestamps = other.timestamps;
            continue;
        }
        groups.push_back({hash, d});
        series.runIds.reserve(static_cast<qsizetype>(runsOf[d].size()));
        series.timestamps.reserve(static_cast<qsizetype>(runsOf[d].size()));
        for (const qsizetype r : runsOf[d]) {
            series.runIds.append(runsInOrder.at(r).identity.runId);
            series.timestamps.append(runsInOrder.at(r).identity.timestamp);
        }
    }
    std::vector<std::vector<qsizetype>>().swap(runsOf);
    // Detectors are independent and each search is over every run (the longest step of
    // `bench` after the load), so they are searched in parallel. The calling thread takes
    // part, so this cannot starve a pool it already runs on.
    const changes::ChangePointOptions &options = result.options.changePoints;
    QtConcurrent::blockingMap(
        result.detectors, [&options](DetectorAllocations &row) { row.changes.compute(options); });
}

} // namespace gatehouse
