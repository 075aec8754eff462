// FetchJob and GitHubClient against a fake GitHub on loopback (test_fetch_scenario.h):
// pagination through Link headers, the redirect that must not carry the token, the API
// headers, 64-bit ids, a second fetch that downloads nothing, artifact globs.
#include "test_fetch_scenario.h"

using namespace gatehouse::fetch_test;

class TestFetch : public FetchScenario
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void paginationFollowsLinkHeader()
    {
        auto link = [&](const char *target) {
            return QList<QPair<QByteArray, QByteArray>>{
                {"Link",
                 "<" + m_server->apiLink(QLatin1String(target)).toLatin1() + ">; rel=\"next\""}};
        };
        m_server->json(kRunsPath, runsPage({runJson(106, 6), runJson(105, 5)}, 6),
                       link("/api/v3/cursor/runs/2"));
        m_server->json("/api/v3/cursor/runs/2", runsPage({runJson(104, 4), runJson(103, 3)}, 6),
                       link("/api/v3/cursor/runs/3"));
        m_server->json("/api/v3/cursor/runs/3", runsPage({runJson(102, 2), runJson(101, 1)}, 6),
                       link("/api/v3/cursor/runs/4"));
        for (qint64 id : {105, 104, 103, 102, 101})
            serveRun(id, {QStringLiteral("bench-detectors-raw-%1").arg(id)});
        // Run 106 has two pages of artifacts.
        serveArtifact(1060, makeZip({{"a.txt", "PASS\n"}}));
        serveArtifact(1061, makeZip({{"b.txt", "PASS\n"}}));
        m_server->json(
            artifactsPath(106),
            artifactsPage({artifactJson(1060, QStringLiteral("bench-detectors-raw-106"), 106)}),
            link("/api/v3/cursor/artifacts/106/2"));
        m_server->json("/api/v3/cursor/artifacts/106/2",
                       artifactsPage({artifactJson(1061, QStringLiteral("extra-106"), 106)}));

        const FetchSummary summary = fetch(options(5));
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.runsListed, 5);
        QCOMPARE(summary.downloaded, 6);
        QCOMPARE(m_server->countPrefix("/api/v3/cursor/runs/3"), 1);
        QCOMPARE(m_server->countPrefix("/api/v3/cursor/runs/4"), 0); // 5 runs are enough
        QCOMPARE(m_server->countPrefix(artifactsPath(101)), 0);      // the sixth run
        QCOMPARE(m_server->countPrefix("/api/v3/cursor/artifacts/106/2"), 1);
        const QByteArray first = m_server->requests.first().target;
        QVERIFY2(first.contains("branch=main") && first.contains("status=success") &&
                     first.contains("per_page=5"),
                 first.constData());
        QVERIFY(storedFolders().contains(QStringLiteral("extra-106")));
    }

    void redirectCarriesNoToken()
    {
        serveSingleRun();
        const FetchSummary summary = fetch(options());
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.downloaded, 1);
        int apiRequests = 0, blobRequests = 0;
        for (const RecordedRequest &r : std::as_const(m_server->requests)) {
            QVERIFY(r.headers.value("user-agent").startsWith("Gatehouse/"));
            if (r.host.startsWith("127.0.0.1:")) {
                ++apiRequests;
                QCOMPARE(r.headers.value("authorization"), "Bearer " + kToken.toUtf8());
                QCOMPARE(r.headers.value("x-github-api-version"), QByteArray("2022-11-28"));
                QCOMPARE(r.headers.value("accept"), QByteArray("application/vnd.github+json"));
            } else {
                ++blobRequests;
                QVERIFY(r.host.startsWith(FakeGitHub::blobHost().toLatin1() + ":"));
                QVERIFY(!r.headers.contains("authorization"));
                QVERIFY(!r.headers.contains("x-github-api-version"));
                QVERIFY(r.target.contains("sig=b10b")); // the signed URL, untouched
            }
        }
        QCOMPARE(apiRequests, 3); // runs, artifacts, zip
        QCOMPARE(blobRequests, 1);
        QVERIFY(
            QFile::exists(m_out->filePath(QStringLiteral("bench-detectors-raw-500/bench.txt"))));
        // The artifact as uploaded; the run's metadata beside it, not in it.
        QVERIFY(!QFile::exists(
            m_out->filePath(QStringLiteral("bench-detectors-raw-500/metadata.json"))));
        QVERIFY(QFile::exists(m_out->filePath(QStringLiteral(".gatehouse/runs/500.json"))));
    }

    void sixtyFourBitIds()
    {
        const qint64 runId = (qint64(1) << 53) + 1; // not exact as a double
        serveSingleRun(runId, {QStringLiteral("big")});
        const FetchSummary summary = fetch(options());
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.artifacts.first().run.id, runId);
        QCOMPARE(summary.artifacts.first().artifact.id, runId * 10);
        QFile meta(m_out->filePath(QStringLiteral(".gatehouse/runs/%1.json").arg(runId)));
        QVERIFY(meta.open(QIODevice::ReadOnly));
        QVERIFY(meta.readAll().contains("\"run_id\": 9007199254740993"));
    }

    void secondFetchDownloadsNothing()
    {
        serveSingleRun(500, {QStringLiteral("one"), QStringLiteral("two")});
        const FetchSummary first = fetch(options());
        QCOMPARE(first.downloaded, 2);
        const int zipRequests = m_server->countPrefix(kRepo + "/actions/artifacts/");
        const FetchSummary second = fetch(options());
        QVERIFY(second.ok());
        QCOMPARE(second.downloaded, 0);
        QCOMPARE(second.alreadyStored, 2);
        QCOMPARE(m_server->countPrefix(kRepo + "/actions/artifacts/"), zipRequests);
        QVERIFY(summaryLine(second).contains(QLatin1String("skipped (already stored) 2")));
    }

    void artifactGlobsSelect()
    {
        serveSingleRun(500, {QStringLiteral("bench-detectors-raw-500"), QStringLiteral("coverage"),
                             QStringLiteral("helm-install-duration-500")});
        FetchOptions o = options();
        o.artifactPatterns = {QStringLiteral("bench-detectors-raw-*"), QStringLiteral("helm-*")};
        const FetchSummary summary = fetch(o);
        QCOMPARE(summary.downloaded, 2);
        QCOMPARE(m_server->countPrefix(zipPath(5001)), 0);
    }

    void withoutWorkflowListsAllRuns()
    {
        m_server->json(kRepo + "/actions/runs", runsPage({runJson(500, 7)}));
        serveRun(500, {QStringLiteral("x")});
        FetchOptions o = options();
        o.workflow.clear();
        o.branch = QStringLiteral("*");
        const FetchSummary summary = fetch(o);
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QVERIFY(!m_server->requests.first().target.contains("branch="));
    }
};

QTEST_GUILESS_MAIN(TestFetch)
#include "test_fetch.moc"
