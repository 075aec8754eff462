// Rollout outputs: rollout_series.csv byte for byte (SPEC §4.4), class frequency CSV,
// the JSON document's contract (SPEC §5), and the Markdown / terminal text.
#include "common/RunOrder.h"
#include "rollout/RolloutExport.h"

#include <QJsonArray>
#include <QtTest>
#include <algorithm>

using namespace gatehouse;

namespace {

GateRun makeRun(const QString &runId, const QString &timestamp, const QString &policy,
                const QString &outcome, double rate, const QStringList &reasons)
{
    GateRun run;
    run.identity.runId = runId;
    run.identity.timestamp = parseTimestamp(timestamp);
    run.identity.path = QStringLiteral("gate-%1/gate_result.json").arg(runId);
    run.policyHash = policy;
    run.outcome = outcome;
    run.unknownRate = rate;
    run.topReasons = reasons;
    return run;
}

// Run 102 has no timestamp, so run order falls back to run ids.
QList<GateRun> csvRuns()
{
    return {
        makeRun("101", "2026-10-01T12:00:00Z", "a6f53e", "COMMENT", 0.08, {"flaky_test"}),
        makeRun("102", "", "a6f53e", "COMMENT", 0.08, {"say \"hi\""}),
        makeRun("103", "2026-10-01T14:00:00+02:00", "a6f53e", "WARN", 0.0001,
                {"=cmd|' /C calc'!A0", "a,b"}),
        makeRun("104", "2026-10-02T08:30:00Z", "a6f53e", "FAIL", 1, {"-1+2"}),
        makeRun("105", "2026-10-02T09:00:00Z", "a6f53e", "PASS", 0, {}),
        makeRun("106", "2026-10-03T00:00:00Z", "b71c02", "COMMENT", 0.5, {"@mention", "flaky_x"}),
    };
}

Whitelist staleFlakyWhitelist()
{
    Whitelist whitelist;
    WhitelistClass cls;
    cls.reason = QStringLiteral("flaky_*");
    cls.reviewBy = QStringLiteral("2026-12-31");
    whitelist.classes.append(cls);
    return whitelist;
}

RolloutOptions fixedDay()
{
    RolloutOptions options;
    options.today = QDate(2027, 1, 15);
    return options;
}

RolloutResult analyzeSorted(QList<GateRun> runs)
{
    sortInRunOrder(runs, [](const GateRun &run) { return run.identity; });
    return analyzeRollout(runs, staleFlakyWhitelist(), fixedDay());
}

} // namespace

class TestRolloutExport : public QObject
{
    Q_OBJECT

private slots:
    void seriesCsvExactBytes();
    void seriesCsvNumberForms_data();
    void seriesCsvNumberForms();
    void seriesCsvIndependentOfInputOrder_data();
    void seriesCsvIndependentOfInputOrder();
    void classFrequencyCsvExactBytes();
    void jsonContract();
    void jsonUndefinedIsNull();
    void markdownReport();
    void terminalTable();
    void checklistSection();
    void estimateText();
};

void TestRolloutExport::seriesCsvExactBytes()
{
    // a6f53e: median 0.08, MAD 0.0799 -> threshold 0.435..., only the 1 spikes.
    const QByteArray expected =
        "run_id,timestamp,policy_hash,outcome,unknown_rate,top_reasons,primary_reason,class,spike\n"
        "101,2026-10-01T12:00:00Z,a6f53e,COMMENT,0.08,flaky_test,flaky_test,whitelisted,0\n"
        "102,,a6f53e,COMMENT,0.08,\"say \"\"hi\"\"\",\"say \"\"hi\"\"\",unlisted,0\n"
        "103,2026-10-01T12:00:00Z,a6f53e,WARN,0.0001,\"'=cmd|' /C calc'!A0;a,b\",'=cmd|' /C "
        "calc'!A0,unlisted,0\n"
        "104,2026-10-02T08:30:00Z,a6f53e,FAIL,1,'-1+2,'-1+2,unlisted,1\n"
        "105,2026-10-02T09:00:00Z,a6f53e,PASS,0,,,none,0\n"
        "106,2026-10-03T00:00:00Z,b71c02,COMMENT,0.5,'@mention;flaky_x,'@mention,unlisted,0\n";
    QCOMPARE(rolloutSeriesCsv(analyzeSorted(csvRuns())), expected);
}

