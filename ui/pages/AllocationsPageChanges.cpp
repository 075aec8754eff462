// The allocations page's part of SPEC §9 and §10: change points of the detector shown run
// by run (marks on its chart and the table under it), the Compare tab (previous N vs last
// N, or two Shift+dragged ranges of that chart), and a click on the chart selecting its run.
#include "AllocationsPage.h"

#include "AnalysisSession.h"
#include "charts/AllocationsCharts.h"
#include "charts/ChangePointMarks.h"
#include "charts/ChartView.h"
#include "compare/ChangesPanel.h"
#include "compare/CompareSources.h"

#include <QHash>
#include <QSplitter>

namespace gatehouse::ui {

QWidget *AllocationsPage::createChanges(QWidget *charts)
{
    m_changes = new ChangesPanel(session(), this);
    const int runs = session()->options().allocations.runs;
    m_changes->setWindow(runs > 0 ? runs : 10); // the gate's window; "all runs" has none
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    split->addWidget(m_changes);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    connect(m_changes, &ChangesPanel::compareInputsChanged, this,
            [this] { showBenchComparison(m_changes, session()->dataset().benchRuns); });
    // The rubber band no longer swallows a click: the run under it is selected everywhere.
    connect(m_runsView, &ChartView::valueClicked, this, [this](const QPointF &value) {
        const QString runId = detectorRunIdAt(m_currentDistribution, value);
        if (!runId.isEmpty())
            session()->selectRun(runId);
    });
    connect(m_runsView, &ChartView::xRangeSelected, this, [this](double from, double to) {
        QStringList ids; // x is the run's position in the window
        for (qsizetype i = 0; i < m_currentDistribution.runs.size(); ++i)
            if (i >= from && i <= to)
                ids.append(m_currentDistribution.runs.at(i).runId);
        m_changes->addRange(ids);
    });
    return split;
}

void AllocationsPage::markDetectorChanges()
{
    changes::SeriesChangePoints series;
    for (const DetectorAllocations &d : session()->allocations().detectors)
        if (d.key == m_current)
            series = d.changes;
    QHash<QString, double> x;
    for (qsizetype i = 0; i < m_currentDistribution.runs.size(); ++i)
        x.insert(m_currentDistribution.runs.at(i).runId, double(i));
    const QString unit = session()->allocations().options.metric;
    addChangePointMarks(
        m_runsView->chart(), series,
        [&x](const QString &runId) -> std::optional<double> {
            const auto it = x.constFind(runId);
            return it == x.cend() ? std::nullopt : std::optional<double>(*it);
        },
        palette(), unit);
    connectChangePointTips(m_runsView, series, unit);
    m_changes->setChangePoints(series, unit);
}

} // namespace gatehouse::ui
