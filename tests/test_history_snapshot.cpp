// Load snapshots of a history store (docs/history.md, "Load snapshots"): the second load
// of an unchanged store with the same options decodes what the first made, and must give
// exactly what parsing every stored file gives; anything that changes what a load would
// read makes it parse again. Rows on SQLite and on a real PostgreSQL server.
#include "HistoryTestSupport.h"
#include "sources/CommandKinds.h"
#include "sources/DatasetCodec.h"
#include "sources/StoreSnapshot.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace history_test;

namespace {

const QMap<QString, QString> kDebug{
    {QStringLiteral("GATEHOUSE_DEBUG_OPENED"), QStringLiteral("1")}};

// "used U, written W" from a CLI run's debug line.
QString snapshotLine(const cli_test::CliRun &run)
{
    for (const QByteArray &line : run.err.split('\n'))
        if (line.startsWith("load snapshot: "))
            return QString::fromUtf8(line.mid(15));
    return QStringLiteral("(no snapshot line)");
}

struct Load
{
    QByteArray encoded; // the whole Dataset, exactly
    SnapshotCounts counts;
};

Load load(const QString &store, ArtifactKindSet kinds = ArtifactKindSet::all(),
          const QStringList &units = {})
{
    LoadOptions options;
    options.sources = {store};
    options.kinds = kinds;
    options.benchUnits = units;
    resetSnapshotCounts();
    const Dataset data = loadSources(options);
    return {encodeDataset(data), snapshotCounts()};
}

// Runs one statement on a SQLite store directly (to damage or age its snapshots).
void sqliteExec(const QString &url, const QString &statement)
{
    const QString path = url.mid(int(qstrlen("sqlite:")));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class HistorySnapshotTest : public QObject, private HistoryFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    // The CLI as a user runs it: the second report decodes the snapshot, and both equal
    // the report from the folder byte for byte.
    void secondReportEqualsTheFolders_data() { backends(); }
    void secondReportEqualsTheFolders()
    {
        QFETCH(QString, backend);
        REQUIRE_BACKEND(backend);
        const QString url = newStore(backend);
        ingestOk({m_demo}, url);
        const QString fromFolder = m_tmp.filePath(backend + QStringLiteral("-snap-folder"));
        QCOMPARE(runCli(reportArgs({m_demo}, fromFolder)).exitCode, 0);
        const auto expected = folderBytes(fromFolder);
        QVERIFY(expected.contains(QStringLiteral("report.json")));
        const QStringList lines{QStringLiteral("used 0, written 1"),
                                QStringLiteral("used 1, written 0"),
                                QStringLiteral("used 1, written 0")};
        for (int i = 0; i < lines.size(); ++i) {
            const QString out = m_tmp.filePath(backend + QStringLiteral("-snap-store%1").arg(i));
            const auto run = runCli(reportArgs({url}, out), kDebug);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QCOMPARE(snapshotLine(run), lines.at(i));
            QCOMPARE(folderBytes(out), expected);
        }
    }

    // In process, the whole Dataset: decoded equals parsed, for each command's options
    // (each keeps a snapshot of its own).
    void decodedEqualsParsed_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("kindsCase");
        for (const char *backend : {"sqlite", "postgresql"}) {
            QTest::addRow("%s all kinds", backend) << QString::fromLatin1(backend) << 0;
            QTest::addRow("%s bench allocs/op", backend) << QString::fromLatin1(backend) << 1;
            QTest::addRow("%s install", backend) << QString::fromLatin1(backend) << 2;
        }
    }
    void decodedEqualsParsed()
    {
        QFETCH(QString, backend);
        QFETCH(int, kindsCase);
        REQUIRE_BACKEND(backend);
        const QString url = newStore(backend);
        ingestOk({m_demo}, url);
        const ArtifactKindSet kinds = kindsCase == 0   ? ArtifactKindSet::all()
                                      : kindsCase == 1 ? kindsForCommand(QStringLiteral("bench"))
                                                       : kindsForCommand(QStringLiteral("install"));
        const QStringList units =
            kindsCase == 1 ? QStringList{QStringLiteral("allocs/op")} : QStringList();
        const Load parsed = load(url, kinds, units);
        QCOMPARE(parsed.counts.used, 0);
        QCOMPARE(parsed.counts.written, 1);
        QVERIFY(parsed.encoded.size() > 100);
        const Load decoded = load(url, kinds, units);
        QCOMPARE(decoded.counts.used, 1);
        QCOMPARE(decoded.encoded, parsed.encoded);
        // Other options never take this snapshot.
        const Load other = load(url, kindsForCommand(QStringLiteral("rollout")), {});
        QCOMPARE(other.counts.used, 0);
    }

