// A store this process may not write is still read (docs/history.md, "Known limits" was
// "opening an older store migrates it"): a read-only SQLite file in a read-only folder,
// and a PostgreSQL role that may only SELECT — at the current schema version, and at an
// older one, which is then read as it is, never migrated. The report equals the
// folder's byte for byte; the store is left exactly as it was.
#include "HistoryTestSupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <unistd.h>

using namespace history_test;

namespace {

// Version 2 as a previous Gatehouse left it: the demo stored through version 2's schema.
void writeVersion2Store(const QString &url, const QString &demo)
{
    QString error;
    const auto parsed = parseStoreUrl(url, &error);
    QVERIFY(parsed);
    HistoryStore store;
    QVERIFY2(store.open(*parsed, HistoryStore::OpenMode::CreateIfMissing, &error, 2),
             qPrintable(error));
    QCOMPARE(store.schemaVersion(), 2);
    ParseIssues issues;
    int failed = 0;
    QVERIFY(store.begin(&error));
    collectArtifacts(
        {demo},
        [&](StoredArtifact &&a) { return store.add(a, &error) != HistoryStore::AddResult::Failed; },
        issues, &failed);
    QVERIFY2(store.commit(&error), qPrintable(error));
    QCOMPARE(failed, 0);
}

int versionOf(const QString &url)
{
    QString error;
    const auto parsed = parseStoreUrl(url, &error);
    HistoryStore store; // target version 1: the look itself must migrate nothing
    if (!parsed || !store.open(*parsed, HistoryStore::OpenMode::MustExist, &error, 1))
        return -1;
    return store.schemaVersion();
}

} // namespace

