// Rollout analysis (SPEC §4.3, §4.5): spike rule, run classes, class frequency, readiness
// and spikes by reason, on small hand-worked sets. RD, RR and WARN: test_rollout_risk.cpp.
#include "RolloutTestRuns.h"
#include "rollout/RolloutAnalysis.h"

#include <QtTest>
#include <cmath>

using namespace gatehouse;
using namespace rollout_test;

class TestRollout : public QObject
{
    Q_OBJECT

private slots:
    void spikeRule_data();
    void spikeRule();
    void spikeGroupsArePerPolicy();
    void classAssignment_data();
    void classAssignment();
    void classFrequencyTable();
    void statusAndReadiness_data();
    void statusAndReadiness();
    void spikesByPrimaryReason();
    void failMeansExactlyFail();
};

void TestRollout::spikeRule_data()
{
    QTest::addColumn<QVector<double>>("rates");
    QTest::addColumn<double>("k");
    QTest::addColumn<double>("delta");
    QTest::addColumn<double>("absolute"); // NaN = use the rule
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QList<bool>>("spikes");
    const double nan = std::nan("");

    // median 0.25, unscaled MAD 0.0625: threshold = 0.25 + 3 * 1.4826 * 0.0625.
    const double madThreshold = 0.25 + 3 * 1.4826 * 0.0625;
    QTest::addRow("rate equal to the MAD threshold is not a spike")
        << QVector<double>{0.1875, 0.25, 0.25, 0.3125, madThreshold} << 3.0 << 0.05 << nan
        << madThreshold << QList<bool>{false, false, false, false, false};
    QTest::addRow("one ulp above the MAD threshold is a spike")
        << QVector<double>{0.1875, 0.25, 0.25, 0.3125, std::nextafter(madThreshold, 1.0)} << 3.0
        << 0.05 << nan << madThreshold << QList<bool>{false, false, false, false, true};
    // MAD 0: the floor delta decides. 0.25 + max(0, 0.125) = 0.375 exactly.
    QTest::addRow("delta floor when MAD is 0, equal is not a spike")
        << QVector<double>{0.25, 0.25, 0.25, 0.375} << 3.0 << 0.125 << nan << 0.375
        << QList<bool>{false, false, false, false};
    QTest::addRow("delta floor with default delta")
        << QVector<double>{0.08, 0.08, 0.08, 0.12, 0.08, 0.2} << 3.0 << 0.05 << nan << 0.08 + 0.05
        << QList<bool>{false, false, false, false, false, true};
    // median 0.3, MAD 0.1: 3 * 1.4826 * 0.1 = 0.44478 > delta.
    QTest::addRow("MAD term beats delta")
        << QVector<double>{0.1, 0.2, 0.3, 0.4, 0.9} << 3.0 << 0.05 << nan << 0.3 + 3 * 1.4826 * 0.1
        << QList<bool>{false, false, false, false, true};
    QTest::addRow("larger k removes the spike")
        << QVector<double>{0.1, 0.2, 0.3, 0.4, 0.9} << 5.0 << 0.05 << nan << 0.3 + 5 * 1.4826 * 0.1
        << QList<bool>{false, false, false, false, false};
    QTest::addRow("absolute threshold replaces the rule")
        << QVector<double>{0.1, 0.2, 0.35, 0.4, 0.9} << 3.0 << 0.05 << 0.35 << 0.35
        << QList<bool>{false, false, false, true, true};
}

void TestRollout::spikeRule()
{
    QFETCH(QVector<double>, rates);
    QFETCH(double, k);
    QFETCH(double, delta);
    QFETCH(double, absolute);
    QFETCH(double, threshold);
    RolloutOptions options = fixedDay();
    options.spikeK = k;
    options.spikeMinDelta = delta;
    if (!std::isnan(absolute))
        options.spikeThreshold = absolute;
    const RolloutResult result = analyzeRollout(runsWithRates(rates), std::nullopt, options);
    QCOMPARE(result.policies.size(), 1);
    QCOMPARE(result.policies.first().spikeThreshold, threshold); // fuzzy; spikes below are exact
    QTEST(spikesOf(result), "spikes");
}