    // Anything that changes what a load reads makes it parse again: a new version of an
    // artifact, and the old one ingested again (which makes it the latest once more).
    void changedStoreParsesAgain_data() { backends(); }
    void changedStoreParsesAgain()
    {
        QFETCH(QString, backend);
        REQUIRE_BACKEND(backend);
        const QString dir = m_tmp.filePath(backend + QStringLiteral("-snap-edited"));
        copyTree(m_demo, dir, [](const QString &) { return true; });
        const QString whitelist = dir + QStringLiteral("/unknown_whitelist.json");
        QFile original(whitelist);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        const QString url = newStore(backend);
        ingestOk({dir}, url);
        const Load first = load(url);
        QCOMPARE(load(url).counts.used, 1);

        cli_test::writeFile(whitelist, R"({"version": 1, "classes": [{"reason": "flaky_test",
                                "owner": "ci", "review_by": "2027-01-31"}]})");
        ingestOk({dir}, url);
        const Load edited = load(url);
        QCOMPARE(edited.counts.used, 0);
        QVERIFY(edited.encoded != first.encoded);
        QCOMPARE(load(url).counts.used, 1);

        cli_test::writeFile(whitelist, before); // reverted: the first version is the latest
        ingestOk({dir}, url);
        const Load reverted = load(url);
        QCOMPARE(reverted.counts.used, 0);
        QCOMPARE(reverted.encoded, first.encoded);
        // And as the user sees it: the report equals the folder's.
        const QString a = m_tmp.filePath(backend + QStringLiteral("-snap-reverted-folder"));
        const QString b = m_tmp.filePath(backend + QStringLiteral("-snap-reverted-store"));
        QCOMPARE(runCli(reportArgs({dir}, a)).exitCode, 0);
        const auto run = runCli(reportArgs({url}, b), kDebug);
        QCOMPARE(snapshotLine(run), QStringLiteral("used 1, written 0"));
        QCOMPARE(folderBytes(b), folderBytes(a));
    }

    // Ingesting the same folder again adds nothing and changes nothing a load reads: the
    // snapshot stays good (an artifact is renewed only where a later version hides it).
    void reingestKeepsTheSnapshot_data() { backends(); }
    void reingestKeepsTheSnapshot()
    {
        QFETCH(QString, backend);
        REQUIRE_BACKEND(backend);
        const QString url = newStore(backend);
        ingestOk({m_demo}, url);
        const Load first = load(url);
        QCOMPARE(first.counts.written, 1);
        ingestOk({m_demo}, url);
        const Load again = load(url);
        QCOMPARE(again.counts.used, 1);
        QCOMPARE(again.encoded, first.encoded);
    }

    // A filter is part of what a load reads: each filter its own snapshot.
    void filtersKeepTheirOwn()
    {
        const QString url = newStore(QStringLiteral("sqlite"));
        ingestOk({m_demo}, url);
        const Load all = load(url);
        const Load narrow = load(url + QStringLiteral("?from=2026-09-20"));
        QCOMPARE(narrow.counts.used, 0);
        QVERIFY(narrow.encoded != all.encoded);
        QCOMPARE(load(url + QStringLiteral("?from=2026-09-20")).encoded, narrow.encoded);
        QCOMPARE(load(url).counts.used, 1);
    }

    // A snapshot that does not decode, or that another build wrote, is passed over: the
    // load parses, and writes its own in its place.
    void damagedOrForeignSnapshotIsPassedOver_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addRow("cut short")
            << "UPDATE load_snapshots SET content = substr(content, 1, 1000)";
        QTest::addRow("bytes changed")
            << "UPDATE load_snapshots SET content = zeroblob(length(content))";
        QTest::addRow("another build") << "UPDATE load_snapshots SET fingerprint = 'other'";
        QTest::addRow("other versions") << "UPDATE load_snapshots SET versions_digest = 'x'";
    }
    void damagedOrForeignSnapshotIsPassedOver()
    {
        QFETCH(QString, statement);
        const QString url = newStore(QStringLiteral("sqlite"));
        ingestOk({m_demo}, url);
        const Load first = load(url);
        sqliteExec(url, statement);
        const Load again = load(url);
        QCOMPARE(again.counts.used, 0);
        QCOMPARE(again.counts.written, 1);
        QCOMPARE(again.encoded, first.encoded);
        QCOMPARE(load(url).counts.used, 1);
    }

    // Cancelling a load that a snapshot answers says it was cancelled, like any other.
    void cancelledOnTheSnapshotPath()
    {
        const QString url = newStore(QStringLiteral("sqlite"));
        ingestOk({m_demo}, url);
        load(url);
        LoadOptions options;
        options.sources = {url};
        options.progress = [](int, int) { return false; };
        resetSnapshotCounts();
        bool cancelled = false;
        loadSources(options, &cancelled);
        QCOMPARE(snapshotCounts().used, 1);
        QVERIFY(cancelled);
    }

    // Mixed with a folder, a store is parsed (a snapshot stands for a store alone).
    void storeWithFolderTakesNoSnapshot()
    {
        const QString url = newStore(QStringLiteral("sqlite"));
        ingestOk({m_demo}, url);
        load(url);
        LoadOptions options;
        const QString empty = m_tmp.filePath(QStringLiteral("snap-empty"));
        QVERIFY(QDir().mkpath(empty));
        options.sources = {empty, url};
        resetSnapshotCounts();
        loadSources(options);
        QCOMPARE(snapshotCounts().used, 0);
        QCOMPARE(snapshotCounts().written, 0);
    }
};

QTEST_GUILESS_MAIN(HistorySnapshotTest)
#include "test_history_snapshot.moc"
