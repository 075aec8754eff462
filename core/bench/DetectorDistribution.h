#pragma once
// What the allocations charts draw (SPEC §2.2), computed once here so that the charts only
// draw: a box plot per detector of its pooled samples over the selected runs, and the
// samples of one detector run by run against its baseline.
#include "AllocationsAnalysis.h"
#include "BenchTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <limits>
#include <optional>

namespace gatehouse {

// Tukey box plot of a set of values. Quartiles interpolate linearly between closest ranks
// (R type 7, numpy's default): {1..9} gives Q1 3, median 5, Q3 7; {1, 2, 3, 4} gives
// Q1 1.75, median 2.5, Q3 3.25. The whiskers end at the most extreme values within
// 1.5 * IQR of the box; the values beyond them are the outliers.
struct BoxPlotStats
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    int count = 0;
    double min = kNaN;
    double q1 = kNaN;
    double median = kNaN;
    double q3 = kNaN;
    double max = kNaN;
    double lowerWhisker = kNaN; // smallest value >= q1 - 1.5 * IQR
    double upperWhisker = kNaN; // largest value <= q3 + 1.5 * IQR
    QVector<double> outliers;   // every value beyond the whiskers, ascending

    bool isEmpty() const { return count == 0; }
    double iqr() const { return q3 - q1; }
};

// NaN values are ignored; an empty input gives an empty BoxPlotStats.
BoxPlotStats boxPlotStats(QVector<double> values);

// One value and how many samples had it.
struct ValueCount
{
    double value = 0;
    int count = 0;
};

// One selected run's samples of one detector.
struct RunSamples
{
    QString runId;
    QDateTime timestamp;        // invalid when the run has none
    QVector<double> values;     // in file order; empty when the run has none of the metric
    QList<ValueCount> distinct; // distinct values ascending, with their counts
    double mean = BoxPlotStats::kNaN;
    int failures = 0; // result lines cut by --- FAIL in this run
};

// An outlier value of a detector and the runs whose samples had it.
struct OutlierGroup
{
    double value = 0;
    int count = 0;
    QStringList runIds; // in run order, each once
};

struct DetectorDistribution
{
    DetectorKey key;
    QString metric;
    BoxPlotStats box;                  // pooled over the selected runs
    QList<OutlierGroup> outlierGroups; // box.outliers grouped by value, ascending
    QList<RunSamples> runs;            // every selected run in run order (x positions
                                       // line up across detectors)
    std::optional<double> baseline;
    double driftMax = 1;              // the "within" band is baseline +- driftMax
    double mean = BoxPlotStats::kNaN; // pooled, as in the table
    bool fromBaselineOnly = false;    // offline fallback: the baseline as one sample
};

// One distribution per detector of the result, in the result's order. runsInOrder is the
// dataset's bench runs; the result's selected run ids pick from them.
QList<DetectorDistribution> detectorDistributions(const AllocationsResult &result,
                                                  const QList<BenchRun> &runsInOrder);

// The distribution of one detector; an empty one (no runs, empty box) when the result
// does not have it.
DetectorDistribution detectorDistribution(const AllocationsResult &result,
                                          const QList<BenchRun> &runsInOrder,
                                          const DetectorKey &key);

} // namespace gatehouse
