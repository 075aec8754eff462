// Issue 11 in the GUI: change points on every series chart and in a table under it, the
// Compare tab (benchstat rows as compareRuns gives them), a click on a chart selecting its
// run, zoom to the gate window. The readability fixes: test_gui_readable_charts.cpp.
#include "AnalysisSession.h"
#include "charts/AllocationsCharts.h"
#include "charts/ChangePointMarks.h"
#include "charts/ChartView.h"
#include "charts/InstallCharts.h"
#include "charts/RolloutCharts.h"
#include "compare/ChangesPanel.h"
#include "compare/CompareExport.h"
#include "compare/CompareSources.h"
#include "install/InstallComparison.h"
#include "models/ChangePointsModel.h"
#include "models/CompareModel.h"
#include "models/ModelRoles.h"
#include "pages/AllocationsPage.h"
#include "pages/InstallPage.h"
#include "pages/UnknownRatePage.h"
#include "rollout/PolicyChanges.h"
#include "sources/Loader.h"
#include "widgets/TableView.h"

#include "GuiTestSupport.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QValueAxis>

#include <QtTest>

using namespace gatehouse;
using namespace gatehouse::ui;

namespace {

template <typename T = QXYSeries> T *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    return nullptr;
}

// [7]*40 + [8]*40: one change point at index 40 with p = 0 (SPEC §9's known answer).
changes::SeriesChangePoints stepSeries()
{
    changes::SeriesChangePoints s;
    for (int i = 0; i < 80; ++i) {
        s.values.append(i < 40 ? 7 : 8);
        s.runIds.append(QStringLiteral("r%1").arg(i));
        s.timestamps.append(QDateTime(QDate(2026, 9, 1), QTime(6, 0), Qt::UTC).addDays(i));
        s.policyHashes.append(i < 40 ? QStringLiteral("aaa111") : QStringLiteral("bbb222"));
    }
    s.compute(changes::ChangePointOptions());
    return s;
}

} // namespace

class TestGuiChanges : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void changePointTableListsThePoints();
    void changePointsAreDrawnWithTooltips();
    void everyPageListsItsChangePoints();
    void rateMarksSitOnTheirRuns();
    void compareModelMatchesCompareRuns();
    void draggedRangesCompareThoseRuns();
    void installAndPolicyComparisons();
    void clickOnChartSelectsRun();
    void zoomToGateWindow();
    void screenshots();

private:
    AnalysisSession *m_session = nullptr;
};

void TestGuiChanges::init()
{
    m_session = gui_test::demoSession().release();
}

void TestGuiChanges::cleanup()
{
    delete m_session;
}

void TestGuiChanges::changePointTableListsThePoints()
{
    ChangePointsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const changes::SeriesChangePoints series = stepSeries();
    QCOMPARE(series.points.size(), 1);
    model.setSeries(series, QStringLiteral("s"));
    QCOMPARE(model.rowCount(), 1);
    const auto cell = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(cell(ChangePointsModel::RunColumn), QStringLiteral("r40"));
    QCOMPARE(cell(ChangePointsModel::TimeColumn), QStringLiteral("2026-10-11T06:00:00Z"));
    QCOMPARE(cell(ChangePointsModel::BeforeColumn), QStringLiteral("7 s"));
    QCOMPARE(cell(ChangePointsModel::AfterColumn), QStringLiteral("8 s"));
    QCOMPARE(cell(ChangePointsModel::ChangeColumn), QStringLiteral("+14 %"));
    QCOMPARE(cell(ChangePointsModel::PvalueColumn), QStringLiteral("0"));
    QCOMPARE(cell(ChangePointsModel::NoteColumn), QStringLiteral("first run of policy bbb222"));
    QCOMPARE(model.index(0, 0).data(RunIdRole).toString(), QStringLiteral("r40"));
    QCOMPARE(model.index(0, ChangePointsModel::PvalueColumn).data(SortRole).toDouble(), 0.0);
}