void TestRolloutExport::seriesCsvNumberForms_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("cell");
    QTest::addRow("0.08") << 0.08 << "0.08";
    QTest::addRow("0.0001") << 0.0001 << "0.0001";
    QTest::addRow("0.00001, no exponent") << 0.00001 << "0.00001";
    QTest::addRow("1") << 1.0 << "1";
    QTest::addRow("0") << 0.0 << "0";
    QTest::addRow("all round-trip digits") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::addRow("no rounding to 6 digits") << 0.123456789 << "0.123456789";
}

void TestRolloutExport::seriesCsvNumberForms()
{
    QFETCH(double, rate);
    QFETCH(QString, cell);
    const QList<GateRun> runs{makeRun("7", "", "p", "COMMENT", rate, {})};
    const QByteArray csv = rolloutSeriesCsv(analyzeRollout(runs, std::nullopt, fixedDay()));
    QCOMPARE(QString::fromUtf8(csv.split('\n').at(1)),
             QStringLiteral("7,,p,COMMENT,%1,,,none,0").arg(cell));
}

void TestRolloutExport::seriesCsvIndependentOfInputOrder_data()
{
    QTest::addColumn<bool>("allTimestamps");
    QTest::addRow("run id order (one run without timestamp)") << false;
    QTest::addRow("timestamp order") << true;
}

void TestRolloutExport::seriesCsvIndependentOfInputOrder()
{
    QFETCH(bool, allTimestamps);
    QList<GateRun> runs = csvRuns();
    if (allTimestamps) // 102 now comes last in time, though not by id
        runs[1].identity.timestamp = parseTimestamp(QStringLiteral("2026-10-04T00:00:00Z"));
    const RolloutResult reference = analyzeSorted(runs);
    const QByteArray csv = rolloutSeriesCsv(reference);
    const QByteArray markdown = rolloutReportMarkdown(reference);
    QCOMPARE(reference.rows.last().run.identity.runId,
             allTimestamps ? QStringLiteral("102") : QStringLiteral("106"));
    std::reverse(runs.begin(), runs.end());
    QCOMPARE(rolloutSeriesCsv(analyzeSorted(runs)), csv);
    for (int rotation = 1; rotation < runs.size(); ++rotation) {
        std::rotate(runs.begin(), runs.begin() + 1, runs.end());
        const RolloutResult shuffled = analyzeSorted(runs);
        QCOMPARE(rolloutSeriesCsv(shuffled), csv);
        QCOMPARE(rolloutReportMarkdown(shuffled), markdown);
    }
}

void TestRolloutExport::classFrequencyCsvExactBytes()
{
    const QByteArray expected = "policy_hash,reason,runs,spikes,fails,whitelisted,stale\n"
                                "a6f53e,'-1+2,1,1,1,no,no\n"
                                "a6f53e,'=cmd|' /C calc'!A0,1,0,0,no,no\n"
                                "a6f53e,\"a,b\",1,0,0,no,no\n"
                                "a6f53e,flaky_test,1,0,0,yes,yes\n"
                                "a6f53e,\"say \"\"hi\"\"\",1,0,0,no,no\n"
                                "b71c02,'@mention,1,0,0,no,no\n"
                                "b71c02,flaky_x,1,0,0,yes,yes\n";
    QCOMPARE(classFrequencyCsv(analyzeSorted(csvRuns())), expected);
}

