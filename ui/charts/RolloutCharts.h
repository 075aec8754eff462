#pragma once
// The Gate-V1 rollout charts as free functions, so the GUI page and the headless report
// (`gatehouse-cli report`, rendered to PNG) draw the same thing. They draw only what
// RolloutResult holds; nothing here computes a statistic.
//
// Every series carries the dynamic property kSeriesRoleProperty ("rate", "spike",
// "spikeThreshold", "warnThreshold", "selection") and, for series whose points are runs,
// kSeriesRowsProperty: the RolloutResult::rows index of each point, in point order.
#include "rollout/RolloutAnalysis.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QChart;
class QValueAxis;
class QXYSeries;
QT_END_NAMESPACE

namespace gatehouse::ui {

inline constexpr char kSeriesRoleProperty[] = "gatehouseSeriesRole";
inline constexpr char kSeriesRowsProperty[] = "gatehouseRows";
inline constexpr char kRateSeries[] = "rate";
inline constexpr char kSpikeSeries[] = "spike";
inline constexpr char kSpikeThresholdSeries[] = "spikeThreshold";
inline constexpr char kWarnThresholdSeries[] = "warnThreshold";
inline constexpr char kSelectionSeries[] = "selection";

// unknown_rate over runs: one line per policy_hash, spikes as scatter points (one series
// per primary reason, in RolloutResult::spikesByReason order so colours match across
// charts), each policy's spike threshold over its runs, the WARN threshold across all
// runs, and an empty "selection" series for highlightRunInChart(). The x axis is time
// when every run has a timestamp, else the run's position in run order (1-based).
QChart *createUnknownRateChart(const RolloutResult &result, const QPalette &palette,
                               int plotWidth = 0);

// Spikes grouped by primary top reason, stacked whitelisted / unlisted (and "no reasons"
// when such spikes exist), categories in RolloutResult::spikesByReason order.
QChart *createSpikesByReasonChart(const RolloutResult &result, const QPalette &palette);

// Moves the WARN threshold line of a chart made by createUnknownRateChart() to
// result.warn.threshold without rebuilding it (zoom survives while a slider moves).
// Returns false when the chart has no such line; then build a new chart.
bool updateWarnThresholdInChart(QChart *chart, const RolloutResult &result);

// Marks the run (empty = none) in a chart made by createUnknownRateChart().
void highlightRunInChart(QChart *chart, const RolloutResult &result, const QString &runId);

// The x coordinate of row `row` (msecs since epoch when timeAxis, else row + 1).
bool rolloutChartUsesTime(const RolloutResult &result);
double rolloutChartX(const RolloutResult &result, int row, bool timeAxis);

// The series of a chart with the given role property.
QList<QXYSeries *> seriesWithRole(const QChart *chart, const char *role);
// The rows index of the series point nearest to point (by x, then y), or -1.
int rolloutRowNear(const QXYSeries *series, const QPointF &point);
// Tooltip text of a run: id, time, unknown_rate, policy, reasons, what was decided.
QString runTooltip(const RolloutRunRow &row);

// The spike reasons a chart names: the first kTopSpikeReasons of spikesByReason (most
// spikes first; one colour each), the rest summed as "other (k reasons)", so 2,000 runs
// with dozens of reasons still give legible bars and a legend that fits.
inline constexpr int kTopSpikeReasons = 8;
struct SpikeReasonBars
{
    QList<SpikeReasonCount> top;
    SpikeReasonCount other; // reason empty; counts of the rest
    QStringList otherReasons;
    bool hasOther() const { return !otherReasons.isEmpty(); }
};
SpikeReasonBars spikeReasonBars(const RolloutResult &result, int top = kTopSpikeReasons);
// A rate axis range [0, max] with ticks at round values (0.05, 0.1, 0.25, …).
void setRoundRateRange(QValueAxis *axis, double highest);

// A readable colour for the nth primary reason, and for the nth policy's line.
QColor reasonColor(int index);
QColor policyColor(int index, const QPalette &palette);

} // namespace gatehouse::ui
