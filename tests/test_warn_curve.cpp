// The WARN trade-off curve (SPEC §11) on the hand-worked set of WhitelistTestRuns.h.
//
// Hand computation, threshold in force t = 0.20. A run WARNs when rate > t.
// Non-FAIL rates (8 runs): r1 .05, r7 .20, r4 .25, r9 .30, r3 .35, r2 .40, r6 .45, r10 .45.
// Non-FAIL runs that are not whitelisted (the ones that can WARN with the whitelist):
// r1 .05, r7 .20, r9 .30, r6 .45. FAIL runs: r8 .10, r5 .50.
//
//   threshold  without (of 8)   with (of 8)     fail_recall (of 2)
//   0.05       7 -> 0.875       3 -> 0.375      2 -> 1
//   0.10       7 -> 0.875       3 -> 0.375      1 -> 0.5   (r8 at 0.10 is not > 0.10)
//   0.20 *     6 -> 0.75        2 -> 0.25       1 -> 0.5   (* in force; r7 at 0.20 no)
//   0.25       5 -> 0.625       2 -> 0.25       1 -> 0.5
//   0.30       4 -> 0.5         1 -> 0.125      1 -> 0.5
//   0.35       3 -> 0.375       1 -> 0.125      1 -> 0.5
//   0.40       2 -> 0.25        1 -> 0.125      1 -> 0.5
//   0.45       0 -> 0           0 -> 0          1 -> 0.5
//   0.50       0 -> 0           0 -> 0          0 -> 0
// Nine distinct rates; the threshold in force (0.20) is one of them, so 9 points. With
// t = 0.22 instead, a tenth point 0.22 sits between 0.20 and 0.25: 6/8, 2/8, 1/2.
//
// Lowest threshold whose rate with the whitelist is ≤ fp_max, reading the "with" column
// top down: fp_max 0.5 -> 0.05, 0.375 -> 0.05, 0.25 -> 0.20, 0.2 -> 0.30, 0.125 -> 0.30,
// 0.1 -> 0.45, 0 -> 0.45.
#include "WhitelistTestRuns.h"
#include "rollout/WarnCurve.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>
#include <cmath>

Q_DECLARE_METATYPE(QList<gatehouse::GateRun>)

using namespace gatehouse;
using namespace whitelist_test;

namespace {

constexpr double kNull = -1; // a table cell meaning "undefined (null)"

std::optional<double> cell(double v)
{
    return v == kNull ? std::nullopt : std::optional<double>(v);
}

QString text(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("null");
}

GateRun run(const QString &id, const QString &outcome, double rate)
{
    GateRun r;
    r.identity.runId = id;
    r.policyHash = QStringLiteral("p1");
    r.outcome = outcome;
    r.unknownRate = rate;
    return r;
}

} // namespace

class TestWarnCurve : public QObject
{
    Q_OBJECT

private slots:
    void knownPoints_data();
    void knownPoints();
    void pointCountAndOrder_data();
    void pointCountAndOrder();
    void lowestThresholdMeetingFpMax_data();
    void lowestThresholdMeetingFpMax();
    void defaultThresholdIsOnTheCurve();
    void undefinedRates_data();
    void undefinedRates();
    void jsonKeysAndNulls();
    void agreesWithTheFpRuleAtEveryPoint();
    void addsToTheRolloutJson_data();
    void addsToTheRolloutJson();
};

