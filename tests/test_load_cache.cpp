// Incremental reload (issue 10, item 3): a load given a LoadCache re-reads only files that
// are new or whose size or mtime changed, and gives exactly what a fresh load gives. Opens
// are counted through the loader's test hook (OpenedFiles.h), never timed.
#include "SourcesTestSupport.h"
#include "ZipTestSupport.h"
#include "report/GateReport.h"
#include "sources/FolderStamps.h"
#include "sources/OpenedFiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>
#include <functional>
#include <sys/stat.h>
#include <utime.h>

using namespace gatehouse;
using namespace gatehouse::sources_test;

namespace {

int totalOpened()
{
    int total = 0;
    for (int n : openedCounts().byKind)
        total += n;
    return total;
}

// Every analysis' JSON plus everything the loader reports: equal text, equal result.
QByteArray everything(const Dataset &d)
{
    const GateReport report = analyzeAll(d, ReportOptions{});
    return QJsonDocument(reportToJson(report)).toJson() + fingerprint(d).toUtf8() +
           QByteArray::number(d.counters.filesSeen) + ' ' +
           QByteArray::number(d.counters.filesUsed) + ' ' +
           QByteArray::number(d.counters.filesIgnored) + ' ' +
           QByteArray::number(d.counters.zipsRead);
}

void writeRun(const Tree &t, int n)
{
    const QString id = QString::number(7000 + n);
    const QString at = QStringLiteral("2026-02-%1T10:00:00Z").arg(10 + n);
    const QString folder = QStringLiteral("run-%1").arg(7000 + n);
    t.write(folder + "/bench.txt", bench(100 + n));
    t.write(folder + "/install_to_ready_seconds.txt", QByteArray::number(60 + n) + '\n');
    t.write(folder + "/gate_result.json", gate(id, 1, at, 0.01 * n));
    t.write(folder + "/metadata.json", metadata(id, at));
}

// Moves a file's mtime one second back, so a rewrite of the same size still shows.
void ageFile(const QString &path)
{
    struct stat st;
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    struct utimbuf times
    {
        st.st_atime - 10, st.st_mtime - 10
    };
    QVERIFY(::utime(QFile::encodeName(path).constData(), &times) == 0);
}

using Change = std::function<void(const Tree &)>;

void addChanges(bool statOnly)
{
    const char *how = statOnly ? "stat only" : "walk";
    QTest::addRow("%s, nothing changed", how)
        << Change([](const Tree &) {}) << 0 << false << statOnly;
    QTest::addRow("%s, touched, same content", how)
        << Change([](const Tree &t) { ageFile(t.at("run-7001/bench.txt")); }) << 1 << true
        << statOnly;
    QTest::addRow("%s, bench rewritten, same size", how) << Change([](const Tree &t) {
        t.write("run-7002/bench.txt", bench(109)); // 102 -> 109: same length
        ageFile(t.at("run-7002/bench.txt"));
    }) << 1 << true << statOnly;
    QTest::addRow("%s, install appended", how) << Change([](const Tree &t) {
        QFile f(t.at("run-7003/install_to_ready_seconds.txt"));
        QVERIFY(f.open(QIODevice::Append));
        f.write("garbage\n");
    }) << 1 << true << statOnly;
    QTest::addRow("%s, gate result deleted", how)
        << Change([](const Tree &t) { QVERIFY(QFile::remove(t.at("run-7004/gate_result.json"))); })
        << 0 << true << statOnly;
    QTest::addRow("%s, run added", how)
        << Change([](const Tree &t) { writeRun(t, 9); }) << 4 << true << statOnly;
    QTest::addRow("%s, metadata changed", how) << Change([](const Tree &t) {
        t.write("run-7001/metadata.json", metadata("7101", "2026-03-01T10:00:00Z"));
    }) << 1 << true << statOnly;
    QTest::addRow("%s, zip rewritten", how) << Change([](const Tree &t) {
        t.write("ci.zip", zip_test::zipBytes(
                              {{"bench.txt", bench(300)}, {"gate_result.json", gate("7200", 1)}}));
        ageFile(t.at("ci.zip"));
    }) << 3 << true << statOnly; // the zip and its two entries
    QTest::addRow("%s, whitelist rewritten", how)
        << Change([](const Tree &t) { t.write("unknown_whitelist.json", "{ broken"); }) << 1 << true
        << statOnly;
}

} // namespace

