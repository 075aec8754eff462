#include "Decimate.h"

#include <algorithm>
#include <cmath>

namespace gatehouse {

QVector<int> decimateMinMaxIndices(const QVector<double> &xs, const QVector<double> &ys,
                                   int buckets)
{
    const int n = static_cast<int>(std::min(xs.size(), ys.size()));
    QVector<int> kept;
    const double first = n > 0 ? xs.front() : 0;
    const double span = n > 0 ? xs.at(n - 1) - first : 0;
    if (buckets < 1 || n <= 2 * buckets || !(span > 0)) {
        kept.reserve(n);
        for (int i = 0; i < n; ++i)
            kept.append(i);
        return kept;
    }
    kept.reserve(2 * buckets + 2);
    int bucketStart = 0;
    while (bucketStart < n) {
        // The bucket of the first point not yet taken; the last x falls in the last bucket.
        const int bucket =
            std::min(buckets - 1,
                     static_cast<int>(std::floor((xs.at(bucketStart) - first) / span * buckets)));
        int lowest = bucketStart;
        int highest = bucketStart;
        int i = bucketStart + 1;
        for (; i < n; ++i) {
            const int b = std::min(
                buckets - 1, static_cast<int>(std::floor((xs.at(i) - first) / span * buckets)));
            if (b != bucket)
                break;
            if (ys.at(i) < ys.at(lowest))
                lowest = i;
            if (ys.at(i) > ys.at(highest))
                highest = i;
        }
        kept.append(std::min(lowest, highest));
        if (lowest != highest)
            kept.append(std::max(lowest, highest));
        bucketStart = i;
    }
    return kept;
}

QVector<QPointF> decimateMinMax(const QVector<QPointF> &points, int buckets)
{
    QVector<double> xs, ys;
    xs.reserve(points.size());
    ys.reserve(points.size());
    for (const QPointF &p : points) {
        xs.append(p.x());
        ys.append(p.y());
    }
    QVector<QPointF> kept;
    const QVector<int> indices = decimateMinMaxIndices(xs, ys, buckets);
    kept.reserve(indices.size());
    for (int i : indices)
        kept.append(points.at(i));
    return kept;
}

} // namespace gatehouse
