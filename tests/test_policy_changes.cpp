// SPEC §10: rollout "policy_changes" and install "window_comparison", on cases small enough
// to work out by hand: three values each, all of one side below the other, give U = 0 and
// the exact two-sided p = 2 / C(6, 3) = 0.1.
#include "RolloutTestRuns.h"
#include "compare/CompareExport.h"
#include "install/InstallAnalysis.h"
#include "install/InstallComparison.h"
#include "rollout/PolicyChanges.h"
#include "rollout/RolloutExport.h"
#include "rollout/WarnKeyPoints.h"

#include <QJsonArray>
#include <QtTest>

using namespace gatehouse;
using namespace rollout_test;

class TestPolicyChanges : public QObject
{
    Q_OBJECT

private slots:
    void consecutivePoliciesInOrderOfFirstAppearance()
    {
        QList<GateRun> runs;
        int id = 0;
        auto add = [&](const char *policy, double rate) {
            runs.append(makeRun(QString::number(++id), policy, "COMMENT", rate));
        };
        add("b2", 0.1);
        add("b2", 0.3);
        add("a1", 0.4); // a1 appears second: it is compared with b2, though it sorts first
        add("b2", 0.2);
        add("a1", 0.6);
        add("a1", 0.5);
        add("c3", 0.5); // one run: U = 1.5 of 3, p = 1 (exact with ties)
        const RolloutResult result = analyzeRollout(runs, std::nullopt, fixedDay());
        const QList<PolicyChange> changes = policyChanges(result);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).from, QStringLiteral("b2"));
        QCOMPARE(changes.at(0).to, QStringLiteral("a1"));
        QCOMPARE(changes.at(0).runsFrom, 3);
        QCOMPARE(changes.at(0).runsTo, 3);
        QCOMPARE(changes.at(0).medianFrom, 0.2);
        QCOMPARE(changes.at(0).medianTo, 0.5);
        QCOMPARE(changes.at(0).delta, 0.5 - 0.2);
        QVERIFY(qAbs(changes.at(0).pvalue - 0.1) < 1e-12);
        QCOMPARE(changes.at(1).from, QStringLiteral("a1"));
        QCOMPARE(changes.at(1).to, QStringLiteral("c3"));
        QVERIFY(changes.at(1).pvalue > 0.99);

        const QJsonArray json = rolloutToJson(result).value("policy_changes").toArray();
        QCOMPARE(json.size(), 2);
        const QJsonObject first = json.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{"delta", "from", "median_from", "median_to", "pvalue",
                                            "runs_from", "runs_to", "to"}));
        QCOMPARE(first.value("to").toString(), QStringLiteral("a1"));
        const QString md = QString::fromUtf8(rolloutReportMarkdown(result));
        QVERIFY2(md.contains("| b2 | a1 | 3 → 3 | 0.2 | 0.5 | +0.3 | 0.1 |"), qPrintable(md));
    }

    void warnKeyPointsByHand()
    {
        // Non-FAIL runs at 0.1 .. 0.4, one FAIL at 0.5; WARN threshold given as 0.15.
        QList<GateRun> runs = runsWithRates({0.1, 0.2, 0.3, 0.4});
        runs.append(makeRun("5", "p1", "FAIL", 0.5));
        RolloutOptions options = fixedDay();
        options.warnThreshold = 0.15;
        const RolloutResult result = analyzeRollout(runs, std::nullopt, options);
        const QList<WarnKeyPoint> points = warnKeyPoints(result);
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(0).label, QStringLiteral("in force"));
        QCOMPARE(points.at(0).point.threshold, 0.15);
        QCOMPARE(*points.at(0).point.fpRateWithoutWhitelist, 0.75); // 0.2, 0.3, 0.4 of 4
        QCOMPARE(*points.at(0).point.failRecall, 1.0);
        // Default rule over all 5: median 0.3, MAD 0.1: 0.3 + 3 * 1.4826 * 0.1.
        QCOMPARE(points.at(1).label, QStringLiteral("default rule"));
        QVERIFY(qAbs(points.at(1).point.threshold - (0.3 + 3 * 1.4826 * 0.1)) < 1e-12);
        QCOMPARE(*points.at(1).point.fpRateWithWhitelist, 0.0);
        QCOMPARE(*points.at(1).point.failRecall, 0.0);
        // Lowest curve threshold with FP <= 5 %: at 0.3 the 0.4 run still WARNs (25 %).
        QCOMPARE(points.at(2).label, QStringLiteral("lowest meeting fp_max"));
        QCOMPARE(points.at(2).point.threshold, 0.4);
        QCOMPARE(*points.at(2).point.failRecall, 1.0);
        const QString md = warnTradeOffMarkdown(result);
        QVERIFY2(md.contains("| 0.15 | in force | 75 % | 75 % | 100 % |"), qPrintable(md));
        QVERIFY(md.contains("| 0.4 | lowest meeting fp_max | 0 % | 0 % | 100 % |"));
    }

    void onePolicyHasNoChange()
    {
        const RolloutResult result = analyzeRollout(runsWithRates({0.1, 0.2}), std::nullopt, {});
        QVERIFY(policyChanges(result).isEmpty());
        QVERIFY(rolloutToJson(result).value("policy_changes").toArray().isEmpty());
    }

    void installWindowComparison_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<bool>("defined");
        QTest::addColumn<double>("oldMedian");
        QTest::addColumn<double>("newMedian");
        QTest::addColumn<double>("pvalue");
        QTest::addRow("last 3 vs 3 before") << 3 << true << 220.0 << 300.0 << 0.1;
        QTest::addRow("last 4 vs the 3 left") << 4 << true << 210.0 << 299.5 << 2.0 / 35.0;
        QTest::addRow("nothing before") << 7 << false << 0.0 << 0.0 << 1.0;
    }

    void installWindowComparison()
    {
        QFETCH(int, n);
        QFETCH(bool, defined);
        QList<InstallRun> runs;
        const QList<qint64> seconds{200, 210, 220, 290, 300, 310, 299};
        for (int i = 0; i < seconds.size(); ++i) {
            InstallRun run;
            run.identity.runId = QString::number(i + 1);
            run.seconds = seconds.at(i);
            runs.append(run);
        }
        const InstallResult result = analyzeInstall(runs, InstallOptions());
        const auto row = gatehouse::installWindowComparison(result, n, {});
        QCOMPARE(row.has_value(), defined);
        if (!row)
            return;
        QTEST(row->oldSummary.median, "oldMedian");
        QTEST(row->newSummary.median, "newMedian");
        QFETCH(double, pvalue);
        QVERIFY2(qAbs(row->pvalue - pvalue) < 1e-12, qPrintable(QString::number(row->pvalue)));
        const QJsonObject json = compare::compareRowToJson(*row);
        QCOMPARE(json.keys(),
                 (QStringList{"delta_percent", "new", "old", "pvalue", "significant", "warnings"}));
    }
};

QTEST_GUILESS_MAIN(TestPolicyChanges)
#include "test_policy_changes.moc"
