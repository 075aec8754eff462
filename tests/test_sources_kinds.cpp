// Read only what is needed (issue 10): a load asked for some artifact kinds opens no file
// and no zip entry of another kind, counted through the loader's test hook (OpenedFiles.h),
// never by timing; what it loads of its kinds is what a load of every kind gives. The CLI
// half runs each command with GATEHOUSE_DEBUG_OPENED and compares its JSON with the same
// command loading every kind (GATEHOUSE_DEBUG_ALL_KINDS).
#include "CliTestSupport.h"
#include "SourcesTestSupport.h"
#include "ZipTestSupport.h"
#include "sources/CommandKinds.h"
#include "sources/OpenedFiles.h"

#include <QRegularExpression>
#include <QtTest>

using namespace gatehouse;
using namespace gatehouse::sources_test;

Q_DECLARE_METATYPE(gatehouse::ArtifactKindSet)

namespace {

// The kinds a test can see opened: everything but Ignored (never read) and Zip (always).
const QList<ArtifactKind> kReadKinds{ArtifactKind::BenchCandidate, ArtifactKind::InstallSeconds,
                                     ArtifactKind::RunMetadata,    ArtifactKind::GateResult,
                                     ArtifactKind::Whitelist,      ArtifactKind::Baseline,
                                     ArtifactKind::RunSidecar};

QByteArray install(int seconds)
{
    return QByteArray::number(seconds) + '\n';
}

const QByteArray kWhitelist = R"({"version": 1, "classes": [{"reason": "flaky"}]})";

// One run of every kind in a folder: bench, install, gate result and metadata.
void writeRun(const Tree &t, const QString &folder, int n)
{
    const QString id = QString::number(9000 + n);
    const QString at = QStringLiteral("2026-01-%1T10:00:00Z").arg(10 + n);
    t.write(folder + "/bench.txt", bench(100 + n));
    t.write(folder + "/install_to_ready_seconds.txt", install(60 + n));
    t.write(folder + "/gate_result.json", gate(id, 1, at, 0.05 * n));
    t.write(folder + "/metadata.json", metadata(id, at));
}

QList<zip_test::Entry> zipRun(int n)
{
    const QString id = QString::number(9000 + n);
    const QString at = QStringLiteral("2026-01-%1T10:00:00Z").arg(10 + n);
    return {{"bench.txt", bench(100 + n)},
            {"install_to_ready_seconds.txt", install(60 + n)},
            {"gate_result.json", gate(id, 1, at, 0.05 * n)},
            {"metadata.json", metadata(id, at)},
            // Broken on purpose: only a load that reads gate results may complain.
            {"broken/gate_result.json", "{ not json"}};
}

// A folder holding every kind: runs in folders, a fetched run with its sidecar, a zip
// with runs (one nested), the whitelist and baseline, and files that would raise issues
// if read (a broken gate result, a misplaced whitelist).
void writeEveryKind(const Tree &t)
{
    for (int n = 1; n <= 3; ++n)
        writeRun(t, QStringLiteral("run%1").arg(n), n);
    t.write("fetched/bench.txt", bench(110));
    t.write("fetched/install_to_ready_seconds.txt", install(70));
    t.write(".gatehouse/runs/9010.json",
            R"({"run_id": 9010, "head_branch": "main", "created_at": "2026-01-20T10:00:00Z",
                "artifacts": [{"folder": "fetched"}]})");
    t.write("unknown_whitelist.json", kWhitelist);
    t.write("baselines.json", R"({"Secrets": 102})");
    t.write("junk/gate_result.json", "{ not json");
    t.write("junk/unknown_whitelist.json", kWhitelist);
    QList<zip_test::Entry> entries = zipRun(4);
    entries.append({"inner.zip", zip_test::zipBytes(zipRun(5))});
    t.write("ci.zip", zip_test::zipBytes(entries));
}

// The parts of a dataset a load of these kinds is answerable for, as text.
QString partsOf(const Dataset &d, ArtifactKindSet kinds)
{
    Dataset parts;
    if (kinds.contains(ArtifactKind::BenchCandidate))
        parts.benchRuns = d.benchRuns;
    if (kinds.contains(ArtifactKind::InstallSeconds))
        parts.installRuns = d.installRuns;
    if (kinds.contains(ArtifactKind::GateResult))
        parts.gateRuns = d.gateRuns;
    if (kinds.contains(ArtifactKind::Whitelist))
        parts.whitelistPath = d.whitelistPath;
    if (kinds.contains(ArtifactKind::Baseline))
        parts.baselinePath = d.baselinePath;
    QString s = fingerprint(parts);           // counters left at zero: they differ by design
    for (const InstallRun &r : d.installRuns) // identity details fingerprint() leaves out
        if (kinds.contains(ArtifactKind::InstallSeconds))
            s += QStringLiteral("%1 %2\n").arg(r.identity.runId, r.identity.timestamp.toString());
    for (const GateRun &r : d.gateRuns)
        if (kinds.contains(ArtifactKind::GateResult))
            s += QStringLiteral("%1 %2\n").arg(r.identity.runId, r.identity.timestamp.toString());
    return s;
}

