// The allocations gate (SPEC §2.2-2.4) and its exports (SPEC §5): known answers, the
// per-detector and gate verdicts at their boundaries, reasons, fallback and output forms.
#include "bench/AllocationsAnalysis.h"
#include "bench/AllocationsChecks.h"
#include "bench/BenchExport.h"

#include <QJsonArray>
#include <QtTest>
#include <cmath>

using namespace gatehouse;

namespace {

const QString kPkg = QStringLiteral("example.com/detectors");
const QString kAllocs = QStringLiteral("allocs/op");
const MachineInfo kLinux{"linux", "amd64", "AMD EPYC 7763"};

// detector -> allocs/op samples of one run
using RunSamples = QMap<QString, QVector<double>>;

BenchRun makeRun(const QString &id, const RunSamples &samples, const MachineInfo &machine = kLinux)
{
    BenchRun run;
    run.identity.runId = id;
    run.machines = {machine};
    QMap<DetectorKey, UnitSamples> perDetector;
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        perDetector[{kPkg, it.key()}][kAllocs] = it.value();
        perDetector[{kPkg, it.key()}][QStringLiteral("ns/op")] =
            QVector<double>(it.value().size(), 100);
    }
    run.setSamples(perDetector);
    return run;
}

// `count` runs (ids 1..count) of 10 samples per detector at the given constant value.
QList<BenchRun> steadyRuns(int count, const QMap<QString, double> &values)
{
    QList<BenchRun> runs;
    for (int r = 1; r <= count; ++r) {
        RunSamples samples;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            samples.insert(it.key(), QVector<double>(10, it.value()));
        runs.append(makeRun(QString::number(r), samples));
    }
    return runs;
}

Baseline baselineOf(const QJsonObject &document)
{
    ParseIssues issues;
    return *parseBaseline(QJsonDocument(document).toJson(), QStringLiteral("baselines.json"),
                          issues);
}

const DetectorAllocations &detector(const AllocationsResult &result, const QString &name)
{
    for (const DetectorAllocations &row : result.detectors)
        if (row.key.name == name)
            return row;
    qFatal("no detector %s", qPrintable(name));
}

AllocationsOptions minRuns(int n)
{
    AllocationsOptions options;
    options.minRuns = n;
    return options;
}

} // namespace

class TestAllocations : public QObject
{
    Q_OBJECT

private slots:
    // SPEC §2.2: three runs of 10 samples at 10, 20, 30 -> n 30, mean 20, stdev 8.3046,
    // CV 41.52 %.
    void knownAnswer()
    {
        const QList<BenchRun> runs = {makeRun("1", {{"Foo", QVector<double>(10, 10)}}),
                                      makeRun("2", {{"Foo", QVector<double>(10, 20)}}),
                                      makeRun("3", {{"Foo", QVector<double>(10, 30)}})};
        const AllocationsResult result = analyzeAllocations(runs, std::nullopt, minRuns(3));
        const DetectorAllocations &foo = detector(result, "Foo");
        QCOMPARE(foo.runs, 3);
        QCOMPARE(foo.samples, 30);
        QCOMPARE(foo.mean, 20.0);
        QVERIFY(std::fabs(foo.stdev - 8.3046) < 1e-3);
        QVERIFY(foo.cvPercent);
        QVERIFY(std::fabs(*foo.cvPercent - 41.52) < 1e-2);
        QVERIFY(std::fabs(*foo.cvPercent - 41.5227) < 1e-3);
        QCOMPARE(foo.median, 20.0);
        QCOMPARE(foo.min, 10.0);
        QCOMPARE(foo.max, 30.0);
        QCOMPARE(foo.status, DetectorStatus::Over);
        QCOMPARE(result.status, GateStatus::Fail);
    }