void TestGuiChanges::changePointsAreDrawnWithTooltips()
{
    const changes::SeriesChangePoints series = stepSeries();
    auto chart = std::make_unique<QChart>();
    auto *x = new QValueAxis, *y = new QValueAxis;
    x->setRange(-1, 80);
    y->setRange(0, 10);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    // The chart draws only the runs from r20 on (like a detector's window).
    const auto xOf = [](const QString &runId) -> std::optional<double> {
        const int i = runId.mid(1).toInt();
        return i >= 20 ? std::optional<double>(i) : std::nullopt;
    };
    QCOMPARE(addChangePointMarks(chart.get(), series, xOf, QApplication::palette(), "s"), 1);
    const QXYSeries *marks = seriesNamed(chart.get(), kSeriesChangePoints);
    QCOMPARE(marks->points(), (QList<QPointF>{{40, 8}}));
    const QXYSeries *means = seriesNamed(chart.get(), kSeriesSegmentMeans);
    QCOMPARE(means->points().first(), QPointF(20, 7));
    QCOMPARE(means->points().last(), QPointF(79, 8));
    QVERIFY(means->points().contains(QPointF(40, 7))); // the riser at the change
    QCOMPARE(x->min(), -1.0);                          // ranges kept
    QCOMPARE(y->max(), 10.0);
    QCOMPARE(changePointNear(chart.get(), QPointF(41.2, 0)), 0);
    const QString tip = changePointToolTip(series, series.points.first(), "s");
    QVERIFY2(tip.contains("run r40"), qPrintable(tip));
    QVERIFY2(tip.contains("7 s → 8 s (+14 %), p = 0"), qPrintable(tip));
    QVERIFY2(tip.contains("first run of policy bbb222"), qPrintable(tip));
}

void TestGuiChanges::everyPageListsItsChangePoints()
{
    AllocationsPage allocations(m_session);
    InstallPage install(m_session);
    UnknownRatePage rate(m_session);
    // Install: every point of result.changes is in the table and drawn on the chart.
    const InstallResult &ir = m_session->install();
    QCOMPARE(install.changesPanel()->changePointsModel()->rowCount(), ir.changes.points.size());
    QVERIFY(seriesNamed(install.durationsView()->chart(), kSeriesChangePoints) ||
            ir.changes.points.isEmpty());
    // unknown_rate.
    const RolloutResult &rr = m_session->rollout();
    QCOMPARE(rate.changesPanel()->changePointsModel()->rowCount(), rr.changes.points.size());
    // The detector shown run by run: its own series.
    const DetectorKey key = allocations.currentDetector();
    for (const DetectorAllocations &d : m_session->allocations().detectors)
        if (d.key == key) {
            QCOMPARE(allocations.changesPanel()->changePointsModel()->rowCount(),
                     d.changes.points.size());
            QCOMPARE(allocations.changesPanel()->changePointsModel()->series().runIds,
                     d.changes.runIds);
        }
    // The demo has shifts to find: at least one of the three series has a change point.
    QVERIFY(!ir.changes.points.isEmpty() || !rr.changes.points.isEmpty() ||
            std::any_of(m_session->allocations().detectors.cbegin(),
                        m_session->allocations().detectors.cend(),
                        [](const DetectorAllocations &d) { return !d.changes.points.isEmpty(); }));
}

// The demo's unknown_rate has no change point: 40 runs stepping from 2 % to 30 % do.
// Each mark sits at the x of the run it starts (the chart's run order, time axis).
void TestGuiChanges::rateMarksSitOnTheirRuns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (int i = 0; i < 40; ++i) {
        const QString folder = dir.filePath(QStringLiteral("gate-result-%1").arg(5000 + i));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/gate_result.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("{\"run_id\": %1, \"timestamp\": \"2026-09-%2T%3:00:00Z\", "
                                  "\"policy_hash\": \"p1\", \"outcome\": \"PASS\", "
                                  "\"unknown_rate\": %4, \"top_reasons\": [\"oom_killed\"]}")
                       .arg(5000 + i)
                       .arg(1 + i / 20, 2, 10, QLatin1Char('0'))
                       .arg(i % 20, 2, 10, QLatin1Char('0'))
                       .arg(i < 20 ? 0.02 + 0.001 * (i % 3) : 0.30 + 0.001 * (i % 3))
                       .toUtf8());
    }
    AnalysisSession session;
    session.load({dir.path()});
    session.waitForLoaded();
    UnknownRatePage rate(&session);
    const RolloutResult &rr = session.rollout();
    QVERIFY(!rr.changes.points.isEmpty());
    const QXYSeries *marks = seriesNamed(rate.rateView()->chart(), kSeriesChangePoints);
    QVERIFY(marks);
    QList<double> xs, expected;
    for (const QPointF &p : marks->points())
        xs.append(p.x());
    for (const changes::ChangePoint &p : rr.changes.points)
        expected.append(rolloutChartX(rr, p.index, rolloutChartUsesTime(rr)));
    QCOMPARE(xs, expected);
}

