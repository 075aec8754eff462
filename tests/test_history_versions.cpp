// Which stored version of an artifact a load reads, and artifacts that cannot be stored
// whole (docs/history.md, "Versions of an artifact"). Every row runs on SQLite and on a
// real PostgreSQL server where it concerns the store's statements.
#include "HistoryTestSupport.h"
#include "ZipTestSupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <unistd.h>

using namespace history_test;

namespace {

QByteArray benchText(int allocs)
{
    QByteArray text = "goos: linux\ngoarch: amd64\npkg: example.com/x/detectors\n";
    for (int i = 0; i < 10; ++i)
        text += "BenchmarkOpenatDetector-4 \t 1000000\t 514.6 ns/op\t 736 B/op\t " +
                QByteArray::number(allocs) + " allocs/op\n";
    return text + "PASS\n";
}

QByteArray metadata(const QString &runId, const QString &createdAt)
{
    return QStringLiteral("{\"run_id\": %1, \"created_at\": \"%2\"}\n")
        .arg(runId, createdAt)
        .toUtf8();
}

// Run ids of a load of the sources, in run order.
QStringList benchRunIds(const QStringList &sources)
{
    LoadOptions options;
    options.sources = sources;
    bool cancelled = false;
    const Dataset data = loadSources(options, &cancelled);
    QStringList ids;
    for (const BenchRun &run : data.benchRuns)
        ids.append(run.identity.runId);
    return ids;
}

} // namespace

