// The history store's faults and schema (SPEC §12), on real back ends: a store of the
// first schema version migrated, a newer one refused, a corrupt SQLite file, a refused
// PostgreSQL connection, a disk that fills up while ingesting — each a clear error naming
// the store (exit 4), never a crash, never a half-written artifact. And the store URLs.
#include "HistoryTestSupport.h"
#include "history/StorePasswords.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace history_test;

class HistoryFaultsTest : public QObject, private HistoryFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    void migratesFromSchemaVersion1_data() { backends(); }
    void migratesFromSchemaVersion1()
    {
        QFETCH(QString, backend);
        REQUIRE_BACKEND(backend);
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
        REQUIRE_BACKEND(backend);
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
        const QByteArray newer = "schema version 99, newer than this Gatehouse reads (" +
                                 QByteArray::number(HistoryStore::kSchemaVersion) + ")";
        QVERIFY2(report.err.contains(newer), report.err.constData());
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

    // A store that opens but fails part way through the read (here its files table is
    // gone, as a damaged page or a dropped connection would leave it): no analysis runs
    // on what was read before the failure; the command exits 4 naming the store.
    void storeFailingPartWayStopsTheCommand()
    {
        const QString url = newStore(QStringLiteral("sqlite"));
        ingestOk({m_demo}, url);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
            db.setDatabaseName(url.mid(int(qstrlen("sqlite:"))));
            QVERIFY(db.open());
            QSqlQuery drop(db);
            QVERIFY2(drop.exec(QStringLiteral("DROP TABLE files")),
                     qPrintable(drop.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
        const QString out = m_tmp.filePath(QStringLiteral("partway"));
        const auto report = runCli(reportArgs({url}, out));
        QCOMPARE(report.exitCode, 4);
        QVERIFY2(report.err.contains(url.toUtf8()), report.err.constData());
        QVERIFY2(!QFileInfo::exists(out + QStringLiteral("/report.json")),
                 "a report was written from part of the store");
        const auto bench =
            runCli({QStringLiteral("bench"), url, QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(bench.exitCode, 4);
    }

    // A password in a store text never reaches a message, a parse issue or the settings
    // form of the text, whether the text parses or not (an option libpq knows but the store
    // does not, a stray '#', a bad port, libpq's password= option).
    void passwordNeverShown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("parses") << "postgresql://op:s3cret@127.0.0.1:1/h";
        QTest::addRow("unknown option") << "postgresql://op:s3cret@127.0.0.1:1/h?sslmode=require";
        QTest::addRow("stray hash") << "postgresql://op:s3#cret@127.0.0.1:1/h";
        QTest::addRow("bad port") << "postgresql://op:s3cret@127.0.0.1:port/h";
        QTest::addRow("password option") << "postgresql://op@127.0.0.1:1/h?password=s3cret";
    }
    void passwordNeverShown()
    {
        QFETCH(QString, text);
        QString error;
        const auto url = parseStoreUrl(text, &error);
        QVERIFY2(!error.contains(QLatin1String("cret")), qPrintable(error));
        if (url)
            QVERIFY(!url->display().contains(QLatin1String("cret")));
        QVERIFY2(!withoutPassword(text).contains(QLatin1String("cret")),
                 qPrintable(withoutPassword(text)));
        QVERIFY(!storeSourceForSettings(text).contains(QLatin1String("cret")));
        const auto report = runCli(reportArgs({text}, m_tmp.filePath(QStringLiteral("pw"))));
        QVERIFY(report.exitCode != 0);
        QVERIFY2(!report.err.contains("cret") && !report.out.contains("cret"),
                 report.err.constData());
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
        // A typo in the scheme is refused by name, never taken for a folder or a path.
        QTest::addRow("scheme typo, postgres") << "postgresq://op@db.example/history"
                                               << "";
        QTest::addRow("scheme typo, sqlite") << "sqlit:/x/h.sqlite"
                                             << "";
        QTest::addRow("file with a filter") << "/x/h.sqlite?from=2026-09-20"
                                            << "sqlite:/x/h.sqlite?from=2026-09-20";
        QTest::addRow("date with slashes") << "sqlite:/x/h.sqlite?from=2026/09/20"
                                           << "";
        QTest::addRow("home") << "sqlite:~/h.sqlite"
                              << QStringLiteral("sqlite:") + QDir::homePath() +
                                     QStringLiteral("/h.sqlite");
    }
    void storeUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, display);
        QString error;
        const auto url = parseStoreUrl(text, &error);
        QCOMPARE(url ? url->display() : QString(), display);
        QCOMPARE(error.isEmpty(), !display.isEmpty());
        QVERIFY(looksLikeStoreUrl(text)); // so a SOURCE or --store value reaches the parser
    }
};

QTEST_GUILESS_MAIN(HistoryFaultsTest)
#include "test_history_faults.moc"
