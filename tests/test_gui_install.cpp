// The install-duration page on the embedded demo: the verdict line, the chart's budget,
// points and over-budget marks, the controls driving the session, the runs table linked
// with the session's selected run both ways, decimation of long series, and a screenshot
// (docs/screenshots/install.png when GATEHOUSE_SCREENSHOT_DIR names it, the temp dir otherwise).
#include "AnalysisSession.h"
#include "charts/AllocationsCharts.h"
#include "charts/ChartView.h"
#include "charts/InstallCharts.h"
#include "models/InstallRunsModel.h"
#include "models/ModelRoles.h"
#include "pages/InstallPage.h"
#include "sources/Loader.h"
#include "widgets/TableView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSpinBox>
#include <QValueAxis>
#include <QtTest>
#include <memory>

using namespace gatehouse;
using namespace gatehouse::ui;

namespace {

QXYSeries *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == name)
            return qobject_cast<QXYSeries *>(s);
    return nullptr;
}

int countOver(const InstallResult &result, double budget)
{
    return static_cast<int>(
        std::count_if(result.series.cbegin(), result.series.cend(),
                      [&](const InstallPoint &p) { return p.seconds > budget; }));
}

} // namespace

class TestGuiInstall : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void statusLineOnTop();
    void chartDrawsTheResult();
    void budgetChangeChangesStatus();
    void filtersAndWindowReachTheSession();
    void modelPassesTester();
    void tableAndSessionSelectionAreLinked();
    void chartClickSelectsRun();
    void runIndexAxisWithoutTimestamps();
    void longSeriesIsDecimated();
    void screenshot();

private:
    AnalysisSession *m_session = nullptr;
    InstallPage *m_page = nullptr;
};

void TestGuiInstall::init()
{
    m_session = new AnalysisSession;
    m_page = new InstallPage(m_session);
    m_page->resize(1400, 900);
    m_session->load({demoSourcePath()});
    m_session->waitForLoaded();
}

void TestGuiInstall::cleanup()
{
    delete m_page;
    delete m_session;
}

void TestGuiInstall::statusLineOnTop()
{
    QCOMPARE(m_page->title(), QStringLiteral("Install duration"));
    QCOMPARE(m_page->statusLabel()->text(),
             QStringLiteral("median 232.5 s ≤ budget 300 s over the last 10 runs: PASS (ready)"));
    QCOMPARE(m_page->charts().value(0).first, QStringLiteral("install_durations"));
    QCOMPARE(m_page->charts().value(0).second, m_page->durationsView());
}

void TestGuiInstall::chartDrawsTheResult()
{
    const InstallResult &result = m_session->install();
    QVERIFY(result.series.size() >= 10);
    QChart *chart = m_page->durationsView()->chart();
    const QXYSeries *budget = seriesNamed(chart, kSeriesBudget);
    QCOMPARE(budget->count(), 2);
    QCOMPARE(budget->at(0).y(), 300.0);
    QCOMPARE(budget->at(1).y(), 300.0);
    QCOMPARE(seriesNamed(chart, kSeriesDurations)->count(), result.series.size());
    QCOMPARE(seriesNamed(chart, kSeriesRollingMedian)->count(), result.series.size());
    QCOMPARE(seriesNamed(chart, kSeriesRollingMedian)->at(result.series.size() - 1).y(),
             result.series.last().rollingMedian);
    QCOMPARE(seriesNamed(chart, kSeriesOverBudget)->count(), countOver(result, 300));
    QCOMPARE(seriesNamed(chart, kSeriesGateMedian)->at(0).y(), 232.5);
    // Demo run 9182736474 has no metadata, so no timestamp: the axis stays time, and that
    // run is placed in run order and marked (issue 11).
    QVERIFY(std::any_of(result.series.cbegin(), result.series.cend(),
                        [](const InstallPoint &p) { return !p.timestamp.isValid(); }));
    QVERIFY(qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0)));
    QCOMPARE(seriesNamed(chart, kSeriesDurations)->at(0).x(), installPointX(result, 0));
    QCOMPARE(seriesNamed(chart, kSeriesNoTimestamp)->count(), 1);
    QCOMPARE(m_page->runsModel()->rowCount(), result.series.size());
}

