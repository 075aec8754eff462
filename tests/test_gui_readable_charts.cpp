// Issue 11's charts an operator can read: allocs/op as value × count per detector, every
// category label shown (the first one was dropped), a time axis despite a few runs without
// a timestamp, the top spike reasons + "other", unknown_rate and spike ticks at round values.
#include "AnalysisSession.h"
#include "charts/AllocationsCharts.h"
#include "charts/ChartView.h"
#include "charts/InstallCharts.h"
#include "charts/RolloutCharts.h"
#include "charts/ValueCountsChart.h"
#include "pages/AllocationsPage.h"
#include "sources/Loader.h"

#include "GuiTestSupport.h"
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QScatterSeries>
#include <QStackedBarSeries>
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

// Whether a label with this text is drawn (visible) anywhere in the view's scene.
bool labelShown(ChartView *view, const QString &text)
{
    for (QGraphicsItem *item : view->scene()->items())
        if (auto *label = dynamic_cast<QGraphicsTextItem *>(item))
            if (label->toPlainText() == text && label->isVisible())
                return true;
    if (qEnvironmentVariableIsSet("GATEHOUSE_DEBUG_LABELS"))
        for (QGraphicsItem *item : view->scene()->items())
            if (auto *label = dynamic_cast<QGraphicsTextItem *>(item))
                qDebug() << label->toPlainText() << label->isVisible() << label->scenePos()
                         << view->chart()->plotArea();
    return false;
}

} // namespace

class TestGuiReadableCharts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void allocsDistributionShowsCountsPerValue();
    void firstCategoryLabelIsShown();
    void installTimeAxisDespiteFewUntimedRuns();
    void topSpikeReasonsAndOther();
    void rateAxisTicksAreRound();
    void detectorSuffixLeftOutOfLabels_data();
    void detectorSuffixLeftOutOfLabels();

private:
    AnalysisSession *m_session = nullptr;
};

void TestGuiReadableCharts::init()
{
    m_session = gui_test::demoSession().release();
}

void TestGuiReadableCharts::cleanup()
{
    delete m_session;
}

void TestGuiReadableCharts::allocsDistributionShowsCountsPerValue()
{
    AllocationsPage page(m_session);
    QChart *chart = page.boxPlotView()->chart();
    // DNSExfilDetector: 90 samples at 18 and 10 at 19 over the last 10 runs.
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    // Every demo detector ends in "Detector": the labels leave it out (the table has it).
    QVERIFY2(!axis->categories().contains("DNSExfilDetector"),
             qPrintable(axis->categories().join(", ")));
    const int column = static_cast<int>(axis->categories().indexOf("DNSExfil"));
    QVERIFY(column >= 0);
    const QXYSeries *ninety = seriesNamed(chart, kSeriesValueCounts + "90");
    const QXYSeries *ten = seriesNamed(chart, kSeriesValueCounts + "10");
    QVERIFY(ninety && ten);
    // The mode left of the detector's slot, the other value right of it (labels apart).
    QVERIFY(ninety->points().contains(QPointF(column - 0.3, 18)));
    QVERIFY(ten->points().contains(QPointF(column + 0.3, 19)));
    QCOMPARE(ninety->pointLabelsFormat(), QStringLiteral("@yPoint × 90"));
    QVERIFY(ninety->pointLabelsVisible());
    // Continuous metrics keep the box plot.
    AllocationsOptions options = m_session->options().allocations;
    options.metric = QStringLiteral("ns/op");
    m_session->setAllocationsOptions(options);
    QVERIFY(seriesNamed<QAbstractSeries>(page.boxPlotView()->chart(), kSeriesBoxes));
}

void TestGuiReadableCharts::firstCategoryLabelIsShown()
{
    AllocationsPage page(m_session);
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::qWait(300);
    const auto first = [](ChartView *view) {
        return qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Horizontal).value(0))
            ->categories()
            .first();
    };
    QVERIFY2(labelShown(page.boxPlotView(), first(page.boxPlotView())),
             qPrintable(first(page.boxPlotView())));
    // The box plot (as in allocations_boxplot.png) too.
    ChartView box; // narrow: a tilt that fits a wide plot would lose the first name here
    box.resize(520, 420);
    box.setChartWithTheme(createDetectorBoxPlot(m_session->allocations(),
                                                m_session->dataset().benchRuns, box.palette()));
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QVERIFY2(labelShown(&box, first(&box)), qPrintable(first(&box)));
}