    // allocs/op is a truncated integer: one stray allocation in ten samples at 12.
    void strayAllocation()
    {
        QVector<double> samples(9, 12);
        samples.append(13);
        const AllocationsResult result =
            analyzeAllocations({makeRun("1", {{"Foo", samples}})}, std::nullopt, minRuns(1));
        const DetectorAllocations &foo = detector(result, "Foo");
        QVERIFY(std::fabs(*foo.cvPercent - 2.61345) < 1e-4);
        QCOMPARE(foo.modeValue, 12.0);
        QCOMPARE(foo.modeCount, 9);
        QCOMPARE(foo.modeShare, 0.9);
        QVERIFY(foo.cvInterval);
        QVERIFY(foo.cvInterval->low < 2.61345 && 2.61345 < foo.cvInterval->high);
        QVERIFY(foo.reasons.contains(QStringLiteral("CV 2.61 %: 1 of 10 samples off the mode")));
    }

    void cvZeroWhenAllSamplesEqual()
    {
        // 0.1 summed ten times is not 1.0 in binary; the CV must still be exactly 0.
        const AllocationsResult result = analyzeAllocations(
            {makeRun("1", {{"Foo", QVector<double>(10, 0.1)}, {"Zero", QVector<double>(5, 0)}})},
            std::nullopt, minRuns(1));
        for (const QString name : {"Foo", "Zero"}) {
            const DetectorAllocations &row = detector(result, name);
            QCOMPARE(row.stdev, 0.0);
            QCOMPARE(row.cvPercent.value_or(-1), 0.0);
            QCOMPARE(row.cvInterval->high, 0.0);
            QCOMPARE(row.status, DetectorStatus::Ok);
        }
    }

    void cvUndefinedForMeanZeroWithSpread()
    {
        const AllocationsResult result =
            analyzeAllocations({makeRun("1", {{"Foo", {-1, 1, -1, 1}}})}, std::nullopt, minRuns(1));
        const DetectorAllocations &foo = detector(result, "Foo");
        QCOMPARE(foo.mean, 0.0);
        QVERIFY(foo.stdev > 0);
        QVERIFY(!foo.cvPercent);
        QVERIFY(!foo.cvInterval);
        QCOMPARE(foo.status, DetectorStatus::Over);
        QVERIFY(foo.reasons.contains(QStringLiteral("CV undefined (mean 0)")));
        QVERIFY(allocationsToJson(result)["detectors"][0]["cv_percent"].isNull());
    }

    void evenCountMedianAverages()
    {
        const AllocationsResult result =
            analyzeAllocations({makeRun("1", {{"Foo", {4, 1, 3, 2}}})}, std::nullopt, minRuns(1));
        QCOMPARE(detector(result, "Foo").median, 2.5);
    }

    void gateStatus_data()
    {
        QTest::addColumn<int>("runs");
        QTest::addColumn<double>("value");         // every sample of every run
        QTest::addColumn<double>("baselineValue"); // NaN: no baseline
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("status");
        const double none = std::nan("");
        QTest::addRow("PASS: 10 steady runs within baseline")
            << 10 << 12.0 << 12.0 << kAllocs << "PASS";
        QTest::addRow("PASS without baseline") << 10 << 12.0 << none << kAllocs << "PASS";
        QTest::addRow("PASS with more runs than needed") << 14 << 12.0 << 12.0 << kAllocs << "PASS";
        QTest::addRow("FAIL: drift +2") << 10 << 14.0 << 12.0 << kAllocs << "FAIL";
        QTest::addRow("INSUFFICIENT: 9 runs") << 9 << 12.0 << 12.0 << kAllocs << "INSUFFICIENT";
        QTest::addRow("INSUFFICIENT beats FAIL") << 8 << 14.0 << 12.0 << kAllocs << "INSUFFICIENT";
        QTest::addRow("NO_DATA: no runs") << 0 << 12.0 << none << kAllocs << "NO_DATA";
        QTest::addRow("NO_DATA: metric absent") << 10 << 12.0 << none << "MB/s"
                                                << "NO_DATA";
        QTest::addRow("other metric") << 10 << 12.0 << none << "ns/op"
                                      << "PASS";
    }