void TestGuiInstall::budgetChangeChangesStatus()
{
    m_page->budgetSpin()->setValue(200);
    const InstallResult &result = m_session->install();
    QCOMPARE(m_session->options().install.budgetSeconds, 200.0);
    QCOMPARE(result.status, GateStatus::Fail);
    QCOMPARE(
        m_page->statusLabel()->text(),
        QStringLiteral("median 232.5 s > budget 200 s over the last 10 runs: FAIL (not ready)"));
    QChart *chart = m_page->durationsView()->chart();
    QCOMPARE(seriesNamed(chart, kSeriesBudget)->at(0).y(), 200.0);
    const int over = countOver(result, 200);
    QVERIFY(over > countOver(result, 300));
    QCOMPARE(seriesNamed(chart, kSeriesOverBudget)->count(), over);
    int overRows = 0;
    for (int row = 0; row < m_page->runsModel()->rowCount(); ++row)
        overRows += m_page->runsModel()
                            ->index(row, InstallRunsModel::OverBudget)
                            .data()
                            .toString()
                            .isEmpty()
                        ? 0
                        : 1;
    QCOMPARE(overRows, over);
}

void TestGuiInstall::filtersAndWindowReachTheSession()
{
    const int keptOnMain = static_cast<int>(m_session->install().series.size());
    QComboBox *branch = m_page->branchCombo();
    QCOMPARE(branch->currentData().toString(), QStringLiteral("main"));
    branch->setCurrentIndex(branch->findData(QStringLiteral("*")));
    QCOMPARE(m_session->options().install.branch, QStringLiteral("*"));
    QVERIFY(m_session->install().series.size() > keptOnMain);

    QComboBox *conclusion = m_page->conclusionCombo();
    conclusion->setCurrentIndex(conclusion->findData(QStringLiteral("*")));
    QCOMPARE(m_session->options().install.conclusion, QStringLiteral("*"));

    m_page->windowSpin()->setValue(500); // more than the demo has: INSUFFICIENT, median shown
    QCOMPARE(m_session->options().install.runs, 500);
    QCOMPARE(m_session->install().status, GateStatus::Insufficient);
    QVERIFY(m_page->statusLabel()->text().contains("need ≥ 500 runs"));
}

void TestGuiInstall::modelPassesTester()
{
    QAbstractItemModelTester tester(m_page->runsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_page->runsTable()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->budgetSpin()->setValue(250);
    m_page->windowSpin()->setValue(5);
    m_page->branchCombo()->setCurrentIndex(m_page->branchCombo()->findData(QStringLiteral("*")));
    QVERIFY(m_page->runsModel()->rowCount() > 0);
}

void TestGuiInstall::tableAndSessionSelectionAreLinked()
{
    TableView *table = m_page->runsTable();
    const InstallResult &result = m_session->install();
    const QString first = result.series.first().runId;
    const QString last = result.series.last().runId;

    // Table -> session.
    QModelIndex lastRow;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(RunIdRole).toString() == last)
            lastRow = table->model()->index(row, 0);
    QVERIFY(lastRow.isValid());
    table->setCurrentIndex(lastRow);
    QCOMPARE(m_session->selectedRunId(), last);
    const QXYSeries *selected = seriesNamed(m_page->durationsView()->chart(), kSeriesSelectedRun);
    QCOMPARE(selected->count(), 1);
    QCOMPARE(selected->at(0).y(), double(result.series.last().seconds));

    // Session -> table and chart.
    m_session->selectRun(first);
    QCOMPARE(table->currentIndex().data(RunIdRole).toString(), first);
    QCOMPARE(selected->at(0).x(), installPointX(result, 0));

    // A run the filters left out is not ringed.
    m_session->selectRun(QStringLiteral("no-such-run"));
    QCOMPARE(selected->count(), 0);
}

