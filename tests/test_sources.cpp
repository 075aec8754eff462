// The source layer on folders (SPEC §1): layouts, run identity, run order, duplicates,
// bench merging, whitelist/baseline choice, determinism, progress, the embedded demo.
// Symlinks, FIFOs and bad files: test_sources_fs. Zips: test_sources_zip.
#include "SourcesTestSupport.h"

#include <QTest>
#include <QTimeZone>

using namespace gatehouse;
using namespace gatehouse::sources_test;

class TestSources : public QObject
{
    Q_OBJECT

private slots:
    void ghRunDownloadLayout();
    void runIdentity_data();
    void runIdentity();
    void runOrder_data();
    void runOrder();
    void duplicateRunIds_data();
    void duplicateRunIds();
    void duplicatesAmongOtherRuns();
    void benchFilesMergedPerRun();
    void sourceOrderDoesNotMatter();
    void whitelistAndBaselineChoice();
    void progressAndCancel();
    void demoResource();
};

void TestSources::ghRunDownloadLayout()
{
    const QString root = kFixtures + QStringLiteral("gh-layout");
    const Dataset d = load({root});
    QVERIFY2(d.issues.isEmpty(), qPrintable(issuesText(d)));

    QCOMPARE(runIds(d.benchRuns), (QStringList{"9182736455", "9182736490"}));
    const BenchRun &first = d.benchRuns.first();
    QCOMPARE(first.identity.path, QStringLiteral("bench-detectors-raw-9182736455/bench.txt"));
    QCOMPARE(first.identity.sourceKey, QFileInfo(root).canonicalFilePath());
    QCOMPARE(first.identity.timestamp,
             QDateTime(QDate(2026, 9, 1), QTime(10, 0), QTimeZone::utc()));
    QVERIFY(!d.benchRuns.last().identity.timestamp.isValid()); // no metadata.json beside it
    QCOMPARE(first.samplesMap().size(), 2);

    QCOMPARE(runIds(d.installRuns), (QStringList{"9182736455", "9182736490"}));
    QVERIFY(d.installRuns.first().metadata);
    QCOMPARE(d.installRuns.first().metadata->headBranch, QStringLiteral("main"));
    QCOMPARE(d.installRuns.first().seconds, qint64(245));
    QVERIFY(!d.installRuns.last().metadata);
    QCOMPARE(d.installRuns.last().seconds, qint64(260));

    QCOMPARE(runIds(d.gateRuns), QStringList{"9182736455"});
    QVERIFY(d.whitelist);
    QCOMPARE(d.whitelistPath, QFileInfo(root).canonicalFilePath() + "/unknown_whitelist.json");
    QVERIFY(d.baseline);

    // README.md and build.log (text without benchmark lines) are seen but ignored.
    QCOMPARE(d.counters.filesSeen, 11);
    QCOMPARE(d.counters.filesIgnored, 2);
    QCOMPARE(d.counters.filesUsed, 9);
    QCOMPARE(d.counters.zipsRead, 0);
}

void TestSources::runIdentity_data()
{
    QTest::addColumn<QString>("artifact"); // relative path of the artifact file
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("metadataAt"); // relative path of a metadata.json, or empty
    QTest::addColumn<QByteArray>("metadataContent");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<QString>("expectedTime");

    const QByteArray seconds("200\n");
    const QByteArray meta = metadata("555", "2026-09-02T08:00:00Z");
    QTest::addRow("gate_result run_id") << "gate-result-12/gate_result.json" << gate("99")
                                        << QString() << QByteArray() << "99" << QString();
    QTest::addRow("gate_result run_id beats metadata")
        << "gate-result-12/gate_result.json" << gate("99", 0, "2026-09-03T00:00:00Z")
        << "gate-result-12/metadata.json" << meta << "99"
        << "2026-09-03T00:00:00Z";
    QTest::addRow("gate_result without run_id takes metadata")
        << "gate-result-12/gate_result.json" << gate(QString()) << "gate-result-12/metadata.json"
        << meta << "555"
        << "2026-09-02T08:00:00Z";
    QTest::addRow("install metadata run_id")
        << "helm-install-duration-12/install_to_ready_seconds.txt" << seconds
        << "helm-install-duration-12/metadata.json" << meta << "555"
        << "2026-09-02T08:00:00Z";
    QTest::addRow("bench metadata run_id and time")
        << "bench-12/bench.txt" << bench(3) << "bench-12/metadata.json" << meta << "555"
        << "2026-09-02T08:00:00Z";
    QTest::addRow("metadata without run_id gives only the time")
        << "bench-12/bench.txt" << bench(3) << "bench-12/metadata.json"
        << metadata(QString(), "2026-09-02T08:00:00Z") << "12"
        << "2026-09-02T08:00:00Z";
    QTest::addRow("metadata of another folder does not apply")
        << "bench-12/bench.txt" << bench(3) << "bench-13/metadata.json" << meta << "12"
        << QString();
    QTest::addRow("digits of the artifact folder")
        << "bench-detectors-raw-9182736455/bench.txt" << bench(3) << QString() << QByteArray()
        << "9182736455" << QString();
    QTest::addRow("nearest folder with digits wins")
        << "run-88/bench-7/out/bench.out" << bench(3) << QString() << QByteArray() << "7"
        << QString();
    QTest::addRow("outer folder digits") << "ci/run-88/artifacts/bench.log" << bench(3) << QString()
                                         << QByteArray() << "88" << QString();
    QTest::addRow("fallback to the path") << "bench/results.txt" << bench(3) << QString()
                                          << QByteArray() << "bench/results.txt" << QString();
    QTest::addRow("file at the root")
        << "install_to_ready_seconds.txt" << seconds << QString() << QByteArray()
        << "install_to_ready_seconds.txt" << QString();
}

