// End to end: the built gatehouse-cli fetches from a fake GitHub on loopback, then
// gatehouse-cli report and install analyse the downloaded folder. Also the fetch
// command's exit codes (0, 2 bad usage, 3 failed) and the token in none of its output.
#include "test_fetch_support.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace gatehouse::fetch_test;

namespace {

const QByteArray kRepo = "/api/v3/repos/acme/widgets";

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestFetchCli : public QObject
{
    Q_OBJECT

    // Runs the CLI without blocking the event loop, so the in-process server can answer.
    static CliResult cli(const QStringList &args, const QString &token = kToken)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GITHUB_TOKEN"));
        env.remove(QStringLiteral("GITHUB_API_URL"));
        if (token.isEmpty())
            env.remove(QStringLiteral("GH_TOKEN"));
        else
            env.insert(QStringLiteral("GH_TOKEN"), token);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(GATEHOUSE_CLI), args);
        if (!finished.wait(120000))
            process.kill();
        CliResult result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    static QByteArray fixture(const char *name)
    {
        QFile file(QStringLiteral(GATEHOUSE_TEST_DATA "/fetch/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return file.readAll();
    }

    // Three runs, each with the three artifact kinds the analyses read.
    static void serveThreeRuns(FakeGitHub &server)
    {
        QList<QJsonObject> runs;
        for (qint64 runId : {9003, 9002, 9001}) {
            runs.append(runJson(runId, int(runId - 9000)));
            const QByteArray gate =
                QStringLiteral(R"({"policy_hash": "a6f53e", "outcome": "COMMENT",
                "unknown_rate": 0.0%1, "top_reasons": ["flaky_test"]})")
                    .arg(runId % 10)
                    .toUtf8();
            const QList<QPair<QString, QByteArray>> artifacts = {
                {QStringLiteral("bench-detectors-raw-%1").arg(runId),
                 makeZip({{"bench.txt", fixture("bench_run.txt")}})},
                {QStringLiteral("helm-install-duration-%1").arg(runId),
                 makeZip({{"install_to_ready_seconds.txt",
                           QByteArray::number(170 + runId % 10) + "\n"}})},
                {QStringLiteral("gate-result-%1").arg(runId),
                 makeZip({{"gate_result.json", gate}})},
            };
            QList<QJsonObject> listed;
            for (int i = 0; i < artifacts.size(); ++i) {
                const qint64 id = runId * 10 + i;
                listed.append(artifactJson(id, artifacts.at(i).first, runId));
                const QByteArray blob = "/blob/" + QByteArray::number(id);
                server.route(
                    kRepo + "/actions/artifacts/" + QByteArray::number(id) + "/zip",
                    {302,
                     {},
                     {{"Location", server.blobUrl(QString::fromLatin1(blob)).toLatin1()}}});
                server.route(blob, {200, artifacts.at(i).second, {}});
            }
            server.json(kRepo + "/actions/runs/" + QByteArray::number(runId) + "/artifacts",
                        artifactsPage(listed));
        }
        server.json(kRepo + "/actions/workflows/bench.yml/runs", runsPage(runs));
    }

    static void verifyNoToken(const CliResult &r)
    {
        QVERIFY(!r.out.contains(kToken.toUtf8()));
        QVERIFY(!r.err.contains(kToken.toUtf8()));
    }

private slots:
    void fetchThenReport()
    {
        FakeGitHub server;
        QVERIFY(server.listen());
        serveThreeRuns(server);
        QTemporaryDir work;
        const QString out = work.filePath(QStringLiteral("artifacts"));
        const QStringList fetchArgs = {QStringLiteral("fetch"),
                                       QStringLiteral("--repo"),
                                       QStringLiteral("acme/widgets"),
                                       QStringLiteral("--workflow"),
                                       QStringLiteral("bench.yml"),
                                       QStringLiteral("--runs"),
                                       QStringLiteral("3"),
                                       QStringLiteral("--api-url"),
                                       server.apiUrl().toString(),
                                       QStringLiteral("--out"),
                                       out};
        const CliResult first = cli(fetchArgs);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("runs listed 3, artifacts downloaded 9, skipped (already "
                                    "stored) 0, expired 0"),
                 first.out.constData());
        QVERIFY(first.err.contains("using the token from GH_TOKEN"));
        verifyNoToken(first);
        QVERIFY(!anyFileContains(out, kToken.toUtf8()));

        const CliResult second = cli(fetchArgs);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("artifacts downloaded 0, skipped (already stored) 9"),
                 second.out.constData());

        const QString reportDir = work.filePath(QStringLiteral("report"));
        const CliResult report =
            cli({QStringLiteral("report"), out, QStringLiteral("--out"), reportDir});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        const QStringList written = QDir(reportDir).entryList(QDir::Files);
        QVERIFY2(!written.filter(QStringLiteral(".md")).isEmpty(), qPrintable(written.join(u' ')));
        QVERIFY2(!written.filter(QStringLiteral(".csv")).isEmpty(), qPrintable(written.join(u' ')));