    void gateStatus()
    {
        QFETCH(int, runs);
        QFETCH(double, value);
        QFETCH(double, baselineValue);
        QFETCH(QString, metric);
        QFETCH(QString, status);
        std::optional<Baseline> baseline;
        if (!std::isnan(baselineValue))
            baseline = baselineOf({{"Foo", baselineValue}, {"Bar", 3}});
        AllocationsOptions options;
        options.metric = metric;
        const AllocationsResult result =
            analyzeAllocations(steadyRuns(runs, {{"Foo", value}, {"Bar", 3}}), baseline, options);
        QCOMPARE(gateStatusName(result.status), status);
        QCOMPARE(result.runsSelected(), std::min(runs, 10));
        QCOMPARE(allocationsToJson(result)["status"].toString(), status);
    }

    void strayAllocationFailsTheGate()
    {
        QList<BenchRun> runs = steadyRuns(10, {{"Foo", 12}, {"Bar", 3}});
        // Pooled over 100 samples one stray allocation is CV 0.83 %; two make it 1.17 %.
        runs[4].editSamples([&](auto &s) { s[{kPkg, "Foo"}][kAllocs][7] = 13; });
        runs[6].editSamples([&](auto &s) { s[{kPkg, "Foo"}][kAllocs][1] = 13; });
        const AllocationsResult result = analyzeAllocations(runs, std::nullopt, {});
        QCOMPARE(result.status, GateStatus::Fail);
        QCOMPARE(detector(result, "Foo").status, DetectorStatus::Over);
        QCOMPARE(detector(result, "Bar").status, DetectorStatus::Ok);
        QVERIFY(result.reasons.contains(QStringLiteral("1 detector over CV 1 %")));
    }

    // OK needs CV < threshold, so a CV exactly at the threshold is OVER.
    void cvThresholdBoundary()
    {
        QList<BenchRun> runs = steadyRuns(10, {{"Foo", 12}});
        runs[0].editSamples([&](auto &s) { s[{kPkg, "Foo"}][kAllocs][0] = 13; });
        AllocationsOptions options;
        options.cvMaxPercent = 100;
        const double cv =
            *detector(analyzeAllocations(runs, std::nullopt, options), "Foo").cvPercent;
        options.cvMaxPercent = cv;
        QCOMPARE(detector(analyzeAllocations(runs, std::nullopt, options), "Foo").status,
                 DetectorStatus::Over);
        options.cvMaxPercent = std::nextafter(cv, 1000.0);
        QCOMPARE(detector(analyzeAllocations(runs, std::nullopt, options), "Foo").status,
                 DetectorStatus::Ok);
    }

    // within needs |drift| <= drift max: exactly 1 is within, a hair more is not.
    void driftBoundary_data()
    {
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("baselineValue");
        QTest::addColumn<bool>("within");
        QTest::addRow("+1 exactly") << 13.0 << 12.0 << true;
        QTest::addRow("-1 exactly") << 11.0 << 12.0 << true;
        QTest::addRow("decimal +1 (12.1 - 11.1)") << 12.1 << 11.1 << true;
        QTest::addRow("+1.001") << 13.001 << 12.0 << false;
        QTest::addRow("-2") << 10.0 << 12.0 << false;
    }

    void driftBoundary()
    {
        QFETCH(double, mean);
        QFETCH(double, baselineValue);
        QFETCH(bool, within);
        const AllocationsResult result = analyzeAllocations(
            steadyRuns(10, {{"Foo", mean}}), baselineOf({{"BenchmarkFoo-8", baselineValue}}), {});
        const DetectorAllocations &foo = detector(result, "Foo");
        QCOMPARE(foo.within, within);
        QCOMPARE(result.status, within ? GateStatus::Pass : GateStatus::Fail);
        QVERIFY(std::fabs(*foo.drift - (mean - baselineValue)) < 1e-9);
    }

    void driftReasons()
    {
        const AllocationsResult up =
            analyzeAllocations(steadyRuns(10, {{"Foo", 14}}), baselineOf({{"Foo", 12}}), {});
        QVERIFY(detector(up, "Foo").reasons.contains(QStringLiteral("drift +2 > 1")));
        const AllocationsResult down =
            analyzeAllocations(steadyRuns(10, {{"Foo", 10}}), baselineOf({{"Foo", 12}}), {});
        QVERIFY(detector(down, "Foo").reasons.contains(QStringLiteral("drift -2 < -1")));
    }