void TestSources::runIdentity()
{
    QFETCH(QString, artifact);
    QFETCH(QByteArray, content);
    QFETCH(QString, metadataAt);
    QFETCH(QByteArray, metadataContent);
    QFETCH(QString, expectedId);
    QFETCH(QString, expectedTime);

    Tree tree;
    tree.write(artifact, content);
    if (!metadataAt.isEmpty())
        tree.write(metadataAt, metadataContent);
    const Dataset d = load({tree.root()});
    QVERIFY2(d.issues.isEmpty(), qPrintable(issuesText(d)));
    QList<RunIdentity> identities;
    for (const BenchRun &r : d.benchRuns)
        identities.append(r.identity);
    for (const InstallRun &r : d.installRuns)
        identities.append(r.identity);
    for (const GateRun &r : d.gateRuns)
        identities.append(r.identity);
    QCOMPARE(identities.size(), 1);
    QCOMPARE(identities.first().runId, expectedId);
    QCOMPARE(formatTimestamp(identities.first().timestamp), expectedTime);
    QCOMPARE(identities.first().path, artifact);
}

void TestSources::runOrder_data()
{
    // Install runs as "folder-id|created_at" (empty created_at: metadata without one).
    QTest::addColumn<QStringList>("runs");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("by timestamp when all have one")
        << QStringList{"100|2026-09-01T00:00:00Z", "9|2026-09-03T00:00:00Z",
                       "10|2026-09-02T00:00:00Z"}
        << QStringList{"100", "10", "9"};
    QTest::addRow("by id when one lacks a timestamp")
        << QStringList{"100|2026-09-01T00:00:00Z", "9|", "10|2026-09-02T00:00:00Z"}
        << QStringList{"9", "10", "100"};
    QTest::addRow("numeric before non-numeric, numerically")
        << QStringList{"abc|", "10|", "9|", "0099|", "x1y|"}
        << QStringList{"9", "10", "0099", "abc", "x1y"};
}

void TestSources::runOrder()
{
    QFETCH(QStringList, runs);
    QFETCH(QStringList, expected);

    Tree tree;
    for (const QString &run : runs) {
        const QString id = run.section('|', 0, 0);
        const QString folder = QStringLiteral("install-") + id;
        tree.write(folder + "/install_to_ready_seconds.txt", "100");
        tree.write(folder + "/metadata.json", metadata(id, run.section('|', 1)));
    }
    const Dataset d = load({tree.root()});
    QVERIFY2(d.issues.isEmpty(), qPrintable(issuesText(d)));
    QCOMPARE(runIds(d.installRuns), expected);
}

