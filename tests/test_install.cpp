// Install-duration gate: the file readers, the median gate and its filters, the rolling
// median series, and the exports (SPEC §3, §5).
#include "install/InstallAnalysis.h"
#include "install/InstallExport.h"
#include "install/InstallParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace gatehouse;

namespace {

const QString kNoBranch = QStringLiteral("<none>"); // test marker: no metadata at all

InstallRun makeRun(const QString &id, qint64 seconds,
                   const QString &branch = QStringLiteral("main"),
                   const QString &conclusion = QStringLiteral("success"),
                   const QDateTime &timestamp = QDateTime())
{
    InstallRun run;
    run.identity.runId = id;
    run.identity.path =
        QStringLiteral("helm-install-duration-%1/install_to_ready_seconds.txt").arg(id);
    run.identity.timestamp = timestamp;
    run.seconds = seconds;
    if (branch != kNoBranch) {
        RunMetadata meta;
        meta.runId = id;
        meta.headBranch = branch;
        meta.conclusion = conclusion;
        meta.headSha = QStringLiteral("sha") + id;
        meta.createdAt = timestamp;
        run.metadata = meta;
    }
    return run;
}

// Runs with ids 1..n and the given durations, all successful on main.
QList<InstallRun> runsWithSeconds(const QList<qint64> &seconds)
{
    QList<InstallRun> runs;
    for (int i = 0; i < seconds.size(); ++i)
        runs.append(makeRun(QString::number(i + 1), seconds.at(i)));
    return runs;
}

QByteArray readFixture(const QString &name)
{
    QFile f(QStringLiteral(GATEHOUSE_TEST_DATA "/install/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void parseSeconds_data();
    void parseSeconds();
    void parseMetadata_data();
    void parseMetadata();
    void metadataFields();
    void gateStatus_data();
    void gateStatus();
    void filters_data();
    void filters();
    void lastRunsAreUsed();
    void keptRunsOrderedByTimestamp();
    void rollingMedian();
    void csvExport();
    void jsonExport();
    void tableAndMarkdown();
};

void TestInstall::parseSeconds_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("plain") << QByteArray("245") << true << qint64(245) << QString();
    QTest::addRow("newline") << QByteArray("245\n") << true << qint64(245) << QString();
    QTest::addRow("crlf and blanks")
        << QByteArray("  \t245\r\n\r\n") << true << qint64(245) << QString();
    QTest::addRow("zero") << QByteArray("0") << true << qint64(0) << QString();
    QTest::addRow("leading zeros") << QByteArray("007") << true << qint64(7) << QString();
    QTest::addRow("byte-order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "12\n")
                                     << true << qint64(12) << QString();
    QTest::addRow("qint64 max") << QByteArray("9223372036854775807") << true
                                << qint64(9223372036854775807LL) << QString();
    QTest::addRow("fixture") << readFixture(QStringLiteral("seconds-crlf.txt")) << true
                             << qint64(287) << QString();

    QTest::addRow("empty") << QByteArray() << false << qint64(0) << QStringLiteral("empty");
    QTest::addRow("blank") << QByteArray(" \r\n ") << false << qint64(0) << QStringLiteral("empty");
    QTest::addRow("float") << QByteArray("12.5") << false << qint64(0)
                           << QStringLiteral("whole seconds");
    QTest::addRow("negative") << QByteArray("-5") << false << qint64(0)
                              << QStringLiteral("negative");
    QTest::addRow("plus sign") << QByteArray("+5") << false << qint64(0)
                               << QStringLiteral("without a sign");
    QTest::addRow("two numbers") << QByteArray("12 13\n") << false << qint64(0)
                                 << QStringLiteral("several");
    QTest::addRow("two lines") << QByteArray("12\n13\n") << false << qint64(0)
                               << QStringLiteral("several");
    QTest::addRow("text") << QByteArray("timeout") << false << qint64(0)
                          << QStringLiteral("whole number");
    QTest::addRow("sentence") << QByteArray("timed out waiting for the condition\n") << false
                              << qint64(0) << QStringLiteral("whole number of seconds, found");
    QTest::addRow("unit suffix") << QByteArray("245s") << false << qint64(0)
                                 << QStringLiteral("whole number");
    QTest::addRow("overflow") << QByteArray("9223372036854775808") << false << qint64(0)
                              << QStringLiteral("too large");
}

void TestInstall::parseSeconds()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    QFETCH(QString, messagePart);

    ParseIssues issues;
    const auto value =
        parseInstallSeconds(data, QStringLiteral("a/install_to_ready_seconds.txt"), issues);
    QCOMPARE(value.has_value(), ok);
    if (ok) {
        QCOMPARE(*value, expected);
        QVERIFY(issues.isEmpty());
    } else {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, Severity::Error);
        QCOMPARE(issues.first().path, QStringLiteral("a/install_to_ready_seconds.txt"));
        QVERIFY2(issues.first().message.contains(messagePart), qPrintable(issues.first().message));
    }
}

void TestInstall::parseMetadata_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("full") << readFixture(QStringLiteral("metadata-full.json")) << true << QString();
    QTest::addRow("empty object") << QByteArray("{}") << true << QString();
    QTest::addRow("string run id, null conclusion")
        << QByteArray(R"({"run_id": "abc-1", "conclusion": null})") << true << QString();
    QTest::addRow("extra fields") << QByteArray(R"({"workflow": "chart.yml", "x": [1]})") << true
                                  << QString();
    QTest::addRow("malformed") << QByteArray("{\n\"run_id\": 1,\n") << false
                               << QStringLiteral("malformed JSON");
    QTest::addRow("array") << QByteArray("[1, 2]") << false << QStringLiteral("object");
    QTest::addRow("branch is a number")
        << QByteArray(R"({"head_branch": 5})") << false << QStringLiteral("head_branch");
    QTest::addRow("bad created_at")
        << QByteArray(R"({"created_at": "yesterday"})") << false << QStringLiteral("created_at");
    QTest::addRow("created_at a number")
        << QByteArray(R"({"created_at": 1700000000})") << false << QStringLiteral("created_at");
    QTest::addRow("attempt as string")
        << QByteArray(R"({"run_attempt": "2"})") << false << QStringLiteral("run_attempt");
    QTest::addRow("fractional run number")
        << QByteArray(R"({"run_number": 1.5})") << false << QStringLiteral("run_number");
    QTest::addRow("run id true") << QByteArray(R"({"run_id": true})") << false
                                 << QStringLiteral("run_id");
    QTest::addRow("negative run id")
        << QByteArray(R"({"run_id": -4})") << false << QStringLiteral("run_id");
}

