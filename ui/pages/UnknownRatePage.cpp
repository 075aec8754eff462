// The Unknown rate page: layout, the charts and their interaction, the three tables,
// and the CSV export. The numbers panel (texts, WARN threshold) is in
// UnknownRatePageNumbers.cpp.
#include "UnknownRatePage.h"

#include "GatePageParts.h"

#include "AnalysisSession.h"
#include "charts/ChartView.h"
#include "charts/RolloutCharts.h"
#include "charts/WarnCurveChart.h"
#include "common/AtomicWrite.h"
#include "compare/ChangesPanel.h"
#include "models/ClassFrequencyModel.h"
#include "models/PolicySummaryModel.h"
#include "models/RolloutRunsModel.h"
#include "rollout/RolloutExport.h"
#include "whitelist/HighlightColors.h"
#include "widgets/TableView.h"

#include <QAction>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>
#include <cmath>

namespace gatehouse::ui {

namespace {

// What the charts show apart from the WARN line: when this is unchanged, moving the
// threshold only moves the line, and the operator's zoom stays.
QByteArray chartSignature(const RolloutResult &result)
{
    QByteArray signature;
    for (const RolloutRunRow &row : result.rows) {
        // The id's UTF-16 as it is: no conversion per run (10k runs on every refresh).
        const QString &id = row.run.identity.runId;
        signature.append(reinterpret_cast<const char *>(id.utf16()), id.size() * 2);
        signature += char('0' + int(row.runClass));
        signature += char('0' + int(row.spike));
        signature += char('0' + int(row.usesStaleClass));
        // The rate too: a reload can re-read a run's file with a new value.
        signature.append(reinterpret_cast<const char *>(&row.run.unknownRate), sizeof(double));
    }
    for (const PolicySummary &policy : result.policies)
        signature +=
            policy.policyHash.toUtf8() + QByteArray::number(policy.spikeThreshold, 'g', 17);
    signature += std::isfinite(result.warn.threshold) ? "W" : "-";
    return signature;
}

} // namespace

UnknownRatePage::UnknownRatePage(AnalysisSession *session, QWidget *parent) : Page(session, parent)
{
    m_rateView = new ChartView;
    m_rateView->setObjectName(QStringLiteral("unknownRateChart"));
    m_rateResize =
        new RebuildOnResize(m_rateView, [this] { inParts([this] { rebuildCharts(); }); });
    m_spikesView = new ChartView;
    m_spikesView->setObjectName(QStringLiteral("spikesByReasonChart"));
    m_warnCurveView = new ChartView;
    m_warnCurveView->setObjectName(QStringLiteral("warnCurveChart"));

    // The trade-off sits above what drives the spikes: both answer "which threshold".
    auto *sideSplit = new QSplitter(Qt::Vertical);
    sideSplit->addWidget(m_warnCurveView);
    sideSplit->addWidget(m_spikesView);
    sideSplit->setStretchFactor(0, 3);
    sideSplit->setStretchFactor(1, 2);
    auto *chartSplit = new QSplitter(Qt::Horizontal);
    chartSplit->addWidget(m_rateView);
    chartSplit->addWidget(sideSplit);
    chartSplit->setStretchFactor(0, 5); // the run chart's date labels need ~650 px
    chartSplit->setStretchFactor(1, 4);

    auto *mainSplit = new QSplitter(Qt::Vertical);
    mainSplit->addWidget(chartSplit);
    mainSplit->addWidget(createTables());
    createChanges();
    mainSplit->setStretchFactor(0, 3);
    mainSplit->setStretchFactor(1, 2);
    mainSplit->setSizes({450, 300}); // proportions until the operator drags the handle

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageIntro(
        tr("unknown_rate of every gate_result.json run, per policy version; a spike is a run "
           "above median + max(k × 1.4826 × MAD, δ) of its version. The WARN preview shows "
           "which runs a threshold would flag and the false-positive rate (non-FAIL runs "
           "flagged) without and with the whitelist; the gate needs enough runs, a readable "
           "whitelist, that rate at most fp_max and no stale class."),
        this));
    layout->addWidget(createSummaryPanel());
    layout->addWidget(createWarnPanel());
    layout->addWidget(mainSplit, 1);

    applyHighlightColors();
    connect(session, &AnalysisSession::rolloutChanged, this,
            [this] { updateWhenActive("refresh", [this] { refresh(); }); });
    connect(session, &AnalysisSession::runSelected, this,
            [this] { updateWhenActive("selection", [this] { highlightSelectedRun(); }); });
    refresh();
}

QList<QPair<QString, ChartView *>> UnknownRatePage::charts() const
{
    caughtUp(); // a staged chart is drawn before anyone reads it
    return {{QStringLiteral("unknown_rate"), m_rateView},
            {QStringLiteral("spikes_by_reason"), m_spikesView},
            {QStringLiteral("warn_curve"), m_warnCurveView}};
}