void TestRollout::spikeGroupsArePerPolicy()
{
    // Pooled, policy b's 0.52 would tower over a's level; per policy only a's 0.1 spikes.
    QList<GateRun> runs = runsWithRates({0.01, 0.01, 0.01, 0.01, 0.1}, QStringLiteral("a"));
    const QList<GateRun> b = runsWithRates({0.5, 0.5, 0.5, 0.5, 0.52}, QStringLiteral("b"));
    for (int i = 0; i < b.size(); ++i) {
        runs.insert(2 * i + 1, b.at(i)); // interleave the policies
        runs[2 * i + 1].identity.runId = QStringLiteral("b%1").arg(i);
    }
    const RolloutResult result = analyzeRollout(runs, std::nullopt, fixedDay());
    QCOMPARE(result.policies.size(), 2);
    QCOMPARE(result.policies.at(0).policyHash, QStringLiteral("a")); // order of first appearance
    QCOMPARE(result.policies.at(0).unknownRateMin, 0.01);
    QCOMPARE(result.policies.at(0).unknownRateMedian, 0.01);
    QCOMPARE(result.policies.at(0).unknownRateMax, 0.1);
    QCOMPARE(result.policies.at(0).spikes, 1);
    QCOMPARE(result.policies.at(1).policyHash, QStringLiteral("b"));
    QCOMPARE(result.policies.at(1).spikes, 0);
    QCOMPARE(result.policies.at(1).unknownRateMax, 0.52);
    for (const RolloutRunRow &row : result.rows)
        QCOMPARE(row.spike, row.run.policyHash == QLatin1String("a") && row.run.unknownRate == 0.1);
}

void TestRollout::classAssignment_data()
{
    QTest::addColumn<QStringList>("reasons");
    QTest::addColumn<bool>("withWhitelist");
    QTest::addColumn<QString>("runClass");
    QTest::addRow("no reasons") << QStringList{} << true << "none";
    QTest::addRow("one whitelisted by glob") << QStringList{"flaky_unit"} << true << "whitelisted";
    QTest::addRow("all whitelisted")
        << QStringList{"flaky_unit", "dns_timeout"} << true << "whitelisted";
    QTest::addRow("one unlisted among whitelisted")
        << QStringList{"flaky_unit", "oom"} << true << "unlisted";
    QTest::addRow("unlisted primary") << QStringList{"oom", "flaky_unit"} << true << "unlisted";
    QTest::addRow("exact match only") << QStringList{"dns_timeout_2"} << true << "unlisted";
    QTest::addRow("no whitelist loaded") << QStringList{"flaky_unit"} << false << "unlisted";
    QTest::addRow("no reasons, no whitelist") << QStringList{} << false << "none";
}

void TestRollout::classAssignment()
{
    QFETCH(QStringList, reasons);
    QFETCH(bool, withWhitelist);
    const Whitelist whitelist = whitelistOf({{"flaky_*", ""}, {"dns_timeout", ""}});
    const QList<GateRun> runs{makeRun("1", "p", "COMMENT", 0.1, reasons)};
    const RolloutResult result =
        analyzeRollout(runs, withWhitelist ? std::optional(whitelist) : std::nullopt, fixedDay());
    QTEST(runClassName(result.rows.first().runClass), "runClass");
}

void TestRollout::classFrequencyTable()
{
    RolloutOptions options = fixedDay();
    options.spikeThreshold = 0.5;
    const Whitelist whitelist = whitelistOf({{"flaky_*", "2026-12-31"}, {"dns", "2027-06-30"}});
    const QList<GateRun> runs{
        makeRun("1", "p", "COMMENT", 0.9, {"oom", "flaky_a", "oom"}), // oom listed twice
        makeRun("2", "p", "FAIL", 0.1, {"oom"}),
        makeRun("3", "p", "FAIL", 0.7, {"dns", "flaky_a"}),
        makeRun("4", "q", "COMMENT", 0.1, {"oom"}),
    };
    const RolloutResult result = analyzeRollout(runs, whitelist, options);
    QCOMPARE(result.policies.size(), 2);
    const QList<ReasonFrequency> &p = result.policies.first().reasons;
    QCOMPARE(p.size(), 3);
    // Sorted by reason: dns, flaky_a, oom.
    QCOMPARE(p.at(0).reason, QStringLiteral("dns"));
    QCOMPARE(p.at(0).runs, 1);
    QCOMPARE(p.at(0).spikes, 1);
    QCOMPARE(p.at(0).fails, 1);
    QVERIFY(p.at(0).whitelisted);
    QVERIFY(!p.at(0).stale);
    QCOMPARE(p.at(1).reason, QStringLiteral("flaky_a"));
    QCOMPARE(p.at(1).runs, 2);
    QCOMPARE(p.at(1).spikes, 2);
    QCOMPARE(p.at(1).fails, 1);
    QVERIFY(p.at(1).whitelisted);
    QVERIFY(p.at(1).stale); // review_by 2026-12-31 < 2027-01-15: still applies, says so
    QCOMPARE(p.at(1).whitelistPattern, QStringLiteral("flaky_*"));
    QCOMPARE(p.at(2).reason, QStringLiteral("oom"));
    QCOMPARE(p.at(2).runs, 2); // once per run
    QCOMPARE(p.at(2).spikes, 1);
    QCOMPARE(p.at(2).fails, 1);
    QVERIFY(!p.at(2).whitelisted);
    QVERIFY(!p.at(2).stale);
    QCOMPARE(result.policies.at(1).reasons.size(), 1);
    QCOMPARE(result.rows.at(2).runClass, RunClass::Whitelisted);
    QVERIFY(result.rows.at(2).usesStaleClass);
    QCOMPARE(result.staleClasses, 1);
    QCOMPARE(result.whitelistClasses.at(0).runsMatched, 2);
    QCOMPARE(result.whitelistClasses.at(1).runsMatched, 1);
}

