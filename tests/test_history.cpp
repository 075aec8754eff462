// The history store against real back ends (SPEC §12): SQLite files, and a PostgreSQL
// server started for the test (PgTestServer.h). Every row runs on both; analyses from a
// store must equal those from the folders, byte for byte.
#include "CliTestSupport.h"
#include "PgTestServer.h"
#include "history/ArtifactCollector.h"
#include "history/HistoryStore.h"
#include "sources/Loader.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace gatehouse;
using cli_test::runCli;

namespace {

const QString kRules = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo/gatehouse.toml");

QStringList reportArgs(const QStringList &sources, const QString &out)
{
    return QStringList{QStringLiteral("report")} + sources +
           QStringList{QStringLiteral("--rules"),
                       kRules,
                       QStringLiteral("--today"),
                       QStringLiteral("2026-12-01"),
                       QStringLiteral("--no-charts"),
                       QStringLiteral("--out"),
                       out};
}

// Every file of a folder, by relative path.
QMap<QString, QByteArray> folderBytes(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        files.insert(QDir(dir).relativeFilePath(path), f.readAll());
    }
    return files;
}

void copyTree(const QString &from, const QString &to, const std::function<bool(QString)> &take)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(from).relativeFilePath(path);
        if (!take(rel))
            continue;
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        cli_test::writeFile(to + QLatin1Char('/') + rel, f.readAll());
    }
}

// A few hundred artifacts of some size: an ingest that takes long enough to be killed
// in the middle.
void writeManyRuns(const QString &dir, int runs)
{
    QByteArray lines;
    for (int i = 0; i < 200; ++i)
        lines += "BenchmarkOpenatDetector-4   \t 1000000\t      514.6 ns/op\t     736 B/op\t"
                 "       9 allocs/op\n";
    for (int r = 0; r < runs; ++r) {
        const QString id = QString::number(9300000000ll + r);
        cli_test::writeFile(dir + QStringLiteral("/bench-detectors-raw-%1/bench.txt").arg(id),
                            "goos: linux\npkg: example.com/x/detectors\n" + lines);
        cli_test::writeFile(
            dir + QStringLiteral("/helm-install-%1/install_to_ready_seconds.txt").arg(id),
            QByteArray::number(200 + r % 50) + "\n");
    }
}

// Every artifact in a contents() listing has all its files: the count it was stored with
// equals the file lines present (a half-written artifact would have fewer).
bool wholeArtifactsOnly(const QStringList &lines, QString *problem)
{
    QMap<QString, QPair<int, int>> counts; // key -> (file_count, files present)
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char(' '));
        if (f.size() < 6) {
            *problem = line;
            return false;
        }
        auto &c = counts[f.at(0)];
        c.first = f.at(3).toInt();
        c.second += f.at(4).isEmpty() ? 0 : 1;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it->first != it->second) {
            *problem = QStringLiteral("artifact %1: %2 of %3 files")
                           .arg(it.key())
                           .arg(it->second)
                           .arg(it->first);
            return false;
        }
    return true;
}

} // namespace

class HistoryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<pg_test::PgTestServer> m_pg;
    QString m_demo; // a copy of the embedded demo on disk
    int m_databases = 0;

    QString newStore(const QString &backend)
    {
        const QString name = QStringLiteral("store%1").arg(++m_databases);
        if (backend == QLatin1String("sqlite"))
            return QStringLiteral("sqlite:") + m_tmp.filePath(name + QStringLiteral(".sqlite"));
        return m_pg->newDatabaseUrl(name);
    }

    void requireBackend(const QString &backend)
    {
        if (backend == QLatin1String("postgresql") && !m_pg->isRunning())
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server: ") + m_pg->problem()));
    }

    static QStringList contents(const QString &url)
    {
        QString error;
        const auto parsed = parseStoreUrl(url, &error);
        HistoryStore store;
        if (!parsed || !store.open(*parsed, HistoryStore::OpenMode::MustExist, &error))
            return {QStringLiteral("cannot open: ") + error};
        return store.contentsSummary(&error);
    }

    static void ingestOk(const QStringList &sources, const QString &url)
    {
        const auto run = runCli(QStringList{QStringLiteral("ingest")} + sources +
                                QStringList{QStringLiteral("--store"), url});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::addRow("sqlite") << QStringLiteral("sqlite");
        QTest::addRow("postgresql") << QStringLiteral("postgresql");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pg = std::make_unique<pg_test::PgTestServer>();
        if (!m_pg->isRunning())
            qWarning("PostgreSQL rows will be skipped: %s", qPrintable(m_pg->problem()));
        m_demo = m_tmp.filePath(QStringLiteral("demo"));
        copyTree(demoSourcePath(), m_demo, [](const QString &) { return true; });
    }

    void cleanupTestCase() { m_pg.reset(); }

    void analysesEqualTheFolders_data() { backends(); }
    void analysesEqualTheFolders()
    {
        QFETCH(QString, backend);
        requireBackend(backend);
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
        requireBackend(backend);
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

    void ingestTwiceAddsNothing_data() { backends(); }
    void ingestTwiceAddsNothing()
    {
        QFETCH(QString, backend);
        requireBackend(backend);
        const QString url = newStore(backend);
        const auto first =
            runCli({QStringLiteral("ingest"), m_demo, QStringLiteral("--store"), url});
        QCOMPARE(first.exitCode, 0);
        const QStringList once = contents(url);
        QVERIFY(once.size() > 100);
        const auto second =
            runCli({QStringLiteral("ingest"), m_demo, QStringLiteral("--store"), url});
        QCOMPARE(second.exitCode, 0);
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
        requireBackend(backend);
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
        requireBackend(backend);
        const QString many = m_tmp.filePath(QStringLiteral("many"));
        if (!QFileInfo::exists(many))
            writeManyRuns(many, 300);
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
        requireBackend(backend);
        const QString many = m_tmp.filePath(QStringLiteral("many"));
        if (!QFileInfo::exists(many))
            writeManyRuns(many, 300);
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

    void migratesFromSchemaVersion1_data() { backends(); }
    void migratesFromSchemaVersion1()
    {
        QFETCH(QString, backend);
        requireBackend(backend);
        const QString url = newStore(backend);
        QString error;
        const auto parsed = parseStoreUrl(url, &error);
        QVERIFY(parsed);
        {
            HistoryStore v1;
            QVERIFY2(v1.open(*parsed, HistoryStore::OpenMode::CreateIfMissing, &error, 1),
                     qPrintable(error));
            QCOMPARE(v1.schemaVersion(), 1);
        }
        // What version 1 stored, written with version 1's own columns.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(backend == QLatin1String("sqlite") ? QStringLiteral("QSQLITE")
                                                                         : QStringLiteral("QPSQL"),
                                      QStringLiteral("v1"));
        if (backend == QLatin1String("sqlite")) {
            db.setDatabaseName(parsed->path);
        } else {
            db.setDatabaseName(parsed->database);
            db.setHostName(parsed->host);
            db.setUserName(parsed->user);
        }
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        ParseIssues issues;
        int failed = 0;
        int withUrl = 0;
        collectArtifacts(
            {m_demo},
            [&](StoredArtifact &&a) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "INSERT INTO artifacts (artifact_key, run_id, name, content_hash, origin, "
                    "file_count, ingested_at, created_at, html_url) VALUES (?,?,?,?,?,?,?,?,?)"));
                for (const QVariant &v :
                     {QVariant(a.key()), QVariant(a.runId + QStringLiteral("")), QVariant(a.name),
                      QVariant(a.contentHash()), QVariant(a.origin), QVariant(int(a.files.size())),
                      QVariant(QStringLiteral("2026-01-01")),
                      a.run.createdAt.isValid() ? QVariant(formatTimestamp(a.run.createdAt))
                                                : QVariant(QMetaType(QMetaType::QString)),
                      a.run.htmlUrl.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                              : QVariant(a.run.htmlUrl)})
                    q.addBindValue(v);
                withUrl += a.run.htmlUrl.isEmpty() ? 0 : 1;
                if (!q.exec())
                    qFatal("%s", qPrintable(q.lastError().text()));
                for (const StoredFile &f : std::as_const(a.files)) {
                    QSqlQuery fq(db);
                    fq.prepare(QStringLiteral("INSERT INTO files (artifact_key, path, at_root, "
                                              "size, sha256, content) VALUES (?,?,?,?,?,?)"));
                    for (const QVariant &v :
                         {QVariant(a.key()), QVariant(f.path), QVariant(f.atRoot ? 1 : 0),
                          QVariant(qint64(f.content.size())), QVariant(f.sha256),
                          QVariant(f.content)})
                        fq.addBindValue(v);
                    if (!fq.exec())
                        qFatal("%s", qPrintable(fq.lastError().text()));
                }
                return true;
            },
            issues, &failed);
        QCOMPARE(failed, 0);
        QVERIFY(withUrl > 0);
        // Opening it (here: a report reading it) migrates it; the analyses are unchanged.
        const QString fromFolder = m_tmp.filePath(backend + QStringLiteral("-v1-folder"));
        const QString fromStore = m_tmp.filePath(backend + QStringLiteral("-v1-store"));
        QCOMPARE(runCli(reportArgs({m_demo}, fromFolder)).exitCode, 0);
        const auto run = runCli(reportArgs({url}, fromStore));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(folderBytes(fromStore), folderBytes(fromFolder));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), HistoryStore::kSchemaVersion);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM artifacts WHERE repository = "
                                      "'tracecore/tracecore'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), withUrl);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    }

    void newerSchemaIsRefused_data() { backends(); }
    void newerSchemaIsRefused()
    {
        QFETCH(QString, backend);
        requireBackend(backend);
        const QString url = newStore(backend);
        ingestOk({m_demo}, url);
        const QStringList before = contents(url);
        {
            QString error;
            const auto parsed = parseStoreUrl(url, &error);
            HistoryStore store;
            QVERIFY(store.open(*parsed, HistoryStore::OpenMode::MustExist, &error));
            QSqlDatabase db = QSqlDatabase::database(QSqlDatabase::connectionNames().constLast());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")),
                     qPrintable(q.lastError().text()));
        }
        const auto report = runCli(reportArgs({url}, m_tmp.filePath(QStringLiteral("newer"))));
        QCOMPARE(report.exitCode, 4);
        QVERIFY2(report.err.contains(url.toUtf8()), report.err.constData());
        QVERIFY2(report.err.contains("schema version 99, newer than this Gatehouse reads (2)"),
                 report.err.constData());
        const auto ingest =
            runCli({QStringLiteral("ingest"), m_demo, QStringLiteral("--store"), url});
        QCOMPARE(ingest.exitCode, 4);
        QVERIFY(ingest.err.contains("newer than this Gatehouse"));
    }

    void corruptSqliteFile()
    {
        const QString path = m_tmp.filePath(QStringLiteral("corrupt.sqlite"));
        cli_test::writeFile(path,
                            QByteArray("not a database, whatever the name says\n").repeated(200));
        const QByteArray before = folderBytes(m_tmp.path()).value(QStringLiteral("corrupt.sqlite"));
        const auto report = runCli(reportArgs({path}, m_tmp.filePath(QStringLiteral("corrupt"))));
        QCOMPARE(report.exitCode, 4);
        QVERIFY2(report.err.contains(("sqlite:" + path).toUtf8()), report.err.constData());
        QVERIFY2(report.err.contains("file is not a database"), report.err.constData());
        const auto ingest =
            runCli({QStringLiteral("ingest"), m_demo, QStringLiteral("--store"), path});
        QCOMPARE(ingest.exitCode, 4);
        QVERIFY(ingest.err.contains("file is not a database"));
        QCOMPARE(folderBytes(m_tmp.path()).value(QStringLiteral("corrupt.sqlite")), before);
        // A missing store is an error too, and is not created by a load.
        const QString missing = m_tmp.filePath(QStringLiteral("missing.sqlite"));
        QCOMPARE(runCli(reportArgs({missing}, m_tmp.filePath(QStringLiteral("m")))).exitCode, 4);
        QVERIFY(!QFileInfo::exists(missing));
    }

    void refusedPostgresConnection()
    {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        const QString url = QStringLiteral("postgresql://nobody@127.0.0.1:1/history");
        const auto report = runCli(reportArgs({url}, m_tmp.filePath(QStringLiteral("refused"))));
        QCOMPARE(report.exitCode, 4);
        QVERIFY2(report.err.contains(url.toUtf8()), report.err.constData());
        QVERIFY2(report.err.contains("cannot connect"), report.err.constData());
        const auto ingest = runCli({QStringLiteral("ingest"), m_demo, QStringLiteral("--store"),
                                    QStringLiteral("postgresql://nobody:s3cret@127.0.0.1:1/h")});
        QCOMPARE(ingest.exitCode, 4);
        QVERIFY(!ingest.err.contains("s3cret") && !ingest.out.contains("s3cret"));
    }

    void fullDiskWhileIngesting()
    {
        // A real write failure: the ingest runs under a file-size limit (ulimit -f, SIGXFSZ
        // ignored), so SQLite's writes fail with EFBIG part way, as on a full disk.
        const QString many = m_tmp.filePath(QStringLiteral("many"));
        if (!QFileInfo::exists(many))
            writeManyRuns(many, 300);
        const QString path = m_tmp.filePath(QStringLiteral("full.sqlite"));
        QProcess p;
        p.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("trap '' XFSZ; ulimit -f 1024; exec \"$0\" \"$@\""),
                 QStringLiteral(GATEHOUSE_CLI), QStringLiteral("ingest"), many,
                 QStringLiteral("--store"), path});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 4, err.constData());
        QVERIFY2(err.contains(("sqlite:" + path).toUtf8()), err.constData());
        // Only whole artifacts are in it, and a repeat without the limit completes it.
        const QString clean = newStore(QStringLiteral("sqlite"));
        ingestOk({many}, clean);
        const QStringList expected = contents(clean);
        const QStringList partial = contents(QStringLiteral("sqlite:") + path);
        QVERIFY(partial.size() < expected.size());
        QString problem;
        QVERIFY2(wholeArtifactsOnly(partial, &problem), qPrintable(problem));
        for (const QString &line : partial)
            QVERIFY2(expected.contains(line), qPrintable(line));
        ingestOk({many}, QStringLiteral("sqlite:") + path);
        QCOMPARE(contents(QStringLiteral("sqlite:") + path), expected);
    }

    void storeUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("display");
        QTest::addRow("sqlite prefix") << "sqlite:/x/h.sqlite"
                                       << "sqlite:/x/h.sqlite";
        QTest::addRow("sqlite file") << "/x/h.sqlite"
                                     << "sqlite:/x/h.sqlite";
        QTest::addRow("sqlite filter") << "sqlite:/x/h.sqlite?repository=acme/tc&from=2026-01-01"
                                       << "sqlite:/x/h.sqlite?repository=acme/tc&from=2026-01-01";
        QTest::addRow("postgres password hidden") << "postgresql://op:pw@db.example:5433/history"
                                                  << "postgresql://op@db.example:5433/history";
        QTest::addRow("postgres socket") << "postgresql://op@/history?host=/run/postgresql"
                                         << "postgresql://op@/history?host=/run/postgresql";
        QTest::addRow("bad date") << "sqlite:/x/h.sqlite?from=yesterday"
                                  << "";
        QTest::addRow("no database") << "postgresql://op@db.example"
                                     << "";
    }
    void storeUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, display);
        QString error;
        const auto url = parseStoreUrl(text, &error);
        QCOMPARE(url ? url->display() : QString(), display);
        QCOMPARE(error.isEmpty(), !display.isEmpty());
    }
};

QTEST_GUILESS_MAIN(HistoryTest)
#include "test_history.moc"
