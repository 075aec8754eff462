// What the allocations charts draw (box plots, per-run samples) and the pixel-bucket
// decimation of long series: known answers computed by hand.
#include "bench/DetectorDistribution.h"
#include "common/Decimate.h"

#include <QtTest>
#include <cmath>

using namespace gatehouse;

namespace {

const QString kPkg = QStringLiteral("example.com/detectors");
const QString kAllocs = QStringLiteral("allocs/op");

using Samples = QMap<QString, QVector<double>>; // detector -> allocs/op samples of one run

BenchRun makeRun(const QString &id, const Samples &samples, const QMap<QString, int> &failures = {})
{
    BenchRun run;
    run.identity.runId = id;
    run.identity.timestamp = QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC).addDays(id.toInt());
    for (auto it = samples.cbegin(); it != samples.cend(); ++it)
        run.editSamples([&](auto &s) { s[{kPkg, it.key()}][kAllocs] = it.value(); });
    for (auto it = failures.cbegin(); it != failures.cend(); ++it)
        run.failures[{kPkg, it.key()}] = it.value();
    return run;
}

Baseline baselineOf(const QJsonObject &document)
{
    ParseIssues issues;
    return *parseBaseline(QJsonDocument(document).toJson(), QStringLiteral("baselines.json"),
                          issues);
}

} // namespace

class TestDetectorDistribution : public QObject
{
    Q_OBJECT
private slots:
    void quartiles_data();
    void quartiles();
    void outliersBeyondOneAndAHalfIqr();
    void emptyAndNaN();
    void perRunSamplesAndOutlierGroups();
    void onlySelectedRunsCount();
    void baselineOnlyFallback();
    void unknownDetectorIsEmpty();
    void decimateKeepsSmallSeries();
    void decimateKeepsMinAndMaxPerBucket();
    void decimateTenThousandPoints();
};

void TestDetectorDistribution::quartiles_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<double>("q1");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("q3");
    QTest::addRow("1..9") << QVector<double>{9, 1, 8, 2, 7, 3, 6, 4, 5} << 3.0 << 5.0 << 7.0;
    QTest::addRow("1..4 interpolates") << QVector<double>{4, 3, 2, 1} << 1.75 << 2.5 << 3.25;
    QTest::addRow("single value") << QVector<double>{12} << 12.0 << 12.0 << 12.0;
    QTest::addRow("two values") << QVector<double>{10, 20} << 12.5 << 15.0 << 17.5;
    QTest::addRow("all equal") << QVector<double>(10, 7) << 7.0 << 7.0 << 7.0;
}

void TestDetectorDistribution::quartiles()
{
    QFETCH(QVector<double>, values);
    QFETCH(double, q1);
    QFETCH(double, median);
    QFETCH(double, q3);
    const BoxPlotStats box = boxPlotStats(values);
    QCOMPARE(box.count, int(values.size()));
    QCOMPARE(box.q1, q1);
    QCOMPARE(box.median, median);
    QCOMPARE(box.q3, q3);
    QCOMPARE(box.min, *std::min_element(values.cbegin(), values.cend()));
    QCOMPARE(box.max, *std::max_element(values.cbegin(), values.cend()));
    QVERIFY(box.outliers.isEmpty());
}

void TestDetectorDistribution::outliersBeyondOneAndAHalfIqr()
{
    // Q1 3.25, Q3 7.75, IQR 4.5: fences -3.5 and 14.5, so only 100 is an outlier and the
    // upper whisker stops at 9, the largest value inside.
    BoxPlotStats box = boxPlotStats({1, 2, 3, 4, 5, 6, 7, 8, 9, 100});
    QCOMPARE(box.q1, 3.25);
    QCOMPARE(box.median, 5.5);
    QCOMPARE(box.q3, 7.75);
    QCOMPARE(box.lowerWhisker, 1.0);
    QCOMPARE(box.upperWhisker, 9.0);
    QCOMPARE(box.max, 100.0);
    QCOMPARE(box.outliers, QVector<double>{100});

    // Q1 10, Q3 12, IQR 2: the upper fence is 15. A value on the fence is inside, just
    // beyond it is an outlier.
    box = boxPlotStats({10, 10, 12, 12, 15});
    QVERIFY(box.outliers.isEmpty());
    QCOMPARE(box.upperWhisker, 15.0);
    box = boxPlotStats({10, 10, 12, 12, 15.5});
    QCOMPARE(box.outliers, QVector<double>{15.5});
    QCOMPARE(box.upperWhisker, 12.0);
    QCOMPARE(box.lowerWhisker, 10.0);

    // allocs/op: one stray allocation off a constant mode is an outlier on both sides.
    QVector<double> values(18, 18);
    values << 19 << 17;
    box = boxPlotStats(values);
    QCOMPARE(box.outliers, (QVector<double>{17, 19}));
    QCOMPARE(box.min, 17.0);
    QCOMPARE(box.median, 18.0);

    // Low outliers too, in ascending order: Q1 10.75, Q3 16.25, lower fence 2.5.
    box = boxPlotStats({19, 18, 17, 16, 15, 14, 13, 12, 11, 10, -40, -50});
    QCOMPARE(box.q1, 10.75);
    QCOMPARE(box.q3, 16.25);
    QCOMPARE(box.outliers, (QVector<double>{-50, -40}));
    QCOMPARE(box.lowerWhisker, 10.0);
}