QStringList issueLines(const Dataset &d)
{
    QStringList lines;
    for (const ParseIssue &i : d.issues)
        lines.append(formatIssue(i));
    return lines;
}

Dataset loadKinds(const QString &source, ArtifactKindSet kinds)
{
    LoadOptions options;
    options.sources = {source};
    options.kinds = kinds;
    resetOpenedCounts();
    return loadSources(options);
}

// Opened counts per kind parsed from the CLI's "opened: bench=3 ..." lines (summed).
QMap<QString, int> openedFromStderr(const QByteArray &err)
{
    QMap<QString, int> counts;
    static const QRegularExpression line(QStringLiteral("^opened: (.*)$"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromUtf8(err)); it.hasNext();) {
        const QStringList pairs = it.next().captured(1).split(QLatin1Char(' '));
        for (const QString &pair : pairs)
            counts[pair.section(QLatin1Char('='), 0, 0)] +=
                pair.section(QLatin1Char('='), 1).toInt();
    }
    return counts;
}

// outDir: for `report`, which writes files; outside the source, or it would read them.
QStringList cliArgs(const QString &command, const QString &source, const QString &outDir)
{
    QStringList args = command.split(QLatin1Char(' '));
    if (command == QLatin1String("report"))
        return args << source << QStringLiteral("--out") << outDir << QStringLiteral("--no-charts");
    if (command == QLatin1String("compare"))
        args << QStringLiteral("--last") << QStringLiteral("2");
    return args << source << QStringLiteral("--json") << QStringLiteral("-");
}

} // namespace

class TestSourcesKinds : public QObject
{
    Q_OBJECT

private slots:
    void tableGivesEveryCommandItsKinds();
    void loadOpensOnlyItsKinds_data();
    void loadOpensOnlyItsKinds();
    void everyKindByDefault();
    void singleFileOfAnotherKindIsNotOpened();
    void cliCommandOpensOnlyItsKinds_data();
    void cliCommandOpensOnlyItsKinds();
};

void TestSourcesKinds::tableGivesEveryCommandItsKinds()
{
    using K = ArtifactKind;
    QCOMPARE(commandKindTable().size(), 5);
    for (const CommandKinds &c : commandKindTable()) {
        QVERIFY2(c.kinds.contains(K::RunMetadata) && c.kinds.contains(K::RunSidecar),
                 qPrintable(c.command)); // run identity and timestamps
        QVERIFY2(c.kinds != ArtifactKindSet::all(), qPrintable(c.command));
        QCOMPARE(kindsForCommand(c.command), c.kinds);
    }
    // A bench candidate and the install file are told apart by name: neither set holds
    // the other's kind.
    QVERIFY(!kindsForCommand("bench").contains(K::InstallSeconds));
    QVERIFY(!kindsForCommand("install").contains(K::BenchCandidate));
    QVERIFY(kindsForCommand("bench").contains(K::Baseline));
    QVERIFY(!kindsForCommand("compare").contains(K::Baseline));
    QVERIFY(kindsForCommand("rollout").contains(K::Whitelist));
    QCOMPARE(kindsForCommand("whitelist effect"), kindsForCommand("rollout"));
    QCOMPARE(kindsForCommand("report"), ArtifactKindSet::all());
}

void TestSourcesKinds::loadOpensOnlyItsKinds_data()
{
    QTest::addColumn<bool>("zipSource");
    QTest::addColumn<ArtifactKindSet>("kinds");
    for (const bool zip : {false, true})
        for (const CommandKinds &c : commandKindTable())
            QTest::addRow("%s %s", zip ? "zip" : "folder", qPrintable(c.command)) << zip << c.kinds;
}