class TestLoadCache : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { setFolderTrustDelayForTests(1000000000); }

    // Every change twice: seen by the walk (folders changed too recently to trust their
    // times, as right after artifacts land) and by the stat-only check (FolderStamps.h).
    void reloadEqualsFreshLoad_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<int>("reopened");  // files the reload must open
        QTest::addColumn<bool>("changed");  // what sourcesChanged says before the reload
        QTest::addColumn<bool>("statOnly"); // the check trusts the folders' times
        for (const bool statOnly : {false, true})
            addChanges(statOnly);
    }

    void recentFoldersAreListedAgain()
    {
        Tree t;
        writeRun(t, 1);
        LoadOptions options;
        options.sources = {t.root()};
        options.cache = std::make_shared<LoadCache>();
        setFolderTrustDelayForTests(qint64(3600) * 1000000000); // changed within the hour
        loadSources(options);
        QVERIFY(!options.cache->checksWithoutListing());
        QVERIFY(!options.cache->sourcesChanged(options));
        setFolderTrustDelayForTests(0);
        loadSources(options); // unchanged: the cache's own result, no new listing
        QVERIFY(!options.cache->checksWithoutListing());
        options.cache->clear();
        loadSources(options);
        QVERIFY(options.cache->checksWithoutListing());
        QVERIFY(!options.cache->sourcesChanged(options));
    }

    void reloadEqualsFreshLoad()
    {
        QFETCH(Change, change);
        QFETCH(int, reopened);
        QFETCH(bool, changed);
        QFETCH(bool, statOnly);
        Tree t;
        for (int n = 1; n <= 5; ++n)
            writeRun(t, n);
        t.write("ci.zip", zip_test::zipBytes({{"bench.txt", bench(200)}}));
        t.write("unknown_whitelist.json", R"({"version": 1, "classes": [{"reason": "flaky"}]})");
        t.write("baselines.json", R"({"Secrets": 102})");

        setFolderTrustDelayForTests(statOnly ? 0 : qint64(3600) * 1000000000);
        LoadOptions options;
        options.sources = {t.root()};
        options.cache = std::make_shared<LoadCache>();
        const Dataset first = loadSources(options);
        QCOMPARE(first.counters.filesReused, 0);
        QCOMPARE(options.cache->fileCount(), 23); // 5 runs x 4, zip, whitelist, baseline
        QCOMPARE(options.cache->checksWithoutListing(), statOnly);
        QVERIFY(!options.cache->sourcesChanged(options));
        QTest::qWait(50); // past the file system's timestamp tick: the change moves the times

        change(t);
        QCOMPARE(options.cache->sourcesChanged(options), changed);
        resetOpenedCounts();
        const Dataset reloaded = loadSources(options);
        QCOMPARE(totalOpened(), reopened);

        LoadOptions fresh = options;
        fresh.cache.reset();
        const Dataset expected = loadSources(fresh);
        QCOMPARE(everything(reloaded), everything(expected));
        QVERIFY(!options.cache->sourcesChanged(options));
    }

    void otherOptionsDoNotUseTheCache()
    {
        Tree t;
        writeRun(t, 1);
        LoadOptions options;
        options.sources = {t.root()};
        options.cache = std::make_shared<LoadCache>();
        loadSources(options);
        LoadOptions benchOnly = options;
        benchOnly.benchUnits = {QStringLiteral("allocs/op")};
        QVERIFY(options.cache->sourcesChanged(benchOnly));
        resetOpenedCounts();
        const Dataset d = loadSources(benchOnly);
        QCOMPARE(d.counters.filesReused, 0);
        QCOMPARE(totalOpened(), 4);
        options.cache->clear();
        QCOMPARE(options.cache->fileCount(), 0);
        QVERIFY(options.cache->sourcesChanged(benchOnly));
    }
};

QTEST_GUILESS_MAIN(TestLoadCache)
#include "test_load_cache.moc"
