// FetchJob when GitHub or the network misbehaves (test_fetch_scenario.h): rate limits,
// 5xx retries, expired artifacts, truncated and stalled downloads, cancel, unsafe zips,
// refusals that name their cause, and URLs that would leak the token or go plain HTTP.
#include "test_fetch_scenario.h"

using namespace gatehouse::fetch_test;

class TestFetchFailures : public FetchScenario
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void rateLimitWaits_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("seconds");
        QTest::addRow("retry-after") << QByteArray("Retry-After") << QByteArray("7") << 429 << 7;
        QTest::addRow("reset") << QByteArray("x-ratelimit-reset")
                               << QByteArray::number(kNow.toSecsSinceEpoch() + 30) << 403 << 31;
    }
    void rateLimitWaits()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        QFETCH(int, seconds);
        m_server->route(kRunsPath, {status,
                                    R"({"message":"API rate limit exceeded"})",
                                    {{"x-ratelimit-remaining", "0"}, {header, value}}});
        serveSingleRun();
        FetchJob job(options(), fastPolicy());
        QSignalSpy waiting(&job, &FetchJob::waiting);
        const FetchSummary summary = run(job);
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting.first().at(0).toInt(), seconds);
        QVERIFY(m_messages.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("waiting %1 s").arg(seconds)));
        QCOMPARE(m_server->countPrefix(kRunsPath), 2);
    }

    void rateLimitBeyondTheCapFails()
    {
        m_server->route(kRunsPath, {403,
                                    {},
                                    {{"x-ratelimit-remaining", "0"},
                                     {"x-ratelimit-reset",
                                      QByteArray::number(kNow.toSecsSinceEpoch() + 3600)}}});
        const FetchSummary summary = fetch(options());
        QVERIFY(summary.error.contains(QLatin1String("rate limit")));
        QCOMPARE(m_server->countPrefix(kRunsPath), 1);
    }

    void serverErrorsAreRetried()
    {
        m_server->json(kRunsPath, runsPage({runJson(500, 7)}));
        m_server->route(artifactsPath(500), {502, "bad gateway", {}});
        m_server->json(artifactsPath(500),
                       artifactsPage({artifactJson(5000, QStringLiteral("a"), 500)}));
        m_server->route(zipPath(5000), {503, {}, {}});
        m_server->route("/blob/5000", {503, {}, {}});
        serveArtifact(5000, makeZip({{"x.txt", "1"}}));
        const FetchSummary summary = fetch(options());
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.downloaded, 1);
        QCOMPARE(m_server->countPrefix(artifactsPath(500)), 2);
        // 503; 302 to a blob that answers 503; the retry starts over at the API (a blob
        // URL is short-lived), so: 302 again, then the blob.
        QCOMPARE(m_server->countPrefix(zipPath(5000)), 3);
        QCOMPARE(m_server->countPrefix("/blob/5000"), 2);
        QVERIFY(m_messages.join(QLatin1Char('\n')).contains(QLatin1String("retrying")));
    }

    void persistentServerErrorGivesUp()
    {
        m_server->route(kRunsPath, {500, {}, {}});
        const FetchSummary summary = fetch(options());
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error.contains(QLatin1String("gave up after 3 attempts")),
                 qPrintable(summary.error));
        QCOMPARE(m_server->countPrefix(kRunsPath), 3);
    }

    void expiredArtifactsAreSkipped()
    {
        m_server->json(kRunsPath, runsPage({runJson(500, 7)}));
        m_server->json(artifactsPath(500),
                       artifactsPage({artifactJson(1, QStringLiteral("old"), 500, true),
                                      artifactJson(2, QStringLiteral("gone"), 500)}));
        m_server->route(zipPath(2), {410, R"({"message":"Artifact has expired"})", {}});
        const FetchSummary summary = fetch(options());
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.expired, 2);
        QCOMPARE(summary.downloaded, 0);
        QCOMPARE(m_server->countPrefix(zipPath(1)), 0); // never downloaded
        QVERIFY(summary.artifacts.at(1).note.contains(QLatin1String("410")));
        QCOMPARE(storedFolders(), QStringList());
    }

    void truncatedDownload_data()
    {
        QTest::addColumn<int>("truncatedAttempts");
        QTest::addColumn<bool>("stored");
        QTest::addRow("every attempt") << 3 << false;
        QTest::addRow("once") << 1 << true;
    }
    void truncatedDownload()
    {
        QFETCH(int, truncatedAttempts);
        QFETCH(bool, stored);
        serveSingleRun();
        const QByteArray zip = makeZip({{"bench.txt", QByteArray(20000, 'x')}});
        QList<FakeResponse> queue;
        for (int i = 0; i < truncatedAttempts; ++i)
            queue.append({200, zip, {}, FakeResponse::Truncate});
        queue.append({200, zip, {}});
        resetRoute("/blob/5000", queue);

        const FetchSummary summary = fetch(options());
        QCOMPARE(summary.downloaded, stored ? 1 : 0);
        QCOMPARE(summary.failed, stored ? 0 : 1);
        QCOMPARE(summary.ok(), stored);
        if (!stored) {
            QVERIFY2(summary.artifacts.first().note.contains(QLatin1String("gave up")),
                     qPrintable(summary.artifacts.first().note));
            QCOMPARE(filesUnder(m_out->path()), QStringList()); // no half file anywhere
        }
    }

    void stalledTransferTimesOut()
    {
        serveSingleRun();
        resetRoute("/blob/5000", {{200, QByteArray(10000, 'x'), {}, FakeResponse::Stall}});
        NetworkPolicy policy = fastPolicy();
        policy.transferTimeoutMs = 300;
        policy.maxAttempts = 2;
        const FetchSummary summary = fetch(options(), policy);
        QCOMPARE(summary.failed, 1);
        QVERIFY2(summary.artifacts.first().note.contains(QLatin1String("timeout")),
                 qPrintable(summary.artifacts.first().note));
        QCOMPARE(filesUnder(m_out->path()), QStringList());
    }

    void cancelMidDownload()
    {
        serveSingleRun(500, {QStringLiteral("first"), QStringLiteral("second")});
        resetRoute("/blob/5000", {{200, QByteArray(200000, 'x'), {}, FakeResponse::Stall}});
        FetchJob job(options(), fastPolicy());
        QSignalSpy progress(&job, &FetchJob::downloadProgress);
        QSignalSpy finished(&job, &FetchJob::finished);
        connect(&job, &FetchJob::message, this, [this](const QString &m) { m_messages.append(m); });
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toLongLong() > 0,
                                 10000);
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        const FetchSummary summary = job.summary();
        QVERIFY(summary.cancelled);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.artifacts.at(0).status, ArtifactStatus::Cancelled);
        QCOMPARE(summary.artifacts.at(1).status, ArtifactStatus::Cancelled);
        QCOMPARE(m_server->countPrefix(zipPath(5001)), 0);
        QCOMPARE(filesUnder(m_out->path()), QStringList());
        QCOMPARE(storedFolders(), QStringList());
    }

    void unsafeZipIsRefused()
    {
        serveSingleRun(500, {QStringLiteral("evil"), QStringLiteral("good")});
        resetRoute("/blob/5000",
                   {{200, makeZip({{"ok.txt", "1"}, {"../../escape.txt", "pwned"}}), {}}});
        const FetchSummary summary = fetch(options());
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.downloaded, 1);
        QVERIFY(summary.artifacts.first().note.contains(QLatin1String("refused")));
        QCOMPARE(storedFolders(), QStringList{QStringLiteral("good")});
        QVERIFY(
            !QFile::exists(QDir(m_out->path()).absoluteFilePath(QStringLiteral("../escape.txt"))));
        QVERIFY(!QFile::exists(
            QDir(m_out->path()).absoluteFilePath(QStringLiteral("../../escape.txt"))));
    }

    void refusalsNameTheCause_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("hint");
        QTest::addRow("401") << 401 << "GH_TOKEN";
        QTest::addRow("404") << 404 << "private";
        QTest::addRow("403") << 403 << "scope";
    }
    void refusalsNameTheCause()
    {
        QFETCH(int, status);
        QFETCH(QString, hint);
        m_server->route(kRunsPath, {status, R"({"message":"Bad credentials"})", {}});
        const FetchSummary summary = fetch(options());
        QVERIFY2(summary.error.contains(hint), qPrintable(summary.error));
        QVERIFY(!summary.error.contains(kToken));
        QCOMPARE(m_server->countPrefix(kRunsPath), 1); // not retried
    }

    void redirectToPlainHttpIsRefused()
    {
        serveSingleRun();
        resetRoute(zipPath(5000), {{302, {}, {{"Location", "http://blobs.example.com/x?sig=1"}}}});
        const FetchSummary summary = fetch(options());
        QCOMPARE(summary.failed, 1);
        QVERIFY(summary.artifacts.first().note.contains(QLatin1String("HTTPS")));
    }

    void nextPageOffTheApiHostIsRefused()
    {
        m_server->json(kRunsPath, runsPage({runJson(500, 7)}),
                       {{"Link", "<" + m_server->blobUrl(QStringLiteral("/steal")).toLatin1() +
                                     ">; rel=\"next\""}});
        const FetchSummary summary = fetch(options(5));
        QVERIFY(summary.error.contains(QLatin1String("leaves the API host")));
        QCOMPARE(m_server->countPrefix("/steal"), 0);
    }

    void plainHttpApiIsRefused()
    {
        FetchOptions o = options();
        o.apiUrl = QUrl(QStringLiteral("http://api.example.com"));
        const FetchSummary summary = fetch(o);
        QVERIFY(summary.error.contains(QLatin1String("HTTPS")));
        QVERIFY(m_server->requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFetchFailures)
#include "test_fetch_failures.moc"