void TestSources::duplicateRunIds_data()
{
    // Two results for run 42 in folders a-42 and b-42: which one is kept.
    QTest::addColumn<bool>("gateKind");
    QTest::addColumn<int>("attemptA");
    QTest::addColumn<QString>("timeA");
    QTest::addColumn<int>("attemptB");
    QTest::addColumn<QString>("timeB");
    QTest::addColumn<QString>("keptFolder");
    QTest::addColumn<QString>("reason");

    for (bool gateKind : {false, true}) {
        const char *k = gateKind ? "gate" : "install";
        QTest::addRow("%s: higher attempt", k)
            << gateKind << 2 << "2026-09-01T00:00:00Z" << 1 << "2026-09-05T00:00:00Z"
            << "a-42"
            << "higher run_attempt";
        QTest::addRow("%s: later timestamp", k)
            << gateKind << 1 << "2026-09-01T00:00:00Z" << 1 << "2026-09-05T00:00:00Z"
            << "b-42"
            << "later timestamp";
        QTest::addRow("%s: later timestamp first", k)
            << gateKind << 1 << "2026-09-05T00:00:00Z" << 1 << "2026-09-01T00:00:00Z"
            << "a-42"
            << "later timestamp";
        QTest::addRow("%s: later path", k)
            << gateKind << 1 << "2026-09-01T00:00:00Z" << 1 << "2026-09-01T00:00:00Z"
            << "b-42"
            << "later path";
    }
}

void TestSources::duplicateRunIds()
{
    QFETCH(bool, gateKind);
    QFETCH(int, attemptA);
    QFETCH(QString, timeA);
    QFETCH(int, attemptB);
    QFETCH(QString, timeB);
    QFETCH(QString, keptFolder);
    QFETCH(QString, reason);

    Tree tree;
    const QString file = gateKind ? "gate_result.json" : "install_to_ready_seconds.txt";
    for (const auto &[folder, attempt, time] :
         {std::tuple{QStringLiteral("a-42"), attemptA, timeA},
          std::tuple{QStringLiteral("b-42"), attemptB, timeB}}) {
        if (gateKind) {
            tree.write(folder + "/" + file, gate("42", attempt, time));
        } else {
            tree.write(folder + "/" + file, "300");
            tree.write(folder + "/metadata.json", metadata("42", time, attempt));
        }
    }
    const Dataset d = load({tree.root()});
    const QString keptPath = keptFolder + "/" + file;
    const QString otherPath = (keptFolder == "a-42" ? "b-42/" : "a-42/") + file;
    const QString kept =
        (gateKind ? d.gateRuns.value(0).identity.path : d.installRuns.value(0).identity.path)
                   .toString();
    QCOMPARE(gateKind ? d.gateRuns.size() : d.installRuns.size(), 1);
    QCOMPARE(kept, keptPath);
    QCOMPARE(d.issues.size(), 1);
    QVERIFY2(hasIssue(d, otherPath, keptPath + " is used instead (" + reason + ")", Severity::Note),
             qPrintable(issuesText(d)));
}

// Duplicates between other runs: the kept ones close up in place, whichever position the
// winner had, and every loser names it.
void TestSources::duplicatesAmongOtherRuns()
{
    Tree tree;
    tree.write("a-2/gate_result.json", gate("2", 1, "2026-09-02T00:00:00Z"));
    tree.write("b-1/gate_result.json", gate("1", 1, "2026-09-01T00:00:00Z"));
    tree.write("c-2/gate_result.json", gate("2", 3, "2026-09-02T00:00:00Z"));
    tree.write("d-3/gate_result.json", gate("3", 1, "2026-09-03T00:00:00Z"));
    tree.write("e-2/gate_result.json", gate("2", 2, "2026-09-02T00:00:00Z"));
    const Dataset d = load({tree.root()});
    QStringList kept;
    for (const GateRun &run : d.gateRuns)
        kept << run.identity.path.toString();
    QCOMPARE(kept,
             (QStringList{"b-1/gate_result.json", "c-2/gate_result.json", "d-3/gate_result.json"}));
    QCOMPARE(d.issues.size(), 2);
    for (const char *loser : {"a-2/gate_result.json", "e-2/gate_result.json"})
        QVERIFY2(hasIssue(d, QLatin1String(loser),
                          "c-2/gate_result.json is used instead (higher run_attempt)",
                          Severity::Note),
                 qPrintable(issuesText(d)));
}

void TestSources::benchFilesMergedPerRun()
{
    Tree tree;
    tree.write("bench-7/b.txt", bench(5, "Secrets", "XEON"));
    tree.write("bench-7/a.txt", bench(3) + "BenchmarkSecrets-4 --- FAIL: boom\n");
    tree.write("bench-7/sub/c.out", bench(4));
    tree.write("bench-7/sub/metadata.json", metadata("7", "2026-09-01T00:00:00Z"));
    const Dataset d = load({tree.root()});
    QCOMPARE(d.benchRuns.size(), 1);
    const BenchRun &run = d.benchRuns.first();
    QCOMPARE(run.files, (QStringList{"bench-7/a.txt", "bench-7/b.txt", "bench-7/sub/c.out"}));
    QCOMPARE(run.identity.path, QStringLiteral("bench-7/a.txt"));
    QCOMPARE(formatTimestamp(run.identity.timestamp), QStringLiteral("2026-09-01T00:00:00Z"));
    const DetectorKey key{QStringLiteral("example.com/det"), QStringLiteral("Secrets")};
    QCOMPARE(run.samplesMap().value(key).value(QStringLiteral("allocs/op")),
             (QVector<double>{3, 5, 4})); // files in path order
    QCOMPARE(run.machines.size(), 2);     // EPYC and XEON, unioned
    int failures = 0;
    for (int n : run.failures)
        failures += n;
    QCOMPARE(failures, 1);
}

