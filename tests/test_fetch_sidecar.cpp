// A whole fetch against the fake GitHub (test_fetch_scenario.h), checked for what issue 13
// found: the stored artifacts are exactly what CI uploaded (their own metadata.json
// included), the runs' API metadata lands in OUT/.gatehouse/runs/, and a second fetch,
// also over folders the previous version fetched, downloads nothing and changes nothing.
#include "sources/Loader.h"
#include "test_fetch_scenario.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace gatehouse;
using namespace gatehouse::fetch_test;

namespace {

// What CI puts in a helm-install-duration artifact: its own metadata.json, as CI writes it
// (compact, its own key order, a key fetch does not know).
QList<ZipItem> helmArtifact(qint64 runId, int seconds)
{
    return {{"install_to_ready_seconds.txt", QByteArray::number(seconds) + "\n"},
            {"metadata.json", "{\"run_id\":" + QByteArray::number(runId) +
                                  ",\"head_branch\":\"main\",\"cluster\":\"kind-1.29\"}\n"}};
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestFetchSidecar : public FetchScenario
{
    Q_OBJECT

    // Runs 9001..9003, each with helm-install-duration-<run> and a bench artifact whose
    // name repeats across runs (so two of them land in folders named after another id).
    QHash<QString, QList<ZipItem>> serveThreeRuns()
    {
        QHash<QString, QList<ZipItem>> uploaded; // artifact folder -> its zip entries
        QList<QJsonObject> runs;
        for (qint64 runId : {9003, 9002, 9001}) {
            runs.append(runJson(runId, int(runId - 9000)));
            const QList<ZipItem> helm = helmArtifact(runId, int(runId - 8800));
            const QList<ZipItem> bench{
                {"bench.txt", "BenchmarkX-4  1000  50 ns/op  3 allocs/op\nPASS\n"},
                {"logs/", ""},
                {"logs/a.log", "x"}};
            serveArtifact(runId * 10, makeZip(helm));
            serveArtifact(runId * 10 + 1, makeZip(bench));
            m_server->json(
                artifactsPath(runId),
                artifactsPage(
                    {artifactJson(runId * 10, QStringLiteral("helm-install-duration-%1").arg(runId),
                                  runId),
                     artifactJson(runId * 10 + 1, "bench-results", runId)}));
            uploaded.insert(QStringLiteral("helm-install-duration-%1").arg(runId), helm);
        }
        m_server->json(kRunsPath, runsPage(runs));
        return uploaded;
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void storedExactlyAsUploaded()
    {
        const auto uploaded = serveThreeRuns();
        const FetchSummary summary = fetch(options(3));
        QVERIFY2(summary.ok(), qPrintable(summary.error));
        QCOMPARE(summary.downloaded, 6);
        const QString out = m_out->path();
        for (auto it = uploaded.cbegin(); it != uploaded.cend(); ++it) {
            QStringList expected;
            for (const ZipItem &item : it.value()) {
                const QString name = QString::fromUtf8(item.name);
                expected.append(name);
                QCOMPARE(readBytes(out + QLatin1Char('/') + it.key() + QLatin1Char('/') + name),
                         item.data);
            }
            expected.sort();
            QCOMPARE(filesUnder(out + QLatin1Char('/') + it.key()), expected);
        }
        QCOMPARE(storedFolders(),
                 QStringList({"bench-results", "bench-results-9001", "bench-results-9002",
                              "helm-install-duration-9001", "helm-install-duration-9002",
                              "helm-install-duration-9003"}));
        for (const QString &folder : storedFolders()) // bench.txt and logs/a.log, or helm's two
            QCOMPARE(filesUnder(out + QLatin1Char('/') + folder).size(), 2);

        QFile sidecar(out + QStringLiteral("/.gatehouse/runs/9002.json"));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
        QCOMPARE(json.value(QLatin1String("run_id")).toInteger(), 9002);
        QCOMPARE(json.value(QLatin1String("workflow")).toString(), QStringLiteral("Bench"));
        QCOMPARE(json.value(QLatin1String("workflow_path")).toString(),
                 QStringLiteral(".github/workflows/bench.yml"));
        QCOMPARE(json.value(QLatin1String("conclusion")).toString(), QStringLiteral("success"));
        QCOMPARE(json.value(QLatin1String("artifacts")).toArray().size(), 2);

        // The loader puts the pieces together: run ids, timestamps, branches.
        LoadOptions load;
        load.sources = {out};
        const Dataset d = loadSources(load);
        QCOMPARE(d.installRuns.size(), 3);
        QCOMPARE(d.benchRuns.size(), 3);
        for (const BenchRun &b : d.benchRuns)
            QVERIFY2(b.identity.timestamp.isValid(), qPrintable(b.identity.path.toString()));
        QStringList ids;
        for (const InstallRun &r : d.installRuns) {
            ids.append(r.identity.runId);
            QCOMPARE(r.metadata->conclusion, QStringLiteral("success"));
            QVERIFY(r.identity.timestamp.isValid());
        }
        QCOMPARE(ids, QStringList({"9001", "9002", "9003"}));
    }

    // The previous version merged metadata.json into the artifact and kept its marker in
    // the folder. Such folders are not downloaded again, and are left exactly as they are.
    void secondFetchOverBothMarkerLocations()
    {
        serveThreeRuns();
        const FetchSummary first = fetch(options(3));
        QVERIFY(first.ok());
        const QString out = m_out->path();
        // bench-results-9001 holds artifact "bench-results" of run 9001: its name leads to
        // another folder, so only its old marker says it is stored.
        for (const auto &[folder, id] : {std::pair{"helm-install-duration-9001", 90010},
                                         std::pair{"bench-results-9001", 90011}}) {
            QVERIFY(QFile::remove(out + QStringLiteral("/.gatehouse/artifacts/%1.json").arg(id)));
            QFile marker(out + QLatin1Char('/') + QLatin1String(folder) +
                         QStringLiteral("/.gatehouse-artifact.json"));
            QVERIFY(marker.open(QIODevice::WriteOnly));
            marker.write(QStringLiteral(R"({"artifact_id": %1, "run_id": 9001})").arg(id).toUtf8());
        }
        QVERIFY(QFile::remove(out + QStringLiteral("/.gatehouse/runs/9001.json")));
        QFile merged(out + QStringLiteral("/helm-install-duration-9001/metadata.json"));
        QVERIFY(merged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        merged.write(R"({"run_id": 9001, "head_branch": "main", "conclusion": "success"})");
        merged.close();
        QHash<QString, QByteArray> before;
        for (const QString &file : filesUnder(out))
            if (!file.startsWith(QLatin1String(".gatehouse/")))
                before.insert(file, readBytes(out + QLatin1Char('/') + file));
        const int zips = m_server->countPrefix(kRepo + "/actions/artifacts/");

        const FetchSummary second = fetch(options(3));
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.downloaded, 0);
        QCOMPARE(second.alreadyStored, 6);
        QCOMPARE(m_server->countPrefix(kRepo + "/actions/artifacts/"), zips);
        for (int i = 0; i < first.artifacts.size(); ++i) // each found in its own folder
            QCOMPARE(second.artifacts.at(i).folder, first.artifacts.at(i).folder);
        QStringList after;
        for (const QString &file : filesUnder(out))
            if (!file.startsWith(QLatin1String(".gatehouse/"))) {
                after.append(file);
                QCOMPARE(readBytes(out + QLatin1Char('/') + file), before.value(file));
            }
        QCOMPARE(after.size(), before.size());
        // The old folders get their run's sidecar now, naming them.
        const QByteArray sidecar = readBytes(out + QStringLiteral("/.gatehouse/runs/9001.json"));
        QVERIFY(sidecar.contains("\"helm-install-duration-9001\""));
        QVERIFY(sidecar.contains("\"bench-results-9001\""));
    }
};

QTEST_GUILESS_MAIN(TestFetchSidecar)
#include "test_fetch_sidecar.moc"
