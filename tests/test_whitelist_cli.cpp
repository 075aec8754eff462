// End-to-end tests of `gatehouse-cli whitelist check|effect|add|extend` (SPEC §11): exit
// codes, the bytes of an edited file (sorted, unknown fields kept), errors that leave the
// file byte for byte as it was, a kill in the middle of `add` that leaves the old file or
// the new one, and the `effect` JSON on the hand-worked set of WhitelistTestRuns.h (its
// numbers are worked out in test_whitelist_effects.cpp).
#include "WhitelistTestRuns.h"
#include "rollout/WhitelistFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include "CliTestSupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace gatehouse;

namespace {

using namespace cli_test;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

// Unsorted, 4-space indented, with unknown fields at the top level and in a class.
const QByteArray kEditable = R"({"version": 1, "x-team": {"slack": "#ci"}, "classes": [
    {"reason": "zeta", "owner": "qa", "ticket": 42},
    {"reason": "alpha", "note": "n", "review_by": "2027-03-01"}
]}
)";

// kEditable after `add --reason mid --note why --owner me --review-by 2027-04-01` on
// 2027-01-15: classes sorted by reason, known fields in their fixed order, unknown ones
// kept (sorted), 2-space indent, trailing newline (SPEC §4.2).
const QByteArray kEditableAfterAdd = R"({
  "version": 1,
  "classes": [
    {
      "reason": "alpha",
      "note": "n",
      "review_by": "2027-03-01"
    },
    {
      "reason": "mid",
      "note": "why",
      "owner": "me",
      "added": "2027-01-15",
      "review_by": "2027-04-01"
    },
    {
      "reason": "zeta",
      "owner": "qa",
      "ticket": 42
    }
  ],
  "x-team": {
    "slack": "#ci"
  }
}
)";

// Writes the hand-worked runs as artifacts, with the hand whitelist at the source root.
void writeHandSource(const QString &root)
{
    for (const whitelist_test::HandRun &h : whitelist_test::handRuns()) {
        QJsonObject o{{QStringLiteral("run_id"), QString::fromLatin1(h.id).toDouble()},
                      {QStringLiteral("policy_hash"), QStringLiteral("p1")},
                      {QStringLiteral("outcome"), QString::fromLatin1(h.outcome)},
                      {QStringLiteral("unknown_rate"), h.rate},
                      {QStringLiteral("top_reasons"), QJsonArray::fromStringList(h.reasons)}};
        writeFile(QStringLiteral("%1/gate-result-%2/gate_result.json").arg(root, h.id),
                  QJsonDocument(o).toJson());
    }
    writeFile(root + QStringLiteral("/unknown_whitelist.json"),
              serializeWhitelist(whitelist_test::handWhitelist()));
}

} // namespace

class TestWhitelistCli : public QObject
{
    Q_OBJECT

private slots:
    void checkExitCodes_data();
    void checkExitCodes();
    void checkJson();
    void checkDefaultFileFromEnvironment();
    void addKeepsUnknownFieldsAndSorts();
    void addCreatesAMissingFile();
    void refusedEditsLeaveTheFileUntouched_data();
    void refusedEditsLeaveTheFileUntouched();
    void extendMovesTheReviewDate();
    void addKilledWhileSaving();
    void effectKnownAnswers_data();
    void effectKnownAnswers();
    void effectWithoutRunsIsNoData();
    void usage_data();
    void usage();
};

void TestWhitelistCli::checkExitCodes_data()
{
    QTest::addColumn<QByteArray>("file"); // empty: no file at all
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrHas");
    const QByteArray dated = R"({"classes": [{"reason": "a", "review_by": "2027-01-20"},
                                {"reason": "b", "review_by": "2027-03-01"}]})";
    QTest::addRow("valid, one due: 0")
        << dated << QStringList{"--today", "2027-01-15"} << 0 << QByteArray();
    QTest::addRow("review_by is today: not yet stale: 0")
        << dated << QStringList{"--today", "2027-01-20"} << 0 << QByteArray();
    QTest::addRow("a day later: stale: 1")
        << dated << QStringList{"--today", "2027-01-21"} << 1 << QByteArray();
    QTest::addRow("invalid: 2 with file and line")
        << QByteArray("{\"classes\": [\n  \"a\",\n  {\"owner\": \"x\"}\n]}")
        << QStringList{"--today", "2027-01-15"} << 2
        << QByteArray("unknown_whitelist.json:3: error: classes[1] has no \"reason\"");
    QTest::addRow("bad review_by date: 2")
        << QByteArray("{\"classes\": [{\"reason\": \"a\", \"review_by\": \"2027-02-30\"}]}")
        << QStringList{"--today", "2027-01-15"} << 2 << QByteArray("not a YYYY-MM-DD date");
    QTest::addRow("missing file: 2")
        << QByteArray() << QStringList{} << 2 << QByteArray("no such file");
    QTest::addRow("bad --due-days: 2")
        << dated << QStringList{"--due-days", "-3"} << 2 << QByteArray("--due-days");
    QTest::addRow("bad --today: 2")
        << dated << QStringList{"--today", "tomorrow"} << 2 << QByteArray("--today");
}

