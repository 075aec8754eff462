#pragma once
// What the history-store suites share (test_history.cpp, test_history_faults.cpp): a
// temporary folder with a copy of the demo on disk, a real PostgreSQL server
// (PgTestServer.h), a new store per call on either back end, and readers for comparing
// stores and report folders.
#include "CliTestSupport.h"
#include "PgTestServer.h"
#include "history/ArtifactCollector.h"
#include "history/HistoryStore.h"
#include "sources/Loader.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <memory>
#include <unistd.h>

namespace history_test {

using namespace gatehouse;
using cli_test::runCli;

inline const QString kRules = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo/gatehouse.toml");

inline QStringList reportArgs(const QStringList &sources, const QString &out)
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
inline QMap<QString, QByteArray> folderBytes(const QString &dir)
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

inline void copyTree(const QString &from, const QString &to,
                     const std::function<bool(QString)> &take)
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
inline void writeManyRuns(const QString &dir, int runs)
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
inline bool wholeArtifactsOnly(const QStringList &lines, QString *problem)
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

// Permissions do not stop root: a suite running as root runs the CLI as "nobody" through
// setpriv to see them apply (as its own user otherwise). False when it cannot.
inline bool canRunAsNobody()
{
    return ::geteuid() != 0 || !QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty();
}

inline cli_test::CliRun runCliAsNobody(const QStringList &args)
{
    QProcess p;
    if (::geteuid() == 0)
        p.start(QStandardPaths::findExecutable(QStringLiteral("setpriv")),
                QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups"), QStringLiteral(GATEHOUSE_CLI)} +
                    args);
    else
        p.start(QStringLiteral(GATEHOUSE_CLI), args);
    cli_test::CliRun run;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

struct HistoryFixture
{
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

    // A few hundred runs written once per suite: an ingest long enough to kill part way.
    QString manyRuns()
    {
        const QString many = m_tmp.filePath(QStringLiteral("many"));
        if (!QFileInfo::exists(many))
            writeManyRuns(many, 300);
        return many;
    }

    bool hasBackend(const QString &backend) const
    {
        return backend != QLatin1String("postgresql") || m_pg->isRunning();
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

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::addRow("sqlite") << QStringLiteral("sqlite");
        QTest::addRow("postgresql") << QStringLiteral("postgresql");
    }

    void setUp()
    {
        QVERIFY(m_tmp.isValid());
        m_pg = std::make_unique<pg_test::PgTestServer>();
        if (!m_pg->isRunning())
            qWarning("PostgreSQL rows will be skipped: %s", qPrintable(m_pg->problem()));
        m_demo = m_tmp.filePath(QStringLiteral("demo"));
        copyTree(demoSourcePath(), m_demo, [](const QString &) { return true; });
    }

    void tearDown() { m_pg.reset(); }
};

// Skips a PostgreSQL row when no server could be started (the reason is printed), except
// where GATEHOUSE_REQUIRE_POSTGRESQL is set (scripts/run-tests.sh, so CI): there a server
// that does not start fails the row instead of passing it untested.
#define REQUIRE_BACKEND(backend)                                                                   \
    do {                                                                                           \
        if (!hasBackend(backend)) {                                                                \
            const QString why = QStringLiteral("no PostgreSQL server: ") + m_pg->problem();        \
            if (qEnvironmentVariableIsSet("GATEHOUSE_REQUIRE_POSTGRESQL"))                         \
                QFAIL(qPrintable(why));                                                            \
            QSKIP(qPrintable(why));                                                                \
        }                                                                                          \
    } while (false)

} // namespace history_test
