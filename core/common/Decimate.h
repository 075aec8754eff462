#pragma once
// Reduces a long series to what a plot of a given pixel width can show (STYLE: charts get
// data reduced to about the plot's width). The x range is cut into equal buckets, one per
// pixel, and each bucket keeps its lowest and its highest point, so spikes survive and a
// 10,000-point series draws as fast as a 2,000-point one.
#include <QPointF>
#include <QVector>

namespace gatehouse {

// Indices of the points to keep, ascending. xs must be non-decreasing and as long as ys.
// Every index is kept when the series has no more than 2 * buckets points, when buckets
// < 1, or when all x are equal. In a bucket, ties keep the first point; a bucket whose
// lowest and highest point are the same point keeps it once.
QVector<int> decimateMinMaxIndices(const QVector<double> &xs, const QVector<double> &ys,
                                   int buckets);

// The same over points (x non-decreasing), returning the kept points in x order.
QVector<QPointF> decimateMinMax(const QVector<QPointF> &points, int buckets);

} // namespace gatehouse