QWidget *UnknownRatePage::createTables()
{
    m_runsModel = new RolloutRunsModel(this);
    m_policyModel = new PolicySummaryModel(this);
    m_frequencyModel = new ClassFrequencyModel(this);

    m_runsTable = new TableView;
    m_runsTable->setObjectName(QStringLiteral("runsTable"));
    m_runsTable->setSourceModel(m_runsModel);
    m_runsTable->sortByColumn(RolloutRunsModel::RunIdColumn, Qt::AscendingOrder);
    m_runsTable->linkRunSelection(session());

    m_policyTable = new TableView;
    m_policyTable->setObjectName(QStringLiteral("policyTable"));
    m_policyTable->setSourceModel(m_policyModel);

    m_frequencyTable = new TableView;
    m_frequencyTable->setObjectName(QStringLiteral("classFrequencyTable"));
    m_frequencyTable->setSourceModel(m_frequencyModel);
    m_frequencyTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *whitelistAction = new QAction(tr("Whitelist this reason"), m_frequencyTable);
    connect(whitelistAction, &QAction::triggered, this,
            &UnknownRatePage::requestWhitelistForCurrentReason);
    m_frequencyTable->addAction(whitelistAction);
    connect(m_frequencyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UnknownRatePage::updateWhitelistButton);

    m_whitelistButton = new QPushButton(tr("&Whitelist this reason"));
    m_whitelistButton->setObjectName(QStringLiteral("whitelistReasonButton"));
    m_whitelistButton->setToolTip(tr("Adds a class for the selected reason in the Whitelist "
                                     "editor (undoable there)"));
    connect(m_whitelistButton, &QPushButton::clicked, this,
            &UnknownRatePage::requestWhitelistForCurrentReason);
    auto *frequencyPane = new QWidget;
    auto *frequencyLayout = new QVBoxLayout(frequencyPane);
    frequencyLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Per policy_hash and top reason; stale whitelist "
                                     "classes are highlighted.")),
                       1);
    buttons->addWidget(m_whitelistButton);
    frequencyLayout->addLayout(buttons);
    frequencyLayout->addWidget(m_frequencyTable);

    // Fit columns to the data once per new load; re-analyses keep the operator's widths.
    connect(m_runsModel, &QAbstractItemModel::modelReset, m_runsTable,
            &QTableView::resizeColumnsToContents);
    connect(m_policyModel, &QAbstractItemModel::modelReset, m_policyTable,
            &QTableView::resizeColumnsToContents);
    connect(m_frequencyModel, &QAbstractItemModel::modelReset, m_frequencyTable,
            &QTableView::resizeColumnsToContents);

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_runsTable, tr("&Runs"));
    m_tabs->addTab(m_policyTable, tr("&Policies"));
    m_tabs->addTab(frequencyPane, tr("&Class frequency"));
    return m_tabs;
}

void UnknownRatePage::applyHighlightColors()
{
    const QColor stale = staleBackground(palette());
    m_runsModel->setStaleBackground(stale);
    m_frequencyModel->setStaleBackground(stale);
}

void UnknownRatePage::refresh()
{
    const RolloutResult &result = session()->rollout();
    m_runsModel->setResult(result);
    m_policyModel->setResult(result);
    m_frequencyModel->setResult(result);
    stage("charts", [this] { refreshCharts(); });
    updateTexts();
    updateWarnControls();
    updateWhitelistButton();
}

QByteArray UnknownRatePage::currentChartSignature() const
{
    return chartSignature(session()->rollout());
}

void UnknownRatePage::refreshCharts()
{
    const RolloutResult &result = session()->rollout();
    const QByteArray signature = currentChartSignature();
    // Change points and policy versions follow the rates and classes, not the threshold.
    if (signature != m_chartSignature)
        emit m_changes->compareInputsChanged();
    if (signature != m_chartSignature || !updateWarnThresholdInChart(m_rateView->chart(), result))
        rebuildCharts(signature);
    else if (!updateWarnCurveMarks(m_warnCurveView->chart(), session()->warnKeyPoints()))
        rebuildWarnCurve();
}

void UnknownRatePage::rebuildCharts(const QByteArray &signature)
{
    m_chartSignature = signature;
    // The views' own palettes: ChartView themes the chart by it again, and a different
    // theme there would reset the colours chosen here. Each part reads the result when it
    // runs (Page::stage), so parts of an older refresh never show older data.
    stageChart("rateChart", m_rateView, [this] {
        return createUnknownRateChart(session()->rollout(), m_rateView->palette(),
                                      m_rateResize->plotWidthForBuild());
    });
    stage("sideCharts", [this] {
        m_spikesView->setChartWithTheme(
            createSpikesByReasonChart(session()->rollout(), m_spikesView->palette()));
        rebuildWarnCurve();
    });
    stage("rateMarks", [this] {
        connectChartInteraction();
        markChanges();
        highlightSelectedRun();
    });
}

