#include "DetectorDistribution.h"

#include "stats/Descriptive.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <cmath>

namespace gatehouse {
namespace {

// Linear interpolation between closest ranks (R type 7) on sorted values.
double quantileSorted(const QVector<double> &sorted, double p)
{
    const double h = (sorted.size() - 1) * p;
    const auto low = static_cast<qsizetype>(std::floor(h));
    if (low + 1 >= sorted.size())
        return sorted.at(low);
    return sorted.at(low) + (h - static_cast<double>(low)) * (sorted.at(low + 1) - sorted.at(low));
}

QList<ValueCount> distinctValues(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    QList<ValueCount> distinct;
    for (double v : std::as_const(values)) {
        if (!distinct.isEmpty() && distinct.last().value == v)
            ++distinct.last().count;
        else
            distinct.append({v, 1});
    }
    return distinct;
}

bool isOutlier(const BoxPlotStats &box, double value)
{
    return value < box.lowerWhisker || value > box.upperWhisker;
}

DetectorDistribution baselineOnlyDistribution(const DetectorAllocations &row,
                                              const AllocationsOptions &options)
{
    DetectorDistribution d;
    d.key = row.key;
    d.metric = options.metric;
    d.baseline = row.baseline;
    d.driftMax = options.driftMax;
    d.mean = row.mean;
    d.fromBaselineOnly = true;
    d.box = boxPlotStats({row.mean});
    return d;
}

DetectorDistribution distributionOf(const DetectorAllocations &row,
                                    const AllocationsOptions &options,
                                    const QList<const BenchRun *> &selected)
{
    if (row.fromBaselineOnly)
        return baselineOnlyDistribution(row, options);
    DetectorDistribution d;
    d.key = row.key;
    d.metric = options.metric;
    d.baseline = row.baseline;
    d.driftMax = options.driftMax;
    d.mean = row.mean;
    QVector<double> pooled;
    for (const BenchRun *run : selected) {
        RunSamples samples;
        samples.runId = run->identity.runId;
        samples.timestamp = run->identity.timestamp;
        samples.values = run->values(row.key, options.metric).toVector();
        samples.distinct = distinctValues(samples.values);
        if (!samples.values.isEmpty())
            samples.mean = stats::mean(samples.values);
        samples.failures = run->failures.value(row.key);
        pooled += samples.values;
        d.runs.append(samples);
    }
    d.box = boxPlotStats(pooled);
    if (d.box.outliers.isEmpty())
        return d;
    QMap<double, OutlierGroup> groups;
    for (const RunSamples &run : std::as_const(d.runs)) {
        for (const ValueCount &vc : run.distinct) {
            if (!isOutlier(d.box, vc.value))
                continue;
            OutlierGroup &group = groups[vc.value];
            group.value = vc.value;
            group.count += vc.count;
            group.runIds.append(run.runId);
        }
    }
    d.outlierGroups = groups.values();
    return d;
}

QList<const BenchRun *> selectedRuns(const AllocationsResult &result,
                                     const QList<BenchRun> &runsInOrder)
{
    QHash<QString, const BenchRun *> byId;
    for (const BenchRun &run : runsInOrder)
        byId.insert(run.identity.runId, &run);
    QList<const BenchRun *> selected;
    for (const QString &id : result.selectedRunIds)
        if (const BenchRun *run = byId.value(id))
            selected.append(run);
    return selected;
}

} // namespace

BoxPlotStats boxPlotStats(QVector<double> values)
{
    values.erase(
        std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
        values.end());
    BoxPlotStats box;
    if (values.isEmpty())
        return box;
    std::sort(values.begin(), values.end());
    box.count = static_cast<int>(values.size());
    box.min = values.front();
    box.max = values.back();
    box.q1 = quantileSorted(values, 0.25);
    box.median = quantileSorted(values, 0.5);
    box.q3 = quantileSorted(values, 0.75);
    const double lowFence = box.q1 - 1.5 * box.iqr();
    const double highFence = box.q3 + 1.5 * box.iqr();
    box.lowerWhisker =
        *std::find_if(values.cbegin(), values.cend(), [&](double v) { return v >= lowFence; });
    box.upperWhisker =
        *std::find_if(values.crbegin(), values.crend(), [&](double v) { return v <= highFence; });
    for (double v : std::as_const(values))
        if (isOutlier(box, v))
            box.outliers.append(v);
    return box;
}

QList<DetectorDistribution> detectorDistributions(const AllocationsResult &result,
                                                  const QList<BenchRun> &runsInOrder)
{
    const QList<const BenchRun *> selected = selectedRuns(result, runsInOrder);
    QList<DetectorDistribution> all;
    all.reserve(result.detectors.size());
    for (const DetectorAllocations &row : result.detectors)
        all.append(distributionOf(row, result.options, selected));
    return all;
}

DetectorDistribution detectorDistribution(const AllocationsResult &result,
                                          const QList<BenchRun> &runsInOrder,
                                          const DetectorKey &key)
{
    for (const DetectorAllocations &row : result.detectors)
        if (row.key == key)
            return distributionOf(row, result.options, selectedRuns(result, runsInOrder));
    DetectorDistribution empty;
    empty.key = key;
    empty.metric = result.options.metric;
    return empty;
}

} // namespace gatehouse