    // The last N runs only: the two oldest runs are wild and must not count.
    void selectsTheLastRuns()
    {
        QList<BenchRun> runs = steadyRuns(12, {{"Foo", 12}});
        runs[0].editSamples([&](auto &s) { s[{kPkg, "Foo"}][kAllocs] = QVector<double>(10, 500); });
        runs[1].editSamples([&](auto &s) { s[{kPkg, "Foo"}][kAllocs] = QVector<double>(10, 1); });
        const AllocationsResult result = analyzeAllocations(runs, std::nullopt, {});
        QCOMPARE(result.runsAvailable, 12);
        QCOMPARE(result.selectedRunIds,
                 (QStringList{"3", "4", "5", "6", "7", "8", "9", "10", "11", "12"}));
        QCOMPARE(detector(result, "Foo").samples, 100);
        QCOMPARE(result.status, GateStatus::Pass);
    }

    void detectorReasons()
    {
        QList<BenchRun> runs = steadyRuns(10, {{"Foo", 12}, {"Bar", 3}});
        runs[2].editSamples([&](auto &s) {
            s[{kPkg, "Foo"}][kAllocs].resize(9);
        }); // run 3: one line failed
        runs[2].failures[{kPkg, "Foo"}] = 1;
        runs[3].editSamples([&](auto &s) {
            s[{kPkg, "Foo"}][kAllocs].resize(9);
        });                  // run 4: broken by log text
        for (int r : {0, 1}) // Bar missing from two runs
            runs[r].editSamples([&](auto &s) { s.remove({kPkg, "Bar"}); });
        const AllocationsResult result = analyzeAllocations(runs, baselineOf({{"Foo", 12}}), {});
        const DetectorAllocations &foo = detector(result, "Foo");
        QCOMPARE(foo.failures, 1);
        QCOMPARE(foo.failedRunIds, QStringList{"3"});
        QCOMPARE(foo.shortRunIds, QStringList{"4"});
        QVERIFY(foo.reasons.contains(QStringLiteral("failed in 1 run (run 3)")));
        QVERIFY(
            foo.reasons.contains(QStringLiteral("fewer samples in run 4 than other detectors")));
        const DetectorAllocations &bar = detector(result, "Bar");
        QCOMPARE(bar.runs, 8);
        QVERIFY(bar.reasons.contains(QStringLiteral("n = 8 < 10 runs")));
        QVERIFY(bar.reasons.contains(QStringLiteral("no baseline value")));
        // A failed result line blocks graduation (SPEC §8 failed_runs); short runs and a
        // missing baseline value are notes.
        QCOMPARE(result.status, GateStatus::Fail);
        QCOMPARE(unmetCheckIds(result.checks), QStringList{"failed_runs"});
        QCOMPARE(detectorBlockers(foo), QStringList{"failed_runs"});
        QCOMPARE(detectorBlockers(bar), QStringList());
        QVERIFY(result.reasons.contains(QStringLiteral("1 detector failed in some runs")));
        QVERIFY(result.reasons.contains(QStringLiteral("1 detector in fewer than 10 runs")));
    }

    void insufficientSaysHowMany()
    {
        const AllocationsResult result =
            analyzeAllocations(steadyRuns(8, {{"Foo", 12}}), std::nullopt, {});
        QCOMPARE(result.status, GateStatus::Insufficient);
        QCOMPARE(result.reasons.constFirst(), QStringLiteral("8 runs (10 needed)"));
        QVERIFY(detector(result, "Foo").reasons.contains(QStringLiteral("n = 8 < 10 runs")));
    }

