#include "AllocationsPage.h"

#include "AnalysisSession.h"
#include "GatePageParts.h"
#include "bench/AllocationsChecks.h"
#include "charts/AllocationsCharts.h"
#include "charts/ChartView.h"
#include "charts/ValueCountsChart.h"
#include "common/StoredText.h"
#include "common/Translate.h"
#include "compare/ChangesPanel.h"
#include "i18n/DisplayNumbers.h"
#include "models/DetectorTableModel.h"
#include "rules/RulesUi.h"
#include "widgets/TableView.h"

#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>

namespace gatehouse::ui {

AllocationsPage::AllocationsPage(AnalysisSession *session, QWidget *parent) : Page(session, parent)
{
    m_model = new DetectorTableModel(this);
    m_model->setPalette(palette());
    m_table = new TableView(this);
    m_proxy = m_table->setSourceModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(DetectorTableModel::Detector, Qt::AscendingOrder);
    // The reasons are the point of the table: wrap them rather than cut them off.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMinimumSectionSize(
        m_table->verticalHeader()->defaultSectionSize());
    // At 1400 px the Verdict and Why columns need the room: the spread figures the box plot
    // already draws start hidden; the header's context menu shows any column again.
    for (int column : {DetectorTableModel::Stdev, DetectorTableModel::Median,
                       DetectorTableModel::Min, DetectorTableModel::Max})
        m_table->setColumnHidden(column, true);
    m_table->horizontalHeader()->setToolTip(
        tr("Right-click to show or hide columns (Stdev, Median, Min, Max)"));
    m_table->enableColumnMenu([this] { fitTable(); });
    m_boxView = new ChartView(this);
    m_boxView->setObjectName(QStringLiteral("allocations_boxplot"));
    m_runsView = new ChartView(this);
    m_runsView->setObjectName(QStringLiteral("allocations_detector_runs"));
    m_runsResize = new RebuildOnResize(m_runsView, [this] { rebuildDetectorRuns(); });

    m_status = new QLabel(this);
    m_reasons = new QLabel(this);
    m_warnings = new QLabel(this);
    setupStatusLabels(m_status, m_reasons, m_warnings);

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_boxView);
    charts->addWidget(m_runsView);
    charts->setChildrenCollapsible(false);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(createChanges(charts));
    // The table keeps the height of its rows (fitTable); the charts take what is left.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageIntro(
        tr("Per detector, the %1 samples pooled over the selected runs. A detector is ready "
           "when its CV is below the threshold, its mean is within the drift of its baseline "
           "and it never failed; the Verdict column names every blocker. Bold italic "
           "controls are overrides of the rules.")
            .arg(QStringLiteral("allocs/op")),
        this));
    layout->addWidget(createControls());
    layout->addWidget(m_status);
    layout->addWidget(m_reasons);
    layout->addWidget(m_warnings);
    layout->addWidget(m_splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AllocationsPage::onTableRowChanged);
    connect(session, &AnalysisSession::allocationsChanged, this,
            [this] { updateWhenActive("allocations", [this] { onAllocationsChanged(); }); });
    // A hidden page highlights the run when it is shown, in a part of its own: the run
    // chart's scene took 20-30 ms for it, on top of the shown page's work.
    connect(session, &AnalysisSession::runSelected, this, [this] {
        updateWhenActive("selection", [this] {
            stage("selection", [this] { onRunSelected(this->session()->selectedRunId()); });
        });
    });
    onAllocationsChanged();
}

QIcon AllocationsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-allocations.svg"));
}

QList<QPair<QString, ChartView *>> AllocationsPage::charts() const
{
    caughtUp(); // a staged chart is drawn before anyone reads it
    return {{QStringLiteral("allocations_boxplot"), m_boxView},
            {QStringLiteral("allocations_detector_runs"), m_runsView}};
}

