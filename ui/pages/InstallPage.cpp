#include "InstallPage.h"

#include "AnalysisSession.h"
#include "GatePageParts.h"
#include "charts/AllocationsCharts.h"
#include "charts/ChartView.h"
#include "charts/InstallCharts.h"
#include "common/StoredText.h"
#include "compare/ChangesPanel.h"
#include "install/InstallExport.h"
#include "models/InstallRunsModel.h"
#include "models/ModelRoles.h"
#include "rules/RulesUi.h"
#include "widgets/TableView.h"

#include <QChart>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>
#include <QXYSeries>
#include <set>

namespace gatehouse::ui {
namespace {

const QString kAny = QStringLiteral("*");

// Items are (label, filter value): the default first, the values seen in the data, "any".
void fillFilterCombo(QComboBox *combo, const QString &preferred, const std::set<QString> &seen,
                     const QString &anyLabel, const QString &current)
{
    QStringList values{preferred};
    for (const QString &v : seen)
        if (!values.contains(v))
            values.append(v);
    if (!current.isEmpty() && current != kAny && !values.contains(current))
        values.append(current);
    combo->clear();
    for (const QString &v : std::as_const(values))
        combo->addItem(v, v);
    combo->addItem(anyLabel, kAny);
    const int index = combo->findData(current.isEmpty() ? kAny : current);
    combo->setCurrentIndex(std::max(0, index));
}

} // namespace

InstallPage::InstallPage(AnalysisSession *session, QWidget *parent) : Page(session, parent)
{
    m_model = new InstallRunsModel(this);
    m_model->setPalette(palette());
    m_table = new TableView(this);
    m_proxy = m_table->setSourceModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(InstallRunsModel::Run, Qt::DescendingOrder); // newest first
    m_table->linkRunSelection(session);
    m_chartView = new ChartView(this);
    m_chartView->setObjectName(QStringLiteral("install_durations"));
    m_chartResize =
        new RebuildOnResize(m_chartView, [this] { inParts([this] { rebuildChart(); }); });

    m_status = new QLabel(this);
    m_reasons = new QLabel(this);
    m_warnings = new QLabel(this);
    setupStatusLabels(m_status, m_reasons, m_warnings);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->addWidget(createChanges());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageIntro(
        tr("helm install → DaemonSet Ready time per run, with the budget line and the rolling "
           "median of the previous N runs. The gate passes when the median of the last N kept "
           "runs is at most the budget. Bold italic controls are overrides of the rules."),
        this));
    layout->addWidget(createControls());
    layout->addWidget(m_status);
    layout->addWidget(m_reasons);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);

    // A run links to its CI page when its metadata names one.
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const int row = m_model->rowOf(index.data(RunIdRole).toString());
        if (row >= 0 && !m_model->result().series.at(row).htmlUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(m_model->result().series.at(row).htmlUrl));
    });
    connect(session, &AnalysisSession::installChanged, this,
            [this] { updateWhenActive("install", [this] { onInstallChanged(); }); });
    connect(session, &AnalysisSession::datasetChanged, this, &InstallPage::syncControls);
    // As on the other chart pages: hidden, the highlight waits until shown (a part of its own).
    connect(session, &AnalysisSession::runSelected, this, [this] {
        updateWhenActive("selection", [this] {
            stage("selection", [this] {
                highlightInstallRun(m_chartView->chart(), m_model->result(),
                                    this->session()->selectedRunId());
            });
        });
    });
    onInstallChanged();
}

QIcon InstallPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/page-install.svg"));
}

QList<QPair<QString, ChartView *>> InstallPage::charts() const
{
    caughtUp(); // a staged chart is drawn before anyone reads it
    return {{QStringLiteral("install_durations"), m_chartView}};
}

QWidget *InstallPage::createControls()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_budget = new QSpinBox(box);
    m_budget->setRange(1, 24 * 3600);
    m_budget->setSuffix(tr(" s"));
    m_budget->setSingleStep(10);
    m_budget->setToolTip(tr("PASS when the median of the last N runs is at most this"));
    m_window = new QSpinBox(box);
    m_window->setRange(1, 100000);
    m_window->setPrefix(tr("last "));
    m_window->setToolTip(tr("N: the runs of the gate median and the rolling median window"));
    m_branch = new QComboBox(box);
    m_branch->setToolTip(tr("Keep runs of this branch (runs without metadata are kept, flagged)"));
    m_conclusion = new QComboBox(box);
    m_conclusion->setToolTip(tr("Keep runs with this conclusion"));
    for (QSpinBox *spin : {m_budget, m_window})
        spin->setKeyboardTracking(false); // apply typed numbers once, not per digit
    addLabelled(row, tr("&Budget"), m_budget);
    addLabelled(row, tr("&Window"), m_window);
    addLabelled(row, tr("B&ranch"), m_branch);
    addLabelled(row, tr("C&onclusion"), m_conclusion);
    row->addStretch(1);
    connect(m_budget, &QSpinBox::valueChanged, this, &InstallPage::applyControls);
    connect(m_window, &QSpinBox::valueChanged, this, &InstallPage::applyControls);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &InstallPage::applyControls);
    connect(m_conclusion, &QComboBox::currentIndexChanged, this, &InstallPage::applyControls);
    return box;
}