    void baselineOnlyFallback()
    {
        const Baseline baseline = baselineOf(
            {{"detectors", QJsonObject{{"BenchmarkFoo-8", 12},
                                       {"Bar", QJsonObject{{"allocs_per_op", 3}, {"B/op", 64}}},
                                       {"NsOnly", QJsonObject{{"ns/op", 5}}}}}});
        const AllocationsResult result = analyzeAllocations({}, baseline, {});
        QCOMPARE(result.status, GateStatus::NoData);
        QVERIFY(result.baselineOnly);
        QCOMPARE(result.detectors.size(), 2);
        const DetectorAllocations &foo = detector(result, "Foo");
        QVERIFY(foo.fromBaselineOnly);
        QCOMPARE(foo.status, DetectorStatus::NoData);
        QCOMPARE(foo.samples, 1);
        QCOMPARE(foo.mean, 12.0);
        QCOMPARE(foo.baseline.value_or(-1), 12.0);
        QVERIFY(!foo.drift);
        QCOMPARE(result.units, (QStringList{"B/op", "allocs/op", "ns/op"}));
        QVERIFY(result.reasons.constFirst().contains(
            QStringLiteral("2 baseline values as single samples")));
        QVERIFY(allocationsTable(result).contains(QStringLiteral("BASELINE ONLY")));
        QVERIFY(allocationsToJson(result)["detectors"][0]["baseline_only"].toBool());
        QCOMPARE(analyzeAllocations({}, std::nullopt, {}).detectors.size(), 0);
    }

    void mixedMachinesWarn()
    {
        QList<BenchRun> runs = steadyRuns(10, {{"Foo", 12}});
        runs[8].machines = {{"darwin", "arm64", "Apple M1"}};
        runs[9].machines = {{"linux", "amd64", ""}}; // cpu unknown: compatible with linux
        const AllocationsResult result = analyzeAllocations(runs, std::nullopt, {});
        QVERIFY(result.mixedMachines);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(
            result.warnings.constFirst().contains(QStringLiteral("darwin/arm64 Apple M1 (run 9)")),
            qPrintable(result.warnings.constFirst()));
        QVERIFY(result.warnings.constFirst().contains(
            QStringLiteral("linux/amd64 AMD EPYC 7763 (runs 1, 2, 3 and 5 more)")));
        runs[8].machines = {kLinux};
        QVERIFY(!analyzeAllocations(runs, std::nullopt, {}).mixedMachines);
    }

    void detectorsSortedByPkgThenName()
    {
        BenchRun run = makeRun("1", {{"Zed", {1}}, {"Alpha", {1}}});
        run.editSamples([&](auto &s) { s[{"a.example/pkg", "Zed"}][kAllocs] = {1}; });
        const AllocationsResult result = analyzeAllocations({run}, std::nullopt, minRuns(1));
        QStringList order;
        for (const DetectorAllocations &row : result.detectors)
            order.append(row.key.pkg + QLatin1Char(':') + row.key.name);
        QCOMPARE(order, (QStringList{"a.example/pkg:Zed", kPkg + ":Alpha", kPkg + ":Zed"}));
        QCOMPARE(result.units, (QStringList{"allocs/op", "ns/op"}));
    }

    void csvExport()
    {
        QVector<double> samples(9, 12);
        samples.append(13);
        const AllocationsResult result =
            analyzeAllocations({makeRun("1", {{"Foo", samples}, {"Bar", QVector<double>(10, 3)}})},
                               baselineOf({{"Foo", 12}}), minRuns(1));
        const QList<QByteArray> lines = allocationsCsv(result).split('\n');
        QCOMPARE(lines.at(0), QByteArray("pkg,name,runs,samples,mean,stdev,cv_percent,cv_ci_low,"
                                         "cv_ci_high,mode_share,median,min,max,baseline,drift,"
                                         "status,verdict,blockers,why"));
        QCOMPARE(lines.at(1), QByteArray("example.com/detectors,Bar,1,10,3,0,0,0,0,1,3,3,3,,,OK,"
                                         "ready,,no baseline value"));
        QVERIFY(lines.at(2).startsWith("example.com/detectors,Foo,1,10,12.1,0.31622776601683"));
        // Exports keep the exact binary result (12.1 - 12); tables round for people.
        QVERIFY(lines.at(2).contains(",0.9,12,12,13,12,0.09999999999999964,"));
        QVERIFY(lines.at(2).endsWith(",OVER,blocked,cv,CV 2.61 %: 1 of 10 samples off the mode"));
        QCOMPARE(lines.size(), 4); // header, two rows, empty after the last \n
    }

