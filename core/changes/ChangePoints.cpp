// Otava's split and merge (otava/analysis.py) over the E-divisive of EDivisive.cpp.
#include "changes/ChangePoints.h"

#include "changes/EDivisive.h"
#include "changes/TTest.h"

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <vector>

namespace gatehouse::changes {

using detail::SegmentStats;

namespace {

struct WeakPoint
{
    std::size_t index = 0;
    SegmentStats stats;
};

// Statistics of points[i] against its neighbours: series[previous, index) vs
// series[index, next), the ends of the series standing in for missing neighbours.
SegmentStats restats(const double *series, std::size_t n, const std::vector<WeakPoint> &points,
                     std::size_t i)
{
    const std::size_t from = i == 0 ? 0 : points[i - 1].index;
    const std::size_t to = i + 1 < points.size() ? points[i + 1].index : n;
    const std::size_t at = points[i].index;
    return detail::compareSegments(series + from, at - from, series + at, to - at);
}

// Otava's split(): windows of `window` points from 0, each next window starting half a
// window later, or at the last point the window found when that is further (so a change
// near a window's end is looked at again with data on both sides). The union of all
// windows' points, each then re-tested against its neighbours in the whole series.
std::vector<WeakPoint> split(const double *series, std::size_t n, std::size_t window, double pvalue)
{
    const std::size_t step = window / 2;
    std::vector<WeakPoint> points;
    std::size_t start = 0;
    while (start < n) {
        const std::size_t end = std::min(start + window, n);
        const auto found = detail::eDivisive(series + start, end - start, pvalue);
        for (const auto &p : found) {
            const std::size_t index = start + p.index;
            // Overlapping windows find the same point again: the first finding stays.
            const bool known = std::any_of(points.begin(), points.end(),
                                           [&](const WeakPoint &w) { return w.index == index; });
            if (!known)
                points.push_back({index, p.stats});
        }
        // Otava takes 0 for "none found", which start + step always beats.
        const std::size_t last = found.empty() ? 0 : start + found.back().index;
        start = std::max(last, start + step);
    }
    std::sort(points.begin(), points.end(),
              [](const WeakPoint &a, const WeakPoint &b) { return a.index < b.index; });
    std::vector<WeakPoint> retested = points;
    for (std::size_t i = 0; i < points.size(); ++i)
        retested[i].stats = restats(series, n, points, i);
    return retested;
}

// Otava's merge(): while the weakest point is not good enough, drop it. Weakest is the
// largest p-value while that is >= maxPvalue (NaN included: it fails the < test), else
// the smallest magnitude while that is <= minMagnitude. Ties go to the first point,
// as Python's max() and min() keep the first.
void merge(const double *series, std::size_t n, std::vector<WeakPoint> &points, double maxPvalue,
           double minMagnitude)
{
    while (!points.empty()) {
        std::size_t weakest = 0;
        for (std::size_t i = 1; i < points.size(); ++i)
            if (points[i].stats.pvalue > points[weakest].stats.pvalue)
                weakest = i;
        if (points[weakest].stats.pvalue < maxPvalue) {
            weakest = 0;
            for (std::size_t i = 1; i < points.size(); ++i)
                if (points[i].stats.magnitude() < points[weakest].stats.magnitude())
                    weakest = i;
            if (points[weakest].stats.magnitude() > minMagnitude)
                return;
        }
        points.erase(points.begin() + static_cast<std::ptrdiff_t>(weakest));
        // Otava recomputes the points now at positions weakest and weakest + 1: the right
        // neighbour (whose left segment grew) and the one after it (unchanged). The left
        // neighbour's right segment grew too, but Otava leaves its statistics as they
        // were; to give Otava's answers, so do we.
        for (std::size_t i = weakest; i < std::min(weakest + 2, points.size()); ++i)
            points[i].stats = restats(series, n, points, i);
    }
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace

double firstPassPvalue(double maxPvalue)
{
    if (maxPvalue < 0.05)
        return maxPvalue * 10;
    if (maxPvalue < 0.5)
        return maxPvalue * 2;
    return maxPvalue;
}

QList<ChangePoint> computeChangePoints(const double *series, std::size_t n,
                                       const ChangePointOptions &options)
{
    if (options.window < 2 || n == 0)
        return {};
    if (!std::all_of(series, series + n, [](double v) { return std::isfinite(v); }))
        return {};
    auto points = split(series, n, static_cast<std::size_t>(options.window),
                        firstPassPvalue(options.maxPvalue));
    merge(series, n, points, options.maxPvalue, options.minMagnitude);

    QList<ChangePoint> result;
    result.reserve(static_cast<qsizetype>(points.size()));
    for (const auto &p : points) {
        ChangePoint cp;
        cp.index = static_cast<int>(p.index);
        cp.meanBefore = p.stats.meanBefore;
        cp.meanAfter = p.stats.meanAfter;
        cp.stddevBefore = p.stats.stddevBefore;
        cp.stddevAfter = p.stats.stddevAfter;
        cp.forwardChangePercent = p.stats.forwardRelChange() * 100.0;
        cp.pvalue = p.stats.pvalue;
        result.append(cp);
    }
    return result;
}

QList<ChangePoint> computeChangePoints(const QList<double> &series,
                                       const ChangePointOptions &options)
{
    return computeChangePoints(series.constData(), static_cast<std::size_t>(series.size()),
                               options);
}

QJsonArray changePointsToJson(const QList<ChangePoint> &points, const QStringList &runIds,
                              const QList<QDateTime> &timestamps)
{
    QJsonArray array;
    for (const auto &cp : points) {
        QJsonObject o;
        o.insert(QStringLiteral("index"), cp.index);
        const bool hasRun =
            cp.index >= 0 && cp.index < runIds.size() && !runIds.at(cp.index).isEmpty();
        o.insert(QStringLiteral("run_id"),
                 hasRun ? QJsonValue(runIds.at(cp.index)) : QJsonValue(QJsonValue::Null));
        const bool hasTime =
            cp.index >= 0 && cp.index < timestamps.size() && timestamps.at(cp.index).isValid();
        o.insert(QStringLiteral("timestamp"),
                 hasTime ? QJsonValue(timestamps.at(cp.index).toUTC().toString(Qt::ISODate))
                         : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("mean_before"), jsonNumber(cp.meanBefore));
        o.insert(QStringLiteral("mean_after"), jsonNumber(cp.meanAfter));
        o.insert(QStringLiteral("stddev_before"), jsonNumber(cp.stddevBefore));
        o.insert(QStringLiteral("stddev_after"), jsonNumber(cp.stddevAfter));
        o.insert(QStringLiteral("forward_change_percent"), jsonNumber(cp.forwardChangePercent));
        o.insert(QStringLiteral("pvalue"), jsonNumber(cp.pvalue));
        array.append(o);
    }
    return array;
}

} // namespace gatehouse::changes