void TestGuiChanges::compareModelMatchesCompareRuns()
{
    AllocationsPage page(m_session);
    ChangesPanel *panel = page.changesPanel();
    QAbstractItemModelTester tester(panel->compareModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel->setWindow(5);
    const QList<BenchRun> &runs = m_session->dataset().benchRuns;
    QVERIFY(runs.size() >= 10);
    const compare::CompareResult expected = compare::compareRuns(
        runs.mid(runs.size() - 10, 5), runs.mid(runs.size() - 5), compare::CompareOptions());
    const CompareModel *model = panel->compareModel();
    QCOMPARE(model->rows().size(), expected.rows.size());
    QCOMPARE(model->rowCount(), expected.rows.size() + expected.geomean.size());
    for (int i = 0; i < expected.rows.size(); ++i) {
        const compare::CompareRow &row = expected.rows.at(i);
        const auto cell = [&](int column) { return model->index(i, column).data().toString(); };
        QCOMPARE(cell(CompareModel::SeriesColumn), row.key.name);
        QCOMPARE(cell(CompareModel::UnitColumn), row.unit);
        QCOMPARE(cell(CompareModel::OldNColumn), QString::number(row.oldSummary.n));
        QCOMPARE(cell(CompareModel::NewNColumn), QString::number(row.newSummary.n));
        QCOMPARE(cell(CompareModel::OldColumn), CompareModel::summaryText(row.oldSummary));
        QCOMPARE(cell(CompareModel::DeltaColumn), compare::formatDelta(row));
        QCOMPARE(model->index(i, CompareModel::PvalueColumn).data(SortRole).toDouble(), row.pvalue);
    }
    QVERIFY(panel->compareCaption()->text().contains("vs the last 5"));
}

void TestGuiChanges::draggedRangesCompareThoseRuns()
{
    AllocationsPage page(m_session);
    ChangesPanel *panel = page.changesPanel();
    const QList<BenchRun> &runs = m_session->dataset().benchRuns;
    // Shift+drag over the first two and then the last three runs of the detector chart.
    emit page.detectorRunsView()->xRangeSelected(-0.4, 1.4);
    QVERIFY(!panel->hasRanges());
    const int shown = static_cast<int>(m_session->allocations().selectedRunIds.size());
    emit page.detectorRunsView()->xRangeSelected(shown - 3.4, shown - 0.6);
    QVERIFY(panel->hasRanges());
    QCOMPARE(panel->oldRange().size(), 2);
    QCOMPARE(panel->newRange().size(), 3);
    const compare::CompareResult expected =
        compare::compareRuns(benchRunsWithIds(runs, panel->oldRange()),
                             benchRunsWithIds(runs, panel->newRange()), compare::CompareOptions());
    QCOMPARE(panel->compareModel()->rows().size(), expected.rows.size());
    QCOMPARE(panel->compareModel()->rows().first().pvalue, expected.rows.first().pvalue);
    QCOMPARE(panel->compareModel()->rows().first().oldSummary.n,
             expected.rows.first().oldSummary.n);
}

void TestGuiChanges::installAndPolicyComparisons()
{
    InstallPage install(m_session);
    ChangesPanel *panel = install.changesPanel();
    QAbstractItemModelTester tester(panel->compareModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel->setWindow(4);
    const std::optional<compare::CompareRow> expected =
        installWindowComparison(m_session->install(), 4, compare::CompareOptions());
    QVERIFY(expected);
    QCOMPARE(panel->compareModel()->rowCount(), 1);
    const compare::CompareRow &row = panel->compareModel()->rows().first();
    QCOMPARE(row.oldSummary.median, expected->oldSummary.median);
    QCOMPARE(row.newSummary.median, expected->newSummary.median);
    QCOMPARE(row.pvalue, expected->pvalue);
    QCOMPARE(panel->compareModel()->index(0, CompareModel::DeltaColumn).data().toString(),
             compare::formatDelta(*expected));

    // Consecutive policy versions: the same p and medians as the rollout's policy_changes.
    UnknownRatePage rate(m_session);
    const QList<PolicyChange> changes = policyChanges(m_session->rollout());
    const CompareModel *model = rate.changesPanel()->compareModel();
    QCOMPARE(model->rowCount(), changes.size());
    for (int i = 0; i < changes.size(); ++i) {
        const PolicyChange &c = changes.at(i);
        const compare::CompareRow &r = model->rows().at(i);
        QCOMPARE(r.key.name, c.from + " → " + c.to);
        QCOMPARE(r.oldSummary.n, c.runsFrom);
        QCOMPARE(r.newSummary.median, c.medianTo);
        QCOMPARE(r.pvalue, c.pvalue);
        if (r.significant) // a rate's change is the difference of the medians, not a percent
            QVERIFY(!model->index(i, CompareModel::DeltaColumn).data().toString().contains('%'));
    }
}

void TestGuiChanges::clickOnChartSelectsRun()
{
    AllocationsPage page(m_session);
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(400); // the charts rebuild for their shown width
    ChartView *view = page.detectorRunsView();
    const QString runId = m_session->allocations().selectedRunIds.at(3);
    QVERIFY(m_session->selectedRunId() != runId);
    QXYSeries *means = seriesNamed(view->chart(), kSeriesRunMeans);
    QPointF value;
    for (const QPointF &p : means->points())
        if (qRound(p.x()) == 3)
            value = p;
    const QPoint pos =
        view->mapFromScene(view->chart()->mapToScene(view->chart()->mapToPosition(value, means)));
    const auto *xAxis = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Horizontal).value(0));
    const double left = xAxis->min(), right = xAxis->max();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(m_session->selectedRunId(), runId);
    // A click is not a zoom; a drag still is.
    QCOMPARE(xAxis->min(), left);
    QCOMPARE(xAxis->max(), right);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, pos - QPoint(60, 40));
    QTest::mouseMove(view->viewport(), pos + QPoint(60, 40));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, pos + QPoint(60, 40));
    QVERIFY(xAxis->max() - xAxis->min() < right - left);
}