class HistoryVersionsTest : public QObject, private HistoryFixture
{
    Q_OBJECT

private slots:
    // The hash every stored file is kept with (OpenSSL's) is SHA-256 as Qt computes it.
    void fileHashIsSha256_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("one byte") << QByteArray("x");
        QTest::addRow("a block and a bit") << QByteArray(65, 'a');
        QTest::addRow("a megabyte") << QByteArray(1 << 20, '\xff');
    }
    void fileHashIsSha256()
    {
        QFETCH(QByteArray, data);
        QCOMPARE(sha256Hex(data),
                 QString::fromLatin1(
                     QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(sha256Hex(data).size(), 64);
    }

    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    // A → B → A again: the store reads A, as the folder now holds it.
    void revertedContentLoadsAgain_data() { backends(); }
    void revertedContentLoadsAgain()
    {
        QFETCH(QString, backend);
        REQUIRE_BACKEND(backend);
        const QString dir = m_tmp.filePath(backend + QStringLiteral("-reverted"));
        copyTree(m_demo, dir, [](const QString &) { return true; });
        const QString whitelist = dir + QStringLiteral("/unknown_whitelist.json");
        QFile original(whitelist);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray first = original.readAll();
        original.close();
        const QString url = newStore(backend);
        ingestOk({dir}, url);
        cli_test::writeFile(whitelist, R"({"version": 1, "classes": [{"reason": "reverted_marker",
                                "owner": "ci", "review_by": "2027-01-31",
                                "justification": "retried upstream"}]})");
        ingestOk({dir}, url);
        cli_test::writeFile(whitelist, first);
        ingestOk({dir}, url);
        const QString fromFolder = m_tmp.filePath(backend + QStringLiteral("-reverted-folder"));
        const QString fromStore = m_tmp.filePath(backend + QStringLiteral("-reverted-store"));
        QCOMPARE(runCli(reportArgs({dir}, fromFolder)).exitCode, 0);
        const auto run = runCli(reportArgs({url}, fromStore));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto expected = folderBytes(fromFolder);
        QVERIFY(
            !expected.value(QStringLiteral("rollout_series_v1.md")).contains("reverted_marker"));
        QCOMPARE(folderBytes(fromStore), expected);
    }

    // One artifact folder re-used run after run (the run id only in its metadata.json):
    // every run ingested is read back, each on its own, as folders side by side would be.
    void runsAtOnePathAllLoad_data() { backends(); }
    void runsAtOnePathAllLoad()
    {
        QFETCH(QString, backend);
        REQUIRE_BACKEND(backend);
        const QString dir = m_tmp.filePath(backend + QStringLiteral("-reused"));
        const QString url = newStore(backend);
        const QList<std::pair<QString, int>> runs{
            {QStringLiteral("1001"), 9}, {QStringLiteral("1002"), 12}, {QStringLiteral("1003"), 9}};
        int day = 1;
        for (const auto &[id, allocs] : runs) {
            cli_test::writeFile(dir + QStringLiteral("/bench-results/bench.txt"),
                                benchText(allocs));
            cli_test::writeFile(dir + QStringLiteral("/bench-results/metadata.json"),
                                metadata(id, QStringLiteral("2026-11-0%1T10:00:00Z").arg(day++)));
            ingestOk({dir}, url);
        }
        QCOMPARE(benchRunIds({url}), (QStringList{QStringLiteral("1001"), QStringLiteral("1002"),
                                                  QStringLiteral("1003")}));
        // The allocations analysis sees three runs' samples, not one run's three times.
        const auto bench =
            runCli({QStringLiteral("bench"), url, QStringLiteral("--runs"), QStringLiteral("3"),
                    QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(bench.out.contains("\"runs\": 3,") && bench.out.contains("\"samples\": 30,"),
                 bench.out.constData());
    }

    // A zip with two entries of one name cannot be stored as it is: that artifact fails
    // with its reason, every other is stored, and a retry fails the same way.
    void zipWithTwoEntriesOfOneName()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("twin-zip"));
        QByteArray zip = zip_test::zipBytes({{QStringLiteral("bench1.txt"), benchText(9)},
                                             {QStringLiteral("bench2.txt"), benchText(10)}});
        zip.replace("bench2.txt", "bench1.txt"); // same length: offsets stay valid
        cli_test::writeFile(dir + QStringLiteral("/bench-detectors-raw-77.zip"), zip);
        cli_test::writeFile(dir + QStringLiteral("/bench-detectors-raw-78/bench.txt"),
                            benchText(9));
        const QString url = newStore(QStringLiteral("sqlite"));
        for (int attempt = 0; attempt < 2; ++attempt) {
            const auto run =
                runCli({QStringLiteral("ingest"), dir, QStringLiteral("--store"), url});
            QCOMPARE(run.exitCode, 4);
            QVERIFY2(run.err.contains("bench-detectors-raw-77.zip/bench1.txt: not stored: the zip "
                                      "holds two entries of this name"),
                     run.err.constData());
            QVERIFY2(run.out.contains(attempt == 0 ? "added   bench-detectors-raw-78"
                                                   : "skipped bench-detectors-raw-78"),
                     run.out.constData());
        }
        QCOMPARE(benchRunIds({url}), QStringList{QStringLiteral("78")});
    }

    // A folder of an artifact that cannot be listed: the artifact is not stored (it would
    // pass for whole without those files); the others are.
    void unlistableFolderFailsItsArtifact()
    {
        if (!canRunAsNobody())
            QSKIP("running as root without setpriv: cannot make a folder unlistable");
        const QString dir = m_tmp.filePath(QStringLiteral("unlistable"));
        cli_test::writeFile(dir + QStringLiteral("/bench-detectors-raw-81/bench.txt"),
                            benchText(9));
        cli_test::writeFile(dir + QStringLiteral("/bench-detectors-raw-82/bench.txt"),
                            benchText(9));
        cli_test::writeFile(dir + QStringLiteral("/bench-detectors-raw-82/extra/more.txt"),
                            benchText(9));
        const QString store = m_tmp.filePath(QStringLiteral("unlistable-store"));
        QVERIFY(QDir().mkpath(store));
        const QString url = QStringLiteral("sqlite:") + store + QStringLiteral("/h.sqlite");
        const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                              QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString &path : {m_tmp.path(), store})
            QVERIFY(QFile::setPermissions(path, everyone));
        const QString locked = dir + QStringLiteral("/bench-detectors-raw-82/extra");
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ExeOwner | QFileDevice::ExeOther));
        const auto run =
            runCliAsNobody({QStringLiteral("ingest"), dir, QStringLiteral("--store"), url});
        QFile::setPermissions(locked, everyone);
        const QByteArray &err = run.err;
        const QByteArray &out = run.out;
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(err.contains("bench-detectors-raw-82: not stored: a folder of it cannot be "
                              "listed"),
                 err.constData());
        QVERIFY2(out.contains("added   bench-detectors-raw-81"), out.constData());
        QVERIFY2(!out.contains("bench-detectors-raw-82"), out.constData());
        QCOMPARE(benchRunIds({url}), QStringList{QStringLiteral("81")});
    }
};

QTEST_GUILESS_MAIN(HistoryVersionsTest)
#include "test_history_versions.moc"