void TestWhitelistCli::checkExitCodes()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, stderrHas);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unknown_whitelist.json"));
    if (!file.isEmpty())
        writeFile(path, file);
    const CliRun r = runCli(QStringList{"whitelist", "check", path} + extra);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    QVERIFY2(r.err.contains(stderrHas), r.err.constData());
}

void TestWhitelistCli::checkJson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.json"));
    writeFile(path, R"({"classes": [{"reason": "b", "review_by": "2027-01-10", "owner": "o"},
                                    {"reason": "a", "review_by": "2027-01-25"}, "c"]})");
    const CliRun r = runCli({"whitelist", "check", path, "--today", "2027-01-15", "--json", "-"});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = r.json();
    QCOMPARE(json.value("status").toString(), QStringLiteral("stale"));
    QCOMPARE(json.value("stale").toInt(), 1);
    QCOMPARE(json.value("due").toInt(), 1);
    QCOMPARE(json.value("active").toInt(), 1);
    const QJsonArray classes = json.value("classes").toArray();
    QStringList states;
    for (const QJsonValue &c : classes)
        states.append(c.toObject().value("reason").toString() + QLatin1Char('=') +
                      c.toObject().value("state").toString());
    QCOMPARE(states, (QStringList{"a=due", "b=stale", "c=active"}));
    QCOMPARE(classes.at(0).toObject().value("days_left").toInt(), 10);
}

void TestWhitelistCli::checkDefaultFileFromEnvironment()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("unknown_whitelist.json")), R"(["a"])");
    const CliRun r = runCli({"whitelist", "check"}, {{"CI_ARTIFACT_PATH", dir.path()}});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("1 classes"));
}

void TestWhitelistCli::addKeepsUnknownFieldsAndSorts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unknown_whitelist.json"));
    writeFile(path, kEditable);
    const CliRun r =
        runCli({"whitelist", "add", path, "--reason", "mid", "--note", "why", "--owner", "me",
                "--review-by", "2027-04-01", "--today", "2027-01-15"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readFile(path), kEditableAfterAdd);
}

void TestWhitelistCli::addCreatesAMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ci/unknown_whitelist.json"));
    const CliRun r =
        runCli({"whitelist", "add", path, "--reason", "flaky_*", "--today", "2027-01-15"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readFile(path), QByteArray("{\n  \"version\": 1,\n  \"classes\": [\n    {\n"
                                        "      \"reason\": \"flaky_*\",\n"
                                        "      \"added\": \"2027-01-15\"\n    }\n  ]\n}\n"));
}

void TestWhitelistCli::refusedEditsLeaveTheFileUntouched_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("args"); // FILE is inserted after the subcommand
    QTest::addColumn<QByteArray>("stderrHas");
    QTest::addRow("add an existing reason")
        << kEditable << QStringList{"add", "--reason", "zeta", "--note", "again"}
        << QByteArray("already has a class \"zeta\"");
    QTest::addRow("add an existing glob reason")
        << QByteArray("[\"flaky_*\"]\n") << QStringList{"add", "--reason", "flaky_*"}
        << QByteArray("already has a class");
    QTest::addRow("extend a missing reason")
        << kEditable << QStringList{"extend", "--reason", "nope", "--review-by", "2027-05-01"}
        << QByteArray("has no class \"nope\"");
    QTest::addRow("extend: a glob match is not the class")
        << QByteArray("[\"flaky_*\"]\n")
        << QStringList{"extend", "--reason", "flaky_net", "--review-by", "2027-05-01"}
        << QByteArray("has no class \"flaky_net\"");
    QTest::addRow("extend without --review-by")
        << kEditable << QStringList{"extend", "--reason", "zeta"} << QByteArray("--review-by");
    QTest::addRow("add with a bad --review-by")
        << kEditable << QStringList{"add", "--reason", "new", "--review-by", "2027-02-30"}
        << QByteArray("--review-by");
    QTest::addRow("add without --reason")
        << kEditable << QStringList{"add"} << QByteArray("--reason");
    QTest::addRow("add to a file that is not valid JSON")
        << QByteArray("{\"classes\": [\"a\",]}") << QStringList{"add", "--reason", "b"}
        << QByteArray("not a valid whitelist");
    QTest::addRow("add to an invalid whitelist")
        << QByteArray("{\"classes\": [{\"note\": \"no reason\"}]}")
        << QStringList{"add", "--reason", "b"} << QByteArray("not a valid whitelist");
}