void TestRolloutExport::jsonContract()
{
    const QJsonObject json = rolloutToJson(analyzeSorted(csvRuns()));
    QCOMPARE(json.value("status").toString(), QStringLiteral("INSUFFICIENT"));
    QCOMPARE(json.value("runs").toInt(), 6);
    const QJsonArray policies = json.value("policies").toArray();
    QCOMPARE(policies.size(), 2);
    const QJsonObject first = policies.at(0).toObject();
    for (const char *key : {"policy_hash", "runs", "unknown_rate_min", "unknown_rate_median",
                            "unknown_rate_max", "spikes", "fails"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value("policy_hash").toString(), QStringLiteral("a6f53e"));
    QCOMPARE(first.value("runs").toInt(), 5);
    QCOMPARE(first.value("unknown_rate_min").toDouble(), 0.0);
    QCOMPARE(first.value("unknown_rate_median").toDouble(), 0.08);
    QCOMPARE(first.value("unknown_rate_max").toDouble(), 1.0);
    QCOMPARE(first.value("spikes").toInt(), 1);
    QCOMPARE(first.value("fails").toInt(), 1);

    const QJsonObject rd = json.value("risk_difference").toObject();
    QCOMPARE(rd.keys(), (QStringList{"ci_high", "ci_low", "value"}));
    QCOMPARE(rd.value("value").toDouble(), 0.0 - 0.25); // 0/1 whitelisted vs 1/4 unlisted
    QVERIFY(json.value("risk_ratio").isNull());         // zero cells
    QCOMPARE(json.value("risk_ratio_detail").toObject().value("undefined_reason").toString(),
             QStringLiteral("zero cells: spike & not FAIL, no spike & FAIL"));

    const QJsonObject warn = json.value("warn").toObject();
    for (const char *key : {"threshold", "fp_rate_without_whitelist", "fp_rate_with_whitelist"})
        QVERIFY2(warn.contains(QLatin1String(key)), key);
    QCOMPARE(warn.value("fp_rate_without_whitelist").toDouble(), 0.2);
    QCOMPARE(warn.value("fp_rate_with_whitelist").toDouble(), 0.2);
    QCOMPARE(json.value("readiness").toObject().value("target").toInt(), 40);
}

void TestRolloutExport::jsonUndefinedIsNull()
{
    const QJsonObject json = rolloutToJson(analyzeRollout({}, std::nullopt, fixedDay()));
    QCOMPARE(json.value("status").toString(), QStringLiteral("NO_DATA"));
    QCOMPARE(json.value("runs").toInt(), 0);
    QVERIFY(json.value("policies").toArray().isEmpty());
    QVERIFY(json.value("risk_difference").isNull());
    QVERIFY(json.value("risk_ratio").isNull());
    const QJsonObject warn = json.value("warn").toObject();
    QVERIFY(warn.value("threshold").isNull());
    QVERIFY(warn.value("fp_rate_without_whitelist").isNull());
    QVERIFY(warn.value("fp_rate_with_whitelist").isNull());
}

void TestRolloutExport::markdownReport()
{
    const RolloutResult result = analyzeSorted(csvRuns());
    const QString md = QString::fromUtf8(rolloutReportMarkdown(result));
    QCOMPARE(rolloutReportMarkdown(result), md.toUtf8()); // deterministic
    QVERIFY(md.startsWith(QLatin1String("# Gate-V1 rollout series\n")));
    QVERIFY(md.endsWith(QLatin1String("\n")));
    for (const char *line :
         {"| a6f53e | 5 | 0 | 0.08 | 1 | 0.4354 | 1 | 1 |\n",
          "| b71c02 | 1 | 0.5 | 0.5 | 0.5 | 0.55 | 0 | 0 |\n",
          "| a6f53e | =cmd\\|' /C calc'!A0 | 1 | 0 | 0 | no | no |\n",
          "| a6f53e | flaky_test | 1 | 0 | 0 | yes | yes |\n",
          "| flaky_* | 2026-12-31 | yes | 2 |\n",
          "RD = P(spike | whitelisted) − P(spike | unlisted): -0.250 [-0.699, +0.569]",
          "RR = P(FAIL | spike) / P(FAIL | no spike): undefined: zero cells: spike & not FAIL, "
          "no spike & FAIL",
          "- False-positive rate without whitelist: 20 % (1 of 5 runs",
          "- Reduction: 0 percentage points\n", "- Readiness: 6 runs (40 needed)\n",
          "## Verdict: INSUFFICIENT (waiting for runs)\n\n- [ ] At least 40 runs: 6 runs (40 "
          "needed)\n"})
        QVERIFY2(md.contains(QString::fromUtf8(line)), line);
}

void TestRolloutExport::terminalTable()
{
    const QString table = rolloutTable(analyzeSorted(csvRuns()));
    QVERIFY(table.startsWith(QLatin1String(
        "Gate-V1 rollout: 6 runs, 2 policies, INSUFFICIENT (waiting for runs)\n"
        "  [ ] At least 40 runs: 6 runs (40 needed)\n"
        "  [x] unknown_whitelist.json readable (absent is fine): loaded\n"
        "  [ ] False-positive rate with the whitelist at most 5 %: 20 %: 1 of 5 non-FAIL runs "
        "would WARN at threshold")));
    QVERIFY(table.contains(
        QLatin1String("policy_hash  runs  min  median  max  threshold  spikes  FAILs\n"
                      "a6f53e          5    0    0.08    1     0.4354       1      1\n")));
    QVERIFY(table.contains(QLatin1String("Stale whitelist: flaky_* (review_by 2026-12-31)\n")));
    QVERIFY(table.contains(QLatin1String("FP rate:         20 % without whitelist, 20 % with "
                                         "whitelist, reduction 0 percentage points\n")));
}

void TestRolloutExport::checklistSection()
{
    QString md = rolloutMarkdownSection(analyzeSorted(csvRuns()));
    QVERIFY2(md.contains(QLatin1String("- [ ] At least 40 runs: 6 runs (40 needed)\n")),
             qPrintable(md));
    QVERIFY(md.contains(QLatin1String("- [ ] False-positive rate with the whitelist at most 5 %: "
                                      "20 %: 1 of 5 non-FAIL runs")));
    QVERIFY(md.contains(QLatin1String("- [ ] No stale whitelist class: 1 class stale as of "
                                      "2027-01-15: flaky_* (review_by 2026-12-31)\n")));

    // 40 quiet runs, a fresh whitelist: every box ticked.
    QList<GateRun> runs;
    for (int i = 0; i < 40; ++i)
        runs.append(makeRun(QString::number(i + 1), "", "p", "COMMENT", 0.05, {"flaky_a"}));
    RolloutOptions options = fixedDay();
    options.today = QDate(2026, 12, 1);
    md = rolloutMarkdownSection(analyzeRollout(runs, staleFlakyWhitelist(), options));
    QCOMPARE(md.count(QLatin1String("- [x] ")), 4);
    QVERIFY2(md.contains(QLatin1String("- [x] No stale whitelist class: all 1 within review_by\n")),
             qPrintable(md));
    QVERIFY(md.contains(QLatin1String("Status: **PASS** (ready).")));
}

void TestRolloutExport::estimateText()
{
    stats::Estimate rd;
    rd.value = 0.045;
    rd.low = 0.0071078;
    rd.high = 0.0880813;
    QCOMPARE(formatEstimate(rd, 3, true), QStringLiteral("+0.045 [+0.007, +0.088]"));
    stats::Estimate rr;
    rr.value = 4;
    rr.low = 1.1461598;
    rr.high = 13.9596588;
    QCOMPARE(formatEstimate(rr, 2, false), QStringLiteral("4.00 [1.15, 13.96]"));
    QCOMPARE(formatEstimate(stats::Estimate(), 2, false), QString());
    QCOMPARE(roundedNumber(0.1 + 0.2), QStringLiteral("0.3"));
    QCOMPARE(roundedNumber(0.00004), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestRolloutExport)
#include "test_rollout_export.moc"
