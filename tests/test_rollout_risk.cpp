// Rollout comparisons (SPEC §4.5): risk difference with Newcombe CI, risk ratio with Katz CI
// and the zero-cell rule, and the WARN-phase preview on hand-worked sets.
#include "RolloutTestRuns.h"
#include "rollout/RolloutAnalysis.h"

#include <QtTest>
#include <cmath>

using namespace gatehouse;
using namespace rollout_test;

// 200 whitelisted runs with 12 spikes, 200 unlisted with 3 (absolute threshold 0.5).
static QList<GateRun> riskDifferenceSet()
{
    QList<GateRun> runs;
    for (int i = 0; i < 400; ++i) {
        const bool whitelisted = i < 200;
        const int within = whitelisted ? i : i - 200;
        const bool spike = within < (whitelisted ? 12 : 3);
        runs.append(makeRun(QString::number(i + 1), "p", "COMMENT", spike ? 0.9 : 0.1,
                            {whitelisted ? QStringLiteral("flaky_x") : QStringLiteral("oom")}));
    }
    return runs;
}

class TestRolloutRisk : public QObject
{
    Q_OBJECT

private slots:
    void riskDifferenceKnownAnswer();
    void riskDifferenceUndefined();
    void riskRatioKnownAnswer();
    void riskRatioUndefinedNamesZeroCell();
    void warnPreviewHandWorked();
    void warnDefaultThresholdUsesLastWindow();
    void warnFpRateUndefinedWithoutNonFailRuns();
};

void TestRolloutRisk::riskDifferenceKnownAnswer()
{
    RolloutOptions options = fixedDay();
    options.spikeThreshold = 0.5;
    const RolloutResult result =
        analyzeRollout(riskDifferenceSet(), whitelistOf({{"flaky_*", ""}}), options);
    const RiskDifference &rd = result.riskDifference;
    QCOMPARE(rd.whitelistedRuns, 200);
    QCOMPARE(rd.whitelistedSpikes, 12);
    QCOMPARE(rd.unlistedRuns, 200);
    QCOMPARE(rd.unlistedSpikes, 3);
    QVERIFY(rd.undefinedReason.isEmpty());
    QVERIFY(std::fabs(rd.estimate.value - 0.045) < 1e-12);
    QVERIFY(std::fabs(rd.estimate.low - 0.0071078) < 1e-4);
    QVERIFY(std::fabs(rd.estimate.high - 0.0880813) < 1e-4);
}

void TestRolloutRisk::riskDifferenceUndefined()
{
    const QList<GateRun> unlistedOnly{makeRun("1", "p", "COMMENT", 0.1, {"oom"})};
    const QList<GateRun> whitelistedOnly{makeRun("1", "p", "COMMENT", 0.1, {"flaky"})};
    const Whitelist whitelist = whitelistOf({{"flaky", ""}});
    RolloutResult r = analyzeRollout(unlistedOnly, std::nullopt, fixedDay());
    QVERIFY(!r.riskDifference.estimate.isDefined());
    QCOMPARE(r.riskDifference.undefinedReason,
             QStringLiteral("no whitelist loaded, so no run is whitelisted"));
    r = analyzeRollout(unlistedOnly, whitelist, fixedDay());
    QCOMPARE(r.riskDifference.undefinedReason, QStringLiteral("no whitelisted runs"));
    r = analyzeRollout(whitelistedOnly, whitelist, fixedDay());
    QCOMPARE(r.riskDifference.undefinedReason, QStringLiteral("no unlisted runs"));
    r = analyzeRollout({makeRun("1", "p", "COMMENT", 0.1)}, whitelist, fixedDay());
    QCOMPARE(r.riskDifference.undefinedReason, QStringLiteral("no run lists a top reason"));
}

void TestRolloutRisk::riskRatioKnownAnswer()
{
    // 200 spikes with 12 FAILs, 200 non-spikes with 3 FAILs: RR 4.0 [1.15, 13.96].
    QList<GateRun> runs;
    for (int i = 0; i < 400; ++i) {
        const bool spike = i < 200;
        const int within = spike ? i : i - 200;
        const bool fail = within < (spike ? 12 : 3);
        runs.append(
            makeRun(QString::number(i + 1), "p", fail ? "FAIL" : "COMMENT", spike ? 0.9 : 0.1));
    }
    RolloutOptions options = fixedDay();
    options.spikeThreshold = 0.5;
    const RiskRatio rr = analyzeRollout(runs, std::nullopt, options).riskRatio;
    QCOMPARE(rr.spikeFail, 12);
    QCOMPARE(rr.spikeNoFail, 188);
    QCOMPARE(rr.noSpikeFail, 3);
    QCOMPARE(rr.noSpikeNoFail, 197);
    QVERIFY(rr.undefinedReason.isEmpty());
    QVERIFY(std::fabs(rr.estimate.value - 4.0) < 1e-12);
    QVERIFY(std::fabs(rr.estimate.low - 1.1461598) < 1e-4);
    QVERIFY(std::fabs(rr.estimate.high - 13.9596588) < 1e-4);
}