void TestWarnCurve::knownPoints_data()
{
    QTest::addColumn<double>("inForce");
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("without");
    QTest::addColumn<double>("with");
    QTest::addColumn<double>("recall");
    QTest::addColumn<bool>("isInForce");
    QTest::addRow("0.05") << 0.20 << 0 << 0.05 << 0.875 << 0.375 << 1.0 << false;
    QTest::addRow("0.10: a FAIL at the threshold is not caught")
        << 0.20 << 1 << 0.10 << 0.875 << 0.375 << 0.5 << false;
    QTest::addRow("0.20 in force: a run at the threshold does not WARN")
        << 0.20 << 2 << 0.20 << 0.75 << 0.25 << 0.5 << true;
    QTest::addRow("0.25") << 0.20 << 3 << 0.25 << 0.625 << 0.25 << 0.5 << false;
    QTest::addRow("0.30") << 0.20 << 4 << 0.30 << 0.5 << 0.125 << 0.5 << false;
    QTest::addRow("0.35") << 0.20 << 5 << 0.35 << 0.375 << 0.125 << 0.5 << false;
    QTest::addRow("0.40") << 0.20 << 6 << 0.40 << 0.25 << 0.125 << 0.5 << false;
    QTest::addRow("0.45: two runs at the top rate")
        << 0.20 << 7 << 0.45 << 0.0 << 0.0 << 0.5 << false;
    QTest::addRow("0.50: the highest rate") << 0.20 << 8 << 0.50 << 0.0 << 0.0 << 0.0 << false;
    QTest::addRow("0.22 in force, between two rates")
        << 0.22 << 3 << 0.22 << 0.75 << 0.25 << 0.5 << true;
    QTest::addRow("0.25 after the inserted 0.22")
        << 0.22 << 4 << 0.25 << 0.625 << 0.25 << 0.5 << false;
}

void TestWarnCurve::knownPoints()
{
    QFETCH(double, inForce);
    QFETCH(int, index);
    QFETCH(double, threshold);
    QFETCH(double, without);
    QFETCH(double, with);
    QFETCH(double, recall);
    QFETCH(bool, isInForce);
    const QList<WarnCurvePoint> curve = warnCurve(handResult(inForce));
    QVERIFY(index < curve.size());
    const WarnCurvePoint &p = curve.at(index);
    QCOMPARE(p.threshold, threshold);
    QCOMPARE(text(p.fpRateWithoutWhitelist), text(without));
    QCOMPARE(text(p.fpRateWithWhitelist), text(with));
    QCOMPARE(text(p.failRecall), text(recall));
    QCOMPARE(p.inForce, isInForce);
}

void TestWarnCurve::pointCountAndOrder_data()
{
    QTest::addColumn<double>("inForce");
    QTest::addColumn<int>("points");
    QTest::addRow("in force equals a rate: merged") << 0.20 << 9;
    QTest::addRow("in force between rates: added") << 0.22 << 10;
    QTest::addRow("in force above every rate: added last") << 0.9 << 10;
    QTest::addRow("in force below every rate: added first") << 0.0 << 10;
}

void TestWarnCurve::pointCountAndOrder()
{
    QFETCH(double, inForce);
    QFETCH(int, points);
    const QList<WarnCurvePoint> curve = warnCurve(handResult(inForce));
    QCOMPARE(curve.size(), points);
    int inForceCount = 0;
    for (qsizetype i = 0; i < curve.size(); ++i) {
        if (i > 0)
            QVERIFY2(curve.at(i - 1).threshold < curve.at(i).threshold, "strictly ascending");
        inForceCount += curve.at(i).inForce ? 1 : 0;
    }
    QCOMPARE(inForceCount, 1);
}

void TestWarnCurve::lowestThresholdMeetingFpMax_data()
{
    QTest::addColumn<double>("fpMax");
    QTest::addColumn<double>("expected");
    QTest::addRow("0.5") << 0.5 << 0.05;
    QTest::addRow("0.375: equal meets it") << 0.375 << 0.05;
    QTest::addRow("0.25: the threshold in force") << 0.25 << 0.20;
    QTest::addRow("0.2") << 0.2 << 0.30;
    QTest::addRow("0.125: equal meets it") << 0.125 << 0.30;
    QTest::addRow("0.1") << 0.1 << 0.45;
    QTest::addRow("0: no false positive at all") << 0.0 << 0.45;
}

void TestWarnCurve::lowestThresholdMeetingFpMax()
{
    QFETCH(double, fpMax);
    QFETCH(double, expected);
    const std::optional<double> lowest =
        gatehouse::lowestThresholdMeetingFpMax(warnCurve(handResult()), fpMax);
    QCOMPARE(text(lowest), text(expected));
}

