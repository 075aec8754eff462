// The Allocations page's charts answering the mouse: tool tips on boxes, outliers and
// runs, a click that selects a detector or a run, and the selected run's highlight.
#include "AllocationsPage.h"

#include "AnalysisSession.h"
#include "GatePageParts.h"
#include "charts/AllocationsCharts.h"
#include "charts/ChartView.h"

#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QScatterSeries>

namespace gatehouse::ui {

void AllocationsPage::onRunSelected(const QString &runId)
{
    highlightDetectorRun(m_runsView->chart(), m_currentDistribution, runId);
}

void AllocationsPage::connectBoxPlotHover()
{
    for (QAbstractSeries *s : m_boxView->chart()->series()) {
        if (auto *boxes = qobject_cast<QBoxPlotSeries *>(s)) {
            connect(boxes, &QBoxPlotSeries::hovered, this, [this](bool on, QBoxSet *set) {
                const int i = set->property("distributionIndex").toInt();
                showChartToolTip(m_boxView, on, detectorBoxToolTip(m_distributions.value(i)));
            });
            connect(boxes, &QBoxPlotSeries::clicked, this, [this](QBoxSet *set) {
                selectDetector(
                    m_distributions.value(set->property("distributionIndex").toInt()).key);
            });
        } else if (s->objectName() == kSeriesOutliers) {
            auto *outliers = static_cast<QScatterSeries *>(s);
            connect(outliers, &QScatterSeries::hovered, this, [this](const QPointF &p, bool on) {
                // x is the box position; boxes exist only for detectors with samples.
                int box = -1;
                for (const DetectorDistribution &d : std::as_const(m_distributions)) {
                    box += d.box.isEmpty() ? 0 : 1;
                    if (box == qRound(p.x()))
                        return showChartToolTip(m_boxView, on, detectorOutlierToolTip(d, p.y()));
                }
            });
        }
    }
}

void AllocationsPage::connectDetectorRunsHover()
{
    linkRunPoints(
        m_runsView->chart(),
        {kSeriesRunSamples, kSeriesRunMeans, kSeriesFailedRuns, kSeriesSelectedRun}, m_runsView,
        this, session(),
        [this](const QPointF &p) { return detectorRunToolTip(m_currentDistribution, p); },
        [this](const QPointF &p) { return detectorRunIdAt(m_currentDistribution, p); });
}

} // namespace gatehouse::ui