void TestRolloutRisk::riskRatioUndefinedNamesZeroCell()
{
    RolloutOptions options = fixedDay();
    options.spikeThreshold = 0.5;
    // Every spike is a FAIL: Katz could compute it, but SPEC calls any zero cell undefined.
    const QList<GateRun> runs{makeRun("1", "p", "FAIL", 0.9), makeRun("2", "p", "FAIL", 0.1),
                              makeRun("3", "p", "COMMENT", 0.1)};
    RiskRatio rr = analyzeRollout(runs, std::nullopt, options).riskRatio;
    QVERIFY(!rr.estimate.isDefined());
    QCOMPARE(rr.undefinedReason, QStringLiteral("zero cell: spike & not FAIL"));
    const QList<GateRun> noFails{makeRun("1", "p", "COMMENT", 0.9), makeRun("2", "p", "PASS", 0.1)};
    rr = analyzeRollout(noFails, std::nullopt, options).riskRatio;
    QCOMPARE(rr.undefinedReason, QStringLiteral("zero cells: spike & FAIL, no spike & FAIL"));
    rr = analyzeRollout({}, std::nullopt, options).riskRatio;
    QCOMPARE(rr.undefinedReason, QStringLiteral("no runs"));
}

void TestRolloutRisk::warnPreviewHandWorked()
{
    // Threshold 0.25 given. Would WARN (> 0.25): r3 0.3, r4 0.4, r5 0.5 (FAIL), r6 0.35.
    // r9 sits exactly on 0.25 and does not WARN. r3 is whitelisted, so with the whitelist
    // it stays quiet. Non-FAIL runs: r1 r2 r3 r4 r6 r8 r9 = 7.
    // FP without: r3 r4 r6 = 3/7; with: r4 r6 = 2/7; reduction 1/7.
    const QList<GateRun> runs{
        makeRun("1", "p", "PASS", 0.05),
        makeRun("2", "p", "COMMENT", 0.1, {"flaky_a"}),
        makeRun("3", "p", "COMMENT", 0.3, {"flaky_b"}),
        makeRun("4", "p", "COMMENT", 0.4, {"oom"}),
        makeRun("5", "p", "FAIL", 0.5, {"oom"}),
        makeRun("6", "p", "COMMENT", 0.35),
        makeRun("7", "p", "FAIL", 0.02, {"flaky_a"}),
        makeRun("8", "p", "WARN", 0.125, {"flaky_c", "oom"}),
        makeRun("9", "p", "COMMENT", 0.25, {"oom"}),
    };
    RolloutOptions options = fixedDay();
    options.warnThreshold = 0.25;
    const RolloutResult result = analyzeRollout(runs, whitelistOf({{"flaky_*", ""}}), options);
    const WarnPreview &warn = result.warn;
    QVERIFY(warn.thresholdGiven);
    QCOMPARE(warn.threshold, 0.25);
    QCOMPARE(warn.wouldWarn, 4);
    QCOMPARE(warn.wouldWarnWithWhitelist, 3);
    QCOMPARE(warn.nonFailRuns, 7);
    QCOMPARE(warn.falsePositives, 3);
    QCOMPARE(warn.falsePositivesWithWhitelist, 2);
    QCOMPARE(*warn.fpRate, 3.0 / 7);
    QCOMPARE(*warn.fpRateWithWhitelist, 2.0 / 7);
    QCOMPARE(*warn.reduction, 3.0 / 7 - 2.0 / 7);
    QVERIFY(!result.rows.at(8).wouldWarn);
    QVERIFY(result.rows.at(2).wouldWarn && !result.rows.at(2).wouldWarnWithWhitelist);
}

void TestRolloutRisk::warnDefaultThresholdUsesLastWindow()
{
    // Window of the last 5: 0.1 .. 0.5, median 0.3, MAD 0.1 -> 0.3 + 3 * 1.4826 * 0.1.
    // The earlier 0.9 is outside the window but still counted as a WARN over all runs.
    RolloutOptions options = fixedDay();
    options.warnWindow = 5;
    const RolloutResult result =
        analyzeRollout(runsWithRates({0.9, 0.1, 0.2, 0.3, 0.4, 0.5}), std::nullopt, options);
    QVERIFY(!result.warn.thresholdGiven);
    QCOMPARE(result.warn.windowRuns, 5);
    QCOMPARE(result.warn.windowMedian, 0.3);
    QCOMPARE(result.warn.windowMad, 0.1);
    QCOMPARE(result.warn.threshold, 0.3 + 3 * 1.4826 * 0.1);
    QCOMPARE(result.warn.wouldWarn, 1);
    QCOMPARE(*result.warn.fpRate, 1.0 / 6);
    QCOMPARE(*result.warn.reduction, 0.0); // no whitelist: nothing changes

    // MAD 0 in the window: the floor delta applies.
    options.warnWindow = 3;
    const RolloutResult floor =
        analyzeRollout(runsWithRates({0.9, 0.25, 0.25, 0.25}), std::nullopt, options);
    QCOMPARE(floor.warn.threshold, 0.25 + 0.05);
}

void TestRolloutRisk::warnFpRateUndefinedWithoutNonFailRuns()
{
    const RolloutResult result = analyzeRollout(
        {makeRun("1", "p", "FAIL", 0.9), makeRun("2", "p", "FAIL", 0.1)}, std::nullopt, fixedDay());
    QVERIFY(!result.warn.fpRate.has_value());
    QVERIFY(!result.warn.fpRateWithWhitelist.has_value());
    QVERIFY(!result.warn.reduction.has_value());
    const RolloutResult empty = analyzeRollout({}, std::nullopt, fixedDay());
    QVERIFY(std::isnan(empty.warn.threshold));
    QVERIFY(!empty.warn.fpRate.has_value());
}

QTEST_GUILESS_MAIN(TestRolloutRisk)
#include "test_rollout_risk.moc"
