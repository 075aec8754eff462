// The Unknown rate page's part of SPEC §9 and §10: change points of unknown_rate (marks on
// the chart, a table tab), consecutive policy versions compared (a tab), and a click on the
// chart selecting the nearest run.
#include "UnknownRatePage.h"

#include "AnalysisSession.h"
#include "charts/ChangePointMarks.h"
#include "charts/ChartView.h"
#include "charts/RolloutCharts.h"
#include "compare/ChangesPanel.h"
#include "compare/CompareSources.h"

#include <QHash>
#include <QTabWidget>
#include <cmath>
#include <limits>

namespace gatehouse::ui {
namespace {

// The run nearest to a chart value along x (the runs are drawn left to right in run order).
int rowNearX(const RolloutResult &result, double x)
{
    const bool time = rolloutChartUsesTime(result);
    int best = -1;
    double distance = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        const double d = std::fabs(rolloutChartX(result, int(i), time) - x);
        if (d < distance)
            distance = d, best = int(i);
    }
    return best;
}

} // namespace

void UnknownRatePage::createChanges()
{
    m_changes = new ChangesPanel(session(), this);
    m_changes->setWindowControlVisible(false);
    m_changes->moveTabsTo(m_tabs);
    m_changes->setCompareTabTitle(tr("Policy &versions"));
    connect(m_changes, &ChangesPanel::compareInputsChanged, this, [this] {
        showPolicyComparison(m_changes, session()->rollout());
        m_changes->setChangePoints(session()->rollout().changes, QString());
    });
    connect(m_rateView, &ChartView::valueClicked, this, [this](const QPointF &value) {
        const RolloutResult &result = session()->rollout();
        const int row = rowNearX(result, value.x());
        if (row >= 0)
            session()->selectRun(result.rows.at(row).run.identity.runId);
    });
}

void UnknownRatePage::markChanges()
{
    const RolloutResult &result = session()->rollout();
    const bool time = rolloutChartUsesTime(result);
    // The change series is made of result.rows, one point per row in their order
    // (analyzeRollout), so a point's x is its row's.
    const auto rowX = [&](qsizetype i) -> std::optional<double> {
        if (i >= result.rows.size() ||
            result.rows.at(i).run.identity.runId != result.changes.runIds.at(i))
            return std::nullopt;
        return rolloutChartX(result, int(i), time);
    };
    addChangePointMarksAt(m_rateView->chart(), result.changes, rowX, m_rateView->palette());
    connectChangePointTips(m_rateView, result.changes);
}

} // namespace gatehouse::ui
