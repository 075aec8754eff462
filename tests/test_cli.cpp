// End-to-end tests of the built gatehouse-cli binary: exit codes, JSON keys, known
// answers, and byte-identical exports for shuffled inputs under another locale.
#include "CliTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

namespace {

using namespace cli_test;

// One bench run: `count` samples of each (detector, allocs) pair.
QByteArray benchText(const QList<QPair<QString, QList<double>>> &detectors)
{
    QByteArray text = "goos: linux\ngoarch: amd64\npkg: example.com/det\ncpu: Test CPU\n";
    for (const auto &d : detectors)
        for (double v : d.second)
            text += "Benchmark" + d.first.toUtf8() + "-4   1000   500 ns/op   64 B/op   " +
                    QByteArray::number(v) + " allocs/op\n";
    return text + "PASS\n";
}

QList<double> repeated(double v, int n)
{
    return QList<double>(n, v);
}

QByteArray gateJson(qint64 id, const QString &policy, const QString &outcome, double rate,
                    const QStringList &reasons)
{
    QJsonObject o;
    o.insert(QStringLiteral("run_id"), static_cast<double>(id));
    o.insert(QStringLiteral("policy_hash"), policy);
    o.insert(QStringLiteral("outcome"), outcome);
    o.insert(QStringLiteral("unknown_rate"), rate);
    o.insert(QStringLiteral("top_reasons"), QJsonArray::fromStringList(reasons));
    return QJsonDocument(o).toJson();
}

// The ids of a JSON document's unmet checks (SPEC §8), in order.
QStringList unmetChecks(const QJsonObject &json)
{
    QStringList ids;
    for (const QJsonValue &check : json.value(QStringLiteral("checks")).toArray())
        if (!check.toObject().value(QStringLiteral("met")).toBool())
            ids.append(check.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

bool near(double a, double b, double tolerance)
{
    return std::fabs(a - b) <= tolerance;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void benchKnownAnswerPooledCv();
    void benchGateModes();
    void benchNoDataExitsTwo();
    void installBoundaryAndModes_data();
    void installBoundaryAndModes();
    void installEvenMedian();
    void rolloutJsonKeysAndReadiness();
    void rolloutCsvIsByteIdenticalForShuffledInputsAndLocale();
    void sourceFromEnvironment();
    void brokenFilesDoNotStopTheRest();
    void reportWritesEveryFile();
};

void TestCli::helpOnEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *c : {"bench", "install", "rollout", "report", "compare"})
        QTest::addRow("%s", c) << QString::fromLatin1(c);
}

void TestCli::helpOnEveryCommand()
{
    QFETCH(QString, command);
    const CliRun r = runCli({command, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Usage: gatehouse-cli " + command.toUtf8()), r.out.constData());
}

void TestCli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("no command") << QStringList();
    QTest::addRow("unknown command") << QStringList{"frobnicate"};
    QTest::addRow("unknown flag") << QStringList{"bench", "--demo", "--no-such-flag"};
    QTest::addRow("bad runs") << QStringList{"install", "--demo", "--runs", "ten"};
    QTest::addRow("zero runs") << QStringList{"bench", "--demo", "--runs", "0"};
    QTest::addRow("bad gate") << QStringList{"bench", "--demo", "--gate", "medium"};
    QTest::addRow("negative budget") << QStringList{"install", "--demo", "--budget", "-1"};
    QTest::addRow("no source") << QStringList{"rollout"};
    QTest::addRow("report without out") << QStringList{"report", "--demo"};
}

void TestCli::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::benchKnownAnswerPooledCv()
{
    // SPEC §2.2: three runs of 10 samples at 10, 20 and 30 -> n 30, mean 20,
    // stdev 8.3046, CV 41.52 %.
    QTemporaryDir dir;
    int id = 100;
    for (double v : {10.0, 20.0, 30.0})
        writeFile(dir.filePath(QStringLiteral("bench-detectors-raw-%1/bench.txt").arg(id++)),
                  benchText({{QStringLiteral("Execve"), repeated(v, 10)}}));
    const CliRun r = runCli({QStringLiteral("bench"), dir.path(), QStringLiteral("--json"),
                             QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0); // INSUFFICIENT is a warning, never a failed build
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("INSUFFICIENT"));
    const QJsonObject d = json.value(QStringLiteral("detectors")).toArray().at(0).toObject();
    for (const char *key : {"pkg", "name", "runs", "samples", "mean", "stdev", "cv_percent",
                            "median", "min", "max", "baseline", "drift", "status"})
        QVERIFY2(d.contains(QLatin1String(key)), key);
    QCOMPARE(d.value(QStringLiteral("pkg")).toString(), QStringLiteral("example.com/det"));
    QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("Execve"));
    QCOMPARE(d.value(QStringLiteral("runs")).toInt(), 3);
    QCOMPARE(d.value(QStringLiteral("samples")).toInt(), 30);
    QCOMPARE(d.value(QStringLiteral("mean")).toDouble(), 20.0);
    QVERIFY(near(d.value(QStringLiteral("stdev")).toDouble(), 8.3046, 1e-4));
    QVERIFY(near(d.value(QStringLiteral("cv_percent")).toDouble(), 41.52, 5e-3));
    QCOMPARE(d.value(QStringLiteral("median")).toDouble(), 20.0);
    QVERIFY(d.value(QStringLiteral("baseline")).isNull());
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("OVER"));
}