void TestGuiReadableCharts::installTimeAxisDespiteFewUntimedRuns()
{
    InstallResult result;
    result.options.budgetSeconds = 300;
    const QDateTime start(QDate(2026, 9, 1), QTime(6, 0), Qt::UTC);
    for (int i = 0; i < 10; ++i) {
        InstallPoint p;
        p.runId = QString::number(100 + i);
        p.seconds = 200 + i;
        p.rollingMedian = 200;
        if (i != 3 && i != 4) // two runs without metadata
            p.timestamp = start.addSecs(i * 3600);
        result.series.append(p);
    }
    std::unique_ptr<QChart> chart(createInstallDurationChart(result, QApplication::palette()));
    QVERIFY(qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0)));
    // Placed in run order between their neighbours, and marked.
    QCOMPARE(installPointX(result, 3), double(start.addSecs(3 * 3600).toMSecsSinceEpoch()));
    QCOMPARE(installPointX(result, 4), double(start.addSecs(4 * 3600).toMSecsSinceEpoch()));
    QCOMPARE(seriesNamed(chart.get(), kSeriesNoTimestamp)->count(), 2);
    QVERIFY(chart->axes(Qt::Horizontal).value(0)->titleText().contains("2 runs without"));
    QCOMPARE(installPointIndexAt(result, QPointF(installPointX(result, 4) + 1000, 0)), 4);
    // Most runs without a time: run order on the axis.
    for (int i = 0; i < 6; ++i)
        result.series[i].timestamp = QDateTime();
    chart.reset(createInstallDurationChart(result, QApplication::palette()));
    QVERIFY(qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0)));
}

void TestGuiReadableCharts::topSpikeReasonsAndOther()
{
    RolloutResult result;
    for (int r = 0; r < 30; ++r) {
        SpikeReasonCount count;
        count.reason = QStringLiteral("reason_%1").arg(r, 2, 10, QLatin1Char('0'));
        count.unlisted = 40 - r;
        result.spikesByReason.append(count);
    }
    const SpikeReasonBars bars = spikeReasonBars(result);
    QCOMPARE(bars.top.size(), kTopSpikeReasons);
    QCOMPARE(bars.otherReasons.size(), 30 - kTopSpikeReasons);
    int rest = 0;
    for (int r = kTopSpikeReasons; r < 30; ++r)
        rest += 40 - r;
    QCOMPARE(bars.other.unlisted, rest);
    std::unique_ptr<QChart> chart(createSpikesByReasonChart(result, QApplication::palette()));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QCOMPARE(axis->count(), kTopSpikeReasons + 1);
    QCOMPARE(axis->categories().first(), QStringLiteral("reason_00"));
    QCOMPARE(axis->categories().last(), QStringLiteral("other (22 reasons)"));
    const auto *bars2 = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
    QCOMPARE(bars2->barSets().at(1)->at(kTopSpikeReasons), double(rest));
    // Spike counts are whole: ticks at a whole, round step.
    const auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QCOMPARE(y->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(y->tickInterval(), std::round(y->tickInterval()));
    QVERIFY(y->max() >= rest);
}

void TestGuiReadableCharts::rateAxisTicksAreRound()
{
    const RolloutResult &result = m_session->rollout();
    std::unique_ptr<QChart> chart(createUnknownRateChart(result, QApplication::palette(), 800));
    const auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QCOMPARE(y->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(y->tickAnchor(), 0.0);
    const double step = y->tickInterval();
    QVERIFY2(QList<double>({0.001, 0.002, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5})
                 .contains(step),
             qPrintable(QString::number(step)));
    const double ticks = y->max() / step;
    QCOMPARE(ticks, std::round(ticks)); // the top is a tick too
}

void TestGuiReadableCharts::detectorSuffixLeftOutOfLabels_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QStringList>("labels");
    const QStringList demo{"ConnectDetector", "DNSExfilDetector", "FilelessExecDetector/memfd"};
    QTest::addRow("shared word") << demo << "Detector"
                                 << QStringList{"Connect", "DNSExfil", "FilelessExec/memfd"};
    QTest::addRow("one name") << QStringList{"ConnectDetector"} << ""
                              << QStringList{"ConnectDetector"};
    QTest::addRow("one without it")
        << QStringList{"ConnectDetector", "Parse"} << "" << QStringList{"ConnectDetector", "Parse"};
    QTest::addRow("nothing left") << QStringList{"ConnectDetector", "Detector"} << ""
                                  << QStringList{"ConnectDetector", "Detector"};
    QTest::addRow("short word") << QStringList{"ReadOp", "WriteOp"} << ""
                                << QStringList{"ReadOp", "WriteOp"};
    QTest::addRow("only after a slash")
        << QStringList{"Scan/FastDetector", "Scan/SlowDetector"} << ""
        << QStringList{"Scan/FastDetector", "Scan/SlowDetector"};
}

void TestGuiReadableCharts::detectorSuffixLeftOutOfLabels()
{
    QFETCH(QStringList, names);
    QFETCH(QString, suffix);
    QFETCH(QStringList, labels);
    QCOMPARE(commonNameSuffix(names), suffix);
    QStringList shown;
    for (const QString &name : names)
        shown.append(withoutSuffix(name, commonNameSuffix(names)));
    QCOMPARE(shown, labels);
}

QTEST_MAIN(TestGuiReadableCharts)
#include "test_gui_readable_charts.moc"