void TestWhitelistCli::refusedEditsLeaveTheFileUntouched()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, stderrHas);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unknown_whitelist.json"));
    writeFile(path, file);
    const QDateTime modified = QFileInfo(path).lastModified();
    QStringList full = args;
    full.insert(1, path);
    full.prepend(QStringLiteral("whitelist"));
    const CliRun r = runCli(full);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(stderrHas), r.err.constData());
    QCOMPARE(readFile(path), file); // byte for byte
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{"unknown_whitelist.json"}); // no temporary file left behind
}

void TestWhitelistCli::extendMovesTheReviewDate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unknown_whitelist.json"));
    writeFile(path, kEditableAfterAdd);
    const CliRun r =
        runCli({"whitelist", "extend", path, "--reason", "alpha", "--review-by", "2027-09-30"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QByteArray expected = kEditableAfterAdd;
    expected.replace("\"review_by\": \"2027-03-01\"", "\"review_by\": \"2027-09-30\"");
    QCOMPARE(readFile(path), expected); // only that date changed
    // A class without review_by gets one, placed as §4.2 orders the known fields.
    QVERIFY(runCli({"whitelist", "extend", path, "--reason", "zeta", "--review-by", "2027-02-01"})
                .exitCode == 0);
    QVERIFY(readFile(path).contains("\"owner\": \"qa\",\n      \"review_by\": \"2027-02-01\",\n"
                                    "      \"ticket\": 42"));
    // A date already past is allowed, with a note: the class stays stale.
    const CliRun past = runCli({"whitelist", "extend", path, "--reason", "zeta", "--review-by",
                                "2027-01-01", "--today", "2027-01-15"});
    QCOMPARE(past.exitCode, 0);
    QVERIFY2(past.err.contains("stays stale"), past.err.constData());
}

void TestWhitelistCli::addKilledWhileSaving()
{
    // `whitelist add` on a large file, killed (SIGKILL) at a random point of its run:
    // the file is the old bytes or the new bytes, never a mix and never truncated.
    Whitelist big;
    for (int i = 0; i < 5000; ++i) {
        WhitelistClass cls;
        cls.reason = QStringLiteral("reason_%1").arg(i, 5, 10, QLatin1Char('0'));
        cls.note = QStringLiteral("a note long enough to make every save take a while");
        cls.owner = QStringLiteral("team-%1").arg(i % 17);
        big.classes.append(cls);
    }
    const QByteArray before = serializeWhitelist(big);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("unknown_whitelist.json"));
    const QStringList args{"whitelist", "add",     target,      "--reason",
                           "zzz_new",   "--today", "2027-01-15"};
    // The reference result, and how long one run takes (the slowest of three: a sanitizer
    // build or a busy machine makes single timings noisy).
    qint64 slowest = 20;
    QByteArray after;
    for (int i = 0; i < 3; ++i) {
        writeFile(target, before);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runCli(args).exitCode, 0);
        slowest = std::max(slowest, timer.elapsed());
        after = readFile(target);
    }
    QVERIFY(after != before && after.startsWith(before.left(100)));

    // At least 30 kills, and on until both outcomes have shown up (at most 120).
    QRandomGenerator random(1115);
    QStringList seen;
    for (int round = 0; round < 120; ++round) {
        if (round >= 30 && seen.contains("old") && seen.contains("new"))
            break;
        writeFile(target, before);
        QProcess p;
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
        QVERIFY(p.waitForStarted());
        QThread::usleep(random.bounded(static_cast<quint32>(slowest * 1500)));
        p.kill();
        QVERIFY(p.waitForFinished(60000));
        const QByteArray now = readFile(target);
        const QString state = now == before  ? QStringLiteral("old")
                              : now == after ? QStringLiteral("new")
                                             : QStringLiteral("MIXED (%1 bytes)").arg(now.size());
        QVERIFY2(!state.startsWith(QLatin1String("MIXED")),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(state)));
        seen.append(state);
        // Runs slower than the reference (a loaded machine): widen the window a little
        // after every five kills in a row that all came before the save.
        if (seen.size() >= 5 && seen.mid(seen.size() - 5) == QStringList(5, "old"))
            slowest = slowest * 11 / 10;
    }
    qInfo("states after the kills: %s", qPrintable(seen.join(' ')));
    // Kills before the save and after it must both have happened, or nothing was shown.
    QVERIFY2(seen.contains("old") && seen.contains("new"), qPrintable(seen.join(' ')));
}