void UnknownRatePage::rebuildWarnCurve()
{
    m_warnCurveView->setChartWithTheme(createWarnCurveChart(
        session()->rollout(), session()->warnCurve(), session()->warnKeyPoints(),
        m_warnCurveView->palette(), m_warnCurveView->width()));
    // Hover reads the rates at a threshold; a click puts that step's threshold in force
    // through the same path as the slider.
    for (const char *role : {kFpWithoutSeries, kFpWithSeries, kFailRecallSeries}) {
        for (QXYSeries *series : seriesWithRole(m_warnCurveView->chart(), role)) {
            connect(series, &QXYSeries::hovered, this, [this](const QPointF &point, bool state) {
                const auto p = warnCurvePointAt(session()->warnCurve(), point.x());
                if (!state || !p)
                    return QToolTip::hideText();
                QToolTip::showText(QCursor::pos(),
                                   warnCurvePointText(*p) + tr("\nClick to use this threshold."),
                                   m_warnCurveView);
            });
            connect(series, &QXYSeries::clicked, this, [this](const QPointF &point) {
                if (const auto p = warnCurvePointAt(session()->warnCurve(), point.x()))
                    setWarnThreshold(p->threshold);
            });
        }
    }
}

void UnknownRatePage::connectChartInteraction()
{
    // Hover names the run; a click selects it in every view.
    for (const char *role : {kRateSeries, kSpikeSeries, kSelectionSeries}) {
        for (QXYSeries *series : seriesWithRole(m_rateView->chart(), role)) {
            connect(series, &QXYSeries::hovered, this,
                    [this, series](const QPointF &point, bool state) {
                        const int row = rolloutRowNear(series, point);
                        const RolloutResult &result = session()->rollout();
                        if (!state || row < 0 || row >= result.rows.size()) {
                            QToolTip::hideText();
                            return;
                        }
                        QToolTip::showText(QCursor::pos(), runTooltip(result.rows.at(row)),
                                           m_rateView);
                    });
            connect(series, &QXYSeries::clicked, this, [this, series](const QPointF &point) {
                const int row = rolloutRowNear(series, point);
                const RolloutResult &result = session()->rollout();
                if (row >= 0 && row < result.rows.size())
                    session()->selectRun(result.rows.at(row).run.identity.runId);
            });
        }
    }
}

void UnknownRatePage::highlightSelectedRun()
{
    highlightRunInChart(m_rateView->chart(), session()->rollout(), session()->selectedRunId());
}

void UnknownRatePage::updateWhitelistButton()
{
    const QModelIndex current = m_frequencyTable->currentIndex();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_frequencyTable->model());
    const QModelIndex source =
        proxy && current.isValid() ? proxy->mapToSource(current) : QModelIndex();
    const bool canWhitelist =
        source.isValid() && !m_frequencyModel->frequencyAt(source.row()).whitelisted;
    m_whitelistButton->setEnabled(canWhitelist);
    for (QAction *action : m_frequencyTable->actions())
        action->setEnabled(canWhitelist);
}

void UnknownRatePage::requestWhitelistForCurrentReason()
{
    const QModelIndex current = m_frequencyTable->currentIndex();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_frequencyTable->model());
    if (!proxy || !current.isValid())
        return;
    const ReasonFrequency &frequency =
        m_frequencyModel->frequencyAt(proxy->mapToSource(current).row());
    if (!frequency.whitelisted)
        emit whitelistReasonRequested(frequency.reason);
}

bool UnknownRatePage::exportSeriesCsv(const QString &path, QString *error) const
{
    return writeFileAtomically(path, rolloutSeriesCsv(session()->rollout()), error);
}

void UnknownRatePage::exportWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export rollout series"),
                                     QStringLiteral("rollout_series.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = exportSeriesCsv(path, &error);
    m_message->setText(ok ? tr("Wrote %1").arg(path) : error);
    QPalette colors = m_message->palette();
    colors.setColor(QPalette::WindowText,
                    ok ? palette().color(QPalette::WindowText) : errorText(palette()));
    m_message->setPalette(colors);
    m_message->show();
}

void UnknownRatePage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_rateView) {
        applyHighlightColors();
        // Chart colours are chosen against the palette. Rebuild once every child has the
        // new palette and ChartView has re-themed (which resets series colours).
        QMetaObject::invokeMethod(
            this, [this] { rebuildCharts(); }, Qt::QueuedConnection);
    }
}

} // namespace gatehouse::ui