void TestCli::benchGateModes()
{
    QTemporaryDir dir;
    for (int i = 0; i < 10; ++i) {
        QList<double> noisy = repeated(12, 10);
        if (i == 0)
            noisy[0] = 13; // one stray allocation in 100 samples: CV ≈ 0.83 % (< 1 %)
        writeFile(dir.filePath(QStringLiteral("bench-detectors-raw-%1/bench.txt").arg(500 + i)),
                  benchText({{QStringLiteral("Stable"), repeated(4, 10)},
                             {QStringLiteral("Noisy"), noisy}}));
    }
    CliRun r = runCli({QStringLiteral("bench"), dir.path(), QStringLiteral("--gate"),
                       QStringLiteral("hard"), QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("PASS"));
    QCOMPARE(r.exitCode, 0);

    // Tighten the CV threshold below the noisy detector's CV: FAIL.
    r = runCli({QStringLiteral("bench"), dir.path(), QStringLiteral("--cv-max"),
                QStringLiteral("0.5"), QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("FAIL"));
    QCOMPARE(r.exitCode, 0); // soft by default
    r = runCli({QStringLiteral("bench"), dir.path(), QStringLiteral("--cv-max"),
                QStringLiteral("0.5"), QStringLiteral("--gate"), QStringLiteral("hard")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("Noisy"));

    // A baseline the stable detector drifted from by 2 allocs/op: FAIL in hard mode.
    writeFile(dir.filePath(QStringLiteral("baselines.json")),
              R"({"detectors": {"BenchmarkStable-4": 2, "Noisy": {"allocs_per_op": 12}}})");
    r = runCli({QStringLiteral("bench"), dir.path(), QStringLiteral("--gate"),
                QStringLiteral("hard"), QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray detectors = r.json().value(QStringLiteral("detectors")).toArray();
    QCOMPARE(detectors.size(), 2);
    for (const auto &v : detectors) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("name")).toString() == QLatin1String("Stable")) {
            QCOMPARE(d.value(QStringLiteral("baseline")).toDouble(), 2.0);
            QCOMPARE(d.value(QStringLiteral("drift")).toDouble(), 2.0);
        }
    }
}

void TestCli::benchNoDataExitsTwo()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("notes.txt")), "nothing to see\n");
    const CliRun r = runCli({QStringLiteral("bench"), dir.path(), QStringLiteral("--json"),
                             QStringLiteral("-")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("NO_DATA"));
}

void TestCli::installBoundaryAndModes_data()
{
    QTest::addColumn<int>("middle");
    QTest::addColumn<QString>("gate");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("exactly 300 passes") << 300 << "hard" << "PASS" << 0;
    QTest::addRow("301 fails hard") << 301 << "hard" << "FAIL" << 1;
    QTest::addRow("301 soft exits 0") << 301 << "soft" << "FAIL" << 0;
}