void TestWhitelistCli::effectKnownAnswers_data()
{
    QTest::addColumn<bool>("emptyWhitelistOption"); // --whitelist with no classes
    QTest::addColumn<QStringList>("classes");       // "reason:matched/decisive/fp/warnings"
    QTest::addColumn<QStringList>("candidates");    // "reason:runs/spikes/fails/fp"
    QTest::addRow("whitelist at the source root")
        << false
        << QStringList{"flaky_*:4/1/0.375/main_spike_driver",
                       "flaky_net:3/0/0.25/main_spike_driver", "infra_timeout:1/1/0.375/",
                       "oom:1/1/0.25/matches_fail"}
        << QStringList{"new_reason:2/1/0/0.125", "other:1/0/0/0.125", "alpha:1/0/0/0.25"};
    QTest::addRow("--whitelist replaces it: every reason is a candidate")
        << true << QStringList()
        << QStringList{
               "flaky_net:3/2/0/0.5",    "flaky_disk:1/1/0/0.625", "infra_timeout:1/0/0/0.625",
               "new_reason:2/1/0/0.625", "other:1/0/0/0.625",      "alpha:1/0/0/0.75",
               "oom:1/1/1/0.75"};
}

void TestWhitelistCli::effectKnownAnswers()
{
    QFETCH(bool, emptyWhitelistOption);
    QFETCH(QStringList, classes);
    QFETCH(QStringList, candidates);
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("src"));
    writeHandSource(source);
    QStringList args{"whitelist",  "effect",           source, "--spike-threshold",
                     "0.3",        "--warn-threshold", "0.2",  "--today",
                     "2027-01-15", "--json",           "-"};
    if (emptyWhitelistOption) {
        const QString empty = dir.filePath(QStringLiteral("empty.json"));
        writeFile(empty, R"({"version": 1, "classes": []})");
        args << "--whitelist" << empty;
    }
    const CliRun r = runCli(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = r.json();
    QCOMPARE(json.keys(), (QStringList{"candidates", "classes", "rules", "threshold"}));
    QCOMPARE(json.value("threshold").toDouble(), 0.2);
    QStringList gotClasses, gotCandidates;
    for (const QJsonValue &v : json.value("classes").toArray()) {
        const QJsonObject c = v.toObject();
        QStringList warnings;
        for (const QJsonValue &w : c.value("warnings").toArray())
            warnings.append(w.toString());
        gotClasses.append(QStringLiteral("%1:%2/%3/%4/%5")
                              .arg(c.value("reason").toString())
                              .arg(c.value("matched_runs").toInt())
                              .arg(c.value("decisive_runs").toInt())
                              .arg(c.value("fp_rate_without_class").toDouble())
                              .arg(warnings.join(QLatin1Char(','))));
        QCOMPARE(c.value("stale").toBool(), c.value("reason").toString() == "infra_timeout");
    }
    for (const QJsonValue &v : json.value("candidates").toArray()) {
        const QJsonObject c = v.toObject();
        gotCandidates.append(QStringLiteral("%1:%2/%3/%4/%5")
                                 .arg(c.value("reason").toString())
                                 .arg(c.value("runs").toInt())
                                 .arg(c.value("spikes").toInt())
                                 .arg(c.value("fails").toInt())
                                 .arg(c.value("fp_rate_if_added").toDouble()));
    }
    QCOMPARE(gotClasses, classes);
    QCOMPARE(gotCandidates, candidates);

    // The human table names the same classes and warnings.
    args.removeLast();
    args.removeLast(); // no --json: the table
    const CliRun table = runCli(args);
    QCOMPARE(table.exitCode, 0);
    for (const QString &c : classes)
        QVERIFY2(table.out.contains(c.section(QLatin1Char(':'), 0, 0).toUtf8()),
                 table.out.constData());
}

void TestWhitelistCli::effectWithoutRunsIsNoData()
{
    QTemporaryDir dir;
    const CliRun r = runCli({"whitelist", "effect", dir.path()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("NO_DATA"), r.err.constData());
}

void TestWhitelistCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("outHas");
    QTest::addRow("no subcommand") << QStringList{"whitelist"} << 2 << QByteArray();
    QTest::addRow("unknown subcommand") << QStringList{"whitelist", "frob"} << 2 << QByteArray();
    QTest::addRow("whitelist --help")
        << QStringList{"whitelist", "--help"} << 0 << QByteArray("Subcommands:");
    for (const char *sub : {"check", "effect", "add", "extend"})
        QTest::addRow("%s --help", sub)
            << QStringList{"whitelist", QString::fromLatin1(sub), "--help"} << 0
            << QByteArray("Usage: gatehouse-cli whitelist ") + sub;
    QTest::addRow("add with two files")
        << QStringList{"whitelist", "add", "a", "b", "--reason", "x"} << 2 << QByteArray();
    QTest::addRow("top-level usage lists it")
        << QStringList{"--help"} << 0 << QByteArray("whitelist check|effect|add|extend");
}

void TestWhitelistCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, outHas);
    const CliRun r = runCli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.contains(outHas), r.out.constData());
    if (exitCode == 2)
        QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestWhitelistCli)
#include "test_whitelist_cli.moc"