void TestDetectorDistribution::emptyAndNaN()
{
    BoxPlotStats box = boxPlotStats({});
    QVERIFY(box.isEmpty());
    QVERIFY(std::isnan(box.median));
    box = boxPlotStats({std::nan(""), 2, std::nan(""), 4});
    QCOMPARE(box.count, 2);
    QCOMPARE(box.median, 3.0);
    QVERIFY(box.outliers.isEmpty());
}

void TestDetectorDistribution::perRunSamplesAndOutlierGroups()
{
    const QList<BenchRun> runs = {
        makeRun(QStringLiteral("1"), {{"A", {18, 18, 18, 18}}, {"B", {5, 5}}}),
        makeRun(QStringLiteral("2"), {{"A", {18, 19, 18, 18}}}, {{"B", 1}}),
        makeRun(QStringLiteral("3"), {{"A", {19, 18, 18, 18}}, {"B", {5, 6}}}),
    };
    AllocationsOptions options;
    options.minRuns = 1;
    const AllocationsResult result =
        analyzeAllocations(runs, baselineOf({{"A", 18}, {"B", 4}}), options);
    const QList<DetectorDistribution> all = detectorDistributions(result, runs);
    QCOMPARE(all.size(), 2);

    const DetectorDistribution &a = all.at(0);
    QCOMPARE(a.key.name, QStringLiteral("A"));
    QCOMPARE(a.metric, kAllocs);
    QCOMPARE(a.box.count, 12);
    QCOMPARE(a.box.outliers, (QVector<double>{19, 19}));
    QCOMPARE(a.outlierGroups.size(), 1);
    QCOMPARE(a.outlierGroups.at(0).value, 19.0);
    QCOMPARE(a.outlierGroups.at(0).count, 2);
    QCOMPARE(a.outlierGroups.at(0).runIds, (QStringList{"2", "3"}));
    QCOMPARE(a.baseline, std::optional<double>(18));
    QCOMPARE(a.mean, result.detectors.at(0).mean);
    QCOMPARE(a.runs.size(), 3);
    QCOMPARE(a.runs.at(1).runId, QStringLiteral("2"));
    QCOMPARE(a.runs.at(1).timestamp, runs.at(1).identity.timestamp);
    QCOMPARE(a.runs.at(1).mean, 18.25);
    QCOMPARE(a.runs.at(1).distinct.size(), 2);
    QCOMPARE(a.runs.at(1).distinct.at(0).value, 18.0);
    QCOMPARE(a.runs.at(1).distinct.at(0).count, 3);
    QCOMPARE(a.runs.at(1).distinct.at(1).count, 1);

    // B has no samples in run 2 (it failed there) but keeps the run, so that the per-run
    // x positions line up with A's.
    const DetectorDistribution &b = all.at(1);
    QCOMPARE(b.runs.size(), 3);
    QVERIFY(b.runs.at(1).values.isEmpty());
    QVERIFY(std::isnan(b.runs.at(1).mean));
    QCOMPARE(b.runs.at(1).failures, 1);
    QCOMPARE(b.box.count, 4);
    QCOMPARE(b.box.median, 5.0);
    QCOMPARE(b.box.q3, 5.25);
}

