// The history store against real back ends (SPEC §12): SQLite files, and a PostgreSQL
// server started for the test (PgTestServer.h). Every row runs on both; analyses from a
// store must equal those from the folders, byte for byte; ingests are idempotent, may run
// at once, and may be killed. Faults and migrations: test_history_faults.cpp.
#include "HistoryTestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>

using namespace history_test;

class HistoryTest : public QObject, private HistoryFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    void analysesEqualTheFolders_data() { backends(); }
    void analysesEqualTheFolders()
    {
        QFETCH(QString, backend);
        REQUIRE_BACKEND(backend);
        const QString url = newStore(backend);
        ingestOk({m_demo}, url);
        const QString fromFolder = m_tmp.filePath(backend + QStringLiteral("-folder"));
        const QString fromStore = m_tmp.filePath(backend + QStringLiteral("-store"));
        QCOMPARE(runCli(reportArgs({m_demo}, fromFolder)).exitCode, 0);
        const auto run = runCli(reportArgs({url}, fromStore));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto expected = folderBytes(fromFolder);
        QVERIFY(expected.contains(QStringLiteral("report.json")));
        QCOMPARE(folderBytes(fromStore), expected);
        // compare reads a store too.
        const QStringList compare{QStringLiteral("compare"),
                                  QStringLiteral("--last"),
                                  QStringLiteral("10"),
                                  QStringLiteral("--rules"),
                                  kRules,
                                  QStringLiteral("--json"),
                                  QStringLiteral("-")};
        const auto folderCompare = runCli(QStringList(compare) << m_demo);
        const auto storeCompare = runCli(QStringList(compare) << url);
        QCOMPARE(storeCompare.exitCode, folderCompare.exitCode);
        QVERIFY(!folderCompare.out.isEmpty());
        QCOMPARE(storeCompare.out, folderCompare.out);
    }

    void storeMixedWithFolders_data() { backends(); }
    void storeMixedWithFolders()
    {
        QFETCH(QString, backend);
        REQUIRE_BACKEND(backend);
        // Bench artifacts in the store, everything else in a folder beside it.
        const QString benchDir = m_tmp.filePath(backend + QStringLiteral("-bench"));
        const QString restDir = m_tmp.filePath(backend + QStringLiteral("-rest"));
        auto isBench = [](const QString &rel) { return rel.startsWith(QLatin1String("bench-")); };
        copyTree(m_demo, benchDir, isBench);
        copyTree(m_demo, restDir, [&](const QString &rel) { return !isBench(rel); });
        const QString url = newStore(backend);
        ingestOk({benchDir}, url);
        const QString a = m_tmp.filePath(backend + QStringLiteral("-mixed-folders"));
        const QString b = m_tmp.filePath(backend + QStringLiteral("-mixed-store"));
        // The rules file sits in the rest folder: name it first in both.
        QCOMPARE(runCli(reportArgs({restDir, benchDir}, a)).exitCode, 0);
        const auto run = runCli(reportArgs({restDir, url}, b));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(folderBytes(b), folderBytes(a));
    }

    void storeLoadReportsProgressAndCancels()
    {
        const QString url = newStore(QStringLiteral("sqlite"));
        ingestOk({m_demo}, url);
        LoadOptions options;
        options.sources = {url};
        int calls = 0;
        options.progress = [&](int, int) {
            ++calls;
            return true;
        };
        bool cancelled = true;
        const Dataset full = loadSources(options, &cancelled);
        QVERIFY(!cancelled);
        QVERIFY(calls > 0);
        // Cancelled at the first report: the store stops being read, at most a batch in.
        // (Other units than the first load's: that one left a snapshot to decode instead.)
        options.benchUnits = {QStringLiteral("allocs/op")};
        options.progress = [](int, int) { return false; };
        const Dataset part = loadSources(options, &cancelled);
        QVERIFY(cancelled);
        QVERIFY(part.benchRuns.size() + part.gateRuns.size() <
                full.benchRuns.size() + full.gateRuns.size());
    }

    // A filter selects runs: a gate result has no html_url of its own, its run's metadata
    // does, and the run's gate result is read with it (before, none was: the rollout gate
    // had no runs under a repository filter).
    void repositoryFilterKeepsWholeRuns()
    {
        const QString url = newStore(QStringLiteral("sqlite"));
        ingestOk({m_demo}, url);
        LoadOptions options;
        options.sources = {url};
        const Dataset all = loadSources(options);
        options.sources = {url + QStringLiteral("?repository=tracecore/tracecore")};
        const Dataset one = loadSources(options);
        QVERIFY2(one.gateRuns.size() >= 40, qPrintable(QString::number(one.gateRuns.size())));
        QVERIFY(one.gateRuns.size() <= all.gateRuns.size());
        options.sources = {url + QStringLiteral("?repository=someone/else")};
        QCOMPARE(loadSources(options).gateRuns.size(), 0);
    }

    void ingestTwiceAddsNothing_data() { backends(); }
    void ingestTwiceAddsNothing()
    {
        QFETCH(QString, backend);
        REQUIRE_BACKEND(backend);
        const QString url = newStore(backend);
        const auto first =
            runCli({QStringLiteral("ingest"), m_demo, QStringLiteral("--store"), url});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QStringList once = contents(url);
        QVERIFY(once.size() > 100);
        const auto second =
            runCli({QStringLiteral("ingest"), m_demo, QStringLiteral("--store"), url});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY2(second.out.contains("artifacts added 0, skipped (already stored) "),
                 second.out.constData());
        QVERIFY(second.out.contains("skipped bench-detectors-raw-9182736400 (run 9182736400, "
                                    "2 files): already stored"));
        QCOMPARE(contents(url), once);
    }

    void editedFileLoadsItsLatestVersion_data() { backends(); }
    void editedFileLoadsItsLatestVersion()
    {
        QFETCH(QString, backend);
        REQUIRE_BACKEND(backend);
        // The whitelist changes between two ingests of the same folder: both versions are
        // kept, the load reads the newer, as the folder now holds it.
        const QString dir = m_tmp.filePath(backend + QStringLiteral("-edited"));
        copyTree(m_demo, dir, [](const QString &) { return true; });
        const QString url = newStore(backend);
        ingestOk({dir}, url);
        const QStringList before = contents(url);
        cli_test::writeFile(dir + QStringLiteral("/unknown_whitelist.json"),
                            R"({"version": 1, "classes": [{"reason": "flaky_test",
                                "owner": "ci", "review_by": "2027-01-31",
                                "justification": "retried upstream"}]})");
        ingestOk({dir}, url);
        QCOMPARE(contents(url).size(), before.size() + 1);
        const QString fromFolder = m_tmp.filePath(backend + QStringLiteral("-edited-folder"));
        const QString fromStore = m_tmp.filePath(backend + QStringLiteral("-edited-store"));
        QCOMPARE(runCli(reportArgs({dir}, fromFolder)).exitCode, 0);
        const auto run = runCli(reportArgs({url}, fromStore));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto expected = folderBytes(fromFolder);
        QVERIFY(expected.value(QStringLiteral("rollout_series_v1.md")).contains("flaky_test"));
        QCOMPARE(folderBytes(fromStore), expected);
    }

    void concurrentIngestsLoseNothing_data() { backends(); }
    void concurrentIngestsLoseNothing()
    {
        QFETCH(QString, backend);
        REQUIRE_BACKEND(backend);
        const QString many = manyRuns();
        const QString clean = newStore(backend);
        ingestOk({many, m_demo}, clean);
        // Two ingests at once, overlapping (both hold the demo) and each with its own part.
        const QString url = newStore(backend);
        QProcess a, b;
        a.start(QStringLiteral(GATEHOUSE_CLI),
                {QStringLiteral("ingest"), many, m_demo, QStringLiteral("--store"), url});
        b.start(QStringLiteral(GATEHOUSE_CLI),
                {QStringLiteral("ingest"), m_demo, many, QStringLiteral("--store"), url});
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        QCOMPARE(contents(url), contents(clean));
    }

    void killedIngestThenRepeated_data() { backends(); }
    void killedIngestThenRepeated()
    {
        QFETCH(QString, backend);
        REQUIRE_BACKEND(backend);
        const QString many = manyRuns();
        const QString clean = newStore(backend);
        QElapsedTimer timer;
        timer.start();
        ingestOk({many}, clean);
        const qint64 cleanMs = std::max<qint64>(timer.elapsed(), 20);
        const QStringList expected = contents(clean);
        for (int attempt = 0; attempt < 3; ++attempt) {
            const QString url = newStore(backend);
            QProcess p;
            p.start(QStringLiteral(GATEHOUSE_CLI),
                    {QStringLiteral("ingest"), many, QStringLiteral("--store"), url});
            QVERIFY(p.waitForStarted());
            const int delay = QRandomGenerator::global()->bounded(int(cleanMs));
            QTest::qWait(delay);
            if (p.state() != QProcess::NotRunning) {
                p.kill(); // SIGKILL
                QVERIFY(p.waitForFinished(30000));
            }
            // Readable and consistent as it is...
            QString error;
            const QStringList partial = contents(url);
            // (killed before it created the store file: there is nothing to read yet)
            const bool notCreated =
                partial.size() == 1 && partial.first().endsWith(QLatin1String("no such file"));
            QVERIFY2(notCreated || partial.isEmpty() ||
                         !partial.first().startsWith(QLatin1String("cannot")),
                     qPrintable(partial.value(0)));
            for (const QString &line : partial)
                QVERIFY2(expected.contains(line) || line.startsWith(QLatin1String("cannot")),
                         qPrintable(line));
            if (!partial.isEmpty() && !partial.first().startsWith(QLatin1String("cannot")))
                QVERIFY2(wholeArtifactsOnly(partial, &error), qPrintable(error));
            // ...and the same as one clean ingest once repeated.
            ingestOk({many}, url);
            QCOMPARE(contents(url), expected);
        }
    }
};

QTEST_GUILESS_MAIN(HistoryTest)
#include "test_history.moc"