void TestWarnCurve::defaultThresholdIsOnTheCurve()
{
    // Default rule over the 10 runs: median 0.325, MAD 0.125, so t = 0.325 + 3 * 1.4826 *
    // 0.125 = 0.880975, above every rate: a tenth point, last, where nothing WARNs.
    RolloutOptions options = handOptions();
    options.warnThreshold.reset();
    const RolloutResult result = analyzeRollout(handGateRuns(), handWhitelist(), options);
    QVERIFY(std::fabs(result.warn.threshold - 0.880975) < 1e-12);
    const QList<WarnCurvePoint> curve = warnCurve(result);
    QCOMPARE(curve.size(), 10);
    QCOMPARE(curve.last().threshold, result.warn.threshold);
    QVERIFY(curve.last().inForce);
    QCOMPARE(text(curve.last().fpRateWithWhitelist), text(0.0));
    QCOMPARE(text(curve.last().failRecall), text(0.0));
}

void TestWarnCurve::undefinedRates_data()
{
    QTest::addColumn<QList<GateRun>>("runs");
    QTest::addColumn<int>("points");
    // At the first point (the lowest rate, 0.1), where the run at 0.3 is above it.
    QTest::addColumn<double>("firstWith");   // kNull: undefined
    QTest::addColumn<double>("firstRecall"); // kNull: undefined
    QTest::addColumn<double>("lowest");      // for fp_max 0.05; kNull: none
    QTest::addRow("no runs: no curve") << QList<GateRun>() << 0 << kNull << kNull << kNull;
    QTest::addRow("no FAIL runs: recall null")
        << QList<GateRun>{run("1", "COMMENT", 0.1), run("2", "PASS", 0.3)} << 3 << 0.5 << kNull
        << 0.3;
    QTest::addRow("only FAIL runs: FP rates null, nothing meets fp_max")
        << QList<GateRun>{run("1", "FAIL", 0.1), run("2", "FAIL", 0.3)} << 3 << kNull << 0.5
        << kNull; // at 0.1 only the FAIL at 0.3 is above: recall 1/2
}

void TestWarnCurve::undefinedRates()
{
    QFETCH(QList<GateRun>, runs);
    QFETCH(int, points);
    QFETCH(double, firstWith);
    QFETCH(double, firstRecall);
    QFETCH(double, lowest);
    RolloutOptions options;
    options.warnThreshold = 0.2;
    options.today = handToday();
    const QList<WarnCurvePoint> curve = warnCurve(analyzeRollout(runs, std::nullopt, options));
    QCOMPARE(curve.size(), points);
    if (!curve.isEmpty()) {
        QCOMPARE(text(curve.first().fpRateWithWhitelist), text(cell(firstWith)));
        QCOMPARE(text(curve.first().failRecall), text(cell(firstRecall)));
    }
    QCOMPARE(text(gatehouse::lowestThresholdMeetingFpMax(curve, 0.05)), text(cell(lowest)));
}

void TestWarnCurve::jsonKeysAndNulls()
{
    const QList<GateRun> runs{run("1", "COMMENT", 0.1)};
    RolloutOptions options;
    options.warnThreshold = 0.1;
    const QJsonArray json = warnCurveToJson(warnCurve(analyzeRollout(runs, std::nullopt, options)));
    QCOMPARE(json.size(), 1);
    const QJsonObject point = json.at(0).toObject();
    QCOMPARE(point.keys(), (QStringList{"fail_recall", "fp_rate_with_whitelist",
                                        "fp_rate_without_whitelist", "threshold"}));
    QCOMPARE(point.value("threshold").toDouble(), 0.1);
    QCOMPARE(point.value("fp_rate_without_whitelist").toDouble(-1), 0.0);
    QVERIFY(point.value("fail_recall").isNull());
}