void TestRollout::statusAndReadiness_data()
{
    QTest::addColumn<int>("runs");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("status");
    QTest::addRow("no runs") << 0 << "COMMENT"
                             << "NO_DATA";
    QTest::addRow("39 runs") << 39 << "COMMENT"
                             << "INSUFFICIENT";
    QTest::addRow("40 runs") << 40 << "COMMENT"
                             << "PASS";
    QTest::addRow("41 runs") << 41 << "COMMENT"
                             << "PASS";
    // No run with another outcome: the false-positive rate is undefined, so the fp_rate
    // check cannot be met (SPEC §8).
    QTest::addRow("all FAIL: FP rate undefined") << 40 << "FAIL"
                                                 << "FAIL";
    QTest::addRow("few FAIL runs") << 3 << "FAIL"
                                   << "INSUFFICIENT";
}

void TestRollout::statusAndReadiness()
{
    QFETCH(int, runs);
    QFETCH(QString, outcome);
    QList<GateRun> list;
    for (int i = 0; i < runs; ++i)
        list.append(makeRun(QString::number(i + 1), "p", outcome, 0.05 * (i % 3)));
    const RolloutResult result = analyzeRollout(list, std::nullopt, fixedDay());
    QCOMPARE(result.runs, runs);
    QTEST(gateStatusName(result.status), "status");
}

void TestRollout::spikesByPrimaryReason()
{
    RolloutOptions options = fixedDay();
    options.spikeThreshold = 0.5;
    const QList<GateRun> runs{
        makeRun("1", "p", "COMMENT", 0.9, {"oom", "flaky_a"}),
        makeRun("2", "p", "COMMENT", 0.9, {"flaky_a"}),
        makeRun("3", "p", "COMMENT", 0.9, {"flaky_b"}),
        makeRun("4", "p", "COMMENT", 0.9, {"oom"}),
        makeRun("5", "p", "COMMENT", 0.9),
        makeRun("6", "p", "COMMENT", 0.1, {"zzz"}),
    };
    const RolloutResult result = analyzeRollout(runs, whitelistOf({{"flaky_*", ""}}), options);
    const QList<SpikeReasonCount> &counts = result.spikesByReason;
    QCOMPARE(counts.size(), 4);
    QCOMPARE(counts.at(0).reason, QStringLiteral("oom")); // 2 spikes first
    QCOMPARE(counts.at(0).unlisted, 2);
    QCOMPARE(counts.at(1).reason, QString()); // then ties by reason: "", flaky_a, flaky_b
    QCOMPARE(counts.at(1).none, 1);
    QCOMPARE(counts.at(2).reason, QStringLiteral("flaky_a"));
    QCOMPARE(counts.at(2).whitelisted, 1);
    QCOMPARE(counts.at(3).reason, QStringLiteral("flaky_b"));
    QCOMPARE(counts.at(3).total(), 1);
}

void TestRollout::failMeansExactlyFail()
{
    // Outcomes are kept as written; only "FAIL" is the true signal.
    const QList<GateRun> runs{makeRun("1", "p", "FAIL", 0.1), makeRun("2", "p", "fail", 0.1),
                              makeRun("3", "p", "FAILED", 0.1), makeRun("4", "p", " FAIL", 0.1)};
    const RolloutResult result = analyzeRollout(runs, std::nullopt, fixedDay());
    QCOMPARE(result.policies.first().fails, 1);
    QCOMPARE(result.warn.nonFailRuns, 3);
}

QTEST_GUILESS_MAIN(TestRollout)
#include "test_rollout.moc"
