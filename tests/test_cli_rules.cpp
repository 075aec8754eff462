// SPEC §7 through the CLI: gatehouse.toml found at the folder root or given with --rules
// changes the verdict and the JSON "rules"; a flag overrides the file and is listed; every
// kind of rules-file error exits 2 with file:line:column and writes no report.
#include "CliTestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using namespace cli_test;

// 10 bench runs; Foo has one stray allocation in 100 samples: CV 0.83 % at a mean of 12.01.
void writeBenchRuns(const QString &dir)
{
    for (int r = 0; r < 10; ++r) {
        QByteArray text = "pkg: example.com/det\n";
        for (int i = 0; i < 10; ++i)
            text += "BenchmarkFoo-4 1000 500 ns/op " + QByteArray(r == 0 && i == 0 ? "13" : "12") +
                    " allocs/op\n";
        writeFile(QStringLiteral("%1/bench-detectors-raw-%2/bench.txt").arg(dir).arg(9000 + r),
                  text);
    }
}

QStringList unmet(const QJsonObject &json)
{
    QStringList ids;
    for (const QJsonValue &c : json.value(QStringLiteral("checks")).toArray())
        if (!c.toObject().value(QStringLiteral("met")).toBool())
            ids.append(c.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

} // namespace

class TestCliRules : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhenNoRulesFile()
    {
        QTemporaryDir dir;
        writeBenchRuns(dir.path());
        const CliRun r = runCli({"bench", dir.path(), "--json", "-"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject rules = r.json().value("rules").toObject();
        QCOMPARE(rules.value("source").toString(), QStringLiteral("defaults"));
        QVERIFY(rules.value("overridden").toArray().isEmpty());
        QCOMPARE(rules.value("values").toObject().value("bench").toObject().value("cv_max"),
                 QJsonValue(1.0));
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("PASS"));
    }

    void rulesFileAtTheRootChangesTheVerdict()
    {
        QTemporaryDir dir;
        writeBenchRuns(dir.path());
        writeFile(dir.filePath("gatehouse.toml"), "[bench]\ncv_max = 0.5\ngate = \"hard\"\n");
        const CliRun r = runCli({"bench", dir.path(), "--json", "-"});
        QCOMPARE(r.exitCode, 1); // FAIL, and the file makes the gate hard
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("FAIL"));
        QCOMPARE(unmet(r.json()), QStringList{"cv"});
        const QJsonObject rules = r.json().value("rules").toObject();
        QCOMPARE(rules.value("source").toString(), dir.filePath("gatehouse.toml"));
        QCOMPARE(rules.value("values").toObject().value("bench").toObject().value("cv_max"),
                 QJsonValue(0.5));
        QVERIFY(r.err.contains("rules: " + dir.filePath("gatehouse.toml").toUtf8()));
    }

    void flagOverridesTheFileAndIsListed()
    {
        QTemporaryDir dir;
        writeBenchRuns(dir.path());
        writeFile(dir.filePath("gatehouse.toml"), "[bench]\ncv_max = 0.5\ngate = \"hard\"\n");
        const CliRun r = runCli({"bench", dir.path(), "--cv-max", "2", "--json", "-"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("PASS"));
        const QJsonObject rules = r.json().value("rules").toObject();
        QCOMPARE(rules.value("overridden").toArray(), QJsonArray{"bench.cv_max"});
        QCOMPARE(rules.value("values").toObject().value("bench").toObject().value("cv_max"),
                 QJsonValue(2.0));
        QVERIFY(r.err.contains("bench.cv_max = 2.0 (override; rules: 0.5)"));

        QTemporaryDir out;
        const CliRun report = runCli(
            {"report", dir.path(), "--cv-max", "2", "--out", out.filePath("r"), "--no-charts"});
        QCOMPARE(report.exitCode, 0);
        QFile md(out.filePath("r/graduation_review.md"));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QByteArray text = md.readAll();
        QVERIFY2(text.contains("Rules from `gatehouse.toml`, with 1 override:\n\n- "
                               "`bench.cv_max = 2.0 (override; rules: 0.5)`"),
                 text.constData());
    }

    void rulesFlagNamesAFile()
    {
        QTemporaryDir dir, elsewhere;
        writeBenchRuns(dir.path());
        writeFile(elsewhere.filePath("strict.toml"), "[bench]\ncv_max = 0.1\n");
        const CliRun r = runCli(
            {"bench", dir.path(), "--rules", elsewhere.filePath("strict.toml"), "--json", "-"});
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("FAIL"));
        QCOMPARE(r.json().value("rules").toObject().value("source").toString(),
                 elsewhere.filePath("strict.toml"));
    }

    void rolloutRulesFromTheFile()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("gatehouse.toml"), "[rollout]\nreadiness_runs = 2\nfp_max = 0.5\n");
        for (int i = 0; i < 3; ++i)
            writeFile(dir.filePath(QStringLiteral("gate-result-%1/gate_result.json").arg(100 + i)),
                      "{\"policy_hash\": \"p\", \"outcome\": \"COMMENT\", \"unknown_rate\": 0.1, "
                      "\"top_reasons\": []}");
        const CliRun r = runCli({"rollout", dir.path(), "--json", "-"});
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("PASS"));
        QCOMPARE(r.json().value("checks").toArray().at(0).toObject().value("detail").toString(),
                 QStringLiteral("3 runs (2 needed)"));
    }

    void errorsExitTwoAndWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<QString>("where"); // ":line:column: key"
        QTest::addRow("syntax") << QByteArray("[bench\n") << ":1:";
        QTest::addRow("unknown table") << QByteArray("\n[benhc]\nruns = 1\n") << ":2:2: benhc";
        QTest::addRow("unknown key")
            << QByteArray("[install]\nbudgte = 3\n") << ":2:1: install.budgte";
        QTest::addRow("wrong type")
            << QByteArray("[install]\nbudget = \"300\"\n") << ":2:10: install.budget";
        QTest::addRow("out of range")
            << QByteArray("[rollout]\nfp_max = 2\n") << ":2:10: rollout.fp_max";
    }

    void errorsExitTwoAndWriteNothing()
    {
        QFETCH(QByteArray, toml);
        QFETCH(QString, where);
        QTemporaryDir dir, out;
        writeBenchRuns(dir.path());
        writeFile(dir.filePath("gatehouse.toml"), toml);
        for (const char *command : {"bench", "install", "rollout"}) {
            const CliRun r = runCli({command, dir.path(), "--json", out.filePath("x.json")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(dir.filePath("gatehouse.toml").toUtf8() + where.toUtf8()),
                     r.err.constData());
            QVERIFY(!QFile::exists(out.filePath("x.json")));
        }
        const CliRun report = runCli({"report", dir.path(), "--out", out.filePath("report")});
        QCOMPARE(report.exitCode, 2);
        QVERIFY(!QFileInfo::exists(out.filePath("report")));
    }

    void badFlagValuesExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("fp-max above 1") << QStringList{"rollout", "--demo", "--fp-max", "1.5"};
        QTest::addRow("cp-window 1") << QStringList{"install", "--demo", "--cp-window", "1"};
        QTest::addRow("metric empty") << QStringList{"bench", "--demo", "--metric", ""};
        QTest::addRow("rollout gate") << QStringList{"rollout", "--demo", "--gate", "strict"};
    }

    void badFlagValuesExitTwo()
    {
        QFETCH(QStringList, args);
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void demoUsesItsShippedRules()
    {
        const CliRun r = runCli({"rollout", "--demo", "--today", "2026-11-20", "--json", "-"});
        QCOMPARE(r.json().value("rules").toObject().value("source").toString(),
                 QStringLiteral(":/demo/gatehouse.toml"));
    }
};

QTEST_GUILESS_MAIN(TestCliRules)
#include "test_cli_rules.moc"
