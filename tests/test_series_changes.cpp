// SPEC §9 series: install durations of every kept run (not only the last N), each bench
// detector's per-run mean over all runs, and unknown_rate with policy boundaries; the
// change points reach the JSON, change_points.csv and the review, under the rules'
// [change_points] values.
#include "RolloutTestRuns.h"
#include "SourcesTestSupport.h"
#include "bench/BenchExport.h"
#include "install/InstallExport.h"
#include "report/ChangesReport.h"
#include "report/GateReport.h"
#include "rollout/RolloutExport.h"

#include <QJsonArray>

#include <QtTest>

using namespace gatehouse;
using namespace rollout_test;

namespace {

// A noisy step: 20 points around `low`, then 20 around `high` (a fixed wiggle, no RNG).
QList<double> step(double low, double high)
{
    QList<double> values;
    const double wiggle[] = {0.2, -0.1, 0.3, -0.3, 0.1, 0.0, -0.2, 0.25, -0.15, 0.05};
    for (int i = 0; i < 40; ++i)
        values.append((i < 20 ? low : high) + wiggle[i % 10]);
    return values;
}

Dataset stepDataset()
{
    Dataset d;
    const QList<double> seconds = step(200, 260);
    const QList<double> rates = step(0.1, 0.4);
    for (int i = 0; i < 40; ++i) {
        const QString id = QString::number(1000 + i);
        InstallRun install;
        install.identity.runId = id;
        install.seconds = qRound64(seconds.at(i) * 10); // whole seconds: 2002, 1999, …
        d.installRuns.append(install);
        d.gateRuns.append(makeRun(id, i < 20 ? "p1" : "p2", "COMMENT", rates.at(i)));
        BenchRun bench;
        bench.identity.runId = id;
        bench.editSamples([&](auto &s) {
            s[{"pkg", "Foo"}]["allocs/op"] = QVector<double>(10, i < 20 ? 12 : 14);
        });
        d.benchRuns.append(bench);
    }
    return d;
}

} // namespace

class TestSeriesChanges : public QObject
{
    Q_OBJECT

private slots:
    void everySeriesFindsTheStep()
    {
        const GateReport report = analyzeAll(stepDataset(), RuleSet());
        // Install: all 40 kept runs, although the gate's median uses the last 10.
        QCOMPARE(report.install.changes.values.size(), 40);
        QCOMPARE(report.install.changes.points.size(), 1);
        QCOMPARE(report.install.changes.points.first().index, 20);
        QCOMPARE(report.install.changes.runIds.at(20), QStringLiteral("1020"));
        // Bench: the detector's per-run mean over all 40 runs, not the 10 selected.
        const DetectorAllocations &foo = report.allocations.detectors.first();
        QCOMPARE(foo.changes.values.size(), 40);
        QCOMPARE(foo.changes.points.size(), 1);
        QCOMPARE(foo.changes.points.first().index, 20);
        QCOMPARE(foo.changes.points.first().meanBefore, 12.0);
        QCOMPARE(foo.changes.points.first().meanAfter, 14.0);
        QCOMPARE(foo.changes.points.first().pvalue, 0.0); // two constant segments
        // Rollout: the change falls on the first run of policy p2 and says so.
        QCOMPARE(report.rollout.changes.points.size(), 1);
        QVERIFY(report.rollout.changes.startsNewPolicy(report.rollout.changes.points.first()));

        const QJsonObject json = reportToJson(report);
        const QJsonObject install =
            json.value("install").toObject().value("change_points").toArray().at(0).toObject();
        QCOMPARE(install.value("index").toInt(), 20);
        QCOMPARE(install.value("run_id").toString(), QStringLiteral("1020"));
        QVERIFY(install.value("timestamp").isNull());
        for (const char *key : {"mean_before", "mean_after", "stddev_before", "stddev_after",
                                "forward_change_percent", "pvalue"})
            QVERIFY2(install.value(QLatin1String(key)).isDouble(), key);
        const QJsonObject rollout =
            json.value("rollout").toObject().value("change_points").toArray().at(0).toObject();
        QCOMPARE(rollout.value("new_policy").toString(), QStringLiteral("p2"));
        const QJsonObject detector =
            json.value("bench").toObject().value("detectors").toArray().at(0).toObject();
        QCOMPARE(detector.value("change_points").toArray().size(), 1);

        const QByteArray csv = changePointsCsv(report);
        QVERIFY(csv.startsWith("gate,series,unit,index,run_id,timestamp,mean_before,"));
        QVERIFY2(csv.contains("\nbench,pkg Foo,allocs/op,20,1020,,12,14,0,0,"), csv.constData());
        QVERIFY(csv.contains(",p2\n"));
        QCOMPARE(csv.count('\n'), 4);

        const QString md = QString::fromUtf8(graduationReviewMarkdown(report));
        QVERIFY2(md.contains("- Allocations: Foo allocs/op rose 17 % at run 1020 (12 → 14, p = 0)"),
                 qPrintable(md));
        QVERIFY(md.contains("- Gate-V1 rollout: unknown_rate rose"));
        QVERIFY(md.contains("the first run of policy p2"));
    }