QWidget *AllocationsPage::createControls()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_metric = new QComboBox(box);
    m_metric->setToolTip(tr("The unit to judge: allocs/op, B/op, ns/op or any unit present"));
    m_window = new QSpinBox(box);
    m_window->setRange(0, 100000);
    m_window->setSpecialValueText(tr("all runs"));
    m_window->setPrefix(tr("last "));
    m_window->setToolTip(tr("Window N: the statistics pool the samples of the last N runs"));
    m_cvMax = new QDoubleSpinBox(box);
    m_cvMax->setRange(0.01, 1000);
    m_cvMax->setDecimals(2);
    m_cvMax->setSingleStep(0.1);
    m_cvMax->setSuffix(tr(" %"));
    m_cvMax->setToolTip(tr("A detector is OK when its CV is below this"));
    m_driftMax = new QDoubleSpinBox(box);
    m_driftMax->setRange(0, 1e9);
    m_driftMax->setDecimals(2);
    m_driftMax->setSingleStep(0.5);
    m_driftMax->setToolTip(tr("Largest |mean − baseline| that is still within the baseline"));
    for (QAbstractSpinBox *spin :
         std::initializer_list<QAbstractSpinBox *>{m_window, m_cvMax, m_driftMax})
        spin->setKeyboardTracking(false); // apply typed numbers once, not per digit
    addLabelled(row, tr("&Metric"), m_metric);
    addLabelled(row, tr("&Window"), m_window);
    addLabelled(row, tr("&CV threshold"), m_cvMax);
    addLabelled(row, tr("&Drift max"), m_driftMax);
    row->addStretch(1);

    connect(m_metric, &QComboBox::currentTextChanged, this, &AllocationsPage::applyControls);
    connect(m_window, &QSpinBox::valueChanged, this, &AllocationsPage::applyControls);
    connect(m_cvMax, &QDoubleSpinBox::valueChanged, this, &AllocationsPage::applyControls);
    connect(m_driftMax, &QDoubleSpinBox::valueChanged, this, &AllocationsPage::applyControls);
    return box;
}

void AllocationsPage::applyControls()
{
    if (m_syncing)
        return;
    AllocationsOptions options = session()->options().allocations;
    if (!m_metric->currentText().isEmpty())
        options.metric = m_metric->currentText();
    options.runs = m_window->value();
    options.cvMaxPercent = m_cvMax->value();
    options.driftMax = m_driftMax->value();
    session()->setAllocationsOptions(options);
}

void AllocationsPage::syncControls()
{
    m_syncing = true;
    const AllocationsResult &result = session()->allocations();
    const AllocationsOptions o = session()->options().allocations;
    QStringList units = result.units;
    if (!units.contains(o.metric))
        units.append(o.metric);
    QStringList items;
    for (int i = 0; i < m_metric->count(); ++i)
        items.append(m_metric->itemText(i));
    if (items != units) { // rebuilt only when the units changed, so focus and popup stay
        m_metric->clear();
        m_metric->addItems(units);
    }
    m_metric->setCurrentText(o.metric);
    m_window->setValue(o.runs);
    m_cvMax->setValue(o.cvMaxPercent);
    m_driftMax->setValue(o.driftMax);
    const RuleSet &rules = session()->rules();
    markRuleControl(m_metric, rules, QStringLiteral("bench.metric"),
                    tr("The unit to judge: allocs/op, B/op, ns/op or any unit present"));
    markRuleControl(m_window, rules, QStringLiteral("bench.runs"),
                    tr("Window N: the statistics pool the samples of the last N runs; the gate "
                       "needs at least N runs"));
    markRuleControl(m_cvMax, rules, QStringLiteral("bench.cv_max"),
                    tr("A detector passes the CV check when its CV is below this"));
    markRuleControl(m_driftMax, rules, QStringLiteral("bench.drift_max"),
                    tr("Largest |mean − baseline| that is still within the baseline"));
    m_syncing = false;
}

void AllocationsPage::onAllocationsChanged()
{
    syncControls();
    const AllocationsResult &result = session()->allocations();
    m_distributions = detectorDistributions(result, session()->dataset().benchRuns);
    const DetectorKey keep = m_current;
    m_model->setResult(result);
    fitTable();
    updateStatus();
    // Each chart and the change points in a part of its own when the page is being shown
    // (Page::stage); the table and the verdict first.
    stage("boxPlot", [this] { rebuildBoxPlot(); });
    // Keep the detector the operator was looking at; else show the first one that blocks
    // graduation, since that is the one to explain.
    DetectorKey show = keep;
    if (m_model->rowOf(show) < 0) {
        show = DetectorKey();
        for (int row = 0; row < m_proxy->rowCount() && show.name.isEmpty(); ++row) {
            const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
            if (result.detectors.at(source).blocksGraduation())
                show = m_model->keyAt(source);
        }
        if (show.name.isEmpty() && m_proxy->rowCount() > 0)
            show = m_model->keyAt(m_proxy->mapToSource(m_proxy->index(0, 0)).row());
    }
    showDetector(show); // always redraw: the result behind it changed
    stage("changes", [this] { emit m_changes->compareInputsChanged(); });
}

