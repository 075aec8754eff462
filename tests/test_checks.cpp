// SPEC §8: every check flips its gate's status, the status follows the checks
// (NO_DATA > INSUFFICIENT > FAIL > PASS), and an unreadable whitelist or baseline is never
// shown as absent: it makes its check unmet and says so.
#include "RolloutTestRuns.h"
#include "bench/AllocationsAnalysis.h"
#include "bench/AllocationsChecks.h"
#include "bench/BenchExport.h"
#include "install/InstallAnalysis.h"
#include "report/GateReport.h"
#include "rollout/RolloutExport.h"
#include "sources/Loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace gatehouse;
using namespace rollout_test;

namespace {

const QString kAllocs = QStringLiteral("allocs/op");

// `count` steady bench runs: Foo 12 and Bar 3 allocs/op, 10 samples each.
QList<BenchRun> benchRuns(int count)
{
    QList<BenchRun> runs;
    for (int r = 1; r <= count; ++r) {
        BenchRun run;
        run.identity.runId = QString::number(r);
        run.editSamples([&](auto &s) { s[{"pkg", "Foo"}][kAllocs] = QVector<double>(10, 12); });
        run.editSamples([&](auto &s) { s[{"pkg", "Bar"}][kAllocs] = QVector<double>(10, 3); });
        runs.append(run);
    }
    return runs;
}

Baseline baseline(double foo)
{
    ParseIssues issues;
    const QByteArray text = QStringLiteral("{\"Foo\": %1, \"Bar\": 3}").arg(foo).toUtf8();
    return *parseBaseline(text, QStringLiteral("baselines.json"), issues);
}

QList<InstallRun> installRuns(int count, qint64 seconds)
{
    QList<InstallRun> runs;
    for (int i = 1; i <= count; ++i) {
        InstallRun run;
        run.identity.runId = QString::number(i);
        run.seconds = seconds;
        runs.append(run);
    }
    return runs;
}

// 40 quiet runs at 0.05 with reason flaky_a; `warning` of them (non-FAIL) at 0.9 with
// reason noisy (unlisted), which would WARN.
QList<GateRun> gateRuns(int count, int warning)
{
    QList<GateRun> runs;
    for (int i = 0; i < count; ++i) {
        const bool loud = i < warning;
        runs.append(makeRun(QString::number(i + 1), "p", "COMMENT", loud ? 0.9 : 0.05,
                            {loud ? QStringLiteral("noisy") : QStringLiteral("flaky_a")}));
    }
    return runs;
}

QString statusOf(const GateChecks &checks, GateStatus status)
{
    return gateStatusName(status) + QLatin1Char(':') + unmetCheckIds(checks).join(QLatin1Char(','));
}

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private slots:
    void statusFollowsTheChecks_data()
    {
        QTest::addColumn<bool>("hasRuns");
        QTest::addColumn<QList<bool>>("met"); // runs, then two other checks
        QTest::addColumn<QString>("status");
        QTest::addRow("no runs") << false << QList<bool>{true, true, true} << "NO_DATA";
        QTest::addRow("runs unmet wins over others")
            << true << QList<bool>{false, false, true} << "INSUFFICIENT";
        QTest::addRow("one other unmet") << true << QList<bool>{true, true, false} << "FAIL";
        QTest::addRow("all met") << true << QList<bool>{true, true, true} << "PASS";
    }

    void statusFollowsTheChecks()
    {
        QFETCH(bool, hasRuns);
        QFETCH(QList<bool>, met);
        GateChecks checks{
            {"runs", "", met.at(0), ""}, {"a", "", met.at(1), ""}, {"b", "", met.at(2), ""}};
        QTEST(gateStatusName(statusFromChecks(hasRuns, checks)), "status");
    }