    // Detectors are searched in parallel: each must get the change points of its own
    // series, whatever their number (detector d steps from 12 to 20 at run 10 + 3d).
    void everyDetectorGetsItsOwnChangePoints_data()
    {
        QTest::addColumn<int>("detectors");
        QTest::addRow("one") << 1;
        QTest::addRow("three") << 3;
        QTest::addRow("seven") << 7;
    }

    void everyDetectorGetsItsOwnChangePoints()
    {
        QFETCH(int, detectors);
        auto stepAt = [](int d) { return 10 + 3 * d; };
        Dataset dataset;
        for (int i = 0; i < 40; ++i) {
            BenchRun bench;
            bench.identity.runId = QString::number(1000 + i);
            bench.editSamples([&](auto &s) {
                for (int d = 0; d < detectors; ++d)
                    s[{"pkg", QStringLiteral("Det%1").arg(d)}]["allocs/op"] =
                        QVector<double>(10, i < stepAt(d) ? 12 : 20);
            });
            dataset.benchRuns.append(bench);
        }
        const GateReport report = analyzeAll(dataset, RuleSet());
        QCOMPARE(report.allocations.detectors.size(), detectors);
        for (const DetectorAllocations &row : report.allocations.detectors) {
            const int d = row.key.name.mid(3).toInt();
            QCOMPARE(row.changes.values.size(), 40);
            QCOMPARE(row.changes.points.size(), 1);
            QCOMPARE(row.changes.points.first().index, stepAt(d));
            QCOMPARE(row.changes.runIds.at(stepAt(d)), QString::number(1000 + stepAt(d)));
        }
    }

    // Each detector's series names the runs it was measured in, in run order; detectors
    // measured in the same runs share one list of ids and one of timestamps.
    void detectorSeriesNameTheirOwnRuns_data()
    {
        QTest::addColumn<QList<int>>("firstOfDet"); // Det d is measured in runs first..end-1
        QTest::addColumn<QList<int>>("endOfDet");
        QTest::addColumn<QList<int>>("group"); // detectors of one group share their lists
        const QList<int> allEnd{20, 20, 20};
        QTest::addRow("all in every run") << QList<int>{0, 0, 0} << allEnd << QList<int>{0, 0, 0};
        QTest::addRow("one starts later") << QList<int>{0, 5, 0} << allEnd << QList<int>{0, 1, 0};
        QTest::addRow("two start later, alike")
            << QList<int>{0, 5, 5} << allEnd << QList<int>{0, 1, 1};
        QTest::addRow("as many runs, other ones")
            << QList<int>{0, 5, 0} << QList<int>{20, 20, 15} << QList<int>{0, 1, 2};
    }

    void detectorSeriesNameTheirOwnRuns()
    {
        QFETCH(QList<int>, firstOfDet);
        QFETCH(QList<int>, endOfDet);
        QFETCH(QList<int>, group);
        Dataset dataset;
        for (int i = 0; i < 20; ++i) {
            BenchRun bench;
            bench.identity.runId = QString::number(1000 + i);
            bench.identity.timestamp =
                QDateTime(QDate(2026, 9, 1), QTime(6, 0), Qt::UTC).addDays(i);
            bench.editSamples([&](auto &s) {
                for (int d = 0; d < firstOfDet.size(); ++d)
                    if (i >= firstOfDet.at(d) && i < endOfDet.at(d))
                        s[{"pkg", QStringLiteral("Det%1").arg(d)}]["allocs/op"] =
                            QVector<double>(10, 12 + i % 3);
            });
            dataset.benchRuns.append(bench);
        }
        const GateReport report = analyzeAll(dataset, RuleSet());
        const QList<DetectorAllocations> &rows = report.allocations.detectors;
        QCOMPARE(rows.size(), firstOfDet.size());
        for (qsizetype d = 0; d < rows.size(); ++d) {
            const changes::SeriesChangePoints &series = rows.at(d).changes;
            QCOMPARE(rows.at(d).key.name, QStringLiteral("Det%1").arg(d));
            QStringList ids;
            QList<QDateTime> times;
            for (int i = firstOfDet.at(d); i < endOfDet.at(d); ++i) {
                ids << QString::number(1000 + i);
                times << dataset.benchRuns.at(i).identity.timestamp;
            }
            QCOMPARE(series.runIds, ids);
            QCOMPARE(series.timestamps, times);
            QCOMPARE(series.values.size(), ids.size());
            for (qsizetype e = 0; e < d; ++e) {
                const bool alike = group.at(e) == group.at(d);
                QCOMPARE(series.runIds.isSharedWith(rows.at(e).changes.runIds), alike);
                QCOMPARE(series.timestamps.isSharedWith(rows.at(e).changes.timestamps), alike);
            }
        }
    }