class HistoryReadOnlyTest : public QObject, private HistoryFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    void readOnlyStoreIsRead_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("version");
        for (const char *backend : {"sqlite", "postgresql"}) {
            QTest::addRow("%s, current schema", backend) << QString::fromLatin1(backend) << 0;
            QTest::addRow("%s, schema 2", backend) << QString::fromLatin1(backend) << 2;
        }
    }
    void readOnlyStoreIsRead()
    {
        QFETCH(QString, backend);
        QFETCH(int, version);
        REQUIRE_BACKEND(backend);
        const bool sqlite = backend == QLatin1String("sqlite");
        if (sqlite && !canRunAsNobody())
            QSKIP("running as root without setpriv: cannot make a file read-only");
        // The store in a folder of its own, for SQLite.
        const QString folder = m_tmp.filePath(backend + QStringLiteral("-ro%1").arg(version));
        QVERIFY(QDir().mkpath(folder));
        const QString url = sqlite
                                ? QStringLiteral("sqlite:") + folder + QStringLiteral("/h.sqlite")
                                : newStore(backend);
        if (version == 2) {
            writeVersion2Store(url, m_demo);
        } else {
            ingestOk({m_demo}, url);
        }
        const int before = versionOf(url);
        QCOMPARE(before, version == 2 ? 2 : HistoryStore::kSchemaVersion);

        QString readUrl = url;
        if (sqlite) {
            // Everyone may pass through the test's folder and write the report; nobody may
            // write the store or its folder.
            const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                             QFileDevice::ExeOwner | QFileDevice::ReadOther |
                             QFileDevice::WriteOther | QFileDevice::ExeOther;
            QVERIFY(QFile::setPermissions(m_tmp.path(), all));
            QVERIFY(QFile::setPermissions(folder + QStringLiteral("/h.sqlite"),
                                          QFileDevice::ReadOwner | QFileDevice::ReadOther));
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                      QFileDevice::ReadOther |
                                                      QFileDevice::ExeOther));
        } else {
            readUrl = grantSelectOnly(url);
            QVERIFY(!readUrl.isEmpty());
        }
        const QString fromFolder =
            m_tmp.filePath(backend + QStringLiteral("-ro-folder%1").arg(version));
        const QString fromStore =
            m_tmp.filePath(backend + QStringLiteral("-ro-store%1").arg(version));
        QCOMPARE(runCli(withReadableRules(reportArgs({m_demo}, fromFolder))).exitCode, 0);
        const QStringList args = withReadableRules(reportArgs({readUrl}, fromStore));
        const auto run = sqlite ? runCliAsNobody(args) : runCli(args);
        const QByteArray &err = run.err;
        QVERIFY2(run.exitCode == 0, err.constData());
        // An older store says that it was read as it is, and why it was not migrated.
        QCOMPARE(err.contains("note: history store "), version == 2);
        if (version == 2)
            QVERIFY2(err.contains("read as it is, at schema version 2 (not migrated: "),
                     err.constData());
        QCOMPARE(folderBytes(fromStore), folderBytes(fromFolder));
        // Left as it was: not migrated, and (SQLite) nothing made beside it.
        if (sqlite) {
            QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/h.sqlite-wal")));
            QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/h.sqlite-shm")));
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        }
        QCOMPARE(versionOf(url), before);
        if (sqlite) { // and an ingest into it says why it cannot
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                      QFileDevice::ReadOther |
                                                      QFileDevice::ExeOther));
            const auto ingest =
                runCliAsNobody({QStringLiteral("ingest"), m_demo, QStringLiteral("--store"), url});
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
            QCOMPARE(ingest.exitCode, 4);
            QVERIFY2(ingest.err.contains("cannot write: the file or its folder is read-only"),
                     ingest.err.constData());
        }
    }

    // A read-only copy with a write-ahead log but no -shm: SQLite cannot read the log
    // here, and the file alone lacks what was committed to it, so the load refuses it —
    // it never reads the file as if the log were not there.
    void readOnlyWithUnreadableLogIsRefused()
    {
        if (!canRunAsNobody())
            QSKIP("running as root without setpriv: cannot make a file read-only");
        const QString original = m_tmp.filePath(QStringLiteral("wal-original.sqlite"));
        const QString folder = m_tmp.filePath(QStringLiteral("wal-copy"));
        QVERIFY(QDir().mkpath(folder));
        ingestOk({m_demo}, QStringLiteral("sqlite:") + original);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal"));
            db.setDatabaseName(original);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE wal_probe (x INTEGER)")));
            // Copied while the connection holds the log: a commit in it, not yet in the file.
            QVERIFY(QFile::copy(original, folder + QStringLiteral("/h.sqlite")));
            QVERIFY(QFile::copy(original + QStringLiteral("-wal"),
                                folder + QStringLiteral("/h.sqlite-wal")));
            QVERIFY(QFileInfo(folder + QStringLiteral("/h.sqlite-wal")).size() > 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("wal"));
        const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(m_tmp.path(), all));
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(folder + QStringLiteral("/h.sqlite"), readOnly));
        QVERIFY(QFile::setPermissions(folder + QStringLiteral("/h.sqlite-wal"), readOnly));
        QVERIFY(QFile::setPermissions(folder,
                                      readOnly | QFileDevice::ExeOwner | QFileDevice::ExeOther));
        const QStringList args = withReadableRules(
            reportArgs({QStringLiteral("sqlite:") + folder + QStringLiteral("/h.sqlite")},
                       m_tmp.filePath(QStringLiteral("wal-report"))));
        const auto run = runCliAsNobody(args);
        const QByteArray &err = run.err;
        QFile::setPermissions(folder, all);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(err.contains("cannot be read") && err.contains("write-ahead log"),
                 err.constData());
    }

private:
    // The report's rules from a copy in the test's folder: `nobody` may not read the
    // checkout's (under /root, say).
    QStringList withReadableRules(QStringList args)
    {
        const QString copy = m_tmp.filePath(QStringLiteral("gatehouse.toml"));
        if (!QFileInfo::exists(copy))
            QFile::copy(kRules, copy);
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        args.replaceInStrings(kRules, copy);
        return args;
    }

    // A role that may only read the store's tables; its URL.
    QString grantSelectOnly(const QString &url)
    {
        QString error;
        const auto parsed = parseStoreUrl(url, &error);
        if (!parsed)
            return QString();
        const QString name = QStringLiteral("grant-") + parsed->database;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setDatabaseName(parsed->database);
            db.setHostName(parsed->host);
            db.setUserName(parsed->user);
            if (!db.open())
                return QString();
            QSqlQuery q(db);
            for (const QString &statement :
                 {QStringLiteral("DO $$ BEGIN CREATE ROLE reader LOGIN; EXCEPTION WHEN "
                                 "duplicate_object THEN NULL; END $$"),
                  QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")})
                if (!q.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                    return QString();
                }
        }
        QSqlDatabase::removeDatabase(name);
        QString reader = url;
        return reader.replace(parsed->user + QLatin1Char('@'), QStringLiteral("reader@"));
    }
};

QTEST_GUILESS_MAIN(HistoryReadOnlyTest)
#include "test_history_readonly.moc"