void TestSourcesKinds::loadOpensOnlyItsKinds()
{
    QFETCH(bool, zipSource);
    QFETCH(ArtifactKindSet, kinds);
    Tree t;
    writeEveryKind(t);
    const QString source = zipSource ? t.at("ci.zip") : t.root();

    const Dataset all = loadKinds(source, ArtifactKindSet::all());
    const Dataset some = loadKinds(source, kinds);
    const OpenedCounts opened = openedCounts();

    for (ArtifactKind k : kReadKinds) {
        const bool inSource =
            !zipSource || (k != ArtifactKind::RunSidecar && k != ArtifactKind::Whitelist &&
                           k != ArtifactKind::Baseline);
        if (!kinds.contains(k))
            QVERIFY2(opened.of(k) == 0, qPrintable(opened.text()));
        else if (inSource)
            QVERIFY2(opened.of(k) > 0, qPrintable(opened.text()));
    }
    QCOMPARE(opened.of(ArtifactKind::Zip), 2); // ci.zip and the zip inside it
    QCOMPARE(partsOf(some, kinds), partsOf(all, kinds));
    QVERIFY(!partsOf(some, kinds).isEmpty());

    // Files not read raise nothing: every issue is one the full load has too, and none
    // names a file of a kind not asked for (the broken gate results, the stray whitelist).
    const QStringList allIssues = issueLines(all);
    for (const ParseIssue &i : some.issues) {
        QVERIFY2(allIssues.contains(formatIssue(i)), qPrintable(formatIssue(i)));
        QVERIFY2(kinds.contains(classifyArtifact(fileNameOf(i.path))), qPrintable(formatIssue(i)));
    }
    QVERIFY(some.counters.filesSkippedByKind > 0);
    QCOMPARE(all.counters.filesSkippedByKind, 0);
    QCOMPARE(some.counters.filesSeen, all.counters.filesSeen);
}

void TestSourcesKinds::everyKindByDefault()
{
    Tree t;
    writeEveryKind(t);
    resetOpenedCounts();
    const Dataset d = load({t.root()}); // LoadOptions as the GUI and `report` use it
    const OpenedCounts opened = openedCounts();
    for (ArtifactKind k : kReadKinds)
        QVERIFY2(opened.of(k) > 0, qPrintable(opened.text()));
    QCOMPARE(d.counters.filesSkippedByKind, 0);
    QVERIFY(hasIssue(d, "junk/unknown_whitelist.json", "not at the source root", Severity::Note));
}

void TestSourcesKinds::singleFileOfAnotherKindIsNotOpened()
{
    Tree t;
    t.write("gate_result.json", "{ not json");
    const Dataset d = loadKinds(t.at("gate_result.json"), kindsForCommand("bench"));
    QCOMPARE(openedCounts().of(ArtifactKind::GateResult), 0);
    QVERIFY2(d.issues.isEmpty(), qPrintable(issuesText(d)));
    QCOMPARE(d.counters.filesSkippedByKind, 1);
}

void TestSourcesKinds::cliCommandOpensOnlyItsKinds_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<ArtifactKindSet>("kinds");
    for (const CommandKinds &c : commandKindTable())
        QTest::newRow(qPrintable(c.command)) << c.command << c.kinds;
    QTest::newRow("report") << QStringLiteral("report") << ArtifactKindSet::all();
}

void TestSourcesKinds::cliCommandOpensOnlyItsKinds()
{
    QFETCH(QString, command);
    QFETCH(ArtifactKindSet, kinds);
    Tree t;
    writeEveryKind(t);
    const QMap<QString, QString> debug{{"GATEHOUSE_DEBUG_OPENED", "1"}};
    QTemporaryDir out;
    const cli_test::CliRun run = cli_test::runCli(cliArgs(command, t.root(), out.path()), debug);
    QVERIFY2(run.exitCode >= 0, run.err.constData());
    const QMap<QString, int> opened = openedFromStderr(run.err);
    QVERIFY2(!opened.isEmpty(), run.err.constData());
    for (ArtifactKind k : kReadKinds) {
        const int n = opened.value(artifactKindName(k), -1);
        QVERIFY2(kinds.contains(k) ? n > 0 : n == 0,
                 qPrintable(command + ": " + artifactKindName(k) + "=" + QString::number(n)));
    }

    // The same command loading every kind, as it did before: the same JSON, byte for byte.
    QMap<QString, QString> allKinds = debug;
    allKinds.insert("GATEHOUSE_DEBUG_ALL_KINDS", "1");
    const cli_test::CliRun full =
        cli_test::runCli(cliArgs(command, t.root(), out.path()), allKinds);
    QCOMPARE(run.exitCode, full.exitCode);
    QVERIFY2(!run.out.isEmpty(), run.err.constData());
    QCOMPARE(run.out, full.out);
    if (kinds != ArtifactKindSet::all()) // proof the switch loaded more
        QVERIFY(openedFromStderr(full.err) != opened);
}

QTEST_GUILESS_MAIN(TestSourcesKinds)
#include "test_sources_kinds.moc"