void TestCli::installBoundaryAndModes()
{
    QFETCH(int, middle);
    QFETCH(QString, gate);
    QFETCH(QString, status);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    // 11 runs, median of the last 10 is `middle` (5 below, 5 at middle or above).
    const QList<int> values = {900, 100, 110, 120, 130, middle, middle, 400, 410, 420, 430};
    for (int i = 0; i < values.size(); ++i)
        writeFile(dir.filePath(QStringLiteral("helm-install-duration-%1/"
                                              "install_to_ready_seconds.txt")
                                   .arg(7000 + i)),
                  QByteArray::number(values.at(i)) + "\n");
    const CliRun r = runCli({QStringLiteral("install"), dir.path(), QStringLiteral("--gate"), gate,
                             QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(json.value(QStringLiteral("median")).toDouble(), double(middle));
    QCOMPARE(json.value(QStringLiteral("budget")).toDouble(), 300.0);
    QCOMPARE(json.value(QStringLiteral("runs")).toInt(), 10);
    const QJsonArray durations = json.value(QStringLiteral("durations")).toArray();
    QCOMPARE(durations.size(), 10);
    QCOMPARE(durations.at(0).toObject().value(QStringLiteral("run_id")).toString(),
             QStringLiteral("7001")); // the oldest run (900 s) fell out of the window
    QVERIFY(durations.at(0).toObject().contains(QStringLiteral("seconds")));
}

void TestCli::installEvenMedian()
{
    QTemporaryDir dir;
    // Seed PR: even n = 10 -> median 145 (the two middle values 140 and 150 averaged).
    const QList<int> values = {100, 110, 120, 130, 140, 150, 160, 170, 180, 190};
    for (int i = 0; i < values.size(); ++i)
        writeFile(dir.filePath(QStringLiteral("run-%1/install_to_ready_seconds.txt").arg(i + 1)),
                  QByteArray::number(values.at(i)));
    const CliRun r = runCli({QStringLiteral("install"), dir.path(), QStringLiteral("--json"),
                             QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("median")).toDouble(), 145.0);
    // Fewer than N runs: INSUFFICIENT, median still shown, exit 0 with a warning.
    const CliRun few = runCli({QStringLiteral("install"), dir.path(), QStringLiteral("--runs"),
                               QStringLiteral("12"), QStringLiteral("--json"),
                               QStringLiteral("-")});
    QCOMPARE(few.exitCode, 0);
    QCOMPARE(few.json().value(QStringLiteral("status")).toString(), QStringLiteral("INSUFFICIENT"));
    QCOMPARE(few.json().value(QStringLiteral("median")).toDouble(), 145.0);
}

void TestCli::rolloutJsonKeysAndReadiness()
{
    QTemporaryDir dir;
    for (int i = 0; i < 39; ++i)
        writeFile(dir.filePath(QStringLiteral("gate-result-%1/gate_result.json").arg(300 + i)),
                  gateJson(300 + i, QStringLiteral("a6f53e"),
                           i % 10 == 0 ? QStringLiteral("FAIL") : QStringLiteral("COMMENT"),
                           i % 5 == 0 ? 0.4 : 0.05, {QStringLiteral("flaky_test")}));
    CliRun r = runCli({QStringLiteral("rollout"), dir.path(), QStringLiteral("--json"),
                       QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("INSUFFICIENT"));
    QCOMPARE(json.value(QStringLiteral("runs")).toInt(), 39);
    const QJsonObject policy = json.value(QStringLiteral("policies")).toArray().at(0).toObject();
    for (const char *key : {"policy_hash", "runs", "unknown_rate_min", "unknown_rate_median",
                            "unknown_rate_max", "spikes", "fails"})
        QVERIFY2(policy.contains(QLatin1String(key)), key);
    QCOMPARE(policy.value(QStringLiteral("spikes")).toInt(), 8);
    QCOMPARE(policy.value(QStringLiteral("fails")).toInt(), 4);
    QVERIFY(json.contains(QStringLiteral("risk_difference")));
    QVERIFY(json.contains(QStringLiteral("risk_ratio")));
    const QJsonObject warn = json.value(QStringLiteral("warn")).toObject();
    for (const char *key : {"threshold", "fp_rate_without_whitelist", "fp_rate_with_whitelist"})
        QVERIFY2(warn.contains(QLatin1String(key)), key);

    writeFile(dir.filePath(QStringLiteral("gate-result-400/gate_result.json")),
              gateJson(400, QStringLiteral("a6f53e"), QStringLiteral("FAIL"), 0.9, {}));
    // 40 runs: ready by count, but 4 of 35 non-FAIL runs would WARN (11.4 % > 5 %): FAIL,
    // which soft mode reports and hard mode fails on (SPEC §8).
    r = runCli({QStringLiteral("rollout"), dir.path(), QStringLiteral("--json"),
                QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("FAIL"));
    QCOMPARE(unmetChecks(r.json()), QStringList{QStringLiteral("fp_rate")});
    r = runCli({QStringLiteral("rollout"), dir.path(), QStringLiteral("--gate"),
                QStringLiteral("hard")});
    QCOMPARE(r.exitCode, 1);
    r = runCli({QStringLiteral("rollout"), dir.path(), QStringLiteral("--fp-max"),
                QStringLiteral("0.2"), QStringLiteral("--gate"), QStringLiteral("hard"),
                QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("PASS"));
}

void TestCli::rolloutCsvIsByteIdenticalForShuffledInputsAndLocale()
{
    // The same runs, split over two sources and written in opposite orders.
    QTemporaryDir a, b;
    const QList<int> order = {7, 2, 9, 0, 4, 1, 8, 3, 6, 5};
    for (int k = 0; k < order.size(); ++k) {
        const int i = order.at(k);
        const QByteArray json =
            gateJson(9000 + i, i < 5 ? QStringLiteral("p1") : QStringLiteral("p2"),
                     QStringLiteral("COMMENT"), 0.01 * i + 0.0001,
                     {QStringLiteral("=cmd"), QStringLiteral("a,b")});
        QTemporaryDir &target = (i % 2) ? a : b;
        writeFile(target.filePath(QStringLiteral("g-%1/gate_result.json").arg(9000 + i)), json);
    }
    QTemporaryDir out;
    const QString csv1 = out.filePath(QStringLiteral("one.csv"));
    const QString csv2 = out.filePath(QStringLiteral("two.csv"));
    CliRun r1 = runCli({QStringLiteral("rollout"), a.path(), b.path(), QStringLiteral("--csv"),
                        csv1});
    CliRun r2 = runCli({QStringLiteral("rollout"), b.path(), a.path(), QStringLiteral("--csv"),
                        csv2},
                       {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                        {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}});
    QCOMPARE(r1.exitCode, 0);
    QCOMPARE(r2.exitCode, 0);
    QFile f1(csv1), f2(csv2);
    QVERIFY(f1.open(QIODevice::ReadOnly) && f2.open(QIODevice::ReadOnly));
    const QByteArray bytes = f1.readAll();
    QCOMPARE(bytes, f2.readAll());
    const QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(lines.at(0), QByteArray("run_id,timestamp,policy_hash,outcome,unknown_rate,"
                                     "top_reasons,primary_reason,class,spike"));
    QVERIFY(lines.at(1).startsWith("9000,,p1,COMMENT,0.0001,\"'=cmd;a,b\",'=cmd,unlisted,"));
    QVERIFY(bytes.endsWith("\n"));
    QVERIFY(!bytes.contains('\r'));
}

void TestCli::sourceFromEnvironment()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("helm-install-duration-1/install_to_ready_seconds.txt")),
              " 240 \n");
    const CliRun r = runCli({QStringLiteral("install"), QStringLiteral("--json"),
                             QStringLiteral("-")},
                            {{QStringLiteral("CI_ARTIFACT_PATH"), dir.path()}});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("median")).toDouble(), 240.0);
}

