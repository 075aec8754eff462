#pragma once
// Chart builder of the install-duration gate (SPEC §3): durations per run over time, the
// budget, the rolling median of the previous N runs, runs over budget marked. It needs the
// InstallResult alone, so the GUI page and the headless CLI draw the same chart. Series
// carry object names (kSeries…) so pages and tests can find them.
#include "install/InstallAnalysis.h"

#include <QPalette>
#include <QPointF>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace gatehouse::ui {

inline const QString kSeriesDurations = QStringLiteral("durations");
inline const QString kSeriesRollingMedian = QStringLiteral("rolling_median");
inline const QString kSeriesBudget = QStringLiteral("budget");
inline const QString kSeriesOverBudget = QStringLiteral("over_budget");
inline const QString kSeriesGateMedian = QStringLiteral("gate_median");
inline const QString kSeriesNoTimestamp = QStringLiteral("no_timestamp"); // placed in run order
// The selected run's ring uses kSeriesSelectedRun ("selected_run") from AllocationsCharts.h.

struct InstallChartOptions
{
    // Width of the plot in pixels: a series with more than twice as many points is reduced
    // to its min and max per pixel (0 = keep every point).
    int plotWidth = 0;
    QString selectedRunId; // ringed on the chart; empty = none
};

// x is a QDateTimeAxis (msecs since the epoch) when at least half of the kept runs (and two)
// have a timestamp; the others are placed in run order between their timed neighbours and
// marked (kSeriesNoTimestamp). Else x is the run's 1-based position.
QChart *createInstallDurationChart(const InstallResult &result, const QPalette &palette,
                                   const InstallChartOptions &options = InstallChartOptions());

bool installChartUsesTime(const InstallResult &result);
// The x value of the kept run at index (result.series).
double installPointX(const InstallResult &result, int index);
// The same with installChartUsesTime(result) already known (a loop over every run).
double pointX(const InstallResult &result, int index, bool timeAxis);
// The kept run nearest to a chart point along x, -1 when there is none.
int installPointIndexAt(const InstallResult &result, const QPointF &point);
// Moves the ring of the selected run without rebuilding the chart (empty id: none).
void highlightInstallRun(QChart *chart, const InstallResult &result, const QString &runId);

// "run 9182737658 · 2026-09-24T06:00:00Z\n250 s (over the budget)\nsha 1a2b3c4\nbranch main".
QString installPointToolTip(const InstallPoint &point);

} // namespace gatehouse::ui
