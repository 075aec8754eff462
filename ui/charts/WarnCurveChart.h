#pragma once
// The WARN trade-off chart (SPEC §11): the false-positive rate without and with the
// whitelist and the FAIL recall against the WARN threshold, as core's warnCurve() gives
// them, with the key points of warnKeyPoints() (threshold in force, default rule's, lowest
// meeting fp_max) as vertical marks and fp_max as a level line. Draws only what core
// computed. Series carry kSeriesRoleProperty (RolloutCharts.h) with the roles below.
#include "rollout/WarnCurve.h"
#include "rollout/WarnKeyPoints.h"

#include <QPalette>
#include <QString>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace gatehouse::ui {

inline constexpr char kFpWithoutSeries[] = "fpWithoutWhitelist";
inline constexpr char kFpWithSeries[] = "fpWithWhitelist";
inline constexpr char kFailRecallSeries[] = "failRecall";
inline constexpr char kFpMaxSeries[] = "fpMax";
inline constexpr char kWarnMarkSeries[] = "warnMark";
// On a kWarnMarkSeries: the key point's label ("in force", "default rule, in force", …)
// and its threshold (double).
inline constexpr char kWarnMarkLabelProperty[] = "gatehouseMarkLabel";
inline constexpr char kWarnMarkThresholdProperty[] = "gatehouseMarkThreshold";

// The curves are step lines: a rate holds from its threshold up to the next one (a run
// WARNs when unknown_rate > t). With plotWidth > 0, thresholds closer than a pixel are
// reduced to the first and last of that pixel.
QChart *createWarnCurveChart(const RolloutResult &result, const QPalette &palette,
                             int plotWidth = 0);
// The same from a curve and key points computed beforehand (warnCurve(result),
// warnKeyPoints(result): the session computes them off the GUI thread).
QChart *createWarnCurveChart(const RolloutResult &result, const QList<WarnCurvePoint> &curve,
                             const QList<WarnKeyPoint> &keys, const QPalette &palette,
                             int plotWidth = 0);

// Moves the marks of a chart made by createWarnCurveChart() to the key points of result
// without rebuilding it, so the operator's zoom survives a slider move. False when the
// marks do not fit (another number of key points): then build a new chart.
bool updateWarnCurveMarks(QChart *chart, const RolloutResult &result);
bool updateWarnCurveMarks(QChart *chart, const QList<WarnKeyPoint> &keys);

// A threshold for people: the shortest round-trip digits when short, else 4 decimals.
QString warnThresholdText(double threshold);

// The curve point whose rates hold at threshold x: the last one at or below x; none below
// the first point. Hover and click on the curves use it.
std::optional<WarnCurvePoint> warnCurvePointAt(const QList<WarnCurvePoint> &curve, double x);
// "threshold 0.12: FP rate 0.211 without, 0.132 with the whitelist, FAIL recall 0.5".
QString warnCurvePointText(const WarnCurvePoint &point);

} // namespace gatehouse::ui