    // The CLI's report without charts frees each kind's runs once its gate is analysed: the
    // report's every file is byte for byte what analyzeAll gives.
    void releasingGivesTheSameReport_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addRow("steps") << false;
        QTest::addRow("embedded demo") << true;
    }

    void releasingGivesTheSameReport()
    {
        QFETCH(bool, demo);
        const Dataset dataset =
            demo ? gatehouse::sources_test::load({QStringLiteral(":/demo")}) : stepDataset();
        QVERIFY(!dataset.benchRuns.isEmpty() && !dataset.installRuns.isEmpty() &&
                !dataset.gateRuns.isEmpty());
        const ReportOptions options = RuleSet().reportOptions();
        const GateReport kept = analyzeAll(dataset, options);
        Dataset consumed = dataset;
        const GateReport released = analyzeAllReleasing(consumed, options);
        QVERIFY(consumed.benchRuns.isEmpty() && consumed.installRuns.isEmpty() &&
                consumed.gateRuns.isEmpty());
        const auto expected = reportFiles(kept);
        const auto actual = reportFiles(released);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(actual.at(i).first, expected.at(i).first);
            QVERIFY2(actual.at(i).second == expected.at(i).second, qPrintable(actual.at(i).first));
        }
    }

    void rulesSetTheMethod()
    {
        RuleSet rules;
        QVERIFY(rules.setOverride("change_points.max_pvalue", 1e-300)); // nothing passes
        QVERIFY(rules.setOverride("rollout.spike_k", 3.0));
        GateReport report = analyzeAll(stepDataset(), rules);
        QVERIFY(report.install.changes.points.isEmpty());
        QCOMPARE(report.allocations.detectors.first().changes.points.size(), 1); // p = 0
        rules.clearOverrides();
        QVERIFY(rules.setOverride("change_points.min_magnitude", 0.5)); // a 30 % step is less
        report = analyzeAll(stepDataset(), rules);
        QVERIFY(report.install.changes.points.isEmpty());
        QVERIFY(report.allocations.detectors.first().changes.points.isEmpty());
        QVERIFY(!report.rollout.changes.points.isEmpty()); // 0.1 -> 0.4 is a 300 % change
    }

    void constantSeriesHasNone()
    {
        Dataset d;
        for (int i = 0; i < 30; ++i) {
            InstallRun run;
            run.identity.runId = QString::number(i);
            run.seconds = 250;
            d.installRuns.append(run);
        }
        const GateReport report = analyzeAll(d, RuleSet());
        QVERIFY(report.install.changes.points.isEmpty());
        QVERIFY(installToJson(report.install).value("change_points").toArray().isEmpty());
        QVERIFY(graduationReviewMarkdown(report).contains("- Install duration: no change point\n"));
    }

    void benchWindowComparisonInTheReport()
    {
        const GateReport report = analyzeAll(stepDataset(), RuleSet());
        // Last 10 runs (all 14) against the 10 before (all 14): equal, no significant row.
        QCOMPARE(report.comparison.newRuns, 10);
        QCOMPARE(report.comparison.oldRuns, 10);
        QCOMPARE(report.comparison.rows.size(), 1);
        QVERIFY(!report.comparison.rows.first().significant);
        const QJsonObject json = reportToJson(report).value("compare").toObject();
        QCOMPARE(json.value("rows").toArray().size(), 1);
        QCOMPARE(json.value("old_runs").toInt(), 10);
        bool listed = false;
        for (const auto &file : reportFiles(report))
            listed = listed || file.first == QLatin1String("compare.csv");
        QVERIFY(listed);
    }
};

QTEST_GUILESS_MAIN(TestSeriesChanges)
#include "test_series_changes.moc"