void TestGuiChanges::zoomToGateWindow()
{
    InstallPage page(m_session);
    const InstallResult &result = m_session->install();
    auto *button = page.findChild<QPushButton *>("zoomToGateWindow");
    QVERIFY(button);
    button->click();
    const auto *axis =
        qobject_cast<QDateTimeAxis *>(page.durationsView()->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    // From just before the first of the last N runs to just after the last run.
    int first = -1;
    for (int i = 0; i < result.series.size(); ++i)
        if (result.series.at(i).used && first < 0)
            first = i;
    const double left = double(axis->min().toMSecsSinceEpoch());
    const double right = double(axis->max().toMSecsSinceEpoch());
    QVERIFY(left < installPointX(result, first) && left > installPointX(result, first - 1));
    QVERIFY(right > installPointX(result, int(result.series.size()) - 1));
}

void TestGuiChanges::screenshots()
{
    // To look at: the Compare tab under the allocations charts, the install page with its
    // change points, both in the temp dir (or GATEHOUSE_SCREENSHOT_DIR).
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR", QDir::tempPath());
    AllocationsPage allocations(m_session);
    allocations.resize(1400, 900);
    allocations.show();
    QVERIFY(QTest::qWaitForWindowExposed(&allocations));
    allocations.changesPanel()->setCurrentIndex(1);
    QTest::qWait(400);
    QVERIFY(allocations.grab().save(dir + "/allocations_compare.png"));
    InstallPage install(m_session);
    install.resize(1400, 900);
    install.show();
    QVERIFY(QTest::qWaitForWindowExposed(&install));
    install.changesPanel()->setCurrentIndex(1);
    QTest::qWait(400);
    QVERIFY(install.grab().save(dir + "/install_compare.png"));
}

QTEST_MAIN(TestGuiChanges)
#include "test_gui_changes.moc"
