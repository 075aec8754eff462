// SPEC §7: gatehouse.toml. Every key with its default, precedence (flag > file > default),
// and every kind of error named with file, line, column and key.
#include "rules/GateRules.h"
#include "rules/RulesFile.h"
#include "sources/Loader.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace gatehouse;

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreSpecs_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QVariant>("value");
        QTest::addRow("bench.runs") << "bench.runs" << QVariant(10);
        QTest::addRow("bench.metric") << "bench.metric" << QVariant(QStringLiteral("allocs/op"));
        QTest::addRow("bench.cv_max") << "bench.cv_max" << QVariant(1.0);
        QTest::addRow("bench.drift_max") << "bench.drift_max" << QVariant(1.0);
        QTest::addRow("bench.gate") << "bench.gate" << QVariant(QStringLiteral("soft"));
        QTest::addRow("install.runs") << "install.runs" << QVariant(10);
        QTest::addRow("install.budget") << "install.budget" << QVariant(300.0);
        QTest::addRow("install.branch") << "install.branch" << QVariant(QStringLiteral("main"));
        QTest::addRow("install.conclusion")
            << "install.conclusion" << QVariant(QStringLiteral("success"));
        QTest::addRow("rollout.spike_k") << "rollout.spike_k" << QVariant(3.0);
        QTest::addRow("rollout.spike_min_delta") << "rollout.spike_min_delta" << QVariant(0.05);
        QTest::addRow("rollout.spike_threshold") << "rollout.spike_threshold" << QVariant();
        QTest::addRow("rollout.warn_threshold") << "rollout.warn_threshold" << QVariant();
        QTest::addRow("rollout.warn_window") << "rollout.warn_window" << QVariant(40);
        QTest::addRow("rollout.readiness_runs") << "rollout.readiness_runs" << QVariant(40);
        QTest::addRow("rollout.fp_max") << "rollout.fp_max" << QVariant(0.05);
        QTest::addRow("rollout.stale_blocks") << "rollout.stale_blocks" << QVariant(true);
        QTest::addRow("change_points.window") << "change_points.window" << QVariant(50);
        QTest::addRow("change_points.max_pvalue") << "change_points.max_pvalue" << QVariant(0.001);
        QTest::addRow("change_points.min_magnitude")
            << "change_points.min_magnitude" << QVariant(0.0);
        QTest::addRow("compare.alpha") << "compare.alpha" << QVariant(0.05);
        QTest::addRow("compare.confidence") << "compare.confidence" << QVariant(0.95);
    }

    void defaultsAreSpecs()
    {
        QFETCH(QString, id);
        QFETCH(QVariant, value);
        const RuleSet rules;
        QVERIFY2(findRuleKey(id), qPrintable(id));
        QCOMPARE(rules.value(id).isNull(), value.isNull());
        if (!value.isNull())
            QCOMPARE(rules.value(id).toString(), value.toString());
        QCOMPARE(rules.source(), QStringLiteral("defaults"));
    }

    void everyKeyIsListed()
    {
        QCOMPARE(ruleKeys().size(), 24);
        QCOMPARE(ruleTables(),
                 (QStringList{"bench", "install", "rollout", "change_points", "compare"}));
    }

    void fileValuesReplaceDefaults()
    {
        const RulesLoad load = parseRules("[bench]\ncv_max = 2\nruns = 20\ngate = \"hard\"\n"
                                          "[rollout]\nwarn_threshold = 0.12\nstale_blocks = false\n"
                                          "[install]\nbudget = 240.5\nbranch = \"*\"\n",
                                          QStringLiteral("repo/gatehouse.toml"));
        QVERIFY2(load.ok(), qPrintable(load.errorText()));
        const RuleSet &rules = *load.rules;
        QCOMPARE(rules.source(), QStringLiteral("repo/gatehouse.toml"));
        QCOMPARE(rules.doubleValue("bench.cv_max"), 2.0); // an integer stands for a float
        QCOMPARE(rules.intValue("bench.runs"), 20);
        QCOMPARE(rules.gateMode("bench.gate"), GateMode::Hard);
        QCOMPARE(rules.optionalDouble("rollout.warn_threshold"), std::optional<double>(0.12));
        QCOMPARE(rules.boolValue("rollout.stale_blocks"), false);
        QCOMPARE(rules.doubleValue("install.budget"), 240.5);
        QCOMPARE(rules.doubleValue("bench.drift_max"), 1.0); // not in the file: default
        const ReportOptions o = rules.reportOptions();
        QCOMPARE(o.allocations.cvMaxPercent, 2.0);
        QCOMPARE(o.allocations.runs, 20);
        QCOMPARE(o.allocations.minRuns, 20);
        QCOMPARE(o.install.budgetSeconds, 240.5);
        QCOMPARE(o.install.branch, QStringLiteral("*"));
        QCOMPARE(o.rollout.warnThreshold, std::optional<double>(0.12));
        QCOMPARE(o.rollout.staleBlocks, false);
        QVERIFY(rules.overridden().isEmpty());
    }

    void overridesWinAndAreListed()
    {
        RuleSet rules = *parseRules("[bench]\ncv_max = 2\n", QStringLiteral("g.toml")).rules;
        QVERIFY(rules.setOverride("bench.cv_max", 1.5));
        QVERIFY(rules.setOverride("rollout.fp_max", 0.05)); // same as the rule: still listed
        QVERIFY(!rules.setOverride("bench.cv_max", -1.0));  // out of range: refused
        QVERIFY(!rules.setOverride("bench.nope", 1.0));
        QCOMPARE(rules.doubleValue("bench.cv_max"), 1.5);
        QCOMPARE(rules.ruleValue("bench.cv_max").toDouble(), 2.0);
        QCOMPARE(rules.overridden(), (QStringList{"bench.cv_max", "rollout.fp_max"}));
        QCOMPARE(describeOverrides(rules).first(),
                 QStringLiteral("bench.cv_max = 1.5 (override; rules: 2.0)"));
        const QJsonObject json = rulesToJson(rules);
        QCOMPARE(json.value("source").toString(), QStringLiteral("g.toml"));
        QCOMPARE(json.value("overridden").toArray().size(), 2);
        const QJsonObject bench = json.value("values").toObject().value("bench").toObject();
        QCOMPARE(bench.value("cv_max").toDouble(), 1.5);
        QCOMPARE(bench.value("runs").toInt(), 10);
        QVERIFY(json.value("values")
                    .toObject()
                    .value("rollout")
                    .toObject()
                    .value("spike_threshold")
                    .isNull());
        rules.clearOverrides();
        QCOMPARE(rules.doubleValue("bench.cv_max"), 2.0);
        QVERIFY(rules.overridden().isEmpty());
    }

    void errorsNameFileLineColumnAndKey_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::addRow("syntax") << QByteArray("[bench]\ncv_max = = 2\n") << 2 << 10 << ""
                                << "syntax error";
        QTest::addRow("duplicate key")
            << QByteArray("[bench]\nruns = 1\nruns = 2\n") << 3 << 8 << ""
            << "syntax error";
        QTest::addRow("unknown table") << QByteArray("[bnch]\nruns = 3\n") << 1 << 2 << "bnch"
                                       << "unknown table [bnch]";
        QTest::addRow("unknown key")
            << QByteArray("[bench]\ncv_mx = 2\n") << 2 << 1 << "bench.cv_mx"
            << "unknown key in [bench]";
        QTest::addRow("key outside a table") << QByteArray("runs = 3\n") << 1 << 1 << "runs"
                                             << "unknown key outside any table";
        QTest::addRow("wrong type: string for number")
            << QByteArray("[bench]\n\ncv_max = \"2\"\n") << 3 << 10 << "bench.cv_max"
            << "must be a number, not a string";
        QTest::addRow("wrong type: float for integer")
            << QByteArray("[install]\nruns = 10.5\n") << 2 << 8 << "install.runs"
            << "must be an integer, not a float";
        QTest::addRow("wrong type: table for value")
            << QByteArray("[bench.cv_max]\nx = 1\n") << 1 << 1 << "bench.cv_max"
            << "must be a number, not a table";
        QTest::addRow("out of range: negative")
            << QByteArray("[bench]\ncv_max = -1\n") << 2 << 10 << "bench.cv_max"
            << "must be at least 0";
        QTest::addRow("out of range: zero runs")
            << QByteArray("[rollout]\nreadiness_runs = 0\n") << 2 << 18 << "rollout.readiness_runs"
            << "must be at least 1";
        QTest::addRow("out of range: rate above 1")
            << QByteArray("[rollout]\nfp_max = 1.5\n") << 2 << 10 << "rollout.fp_max"
            << "must be at most 1";
        QTest::addRow("out of range: p-value 0") << QByteArray("[change_points]\nmax_pvalue = 0\n")
                                                 << 2 << 14 << "change_points.max_pvalue"
                                                 << "must be greater than 0";
        QTest::addRow("bad gate") << QByteArray("[install]\ngate = \"medium\"\n") << 2 << 8
                                  << "install.gate"
                                  << "must be \"soft\" or \"hard\"";
        QTest::addRow("empty metric")
            << QByteArray("[bench]\nmetric = \"\"\n") << 2 << 10 << "bench.metric"
            << "must not be empty";
        QTest::addRow("bool as string") << QByteArray("[rollout]\nstale_blocks = \"yes\"\n") << 2
                                        << 16 << "rollout.stale_blocks"
                                        << "must be true or false, not a string";
    }

    void errorsNameFileLineColumnAndKey()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, key);
        QFETCH(QString, message);
        const RulesLoad load = parseRules(text, QStringLiteral("/repo/gatehouse.toml"));
        QVERIFY(!load.ok());
        QVERIFY(!load.rules);
        QCOMPARE(load.errors.size(), 1);
        const RulesError &e = load.errors.first();
        QCOMPARE(e.file, QStringLiteral("/repo/gatehouse.toml"));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QCOMPARE(e.key, key);
        QVERIFY2(e.message.startsWith(message), qPrintable(e.message));
        QVERIFY2(e.text().startsWith(
                     QStringLiteral("/repo/gatehouse.toml:%1:%2: ").arg(line).arg(column)),
                 qPrintable(e.text()));
    }

    void everyErrorIsReported()
    {
        const RulesLoad load =
            parseRules("[bench]\ncv_max = -1\nfoo = 1\n[install]\nruns = 0\n", "g.toml");
        QCOMPARE(load.errors.size(), 3);
        QCOMPARE(load.errors.at(0).key, QStringLiteral("bench.cv_max"));
        QCOMPARE(load.errors.at(1).key, QStringLiteral("bench.foo"));
        QCOMPARE(load.errors.at(2).key, QStringLiteral("install.runs"));
    }

    void missingFileIsAnError()
    {
        const RulesLoad load = loadRulesFile(QStringLiteral("/no/such/gatehouse.toml"));
        QVERIFY(!load.ok());
        QVERIFY(load.errors.first().text().startsWith("/no/such/gatehouse.toml: cannot be read"));
    }

    void writtenFileReadsBackTheSame()
    {
        RuleSet rules = *parseRules("[install]\nbranch = \"release/\\\"x\\\"\"\n", "g.toml").rules;
        rules.setOverride("bench.cv_max", 2.5);
        rules.setOverride("rollout.spike_threshold", 0.2);
        rules.setOverride("bench.runs", 12);
        const QByteArray toml = rulesToToml(rules);
        QVERIFY(toml.contains("# Gatehouse gate rules"));
        QVERIFY(toml.contains("cv_max = 2.5  # percent; OK when CV < cv_max\n"));
        QVERIFY(toml.contains("# warn_threshold = 0.2  # absolute")); // unset: commented
        const RulesLoad back = parseRules(toml, "written.toml");
        QVERIFY2(back.ok(), qPrintable(back.errorText()));
        for (const RuleKey &k : ruleKeys())
            QVERIFY2(back.rules->value(k.id()).toString() == rules.value(k.id()).toString() &&
                         back.rules->value(k.id()).isNull() == rules.value(k.id()).isNull(),
                     qPrintable(k.id()));
    }

    void foundAtTheRootOfTheFirstFolder()
    {
        QTemporaryDir a, b, c;
        QFile(b.filePath("gatehouse.toml")).open(QIODevice::WriteOnly);
        QFile(c.filePath("gatehouse.toml")).open(QIODevice::WriteOnly);
        QDir(a.path()).mkpath("sub");
        QFile(a.filePath("sub/gatehouse.toml")).open(QIODevice::WriteOnly); // not at the root
        QCOMPARE(findRulesFile({a.path(), b.path(), c.path()}),
                 QDir(b.path()).filePath("gatehouse.toml"));
        QCOMPARE(findRulesFile({c.path(), b.path()}), QDir(c.path()).filePath("gatehouse.toml"));
        QCOMPARE(findRulesFile({a.path(), b.filePath("gatehouse.toml")}), QString());
        QCOMPARE(findRulesFile({}), QString());
    }

    void demoShipsItsRules()
    {
        const QString path = findRulesFile({demoSourcePath()}); // registers the resource
        QCOMPARE(path, QStringLiteral(":/demo/gatehouse.toml"));
        const RulesLoad load = loadRulesFile(path);
        QVERIFY2(load.ok(), qPrintable(load.errorText()));
        const RulesLoad docs =
            loadRulesFile(QStringLiteral(GATEHOUSE_SOURCE_DIR "/docs/gatehouse.example.toml"));
        QVERIFY2(docs.ok(), qPrintable(docs.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "test_rules.moc"
