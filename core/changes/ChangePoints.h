#pragma once
// Change points of a series (SPEC §9): Apache Otava's compute_change_points (Fleming et
// al., "Hunter", ICPE 2023) reproduced exactly, as of Otava commit 1ceb153 (0.8): E-divisive
// on sliding windows with a relaxed t-test ("split"), then weak points dropped one at a
// time ("merge"). Same indices, means, standard deviations and p-values as Otava.
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QStringList>

#include <cstddef>

namespace gatehouse::changes {

struct ChangePointOptions
{
    int window = 50;           // points per window, >= 2 (Otava's window_len)
    double maxPvalue = 0.001;  // final significance level
    double minMagnitude = 0.0; // relative change a point must exceed, 0 = any
};

struct ChangePoint
{
    int index = 0; // 0-based position of the first point of the new segment
    double meanBefore = 0;
    double meanAfter = 0;
    double stddevBefore = 0; // ddof = 0, as numpy.std
    double stddevAfter = 0;
    double forwardChangePercent = 0; // (meanAfter / meanBefore - 1) * 100, 0 if meanBefore is 0
    double pvalue = 1;
};

// Otava's compute_change_points(series, window, maxPvalue, minMagnitude), the final (not
// the weak) points, sorted by index. The statistics are Otava's own: after a merge Otava
// refreshes only the point right of the one dropped (and the next), so the point left of
// it keeps the statistics of its old, shorter right segment; this does the same.
// No change points when window < 2 (Otava asserts) or any value is not finite (Otava
// has no meaning for them; its callers fill gaps before).
QList<ChangePoint> computeChangePoints(const QList<double> &series,
                                       const ChangePointOptions &options = {});
QList<ChangePoint> computeChangePoints(const double *series, std::size_t n,
                                       const ChangePointOptions &options = {});

// Otava's first-pass significance level: 10x maxPvalue below 0.05, 2x below 0.5, else
// maxPvalue itself.
double firstPassPvalue(double maxPvalue);

// The "change_points" array of SPEC §9: {"index", "run_id", "timestamp", "mean_before",
// "mean_after", "stddev_before", "stddev_after", "forward_change_percent", "pvalue"}.
// runIds and timestamps are indexed like the series; an index past either list, an
// empty run id or an invalid time gives null for that field. Timestamps are written in
// UTC as YYYY-MM-DDTHH:MM:SSZ. A non-finite number (a NaN p-value) is written as null.
QJsonArray changePointsToJson(const QList<ChangePoint> &points, const QStringList &runIds,
                              const QList<QDateTime> &timestamps);

} // namespace gatehouse::changes