void TestInstall::parseMetadata()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);
    QFETCH(QString, messagePart);

    ParseIssues issues;
    const auto meta = parseRunMetadata(data, QStringLiteral("m/metadata.json"), issues);
    QCOMPARE(meta.has_value(), ok);
    QCOMPARE(issues.size(), ok ? 0 : 1);
    if (!ok) {
        QCOMPARE(issues.first().severity, Severity::Error);
        QVERIFY2(issues.first().message.contains(messagePart), qPrintable(issues.first().message));
    }
}

void TestInstall::metadataFields()
{
    ParseIssues issues;
    const auto meta = parseRunMetadata(readFixture(QStringLiteral("metadata-full.json")),
                                       QStringLiteral("metadata.json"), issues);
    QVERIFY(meta);
    QCOMPARE(meta->runId, QStringLiteral("9182736455"));
    QCOMPARE(meta->headSha, QStringLiteral("5eed1f0a"));
    QCOMPARE(meta->headBranch, QStringLiteral("main"));
    QCOMPARE(meta->conclusion, QStringLiteral("success"));
    QCOMPARE(meta->createdAt, QDateTime(QDate(2026, 9, 1), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(meta->runAttempt, 2);
    QCOMPARE(meta->runNumber, qint64(1207));
    QCOMPARE(meta->htmlUrl, QStringLiteral("https://github.com/o/r/actions/runs/9182736455"));

    // A broken document points at its line.
    issues.clear();
    QVERIFY(!parseRunMetadata("{\n  \"run_id\": 1,\n  oops\n}", QStringLiteral("m.json"), issues));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().line, 3);
}

void TestInstall::gateStatus_data()
{
    QTest::addColumn<QList<qint64>>("seconds");
    QTest::addColumn<GateStatus>("status");
    QTest::addColumn<double>("median");

    QTest::addRow("even n averages the middle pair")
        << QList<qint64>{100, 110, 120, 130, 140, 150, 160, 170, 180, 190} << GateStatus::Pass
        << 145.0;
    QTest::addRow("even n unsorted")
        << QList<qint64>{190, 100, 150, 170, 110, 140, 180, 120, 160, 130} << GateStatus::Pass
        << 145.0;
    QTest::addRow("odd n takes the middle") << QList<qint64>{10, 500, 20, 400, 30, 300, 40, 200, 50}
                                            << GateStatus::Insufficient << 50.0;
    QTest::addRow("exactly the budget passes")
        << QList<qint64>(10, 300) << GateStatus::Pass << 300.0;
    QTest::addRow("one second over fails") << QList<qint64>(10, 301) << GateStatus::Fail << 301.0;
    QTest::addRow("middle pair straddles the budget")
        << QList<qint64>{299, 299, 299, 299, 299, 301, 301, 301, 301, 301} << GateStatus::Pass
        << 300.0;
    QTest::addRow("middle pair half a second over")
        << QList<qint64>{299, 299, 299, 299, 299, 302, 302, 302, 302, 302} << GateStatus::Fail
        << 300.5;
    QTest::addRow("fewer than N still has a median")
        << QList<qint64>{200, 400, 250} << GateStatus::Insufficient << 250.0;
    QTest::addRow("none") << QList<qint64>{} << GateStatus::NoData << 0.0;
}

void TestInstall::gateStatus()
{
    QFETCH(QList<qint64>, seconds);
    QFETCH(GateStatus, status);
    QFETCH(double, median);

    const InstallResult r = analyzeInstall(runsWithSeconds(seconds), InstallOptions());
    QCOMPARE(r.status, status);
    QCOMPARE(r.runsUsed, std::min<int>(10, static_cast<int>(seconds.size())));
    QCOMPARE(r.hasMedian(), !seconds.isEmpty());
    if (r.hasMedian())
        QCOMPARE(r.median, median);
    const bool warned =
        r.warnings.contains(QStringLiteral("need ≥ 10 runs (have %1)").arg(seconds.size()));
    QCOMPARE(warned, status == GateStatus::Insufficient);
    QVERIFY(!r.reasons.isEmpty());
}

void TestInstall::filters_data()
{
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QString>("conclusion");
    QTest::addColumn<QStringList>("keptIds");
    QTest::addColumn<QStringList>("excludedIds");
    QTest::addColumn<QStringList>("branchUnknownIds");

    // Runs: 1 main/success, 2 feature/success, 3 main/failure, 4 no metadata,
    // 5 metadata without branch, 6 main without conclusion.
    QTest::addRow("defaults") << QStringLiteral("main") << QStringLiteral("success")
                              << QStringList{"1", "4", "5", "6"} << QStringList{"2", "3"}
                              << QStringList{"4", "5"};
    QTest::addRow("any branch") << QStringLiteral("*") << QStringLiteral("success")
                                << QStringList{"1", "2", "4", "5", "6"} << QStringList{"3"}
                                << QStringList{"4", "5"};
    QTest::addRow("any conclusion")
        << QStringLiteral("main") << QString() << QStringList{"1", "3", "4", "5", "6"}
        << QStringList{"2"} << QStringList{"4", "5"};
    QTest::addRow("other branch") << QStringLiteral("feature") << QStringLiteral("success")
                                  << QStringList{"2", "4", "5"} << QStringList{"1", "3", "6"}
                                  << QStringList{"4", "5"};
    QTest::addRow("conclusion without case")
        << QStringLiteral("main") << QStringLiteral("SUCCESS") << QStringList{"1", "4", "5", "6"}
        << QStringList{"2", "3"} << QStringList{"4", "5"};
}

void TestInstall::filters()
{
    QFETCH(QString, branch);
    QFETCH(QString, conclusion);
    QFETCH(QStringList, keptIds);
    QFETCH(QStringList, excludedIds);
    QFETCH(QStringList, branchUnknownIds);

    const QList<InstallRun> runs{
        makeRun("1", 100),
        makeRun("2", 110, QStringLiteral("feature")),
        makeRun("3", 120, QStringLiteral("main"), QStringLiteral("failure")),
        makeRun("4", 130, kNoBranch),
        makeRun("5", 140, QString()),
        makeRun("6", 150, QStringLiteral("main"), QString())};
    InstallOptions options;
    options.branch = branch;
    options.conclusion = conclusion;
    const InstallResult r = analyzeInstall(runs, options);

    QStringList kept, unknown, excluded;
    for (const InstallPoint &p : r.series) {
        kept.append(p.runId);
        if (p.branchUnknown)
            unknown.append(p.runId);
        QVERIFY(p.used); // fewer than N: every kept run is used
    }
    for (const InstallExclusion &ex : r.excluded) {
        excluded.append(ex.runId);
        QVERIFY(!ex.reason.isEmpty());
    }
    QCOMPARE(kept, keptIds);
    QCOMPARE(excluded, excludedIds);
    QCOMPARE(unknown, branchUnknownIds);
    QCOMPARE(r.branchUnknownUsed, branchUnknownIds.size());
    QCOMPARE(r.status, GateStatus::Insufficient);
}

void TestInstall::lastRunsAreUsed()
{
    // 12 runs: the first two are huge and must fall out of the window of 10.
    QList<qint64> seconds{9000, 9000};
    for (int i = 0; i < 10; ++i)
        seconds.append(200 + i);
    const InstallResult r = analyzeInstall(runsWithSeconds(seconds), InstallOptions());
    QCOMPARE(r.status, GateStatus::Pass);
    QCOMPARE(r.runsUsed, 10);
    QCOMPARE(r.median, 204.5);
    QCOMPARE(r.series.size(), 12);
    QVERIFY(!r.series.at(0).used && !r.series.at(1).used && r.series.at(2).used);

    InstallOptions three;
    three.runs = 3;
    const InstallResult r3 = analyzeInstall(runsWithSeconds(seconds), three);
    QCOMPARE(r3.runsUsed, 3);
    QCOMPARE(r3.median, 208.0);
}

void TestInstall::keptRunsOrderedByTimestamp()
{
    // The run on another branch has no timestamp; once it is left out, every kept run has
    // one and timestamp order applies (id 30 ran first).
    const QDateTime t0(QDate(2026, 9, 1), QTime(10, 0), QTimeZone::utc());
    const QList<InstallRun> runs{
        makeRun("10", 100, QStringLiteral("main"), QStringLiteral("success"), t0.addSecs(60)),
        makeRun("20", 200, QStringLiteral("main"), QStringLiteral("success"), t0.addSecs(120)),
        makeRun("25", 999, QStringLiteral("dev"), QStringLiteral("success")),
        makeRun("30", 300, QStringLiteral("main"), QStringLiteral("success"), t0)};
    const InstallResult r = analyzeInstall(runs, InstallOptions());
    QCOMPARE(r.series.size(), 3);
    QCOMPARE(r.series.at(0).runId, QStringLiteral("30"));
    QCOMPARE(r.series.at(2).runId, QStringLiteral("20"));
    QCOMPARE(r.excluded.size(), 1);
    QCOMPARE(r.excluded.first().reason, QStringLiteral("branch dev, not main"));
}

void TestInstall::rollingMedian()
{
    InstallOptions options;
    options.runs = 3;
    options.budgetSeconds = 250;
    const InstallResult r = analyzeInstall(runsWithSeconds({100, 300, 200, 400, 500}), options);
    const QList<double> expected{100, 200, 200, 300, 400};
    const QList<int> windows{1, 2, 3, 3, 3};
    const QList<bool> over{false, true, false, true, true};
    QCOMPARE(r.series.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(r.series.at(i).rollingMedian, expected.at(i));
        QCOMPARE(r.series.at(i).rollingWindow, windows.at(i));
        QCOMPARE(r.series.at(i).overBudget, over.at(i));
        QCOMPARE(r.series.at(i).used, i >= 2);
    }
    QCOMPARE(r.median, 400.0);
    QCOMPARE(r.status, GateStatus::Fail);
}

void TestInstall::csvExport()
{
    InstallOptions options;
    options.runs = 2;
    QList<InstallRun> runs{makeRun("7", 290, QStringLiteral("main"), QStringLiteral("success"),
                                   QDateTime(QDate(2026, 9, 1), QTime(10, 0), QTimeZone::utc())),
                           makeRun("8", 305, QStringLiteral("main"), QStringLiteral("success"),
                                   QDateTime(QDate(2026, 9, 2), QTime(10, 0), QTimeZone::utc())),
                           makeRun("9", 301, kNoBranch, QString(),
                                   QDateTime(QDate(2026, 9, 3), QTime(10, 0), QTimeZone::utc()))};
    const QByteArray expected =
        "run_id,timestamp,seconds,branch,conclusion,head_sha,rolling_median,over_budget,used\n"
        "7,2026-09-01T10:00:00Z,290,main,success,sha7,290,0,0\n"
        "8,2026-09-02T10:00:00Z,305,main,success,sha8,297.5,1,1\n"
        "9,2026-09-03T10:00:00Z,301,,,,303,1,1\n";
    QCOMPARE(installCsv(analyzeInstall(runs, options)), expected);
}

void TestInstall::jsonExport()
{
    const InstallResult r = analyzeInstall(
        runsWithSeconds({100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200}), InstallOptions());
    const QJsonObject json = installToJson(r);
    QCOMPARE(json.value("status").toString(), QStringLiteral("PASS"));
    QCOMPARE(json.value("runs").toInt(), 10);
    QCOMPARE(json.value("median").toDouble(), 155.0);
    QCOMPARE(json.value("budget").toDouble(), 300.0);
    const QJsonArray durations = json.value("durations").toArray();
    QCOMPARE(durations.size(), 10);
    QCOMPARE(durations.first().toObject().value("run_id").toString(), QStringLiteral("2"));
    QCOMPARE(durations.first().toObject().value("seconds").toDouble(), 110.0);
    QCOMPARE(durations.last().toObject().value("run_id").toString(), QStringLiteral("11"));

    const QJsonObject empty = installToJson(analyzeInstall({}, InstallOptions()));
    QCOMPARE(empty.value("status").toString(), QStringLiteral("NO_DATA"));
    QVERIFY(empty.value("median").isNull());
    QCOMPARE(empty.value("runs").toInt(), 0);
    QVERIFY(empty.value("durations").toArray().isEmpty());
}

void TestInstall::tableAndMarkdown()
{
    QList<qint64> seconds{240, 250, 245, 260, 230, 245, 250, 240, 500, 235};
    const InstallResult pass = analyzeInstall(runsWithSeconds(seconds), InstallOptions());
    const QString table = installTable(pass);
    QVERIFY2(
        table.contains(QStringLiteral("median 245 s ≤ budget 300 s over the last 10 runs: PASS")),
        qPrintable(table));
    QVERIFY(table.contains(QStringLiteral("OVER"))); // the 500 s run is marked
    const InstallResult atBudget = analyzeInstall(runsWithSeconds(QList<qint64>(10, 300)), {});
    QVERIFY(installTable(atBudget).contains(
        QStringLiteral("median 300 s ≤ budget 300 s over the last 10 runs: PASS")));
    QVERIFY(installMarkdown(atBudget).contains(
        QStringLiteral("- [x] Median within the 300 s budget: median 300 s ≤ 300 s")));
    const QString md = installMarkdown(pass);
    QVERIFY2(md.contains(QStringLiteral("- [x] At least 10 runs after the filters (branch main, "
                                        "conclusion success): 10 runs after the filters (10 "
                                        "needed)")),
             qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("- [x] Median within the 300 s budget: median 245 s ≤ 300 s "
                                       "over the last 10 runs")));

    const InstallResult few = analyzeInstall(runsWithSeconds({320, 330, 340}), InstallOptions());
    QVERIFY(installTable(few).contains(
        QStringLiteral("median 330 s > budget 300 s over the last 3 runs: INSUFFICIENT")));
    const QString fewMd = installMarkdown(few);
    QVERIFY2(fewMd.contains(QStringLiteral("- [ ] At least 10 runs after the filters")),
             qPrintable(fewMd));
    QVERIFY(fewMd.contains(QStringLiteral("- [ ] Median within the 300 s budget: median 330 s > "
                                          "300 s")));
    QVERIFY(fewMd.contains(QStringLiteral("Status: **INSUFFICIENT** (waiting for runs)")));

    QVERIFY(installTable(analyzeInstall({}, InstallOptions())).contains(QStringLiteral("NO_DATA")));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "test_install.moc"
