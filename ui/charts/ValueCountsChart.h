#pragma once
// allocs/op is a whole number: its distribution is a handful of values, and a box plot of
// it hides what explains a CV (90 samples at 18 and 10 at 19 give a flat box and one
// "outlier"). This chart shows it as it is: per detector a dot per value, labelled
// "value × count", sized by its share of the detector's samples, the mode coloured by
// the detector's verdict. For continuous metrics (ns/op, B/op) the box plot stays.
#include "bench/AllocationsAnalysis.h"
#include "bench/DetectorDistribution.h"

#include <QList>
#include <QPalette>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace gatehouse::ui {

inline const QString kSeriesValueCounts = QStringLiteral("value_counts"); // name prefix

// A detector's samples over the selected runs, pooled: each distinct value with its count,
// ascending by value.
QList<ValueCount> pooledValueCounts(const DetectorDistribution &distribution);

// True for allocs/op when every sample is a whole number and no detector has more than
// maxDistinct values (then a distribution of counts reads better than a box).
bool useValueCounts(const AllocationsResult &result,
                    const QList<DetectorDistribution> &distributions, int maxDistinct = 12);

QChart *createDetectorValueCounts(const AllocationsResult &result,
                                  const QList<DetectorDistribution> &distributions,
                                  const QPalette &palette);

// "18 × 90 (90 %), 19 × 10 (10 %)".
QString valueCountsText(const DetectorDistribution &distribution);

} // namespace gatehouse::ui
