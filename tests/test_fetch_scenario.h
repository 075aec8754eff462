#pragma once
// The scenario the FetchJob tests share: a fresh fake GitHub and output folder per test,
// options for acme/widgets, a fast network policy, helpers that serve runs and
// artifacts, and the check that the token appears in no message and no stored file.
#include "github/FetchJob.h"
#include "test_fetch_support.h"

#include <QSignalSpy>
#include <QTest>

namespace gatehouse::fetch_test {

using namespace gatehouse::github;

inline const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
inline const QByteArray kRepo = "/api/v3/repos/acme/widgets";
inline const QByteArray kRunsPath = kRepo + "/actions/workflows/bench.yml/runs";

inline QByteArray artifactsPath(qint64 runId)
{
    return kRepo + "/actions/runs/" + QByteArray::number(runId) + "/artifacts";
}

inline QByteArray zipPath(qint64 artifactId)
{
    return kRepo + "/actions/artifacts/" + QByteArray::number(artifactId) + "/zip";
}

class FetchScenario : public QObject
{
protected:
    FakeGitHub *m_server = nullptr;
    QTemporaryDir *m_out = nullptr;
    QStringList m_messages;

    FetchOptions options(int runs = 10) const
    {
        FetchOptions o;
        o.apiUrl = m_server->apiUrl();
        o.owner = QStringLiteral("acme");
        o.repo = QStringLiteral("widgets");
        o.workflow = QStringLiteral("bench.yml");
        o.runs = runs;
        o.outDir = m_out->path();
        o.token = kToken;
        return o;
    }
    static NetworkPolicy fastPolicy()
    {
        NetworkPolicy p;
        p.maxAttempts = 3;
        p.waitScale = 0.001; // a 30 s wait takes 30 ms; the reported wait stays 30 s
        p.transferTimeoutMs = 5000;
        p.now = [] { return kNow; };
        return p;
    }

    // One artifact behind the usual 302 to the blob host.
    void serveArtifact(qint64 id, const QByteArray &zip)
    {
        const QString blob = m_server->blobUrl(QStringLiteral("/blob/%1").arg(id));
        m_server->route(zipPath(id),
                        {302, {}, {{"Location", (blob + QStringLiteral("?sig=b10b")).toLatin1()}}});
        m_server->route("/blob/" + QByteArray::number(id), {200, zip, {}});
    }
    // A run with one artifact per name (ids runId*10 + i), served with a real zip.
    void serveRun(qint64 runId, const QStringList &names)
    {
        QList<QJsonObject> artifacts;
        for (int i = 0; i < names.size(); ++i) {
            const qint64 id = runId * 10 + i;
            artifacts.append(artifactJson(id, names.at(i), runId));
            serveArtifact(id, makeZip({{"bench.txt", "PASS\n"}}));
        }
        m_server->json(artifactsPath(runId), artifactsPage(artifacts));
    }
    void serveSingleRun(qint64 runId = 500,
                        const QStringList &names = {QStringLiteral("bench-detectors-raw-500")})
    {
        m_server->json(kRunsPath, runsPage({runJson(runId, 7)}));
        serveRun(runId, names);
    }

    FetchSummary run(FetchJob &job)
    {
        connect(&job, &FetchJob::message, this, [this](const QString &m) { m_messages.append(m); });
        QSignalSpy finished(&job, &FetchJob::finished);
        job.start();
        if (!finished.wait(30000))
            qWarning("the fetch did not finish");
        [&] { QCOMPARE(finished.count(), 1); }();
        return job.summary();
    }
    FetchSummary fetch(const FetchOptions &o, const NetworkPolicy &policy = fastPolicy())
    {
        FetchJob job(o, policy);
        return run(job);
    }
    // Artifact folders: everything but what fetch keeps about them in .gatehouse/.
    QStringList storedFolders() const
    {
        QStringList folders =
            QDir(m_out->path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        folders.removeAll(QStringLiteral(".gatehouse"));
        return folders;
    }

    // Call from the test class's init() and cleanup() slots.
    void setUp()
    {
        m_server = new FakeGitHub;
        QVERIFY(m_server->listen());
        m_out = new QTemporaryDir;
        m_messages.clear();
    }
    void tearDown()
    {
        // Whatever a test did, the token shows up in no message and no stored file.
        for (const QString &m : std::as_const(m_messages))
            QVERIFY2(!m.contains(kToken), qPrintable(m));
        QVERIFY(!anyFileContains(m_out->path(), kToken.toUtf8()));
        delete m_out;
        delete m_server;
    }

    void resetRoute(const QByteArray &target, const QList<FakeResponse> &queue)
    {
        m_server->clearRoute(target);
        for (const FakeResponse &r : queue)
            m_server->route(target, r);
    }
};

} // namespace gatehouse::fetch_test