void TestDetectorDistribution::onlySelectedRunsCount()
{
    QList<BenchRun> runs;
    for (int r = 1; r <= 5; ++r)
        runs.append(makeRun(QString::number(r), {{"A", {r == 1 ? 1000.0 : 10.0, 10}}}));
    AllocationsOptions options;
    options.runs = 3; // runs 3, 4, 5: the 1000 of run 1 is out of the window
    const AllocationsResult result = analyzeAllocations(runs, std::nullopt, options);
    const DetectorDistribution d = detectorDistribution(result, runs, {kPkg, "A"});
    QCOMPARE(d.runs.size(), 3);
    QCOMPARE(d.runs.first().runId, QStringLiteral("3"));
    QCOMPARE(d.box.max, 10.0);
    QVERIFY(d.box.outliers.isEmpty());
    QVERIFY(!d.baseline);
}

void TestDetectorDistribution::baselineOnlyFallback()
{
    const AllocationsResult result =
        analyzeAllocations({}, baselineOf({{"A", 7}}), AllocationsOptions());
    QVERIFY(result.baselineOnly);
    const QList<DetectorDistribution> all = detectorDistributions(result, {});
    QCOMPARE(all.size(), 1);
    QVERIFY(all.at(0).fromBaselineOnly);
    QCOMPARE(all.at(0).box.count, 1);
    QCOMPARE(all.at(0).box.median, 7.0);
    QVERIFY(all.at(0).runs.isEmpty());
}

void TestDetectorDistribution::unknownDetectorIsEmpty()
{
    const QList<BenchRun> runs = {makeRun(QStringLiteral("1"), {{"A", {1}}})};
    const AllocationsResult result = analyzeAllocations(runs, std::nullopt, AllocationsOptions());
    const DetectorDistribution d = detectorDistribution(result, runs, {kPkg, "Nope"});
    QVERIFY(d.box.isEmpty());
    QVERIFY(d.runs.isEmpty());
}

void TestDetectorDistribution::decimateKeepsSmallSeries()
{
    const QVector<double> xs{0, 1, 2, 3, 4, 5};
    const QVector<double> ys{5, 4, 3, 2, 1, 0};
    QCOMPARE(decimateMinMaxIndices(xs, ys, 3), (QVector<int>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(decimateMinMaxIndices(xs, ys, 0).size(), 6);
    QCOMPARE(decimateMinMaxIndices({1, 1, 1, 1, 1}, {1, 2, 3, 4, 5}, 1).size(), 5);
    QVERIFY(decimateMinMaxIndices({}, {}, 10).isEmpty());
}

void TestDetectorDistribution::decimateKeepsMinAndMaxPerBucket()
{
    // Two buckets over x 0..9: [0, 4.5) and [4.5, 9]. Bucket 0 keeps its min (index 3, -7)
    // and max (index 1, 8); bucket 1 its max (index 6, 50) and min (index 9, -1).
    const QVector<double> xs{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    const QVector<double> ys{1, 8, 2, -7, 3, 0, 50, 4, 4, -1};
    QCOMPARE(decimateMinMaxIndices(xs, ys, 2), (QVector<int>{1, 3, 6, 9}));

    // A flat bucket keeps one point (the first).
    const QVector<double> flat(10, 3);
    QCOMPARE(decimateMinMaxIndices(xs, flat, 2), (QVector<int>{0, 5}));

    const QVector<QPointF> points{{0, 1}, {1, 8},  {2, 2}, {3, -7}, {4, 3},
                                  {5, 0}, {6, 50}, {7, 4}, {8, 4},  {9, -1}};
    QCOMPARE(decimateMinMax(points, 2), (QVector<QPointF>{{1, 8}, {3, -7}, {6, 50}, {9, -1}}));
}

void TestDetectorDistribution::decimateTenThousandPoints()
{
    QVector<double> xs, ys;
    for (int i = 0; i < 10000; ++i) {
        xs.append(i);
        ys.append(i == 4321 ? 1e6 : std::sin(i / 100.0));
    }
    const QVector<int> kept = decimateMinMaxIndices(xs, ys, 800);
    QVERIFY(kept.size() <= 1600);
    QVERIFY(kept.size() >= 800);
    QVERIFY(std::is_sorted(kept.cbegin(), kept.cend()));
    QVERIFY(kept.contains(4321)); // the spike survives
}

QTEST_GUILESS_MAIN(TestDetectorDistribution)
#include "test_detector_distribution.moc"