void TestCli::brokenFilesDoNotStopTheRest()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("gate-result-1/gate_result.json")),
              gateJson(1, QStringLiteral("p"), QStringLiteral("COMMENT"), 0.1, {}));
    writeFile(dir.filePath(QStringLiteral("gate-result-2/gate_result.json")),
              gateJson(2, QStringLiteral("p"), QStringLiteral("COMMENT"), 1.5, {}));
    writeFile(dir.filePath(QStringLiteral("gate-result-3/gate_result.json")), "{\"policy_ha");
    writeFile(dir.filePath(QStringLiteral("gate-result-4/gate_result.json")),
              QByteArray("\x00\xff\x13garbage", 10));
    writeFile(dir.filePath(QStringLiteral("broken.zip")), "PK\x03\x04 not really a zip");
    const CliRun r = runCli({QStringLiteral("rollout"), dir.path(), QStringLiteral("--json"),
                             QStringLiteral("-")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("runs")).toInt(), 1);
    QVERIFY(r.err.contains("gate-result-2/gate_result.json"));
    QVERIFY(r.err.contains("gate-result-3/gate_result.json"));
    QVERIFY(r.err.contains("gate-result-4/gate_result.json"));
    QVERIFY(r.err.contains("broken.zip"));
}

void TestCli::reportWritesEveryFile()
{
    QTemporaryDir out;
    const CliRun r = runCli({QStringLiteral("report"), QStringLiteral("--demo"),
                             QStringLiteral("--out"), out.path()});
    QCOMPARE(r.exitCode, 0);
    for (const char *name :
         {"rollout_series.csv", "class_frequency.csv", "bench_detectors.csv",
          "install_durations.csv", "rollout_series_v1.md", "graduation_review.md",
          "report.json"}) {
        QFileInfo info(out.filePath(QLatin1String(name)));
        QVERIFY2(info.exists() && info.size() > 0, name);
    }
    // Running it again gives the same bytes.
    QTemporaryDir again;
    QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--out"),
                     again.path(), QStringLiteral("--today"), QStringLiteral("2026-11-01")})
                 .exitCode,
             0);
    QTemporaryDir third;
    runCli({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--out"),
            third.path(), QStringLiteral("--today"), QStringLiteral("2026-11-01")},
           {{QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}});
    for (const char *name : {"rollout_series.csv", "class_frequency.csv", "bench_detectors.csv",
                             "install_durations.csv", "rollout_series_v1.md", "report.json"}) {
        QFile f1(again.filePath(QLatin1String(name))), f2(third.filePath(QLatin1String(name)));
        QVERIFY(f1.open(QIODevice::ReadOnly) && f2.open(QIODevice::ReadOnly));
        QVERIFY2(f1.readAll() == f2.readAll(), name);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