void AllocationsPage::fitTable()
{
    // Numbers take the width they need; the verdict wraps in a column of its own width and
    // the reasons (last column) take the rest, so neither is cut off at 1400 px.
    for (int column = 0; column < DetectorTableModel::Status; ++column)
        m_table->resizeColumnToContents(column);
    m_table->resizeColumnToContents(DetectorTableModel::Status);
    const int verdictMax = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30;
    if (m_table->columnWidth(DetectorTableModel::Status) > verdictMax)
        m_table->setColumnWidth(DetectorTableModel::Status, verdictMax);
    // Once, when first shown with data (row heights depend on the wrapped reasons, so on
    // the shown width): the table gets the height of its rows, up to half the page, and
    // the charts the rest. After that the operator's splitter position is kept.
    if (m_splitterSized || m_model->rowCount() == 0 || !isVisible())
        return;
    QHeaderView *rows = m_table->verticalHeader();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth() + 4;
    for (int row = 0; row < std::min(m_model->rowCount(), 12); ++row)
        height += rows->sectionSize(row);
    const int total = m_splitter->height();
    height = std::min(height, total / 2);
    m_splitter->setSizes({height, total - height});
    m_splitterSized = true;
}

void AllocationsPage::updateStatus()
{
    const AllocationsResult &r = session()->allocations();
    const AllocationsOptions &o = r.options;
    QStringList warnings = r.warnings;
    // SPEC §8: a baseline that was found but cannot be read is named, never "none".
    if (r.baselineFile.isUnreadable())
        warnings.prepend(tr("Baseline %1 cannot be read: %2; drift is not judged")
                             .arg(r.baselineFile.path, inReportLanguage(r.baselineFile.error)));
    showWarnings(m_warnings, warnings);
    if (session()->verdictsBlocked()) {
        showNoVerdict(m_status);
        m_reasons->hide();
        return;
    }
    const QString baseline =
        r.baselineFile.isLoaded()
            ? tr("baseline %1").arg(r.baselineFile.path)
            : (r.baselineFile.isUnreadable() ? tr("baseline unreadable") : tr("no baseline"));
    const QString scope =
        r.baselineOnly ? tr("%1: no benchmark runs, baseline values only").arg(o.metric)
                       : tr("%1 over %2 of %3 (%4 needed); CV < %5 %, drift within ±%6; %7")
                             .arg(o.metric, Tr::translate("AllocationsPage", "%Ln selected run(s)",
                                                          nullptr, r.runsSelected()))
                             .arg(r.runsAvailable)
                             .arg(o.minRuns)
                             .arg(uiCompact(o.cvMaxPercent), uiCompact(o.driftMax), baseline);
    showGateStatus(
        m_status, r.status,
        QStringLiteral("%1 (%2) — %3").arg(gateStatusName(r.status), verdictWord(r.status), scope));
    const QString unmet = unmetChecksText(allocationsChecks(r));
    m_reasons->setText(unmet);
    m_reasons->setVisible(!unmet.isEmpty());
}

void AllocationsPage::rebuildBoxPlot()
{
    const AllocationsResult &result = session()->allocations();
    // Whole-number allocs/op as value × count; the box plot for continuous metrics.
    m_boxView->setChartWithTheme(useValueCounts(result, m_distributions)
                                     ? createDetectorValueCounts(result, m_distributions, palette())
                                     : createDetectorBoxPlot(result, m_distributions, palette()));
    connectBoxPlotHover();
}

void AllocationsPage::rebuildDetectorRuns()
{
    m_currentDistribution = DetectorDistribution();
    for (const DetectorDistribution &d : std::as_const(m_distributions))
        if (d.key == m_current)
            m_currentDistribution = d;
    m_runsView->setChartWithTheme(createDetectorRunsChart(m_currentDistribution, palette(),
                                                          session()->selectedRunId(),
                                                          m_runsResize->plotWidthForBuild()));
    connectDetectorRunsHover();
    markDetectorChanges();
}

void AllocationsPage::selectDetector(const DetectorKey &key)
{
    if (key != m_current)
        showDetector(key);
}

void AllocationsPage::showDetector(const DetectorKey &key)
{
    m_current = key;
    const int sourceRow = m_model->rowOf(key);
    if (sourceRow >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (m_table->currentIndex().row() != index.row()) {
            QSignalBlocker blocker(m_table->selectionModel());
            m_table->setCurrentIndex(index);
            m_table->selectRow(index.row());
        }
    }
    stage("detectorRuns", [this] { rebuildDetectorRuns(); });
}

void AllocationsPage::onTableRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        selectDetector(m_model->keyAt(m_proxy->mapToSource(current).row()));
}

void AllocationsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // After the layout has given the table its width.
    QMetaObject::invokeMethod(
        this, [this] { fitTable(); }, Qt::QueuedConnection);
}

void AllocationsPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Queued: the chart views re-theme on the same change, which resets series colours.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_model->setPalette(palette());
            updateStatus();
            rebuildBoxPlot();
            rebuildDetectorRuns();
        },
        Qt::QueuedConnection);
}

} // namespace gatehouse::ui