    void allocationsChecks_data()
    {
        QTest::addColumn<int>("runs");
        QTest::addColumn<double>("fooBaseline");
        QTest::addColumn<double>("fooNoise");  // one sample of run 1 set to this (0: none)
        QTest::addColumn<bool>("failedLine");  // a --- FAIL in run 2
        QTest::addColumn<bool>("unreadable");  // baselines.json found but unreadable
        QTest::addColumn<QString>("expected"); // STATUS:unmet ids
        QTest::addRow("all met") << 10 << 12.0 << 0.0 << false << false << "PASS:";
        QTest::addRow("runs") << 9 << 12.0 << 0.0 << false << false << "INSUFFICIENT:runs";
        QTest::addRow("cv") << 10 << 12.0 << 20.0 << false << false << "FAIL:cv";
        QTest::addRow("drift") << 10 << 10.0 << 0.0 << false << false << "FAIL:drift";
        QTest::addRow("drift exactly the max is within")
            << 10 << 11.0 << 0.0 << false << false << "PASS:";
        QTest::addRow("failed_runs") << 10 << 12.0 << 0.0 << true << false << "FAIL:failed_runs";
        QTest::addRow("baseline_readable")
            << 10 << 12.0 << 0.0 << false << true << "FAIL:baseline_readable";
        QTest::addRow("no runs") << 0 << 12.0 << 0.0 << false << false << "NO_DATA:runs,cv";
    }

    void allocationsChecks()
    {
        QFETCH(int, runs);
        QFETCH(double, fooBaseline);
        QFETCH(double, fooNoise);
        QFETCH(bool, failedLine);
        QFETCH(bool, unreadable);
        QFETCH(QString, expected);
        QList<BenchRun> list = benchRuns(runs);
        if (fooNoise > 0)
            list[0].editSamples([&](auto &s) { s[{"pkg", "Foo"}][kAllocs][0] = fooNoise; });
        if (failedLine)
            list[1].failures[{"pkg", "Foo"}] = 1;
        std::optional<Baseline> base = baseline(fooBaseline);
        std::optional<FileState> file;
        if (unreadable) {
            base.reset();
            file = FileState::unreadable("baselines.json", "line 1: not JSON");
        }
        const AllocationsResult r = analyzeAllocations(list, base, AllocationsOptions(), file);
        QCOMPARE(statusOf(r.checks, r.status), expected);
        QCOMPARE(r.checks.size(), 5);
        QCOMPARE(r.checks.at(0).id, QStringLiteral("runs"));
        // Per detector: ready exactly when nothing blocks it, and the JSON says so.
        const QJsonArray detectors = allocationsToJson(r).value("detectors").toArray();
        for (int i = 0; i < r.detectors.size(); ++i) {
            const DetectorAllocations &d = r.detectors.at(i);
            const QJsonObject json = detectors.at(i).toObject();
            QCOMPARE(json.value("verdict").toString(), detectorVerdictName(d));
            QCOMPARE(json.value("blockers").toArray().size(), detectorBlockers(d).size());
            QCOMPARE(detectorVerdictText(d, r.options).startsWith("blocked"),
                     !detectorBlockers(d).isEmpty());
            if (d.key.name == QLatin1String("Foo") && expected.startsWith("FAIL:drift"))
                QCOMPARE(detectorVerdictText(d, r.options),
                         QStringLiteral("blocked: drift +2 > 1"));
        }
    }

    void installChecks_data()
    {
        QTest::addColumn<int>("runs");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::addRow("all met at the budget") << 10 << 300 << "PASS:";
        QTest::addRow("median over budget") << 10 << 301 << "FAIL:median";
        QTest::addRow("too few runs") << 9 << 200 << "INSUFFICIENT:runs";
        QTest::addRow("too few and over") << 9 << 400 << "INSUFFICIENT:runs,median";
        QTest::addRow("no runs") << 0 << 0 << "NO_DATA:runs,median";
    }

