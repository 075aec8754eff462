#pragma once
// Chart builders of the allocations gate. They need only the analysis result and the runs,
// so the GUI page and the headless CLI (rendering to PNG) draw the very same charts. Every
// statistic comes from core (DetectorDistribution); these functions only draw it.
// Series carry object names (kSeries…) so pages and tests can find them.
#include "bench/AllocationsAnalysis.h"
#include "bench/DetectorDistribution.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QPointF>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace gatehouse::ui {

// Colours of verdicts, picked by the palette's lightness so they read on dark and light
// bases alike; shared by the gate pages' charts, tables and status lines.
enum class Tone
{
    Good,
    Bad,
    Warning
};
QColor toneColor(Tone tone, const QPalette &palette);
// A translucent version for cell and banner backgrounds: the text colour stays readable.
QColor toneTint(Tone tone, const QPalette &palette);

// Box plot chart: one box per detector with samples, outliers and baselines as scatters.
inline const QString kSeriesBoxes = QStringLiteral("boxes");
inline const QString kSeriesOutliers = QStringLiteral("outliers");
inline const QString kSeriesBaselines = QStringLiteral("baselines");
// Detector runs chart.
inline const QString kSeriesRunSamples = QStringLiteral("run_samples");
inline const QString kSeriesRunMeans = QStringLiteral("run_means");
inline const QString kSeriesBaseline = QStringLiteral("baseline");
inline const QString kSeriesBandLow = QStringLiteral("baseline_band_low");
inline const QString kSeriesBandHigh = QStringLiteral("baseline_band_high");
inline const QString kSeriesFailedRuns = QStringLiteral("failed_runs");
inline const QString kSeriesSelectedRun = QStringLiteral("selected_run"); // also on install

// One box per detector that has samples, in the result's order: whiskers at 1.5 · IQR,
// boxes tinted by the detector's verdict, one outlier point per distinct outlier value
// (its count and runs are in detectorOutlierToolTip), the baseline as a square marker.
QChart *createDetectorBoxPlot(const AllocationsResult &result, const QList<BenchRun> &runsInOrder,
                              const QPalette &palette);
QChart *createDetectorBoxPlot(const AllocationsResult &result,
                              const QList<DetectorDistribution> &distributions,
                              const QPalette &palette);

// One detector's samples run by run (x = position in the selected runs, labelled by run
// id): every distinct value per run, the run means, the baseline and its ± drift band, runs
// where a result line failed, and the selected run ringed. plotWidth (pixels, 0 = unknown)
// thins the axis labels and decimates the mean line of very long windows.
QChart *createDetectorRunsChart(const DetectorDistribution &distribution, const QPalette &palette,
                                const QString &selectedRunId = QString(), int plotWidth = 0);
QChart *createDetectorRunsChart(const AllocationsResult &result, const QList<BenchRun> &runsInOrder,
                                const DetectorKey &key, const QPalette &palette,
                                const QString &selectedRunId = QString(), int plotWidth = 0);
// Moves the ring of the selected run without rebuilding the chart (empty id: none).
void highlightDetectorRun(QChart *chart, const DetectorDistribution &distribution,
                          const QString &runId);

// Hover texts. point is in chart values (x = detector or run position).
QString detectorBoxToolTip(const DetectorDistribution &distribution);
QString detectorOutlierToolTip(const DetectorDistribution &distribution, double value);
QString detectorRunToolTip(const DetectorDistribution &distribution, const QPointF &point);
// The run under a point of the detector runs chart, empty when none.
QString detectorRunIdAt(const DetectorDistribution &distribution, const QPointF &point);

} // namespace gatehouse::ui
