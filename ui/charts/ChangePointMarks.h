#pragma once
// Change points (SPEC §9) drawn on a series chart that a page already built: the mean of each
// segment as a step line and a marker where each new segment starts, with a hover text
// (run, before → after, change %, p). Core computed the points; this only draws them.
// Works on every series chart (install durations, a detector run by run, unknown_rate): the
// caller says where a run sits on its x axis.
#include "changes/SeriesChanges.h"

#include <QPalette>
#include <QPointF>
#include <QString>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace gatehouse::ui {

class ChartView;

inline const QString kSeriesChangePoints = QStringLiteral("change_points");
inline const QString kSeriesSegmentMeans = QStringLiteral("segment_means");

// The x of a run on the chart, nullopt when the chart does not draw that run (a detector
// chart shows only the selected window; change points are over every run).
using RunX = std::function<std::optional<double>(const QString &runId)>;

// Adds the marks to chart (its first horizontal and vertical axes; their ranges are kept).
// Returns the number of change points drawn.
int addChangePointMarks(QChart *chart, const changes::SeriesChangePoints &series, const RunX &x,
                        const QPalette &palette, const QString &unit = QString());
// The same with the x of the series' i-th run: for a chart that draws the series' runs
// in its own order, no lookup by run id (a hash of 10k ids was 10 ms of a page refresh).
using RunXAt = std::function<std::optional<double>(qsizetype index)>;
int addChangePointMarksAt(QChart *chart, const changes::SeriesChangePoints &series, const RunXAt &x,
                          const QPalette &palette, const QString &unit = QString());

// "run 9182737806 · 2026-09-24T06:00:00Z\n120 → 145 s (+21 %), p = 3e-11".
QString changePointToolTip(const changes::SeriesChangePoints &series,
                           const changes::ChangePoint &point, const QString &unit = QString());
// "+21 %" / "−8.5 %" / "n/a" (mean before 0).
QString changePercentText(const changes::ChangePoint &point);
QString changePvalueText(double p);
// A segment mean with its unit: "340.1 s", "16.02 allocs/op", "0.0732".
QString changeMeanText(double value, const QString &unit = QString());

// The change point whose marker is nearest to a chart value along x, -1 when none is drawn.
int changePointNear(const QChart *chart, const QPointF &value);
// Hover texts on the marks of view's current chart (call after each rebuild).
void connectChangePointTips(ChartView *view, const changes::SeriesChangePoints &series,
                            const QString &unit = QString());

} // namespace gatehouse::ui