void TestSources::sourceOrderDoesNotMatter()
{
    Tree a, b;
    for (Tree *t : {&a, &b}) {
        t->write("bench-7/bench.txt", bench(t == &a ? 3 : 4)); // same run id in both
        t->write("install-8/install_to_ready_seconds.txt", t == &a ? "100" : "200");
        t->write("gate-9/gate_result.json", gate("9", 1, "2026-09-01T00:00:00Z"));
        t->write("unknown_whitelist.json", R"({"classes": []})");
        t->write("broken-10/gate_result.json", "{");
    }
    const QString fa = fingerprint(load({a.root(), b.root()}));
    const QString fb = fingerprint(load({b.root(), a.root()}));
    QCOMPARE(fa, fb);
    // Repeated loads give the same answer whatever the thread timing.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(fingerprint(load({b.root(), a.root(), b.root()})), fa);
}

void TestSources::whitelistAndBaselineChoice()
{
    Tree a, b;
    const QByteArray wl(R"({"version": 1, "classes": [{"reason": "flaky"}]})");
    a.write("unknown_whitelist.json", wl);
    a.write("artifact-1/unknown_whitelist.json", wl); // not at the root
    a.write("x/baselines.json", R"({"Secrets": 12})");
    b.write("unknown_whitelist.json", wl);
    b.write("a/baselines.json", R"({"Secrets": 13})");
    const Dataset d = load({a.root(), b.root()});
    QVERIFY(d.whitelist);
    const QString firstRoot = std::min(a.root(), b.root());
    QCOMPARE(d.whitelistPath, firstRoot + "/unknown_whitelist.json");
    QCOMPARE(d.baselinePath, b.root() + "/a/baselines.json"); // "a/..." sorts before "x/..."
    QVERIFY(hasIssue(d, "unknown_whitelist.json", "another unknown_whitelist.json is used",
                     Severity::Warning));
    QVERIFY(hasIssue(d, "x/baselines.json", "another baselines.json is used", Severity::Warning));
    QVERIFY(
        hasIssue(d, "artifact-1/unknown_whitelist.json", "not at the source root", Severity::Note));
    QCOMPARE(d.issues.size(), 3);
}

void TestSources::progressAndCancel()
{
    Tree tree;
    for (int i = 0; i < 20; ++i)
        tree.write(QStringLiteral("install-%1/install_to_ready_seconds.txt").arg(i), "100");
    LoadOptions options;
    options.sources = {tree.root()};
    QList<QPair<int, int>> calls;
    options.progress = [&](int done, int total) {
        calls.append({done, total});
        return true;
    };
    bool cancelled = true;
    const Dataset d = loadSources(options, &cancelled);
    QVERIFY(!cancelled);
    QCOMPARE(d.installRuns.size(), 20);
    // Progress counts parts of the load (batches of files or folders), ending at all done.
    QVERIFY(!calls.isEmpty());
    QVERIFY(calls.last().second >= 1);
    QCOMPARE(calls.last().first, calls.last().second);
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);

    options.progress = [](int, int) { return false; };
    const Dataset stopped = loadSources(options, &cancelled);
    QVERIFY(cancelled);
    QVERIFY(stopped.installRuns.size() <= 20);
}

void TestSources::demoResource()
{
    const QString demo = demoSourcePath();
    QCOMPARE(demo, QStringLiteral(":/demo"));
    if (!QFileInfo(demo).isDir())
        QSKIP("the demo set is not embedded yet");
    const Dataset d = load({demo});
    QVERIFY(!d.benchRuns.isEmpty());
    QVERIFY(!d.installRuns.isEmpty());
    QVERIFY(!d.gateRuns.isEmpty());
    QVERIFY(d.whitelist);
    QVERIFY(d.benchRuns.first().identity.path.toString().startsWith("bench-"));
    QCOMPARE(d.benchRuns.first().identity.sourceKey, demo);
}

QTEST_GUILESS_MAIN(TestSources)
#include "test_sources.moc"