void TestGuiInstall::chartClickSelectsRun()
{
    const InstallResult &result = m_session->install();
    QXYSeries *durations = seriesNamed(m_page->durationsView()->chart(), kSeriesDurations);
    const QPointF fourth(installPointX(result, 3) + 0.2, double(result.series.at(3).seconds));
    emit durations->clicked(fourth);
    QCOMPARE(m_session->selectedRunId(), result.series.at(3).runId);
    QCOMPARE(m_page->runsTable()->currentIndex().data(RunIdRole).toString(),
             result.series.at(3).runId);
    const QString tip = installPointToolTip(result.series.at(3));
    QVERIFY(tip.contains(result.series.at(3).runId));
    QVERIFY(tip.contains(QString::number(result.series.at(3).seconds) + " s"));
    QVERIFY(tip.contains("2026-"));
    QVERIFY(tip.contains("sha " + result.series.at(3).headSha));
    // The run without metadata says so.
    QVERIFY(installPointToolTip(result.series.at(2)).contains("branch unknown"));
}

void TestGuiInstall::runIndexAxisWithoutTimestamps()
{
    InstallResult result;
    result.options.budgetSeconds = 100;
    for (int i = 0; i < 5; ++i) {
        InstallPoint p;
        p.runId = QString::number(i);
        p.seconds = 80 + 10 * i; // 110 and 120 are over the budget
        p.overBudget = p.seconds > 100;
        p.rollingMedian = p.seconds;
        result.series.append(p);
    }
    std::unique_ptr<QChart> chart(createInstallDurationChart(result, QApplication::palette()));
    QVERIFY(qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0)));
    QCOMPARE(seriesNamed(chart.get(), kSeriesDurations)->at(4), QPointF(5, 120));
    QCOMPARE(seriesNamed(chart.get(), kSeriesOverBudget)->count(), 2);
    QCOMPARE(installPointIndexAt(result, QPointF(3.2, 0)), 2);

    // With a timestamp on every run, time is on the x axis.
    for (int i = 0; i < result.series.size(); ++i)
        result.series[i].timestamp =
            QDateTime(QDate(2026, 9, 1), QTime(6, 0), Qt::UTC).addSecs(i * 7 * 3600);
    chart.reset(createInstallDurationChart(result, QApplication::palette()));
    QVERIFY(qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0)));
    QCOMPARE(seriesNamed(chart.get(), kSeriesDurations)->at(1).x(),
             double(result.series.at(1).timestamp.toMSecsSinceEpoch()));
    QCOMPARE(installPointIndexAt(result, QPointF(installPointX(result, 3) - 60000, 0)), 3);
}

void TestGuiInstall::longSeriesIsDecimated()
{
    InstallResult result;
    for (int i = 0; i < 10000; ++i) {
        InstallPoint p;
        p.runId = QString::number(i);
        p.seconds = i == 7777 ? 5000 : 200 + (i % 7);
        p.overBudget = p.seconds > 300;
        p.rollingMedian = 203;
        result.series.append(p);
    }
    InstallChartOptions options;
    options.plotWidth = 500;
    std::unique_ptr<QChart> chart(
        createInstallDurationChart(result, QApplication::palette(), options));
    const QXYSeries *durations = seriesNamed(chart.get(), kSeriesDurations);
    QVERIFY(durations->count() <= 1000);
    QVERIFY(durations->points().contains(QPointF(7778, 5000))); // the spike survives
    QCOMPARE(seriesNamed(chart.get(), kSeriesOverBudget)->count(), 1);
    options.plotWidth = 0; // no width: every point
    chart.reset(createInstallDurationChart(result, QApplication::palette(), options));
    QCOMPARE(seriesNamed(chart.get(), kSeriesDurations)->count(), 10000);
}

void TestGuiInstall::screenshot()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QTest::qWait(400); // charts rebuild for their shown width (debounced)
    m_session->selectRun(
        m_session->install().series.at(m_session->install().series.size() - 3).runId);
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR", QDir::tempPath());
    const QImage image = m_page->grab().toImage();
    QCOMPARE(image.size(), QSize(1400, 900));
    QVERIFY(image.save(dir + QStringLiteral("/install.png")));
}

int main(int argc, char **argv)
{
    // GUI tests default to the offscreen platform so they run without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestGuiInstall test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_install.moc"