    void jsonExportHasSpecKeys()
    {
        const AllocationsResult result =
            analyzeAllocations(steadyRuns(10, {{"Foo", 12}}), std::nullopt, {});
        const QJsonObject json = allocationsToJson(result);
        QCOMPARE(json["status"].toString(), QStringLiteral("PASS"));
        const QJsonObject foo = json["detectors"].toArray().at(0).toObject();
        for (const char *key : {"pkg", "name", "runs", "samples", "mean", "stdev", "cv_percent",
                                "median", "min", "max", "baseline", "drift", "status"})
            QVERIFY2(foo.contains(QLatin1String(key)), key);
        QCOMPARE(foo["name"].toString(), QStringLiteral("Foo"));
        QCOMPARE(foo["samples"].toInt(), 100);
        QCOMPARE(foo["cv_percent"].toDouble(), 0.0);
        QVERIFY(foo["baseline"].isNull());
        QVERIFY(foo["drift"].isNull());
        QCOMPARE(foo["status"].toString(), QStringLiteral("OK"));
        QCOMPARE(json["runs_selected"].toInt(), 10);
    }

    void tableAndMarkdown()
    {
        QList<BenchRun> runs = steadyRuns(10, {{"Foo", 12}, {"Bar", 3}});
        for (int i : {0, 1, 2}) // 3 of 100 samples one allocation higher: CV 1.43 %
            runs[i].editSamples([&](auto &s) { s[{kPkg, "Foo"}][kAllocs][0] = 13; });
        const AllocationsResult result =
            analyzeAllocations(runs, baselineOf({{"Foo", 12}, {"Bar", 3}}), {});
        const QString table = allocationsTable(result);
        QVERIFY2(table.contains(QStringLiteral("OK (CV < 1 %)")), qPrintable(table));
        QVERIFY(table.contains(QStringLiteral("OVER (CV >= 1 %)")));
        QVERIFY(table.contains(QStringLiteral("blocked: CV 1.43 % >= 1 %")));
        QVERIFY(table.contains(QStringLiteral("Status: FAIL")));
        QVERIFY(table.contains(QStringLiteral("CV 1.43 %: 3 of 100 samples off the mode")));
        for (const QChar c : table)
            QVERIFY2(c.unicode() < 128, "table must be ASCII");
        const QString md = allocationsMarkdown(result);
        QVERIFY2(md.contains(QStringLiteral("- [x] At least 10 runs: 10 runs (10 needed)")),
                 qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("- [ ] Every detector's allocs/op CV below 1 %: 1 of 2 "
                                           "detectors at or above 1 %: Foo (CV 1.43 % >= 1 %)")));
        QVERIFY(md.contains(QStringLiteral("- [x] Every detector's drift from its baseline at "
                                           "most 1: 2 detectors with a baseline value, all "
                                           "within 1")));
        QVERIFY(md.contains(QStringLiteral("| `Bar` | 10 | 100 | 3 | 0 | 0 |")));
        QVERIFY(md.contains(QStringLiteral("**Status: FAIL**")));
    }

    // CV 0.99996 % must not read "1" next to "OK (<1%)".
    void thresholdSideIsKeptInText()
    {
        QCOMPARE(formatAgainstThreshold(0.99996, 1), QStringLiteral("0.99996"));
        QCOMPARE(formatAgainstThreshold(1.004, 1), QStringLiteral("1"));
        QCOMPARE(formatAgainstThreshold(2.61345, 1), QStringLiteral("2.61"));
        QCOMPARE(formatCompact(12.100000000000001), QStringLiteral("12.1"));
        QCOMPARE(formatSigned(2), QStringLiteral("+2"));
        QCOMPARE(formatSigned(-0.00001), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestAllocations)
#include "test_allocations.moc"