void InstallPage::applyControls()
{
    if (m_syncing)
        return;
    InstallOptions options = session()->options().install;
    options.budgetSeconds = m_budget->value();
    options.runs = m_window->value();
    options.branch = m_branch->currentData().toString();
    options.conclusion = m_conclusion->currentData().toString();
    session()->setInstallOptions(options);
}

void InstallPage::syncControls()
{
    m_syncing = true;
    const InstallOptions o = session()->options().install;
    std::set<QString> branches, conclusions;
    for (const InstallRun &run : session()->dataset().installRuns) {
        if (run.metadata && !run.metadata->headBranch.isEmpty())
            branches.insert(run.metadata->headBranch);
        if (run.metadata && !run.metadata->conclusion.isEmpty())
            conclusions.insert(run.metadata->conclusion);
    }
    fillFilterCombo(m_branch, QStringLiteral("main"), branches, tr("any branch"), o.branch);
    fillFilterCombo(m_conclusion, QStringLiteral("success"), conclusions, tr("any conclusion"),
                    o.conclusion);
    m_budget->setValue(qRound(o.budgetSeconds));
    m_window->setValue(o.runs);
    const RuleSet &rules = session()->rules();
    markRuleControl(m_budget, rules, QStringLiteral("install.budget"),
                    tr("The median of the last N runs passes when it is at most this"));
    markRuleControl(m_window, rules, QStringLiteral("install.runs"),
                    tr("N: the runs of the gate median and the rolling median window"));
    markRuleControl(m_branch, rules, QStringLiteral("install.branch"),
                    tr("Keep runs of this branch (runs without metadata are kept, flagged)"));
    markRuleControl(m_conclusion, rules, QStringLiteral("install.conclusion"),
                    tr("Keep runs with this conclusion"));
    m_syncing = false;
}

void InstallPage::onInstallChanged()
{
    syncControls();
    m_model->setResult(session()->install());
    for (int column = 0; column < InstallRunsModel::HeadSha; ++column)
        m_table->resizeColumnToContents(column);
    updateStatus();
    // The table and the verdict first; when the page is being shown, the chart follows in
    // two parts (Page::stageChart) and the change points in one of their own.
    rebuildChart();
    stage("changes", [this] { emit m_changes->compareInputsChanged(); });
    // The model reset cleared the table's current row: show the selected run again.
    const QString selected = session()->selectedRunId();
    const int row = m_model->rowOf(selected);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        QSignalBlocker blocker(m_table->selectionModel());
        m_table->setCurrentIndex(index);
        m_table->selectRow(index.row());
    }
}

void InstallPage::updateStatus()
{
    const InstallResult &r = session()->install();
    if (session()->verdictsBlocked()) {
        showNoVerdict(m_status);
        m_reasons->hide();
    } else {
        showGateStatus(m_status, r.status,
                       QStringLiteral("%1 (%2)").arg(installSummaryLine(r), verdictWord(r.status)));
        const QString unmet = unmetChecksText(installChecks(r, static_cast<int>(r.series.size())));
        m_reasons->setText(unmet);
        m_reasons->setVisible(!unmet.isEmpty());
    }
    QStringList excluded;
    for (const InstallExclusion &ex : r.excluded)
        excluded.append(tr("run %1: %2").arg(ex.runId, inReportLanguage(ex.reason)));
    m_reasons->setToolTip(excluded.join(QLatin1Char('\n')));
    showWarnings(m_warnings, r.warnings);
}

void InstallPage::rebuildChart()
{
    stageChart(
        "chart", m_chartView,
        [this] {
            InstallChartOptions options;
            options.plotWidth = m_chartResize->plotWidthForBuild();
            options.selectedRunId = session()->selectedRunId();
            return createInstallDurationChart(session()->install(), palette(), options);
        },
        [this] {
            connectChartInteraction();
            markChanges();
        });
}

void InstallPage::connectChartInteraction()
{
    const auto pointAt = [this](const QPointF &p) -> const InstallPoint * {
        const int i = installPointIndexAt(m_model->result(), p);
        return i >= 0 ? &m_model->result().series.at(i) : nullptr;
    };
    linkRunPoints(
        m_chartView->chart(),
        {kSeriesDurations, kSeriesOverBudget, kSeriesSelectedRun, kSeriesRollingMedian},
        m_chartView, this, session(),
        [pointAt](const QPointF &p) {
            const InstallPoint *point = pointAt(p);
            return point ? installPointToolTip(*point) : QString();
        },
        [pointAt](const QPointF &p) {
            const InstallPoint *point = pointAt(p);
            return point ? point->runId : QString();
        });
}

void InstallPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // Queued: the chart view re-themes on the same change, which resets series colours.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_model->setPalette(palette());
            updateStatus();
            rebuildChart();
        },
        Qt::QueuedConnection);
}

} // namespace gatehouse::ui