    void installChecks()
    {
        QFETCH(int, runs);
        QFETCH(int, seconds);
        const InstallResult r = analyzeInstall(installRuns(runs, seconds), InstallOptions());
        QTEST(statusOf(r.checks, r.status), "expected");
    }

    void rolloutChecks_data()
    {
        QTest::addColumn<int>("runs");
        QTest::addColumn<int>("warning");
        QTest::addColumn<QString>("reviewBy");
        QTest::addColumn<bool>("staleBlocks");
        QTest::addColumn<bool>("unreadable");
        QTest::addColumn<QString>("expected");
        // 2 of 40 non-FAIL runs would WARN: exactly 5 %, which meets fp_max = 0.05.
        QTest::addRow("all met, FP exactly at the max")
            << 40 << 2 << "2027-06-01" << true << false << "PASS:";
        QTest::addRow("fp_rate") << 40 << 3 << "2027-06-01" << true << false << "FAIL:fp_rate";
        QTest::addRow("stale") << 40 << 0 << "2027-01-01" << true << false << "FAIL:stale";
        QTest::addRow("stale does not block when told")
            << 40 << 0 << "2027-01-01" << false << false << "PASS:";
        QTest::addRow("whitelist_readable")
            << 40 << 0 << "" << true << true << "FAIL:whitelist_readable";
        QTest::addRow("runs") << 39 << 0 << "2027-06-01" << true << false << "INSUFFICIENT:runs";
        QTest::addRow("no runs") << 0 << 0 << "2027-06-01" << true << false
                                 << "NO_DATA:runs,fp_rate";
    }

    void rolloutChecks()
    {
        QFETCH(int, runs);
        QFETCH(int, warning);
        QFETCH(QString, reviewBy);
        QFETCH(bool, staleBlocks);
        QFETCH(bool, unreadable);
        RolloutOptions options = fixedDay(); // 2027-01-15
        options.staleBlocks = staleBlocks;
        std::optional<Whitelist> whitelist = whitelistOf({{"flaky_a", reviewBy}});
        std::optional<FileState> file;
        if (unreadable) {
            whitelist.reset();
            file = FileState::unreadable("unknown_whitelist.json", "line 2: bad JSON");
        }
        const RolloutResult r = analyzeRollout(gateRuns(runs, warning), whitelist, options, file);
        QTEST(statusOf(r.checks, r.status), "expected");
        QCOMPARE(r.checks.size(), staleBlocks ? 4 : 3);
        const QJsonObject json = rolloutToJson(r);
        QCOMPARE(json.value("checks").toArray().size(), r.checks.size());
        QCOMPARE(json.value("status").toString(), gateStatusName(r.status));
        QCOMPARE(json.value("whitelist").toObject().value("state").toString(),
                 unreadable ? QStringLiteral("unreadable") : QStringLiteral("loaded"));
    }

