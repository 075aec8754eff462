#pragma once
// benchstat-style comparison of two sets of benchmark runs (SPEC §10): the samples of
// each side are pooled per detector (pkg, name; SPEC §2.2) and unit, each side is
// summarised by its median and interval, the two are compared with the U test, and a
// geomean row per unit sums the rows up. Units stay as written (ns/op, MB/s).
#include "BenchMath.h"
#include "MannWhitney.h"
#include "bench/BenchTypes.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace gatehouse::compare {

struct CompareOptions
{
    QStringList metrics;      // units to compare; empty: every unit present on both sides
    double alpha = 0.05;      // significant when p <= alpha
    double confidence = 0.95; // level of the median intervals
};

// Which way is worse for a unit: time and bytes per op grow, throughput per second
// shrinks; other units (custom metrics) have no known direction.
enum class Direction
{
    LowerIsBetter,
    HigherIsBetter,
    Unknown
};
Direction unitDirection(const QString &unit);

struct CompareRow
{
    DetectorKey key;
    QString unit;
    MedianSummary oldSummary;
    MedianSummary newSummary;
    std::optional<double> deltaPercent; // (new / old - 1) · 100; none when old is 0 and new is not
    double pvalue = 1;
    bool significant = false; // p <= alpha
    MannWhitneyResult test;
    QStringList warnings; // the summaries' and the test's, in that order, each once
    bool isRegression() const;
    bool isImprovement() const;
};

struct GeomeanRow
{
    QString unit;
    int rows = 0; // rows with every median > 0
    double oldValue = 0;
    double newValue = 0;
    std::optional<double> deltaPercent;
};

struct CompareResult
{
    CompareOptions options;
    int oldRuns = 0;
    int newRuns = 0;
    QStringList units;         // in output order: --metric order, else sorted
    QList<CompareRow> rows;    // by unit (as units), then pkg, then name
    QList<GeomeanRow> geomean; // one per unit with at least one usable row
    QStringList onlyOld;       // "pkg name unit" of series present on one side only
    QStringList onlyNew;
    bool hasRegression() const;
};

// One row from two samples (any order).
CompareRow compareSamples(const std::vector<double> &oldValues,
                          const std::vector<double> &newValues, const CompareOptions &options);

CompareResult compareRuns(const QList<BenchRun> &oldRuns, const QList<BenchRun> &newRuns,
                          const CompareOptions &options);

// The geometric mean as go-moremath computes it (a running mean of logs); NaN when a
// value is <= 0 or the list is empty.
double geoMean(const std::vector<double> &values);

} // namespace gatehouse::compare