void TestWarnCurve::agreesWithTheFpRuleAtEveryPoint()
{
    // The curve sweeps sorted rates; falsePositiveRate() scans the runs one threshold at a
    // time. On 400 random runs (rates on a coarse grid, so many ties) they must agree.
    QRandomGenerator random(20261201);
    QList<GateRun> runs;
    const QStringList reasons{"a", "b", "c", ""};
    for (int i = 0; i < 400; ++i) {
        GateRun r = run(QString::number(i), random.bounded(5) == 0 ? "FAIL" : "COMMENT",
                        random.bounded(60) / 100.0);
        const QString reason = reasons.at(random.bounded(4));
        if (!reason.isEmpty())
            r.topReasons = QStringList{reason};
        runs.append(r);
    }
    RolloutOptions options;
    options.today = handToday();
    Whitelist whitelist;
    whitelist.classes = {makeClass(QStringLiteral("a")), makeClass(QStringLiteral("c"))};
    const RolloutResult result = analyzeRollout(runs, whitelist, options);
    QList<bool> whitelisted;
    int fails = 0;
    for (const RolloutRunRow &row : result.rows) {
        whitelisted.append(row.runClass == RunClass::Whitelisted);
        fails += row.fail ? 1 : 0;
    }
    const QList<WarnCurvePoint> curve = warnCurve(result);
    QVERIFY(curve.size() > 40);
    for (const WarnCurvePoint &p : curve) {
        QCOMPARE(text(p.fpRateWithoutWhitelist),
                 text(falsePositiveRate(result.rows, p.threshold, {})));
        QCOMPARE(text(p.fpRateWithWhitelist),
                 text(falsePositiveRate(result.rows, p.threshold, whitelisted)));
        int caught = 0;
        for (const RolloutRunRow &row : result.rows)
            caught += row.fail && row.run.unknownRate > p.threshold ? 1 : 0;
        QCOMPARE(text(p.failRecall), text(static_cast<double>(caught) / fails));
    }
    // The in-force point is where the WARN preview is: its rates are the preview's.
    const auto inForce = std::find_if(curve.cbegin(), curve.cend(),
                                      [](const WarnCurvePoint &p) { return p.inForce; });
    QVERIFY(inForce != curve.cend());
    QCOMPARE(text(inForce->fpRateWithoutWhitelist), text(result.warn.fpRate));
    QCOMPARE(text(inForce->fpRateWithWhitelist), text(result.warn.fpRateWithWhitelist));
}

void TestWarnCurve::addsToTheRolloutJson_data()
{
    QTest::addColumn<double>("fpMax");
    QTest::addColumn<double>("lowest"); // kNull: null
    QTest::addRow("fp_max 0.25: the threshold in force") << 0.25 << 0.20;
    QTest::addRow("fp_max 0.1") << 0.1 << 0.45;
}

void TestWarnCurve::addsToTheRolloutJson()
{
    QFETCH(double, fpMax);
    QFETCH(double, lowest);
    QJsonObject json{{"status", "PASS"}, {"warn", QJsonObject{{"threshold", 0.2}}}};
    addWarnCurveToRolloutJson(json, handResult(), fpMax);
    QCOMPARE(json.value("status").toString(), QStringLiteral("PASS")); // kept
    QCOMPARE(json.value("warn_curve").toArray().size(), 9);
    const QJsonObject warn = json.value("warn").toObject();
    QCOMPARE(warn.value("threshold").toDouble(), 0.2); // kept
    QCOMPARE(warn.value("lowest_threshold_meeting_fp_max").toDouble(kNull), lowest);
    // No runs: an empty curve and a null threshold, and a "warn" object made for it.
    QJsonObject empty;
    addWarnCurveToRolloutJson(empty, analyzeRollout({}, std::nullopt, RolloutOptions()), fpMax);
    QCOMPARE(empty.value("warn_curve").toArray().size(), 0);
    QVERIFY(empty.value("warn").toObject().value("lowest_threshold_meeting_fp_max").isNull());
}

QTEST_GUILESS_MAIN(TestWarnCurve)
#include "test_warn_curve.moc"