    void unreadableFilesAreNamedNotAbsent()
    {
        QTemporaryDir dir;
        write(dir.filePath("unknown_whitelist.json"), "{\"version\": 1, \"classes\": [");
        write(dir.filePath("baselines.json"), "not json");
        write(dir.filePath("z/baselines.json"), "{\"Foo\": 12}"); // a later one does not stand in
        LoadOptions load;
        load.sources = {dir.path()};
        const Dataset dataset = loadSources(load);
        QCOMPARE(dataset.whitelistFile.state, FileStateKind::Unreadable);
        QCOMPARE(dataset.whitelistFile.path, QStringLiteral("unknown_whitelist.json"));
        QVERIFY(!dataset.whitelistFile.error.isEmpty());
        QVERIFY(!dataset.whitelist);
        QCOMPARE(dataset.baselineFile.state, FileStateKind::Unreadable);
        QVERIFY(!dataset.baseline);

        const GateReport report = analyzeAll(dataset, RuleSet());
        const QJsonObject json = reportToJson(report);
        const QJsonObject wl = json.value("rollout").toObject().value("whitelist").toObject();
        QCOMPARE(wl.value("state").toString(), QStringLiteral("unreadable"));
        QCOMPARE(wl.value("path").toString(), QStringLiteral("unknown_whitelist.json"));
        QVERIFY(!wl.value("error").toString().isEmpty());
        QCOMPARE(json.value("bench").toObject().value("baseline").toObject().value("state"),
                 QJsonValue(QStringLiteral("unreadable")));
        const QString md = QString::fromUtf8(graduationReviewMarkdown(report));
        QVERIFY2(md.contains("- [ ] unknown_whitelist.json readable (absent is fine): "
                             "unknown_whitelist.json cannot be read"),
                 qPrintable(md));
        QVERIFY(md.contains("- [ ] baselines.json readable (absent is fine): baselines.json "
                            "cannot be read"));
        Dataset withRuns = dataset;
        withRuns.gateRuns = gateRuns(3, 1);
        const RolloutResult rollout = analyzeAll(withRuns, RuleSet()).rollout;
        QCOMPARE(rollout.riskDifference.undefinedReason,
                 QStringLiteral("unknown_whitelist.json cannot be read, so no run is whitelisted"));

        QTemporaryDir empty;
        load.sources = {empty.path()};
        const Dataset none = loadSources(load);
        QCOMPARE(none.whitelistFile.state, FileStateKind::Absent);
        QCOMPARE(reportToJson(analyzeAll(none, RuleSet()))
                     .value("rollout")
                     .toObject()
                     .value("whitelist")
                     .toObject()
                     .value("state")
                     .toString(),
                 QStringLiteral("absent"));
    }

    void reviewRendersTheSameChecks()
    {
        // Each gate fails for a different reason; the Markdown shows each check as it is.
        Dataset dataset;
        dataset.benchRuns = benchRuns(10);
        dataset.benchRuns[0].editSamples([&](auto &s) {
            s[{"pkg", "Foo"}][kAllocs][0] = 20;
        });                                         // cv
        dataset.installRuns = installRuns(10, 400); // median
        dataset.gateRuns = gateRuns(40, 0);
        dataset.whitelist = whitelistOf({{"flaky_a", "2020-01-01"}}); // stale
        RuleSet rules;
        const GateReport report = analyzeAll(dataset, rules);
        QCOMPARE(unmetCheckIds(report.allocations.checks), QStringList{"cv"});
        QCOMPARE(unmetCheckIds(report.install.checks), QStringList{"median"});
        QCOMPARE(unmetCheckIds(report.rollout.checks), QStringList{"stale"});
        const QString md = QString::fromUtf8(graduationReviewMarkdown(report));
        for (const GateChecks *checks :
             {&report.allocations.checks, &report.install.checks, &report.rollout.checks})
            QVERIFY2(md.contains(checksMarkdown(*checks)), qPrintable(md));
        QVERIFY(md.contains("| Allocations (soft → hard) | FAIL | not ready |"));
        QVERIFY(md.contains("| Gate-V1 rollout (COMMENT → WARN) | FAIL | not ready |"));
        QVERIFY(md.contains("Built-in default rules (no gatehouse.toml), no overrides."));

        rules.setOverride("bench.cv_max", 50.0);
        rules.setOverride("rollout.stale_blocks", false);
        const GateReport relaxed = analyzeAll(dataset, rules);
        QCOMPARE(relaxed.allocations.status, GateStatus::Pass);
        QCOMPARE(relaxed.rollout.status, GateStatus::Pass);
        const QString md2 = QString::fromUtf8(graduationReviewMarkdown(relaxed));
        QVERIFY2(md2.contains("- `bench.cv_max = 50.0 (override; rules: 1.0)`"), qPrintable(md2));
        const QJsonObject json = reportToJson(relaxed);
        QCOMPARE(json.value("rules").toObject().value("overridden").toArray().size(), 2);
        QCOMPARE(json.value("bench").toObject().value("rules"), json.value("rules"));
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "test_checks.moc"