        // The run sidecars fetch wrote give the install gate its run ids and branch.
        const CliResult install =
            cli({QStringLiteral("install"), out, QStringLiteral("--json"), QStringLiteral("-")});
        const QJsonObject json = QJsonDocument::fromJson(install.out).object();
        QCOMPARE(json.value(QLatin1String("runs")).toInt(), 3);
        QStringList runIds;
        for (const QJsonValue &d : json.value(QLatin1String("durations")).toArray())
            runIds.append(d.toObject().value(QLatin1String("run_id")).toVariant().toString());
        runIds.sort();
        QCOMPARE(runIds, QStringList({"9001", "9002", "9003"}));

        // fetch --store: what OUT holds goes into a history store, which then gives the
        // install gate the same answer as the folder.
        const QString store = QStringLiteral("sqlite:") + work.filePath(QStringLiteral("h.sqlite"));
        const CliResult stored = cli(QStringList(fetchArgs) << QStringLiteral("--store") << store);
        QVERIFY2(stored.exitCode == 0, stored.err.constData());
        QVERIFY2(
            stored.out.contains("skipped (already stored) 0, failed 0; store " + store.toUtf8()),
            stored.out.constData());
        const CliResult fromStore =
            cli({QStringLiteral("install"), store, QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(fromStore.out, install.out);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString api = QStringLiteral("http://127.0.0.1:1/api/v3");
        QTest::addRow("help") << QStringList{"fetch", "--help"} << 0;
        QTest::addRow("no repo") << QStringList{"fetch", "--out", "x"} << 2;
        QTest::addRow("no out") << QStringList{"fetch", "--repo", "a/b"} << 2;
        QTest::addRow("bad repo") << QStringList{"fetch", "--repo", "a/../b", "--out", "x"} << 2;
        QTest::addRow("bad runs") << QStringList{"fetch", "--repo", "a/b", "--runs",
                                                 "0",     "--out",  "x"}
                                  << 2;
        QTest::addRow("plain http")
            << QStringList{"fetch", "--repo", "a/b", "--api-url", "http://api.example.com",
                           "--out", "x"}
            << 2;
        QTest::addRow("unknown option") << QStringList{"fetch", "--bogus"} << 2;
        QTest::addRow("bad store")
            << QStringList{"fetch", "--repo", "a/b", "--out", "x", "--store", "postgresql://nodb"}
            << 2;
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QTemporaryDir work;
        QDir::setCurrent(work.path());
        const CliResult r = cli(args);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        if (exitCode == 0)
            QVERIFY(r.out.contains("--artifact"));
        verifyNoToken(r);
    }

    void refusedTokenExitsThree()
    {
        FakeGitHub server;
        QVERIFY(server.listen());
        server.route(kRepo + "/actions/runs", {401, R"({"message":"Bad credentials"})", {}});
        QTemporaryDir work;
        const CliResult r = cli({QStringLiteral("fetch"), QStringLiteral("--repo"),
                                 QStringLiteral("acme/widgets"), QStringLiteral("--api-url"),
                                 server.apiUrl().toString(), QStringLiteral("--out"), work.path()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("GH_TOKEN"), r.err.constData());
        verifyNoToken(r);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.first().headers.value("authorization"),
                 "Bearer " + kToken.toUtf8());
    }

    void terminateCancelsCleanly()
    {
        FakeGitHub server;
        QVERIFY(server.listen());
        server.json(kRepo + "/actions/runs", runsPage({runJson(7, 1)}));
        server.json(kRepo + "/actions/runs/7/artifacts",
                    artifactsPage({artifactJson(70, QStringLiteral("slow"), 7)}));
        server.route(kRepo + "/actions/artifacts/70/zip",
                     {200, QByteArray(100000, 'x'), {}, FakeResponse::Stall});
        QTemporaryDir work;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GH_TOKEN"), kToken);
        process.setProcessEnvironment(env);
        QByteArray err;
        connect(&process, &QProcess::readyReadStandardError, this,
                [&] { err += process.readAllStandardError(); });
        process.start(QStringLiteral(GATEHOUSE_CLI),
                      {QStringLiteral("fetch"), QStringLiteral("--repo"),
                       QStringLiteral("acme/widgets"), QStringLiteral("--api-url"),
                       server.apiUrl().toString(), QStringLiteral("--out"), work.path()});
        QTRY_VERIFY_WITH_TIMEOUT(err.contains("downloading slow"), 30000);
        QTest::qWait(100);   // let the first bytes land in the temporary file
        process.terminate(); // SIGTERM, as a CI runner sends it
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 3);
        QVERIFY(process.readAllStandardOutput().contains("cancelled"));
        QCOMPARE(filesUnder(work.path()), QStringList());
    }

    void noTokenIsSaidPlainly()
    {
        FakeGitHub server;
        QVERIFY(server.listen());
        server.json(kRepo + "/actions/runs", runsPage({}));
        QTemporaryDir work;
        const CliResult r = cli({QStringLiteral("fetch"), QStringLiteral("--repo"),
                                 QStringLiteral("acme/widgets"), QStringLiteral("--api-url"),
                                 server.apiUrl().toString(), QStringLiteral("--out"), work.path()},
                                QString());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("neither GH_TOKEN nor GITHUB_TOKEN"));
        QVERIFY(!server.requests.first().headers.contains("authorization"));
        QVERIFY(r.out.contains("runs listed 0"));
    }
};

QTEST_GUILESS_MAIN(TestFetchCli)
#include "test_fetch_cli.moc"
