// The install page's part of SPEC §9 and §10: change points of the durations (marks on the
// chart, the table under it), the last N against the N before (Compare), "Zoom to the gate
// window", and a click on the chart selecting its run.
#include "InstallPage.h"

#include "AnalysisSession.h"
#include "charts/ChangePointMarks.h"
#include "charts/ChartView.h"
#include "charts/InstallCharts.h"
#include "compare/ChangesPanel.h"
#include "compare/CompareSources.h"
#include "models/InstallRunsModel.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QHash>
#include <QPushButton>
#include <QValueAxis>

namespace gatehouse::ui {
namespace {

// The x range of the runs the gate median uses (the last N kept runs), padded by half a
// run's spacing so the end markers show whole.
void zoomToGateWindow(QChart *chart, const InstallResult &result)
{
    if (!chart || chart->axes(Qt::Horizontal).isEmpty())
        return;
    int first = -1, last = -1;
    for (qsizetype i = 0; i < result.series.size(); ++i)
        if (result.series.at(i).used) {
            first = first < 0 ? int(i) : first;
            last = int(i);
        }
    if (first < 0)
        return;
    const double left = installPointX(result, first), right = installPointX(result, last);
    const int runs = last - first;
    const double pad = runs > 0 ? (right - left) / runs / 2 : 0.5;
    QAbstractAxis *axis = chart->axes(Qt::Horizontal).first();
    if (auto *time = qobject_cast<QDateTimeAxis *>(axis))
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(left - pad), Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(qint64(right + pad), Qt::UTC));
    else if (auto *value = qobject_cast<QValueAxis *>(axis))
        value->setRange(left - pad, right + pad);
}

} // namespace

QWidget *InstallPage::createChanges()
{
    m_changes = new ChangesPanel(session(), this);
    m_changes->setWindow(session()->options().install.runs);
    auto *zoom = new QPushButton(tr("&Zoom to the gate window"), m_changes);
    zoom->setObjectName(QStringLiteral("zoomToGateWindow"));
    zoom->setToolTip(tr("Show the runs the gate median is taken over (0 or Home resets)"));
    m_changes->setCornerWidget(zoom, Qt::TopRightCorner);
    connect(zoom, &QPushButton::clicked, this,
            [this] { zoomToGateWindow(m_chartView->chart(), session()->install()); });
    connect(m_changes, &ChangesPanel::compareInputsChanged, this,
            [this] { showInstallComparison(m_changes, session()->install()); });
    connect(m_chartView, &ChartView::valueClicked, this, [this](const QPointF &value) {
        const int i = installPointIndexAt(session()->install(), value);
        if (i >= 0)
            session()->selectRun(session()->install().series.at(i).runId);
    });
    return m_changes;
}

void InstallPage::markChanges()
{
    const InstallResult &result = session()->install();
    QHash<QString, double> x;
    const bool time = installChartUsesTime(result); // once: it looks at every run
    for (qsizetype i = 0; i < result.series.size(); ++i)
        x.insert(result.series.at(i).runId, pointX(result, int(i), time));
    addChangePointMarks(
        m_chartView->chart(), result.changes,
        [&x](const QString &runId) -> std::optional<double> {
            const auto it = x.constFind(runId);
            return it == x.cend() ? std::nullopt : std::optional<double>(*it);
        },
        palette(), QStringLiteral("s"));
    connectChangePointTips(m_chartView, result.changes, QStringLiteral("s"));
    m_changes->setChangePoints(result.changes, QStringLiteral("s"));
}

} // namespace gatehouse::ui
