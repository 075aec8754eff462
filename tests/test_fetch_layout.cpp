// What a fetch leaves in OUT (SPEC §6): every artifact file byte for byte as CI uploaded it,
// nothing added inside an artifact folder, the run's API metadata in
// OUT/.gatehouse/runs/<run_id>.json and the artifact's marker in .gatehouse/artifacts/;
// markers of the previous version (inside the folder) still count as stored.
#include "github/ArtifactStore.h"
#include "sources/Loader.h"
#include "sources/ZipArchive.h"
#include "test_fetch_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(QList<gatehouse::fetch_test::ZipItem>)

using namespace gatehouse;
using namespace gatehouse::github;
using namespace gatehouse::fetch_test;

namespace {

QString writeZip(const QTemporaryDir &dir, const QList<ZipItem> &items)
{
    const QString path = dir.filePath(QStringLiteral("download.zip"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the test zip");
    file.write(makeZip(items));
    return path;
}

WorkflowRun run(qint64 id)
{
    WorkflowRun r;
    r.id = id;
    r.runNumber = 42;
    r.runAttempt = 2;
    r.headBranch = QStringLiteral("main");
    r.headSha = QStringLiteral("abc123");
    r.conclusion = QStringLiteral("success");
    r.createdAt = QStringLiteral("2026-01-05T10:00:00Z");
    r.htmlUrl = QStringLiteral("https://github.com/acme/widgets/actions/runs/%1").arg(id);
    r.workflowName = QStringLiteral("Bench");
    r.workflowPath = QStringLiteral(".github/workflows/bench.yml");
    return r;
}

Artifact artifact(qint64 id, const QString &name, qint64 runId)
{
    Artifact a;
    a.id = id;
    a.name = name;
    a.runId = runId;
    return a;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

Dataset load(const QString &folder)
{
    LoadOptions options;
    options.sources = {folder};
    return loadSources(options);
}

} // namespace

class TestFetchLayout : public QObject
{
    Q_OBJECT

private slots:
    void storesEveryFileAsUploaded_data()
    {
        QTest::addColumn<QList<ZipItem>>("items");
        QTest::addRow("install") << QList<ZipItem>{{"install_to_ready_seconds.txt", "187\n"}};
        // The issue: fetch merged its keys into these. Odd spacing shows any rewrite.
        QTest::addRow("own metadata.json")
            << QList<ZipItem>{{"install_to_ready_seconds.txt", "187"},
                              {"metadata.json", "{ \"head_branch\":\"release\" ,\"x\":1}\n"}};
        QTest::addRow("nested") << QList<ZipItem>{{"nested/", ""},
                                                  {"nested/more/bench.txt", "PASS\n"},
                                                  {"nested/more/metadata.json", "{}"},
                                                  {"top.log", "x"}};
        QTest::addRow("broken metadata.json") << QList<ZipItem>{{"metadata.json", "not json"}};
        QTest::addRow("marker name uploaded by CI")
            << QList<ZipItem>{{".gatehouse-artifact.json", R"({"artifact_id": 1})"}};
        QTest::addRow("binary") << QList<ZipItem>{{"data.bin", QByteArray("\0\r\n\xff PK", 7)},
                                                  {"empty.txt", ""}};
    }
    void storesEveryFileAsUploaded()
    {
        QFETCH(QList<ZipItem>, items);
        QTemporaryDir out, work;
        ArtifactStore store(out.path());
        QString error;
        QVERIFY(store.open(&error));
        const QString zip = writeZip(work, items);
        const QByteArray zipBytes = readBytes(zip);
        const auto folder = store.store(
            zip, artifact(77, QStringLiteral("helm-install-duration"), 900), run(900), &error);
        QVERIFY2(folder, qPrintable(error));
        QCOMPARE(*folder, QStringLiteral("helm-install-duration"));
        store.cleanUp();

        // Compared with the zip itself, as the loader would read it in place.
        ZipArchive archive;
        QVERIFY(archive.openBuffer(zipBytes, &error));
        QStringList expected;
        for (qint64 i = 0; i < archive.entryCount(); ++i) {
            const ZipEntry entry = archive.entry(i);
            if (entry.isDirectory)
                continue;
            expected.append(*folder + QLatin1Char('/') + entry.name);
            const auto data = archive.read(i, 1 << 20, &error);
            QVERIFY(data);
            QCOMPARE(readBytes(out.filePath(expected.last())), *data);
        }
        expected += {QStringLiteral(".gatehouse/artifacts/77.json"),
                     QStringLiteral(".gatehouse/runs/900.json")};
        expected.sort();
        QCOMPARE(filesUnder(out.path()), expected); // nothing added, nothing left over

        const QJsonObject sidecar = readJson(store.sidecarPath(900));
        const QJsonObject want{
            {"run_id", 900},
            {"run_number", 42},
            {"run_attempt", 2},
            {"head_branch", "main"},
            {"head_sha", "abc123"},
            {"conclusion", "success"},
            {"created_at", "2026-01-05T10:00:00Z"},
            {"html_url", "https://github.com/acme/widgets/actions/runs/900"},
            {"workflow", "Bench"},
            {"workflow_path", ".github/workflows/bench.yml"},
            {"artifacts", QJsonArray{QJsonObject{{"artifact_id", 77},
                                                 {"name", "helm-install-duration"},
                                                 {"folder", "helm-install-duration"}}}},
        };
        QCOMPARE(sidecar, want);
        const QJsonObject marker =
            readJson(out.filePath(QStringLiteral(".gatehouse/artifacts/77.json")));
        QCOMPARE(marker.value(QLatin1String("folder")).toString(), *folder);
        QCOMPARE(marker.value(QLatin1String("run_id")).toInteger(), 900);
    }

    // The artifact holds no run id at all: the sidecar gives it its run, branch, time.
    void loaderReadsTheSidecar()
    {
        QTemporaryDir out, work;
        ArtifactStore store(out.path());
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(store.store(writeZip(work, {{"install_to_ready_seconds.txt", "187\n"}}),
                            artifact(77, QStringLiteral("helm-install-duration"), 900), run(900),
                            &error));
        const Dataset dataset = load(out.path());
        QCOMPARE(dataset.issues.size(), 0);
        QCOMPARE(dataset.installRuns.size(), 1);
        const InstallRun &install = dataset.installRuns.first();
        QCOMPARE(install.identity.runId, QStringLiteral("900"));
        QCOMPARE(install.seconds, 187);
        QVERIFY(install.metadata);
        QCOMPARE(install.metadata->headBranch, QStringLiteral("main"));
        QCOMPARE(install.metadata->conclusion, QStringLiteral("success"));
        QCOMPARE(install.metadata->htmlUrl, run(900).htmlUrl);
        QCOMPARE(install.identity.timestamp, QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC));
    }

    void secondStoreKnowsBothMarkerLocations()
    {
        QTemporaryDir out, work;
        QString error;
        {
            ArtifactStore store(out.path());
            QVERIFY(store.open(&error));
            QVERIFY(store.store(writeZip(work, {{"a.txt", "1"}}), artifact(77, "x", 900), run(900),
                                &error));
        }
        // A folder the previous version fetched, its marker inside it; named with the run id
        // appended (a name clash), so that only the marker can tell which artifact it is.
        QDir(out.path()).mkpath(QStringLiteral("old-fetch-5"));
        QFile legacy(out.filePath(QStringLiteral("old-fetch-5/.gatehouse-artifact.json")));
        QVERIFY(legacy.open(QIODevice::WriteOnly));
        legacy.write(R"({"artifact_id": 55, "artifact_name": "old-fetch", "run_id": 5})");
        legacy.close();

        ArtifactStore again(out.path());
        QVERIFY(again.open(&error));
        QCOMPARE(again.storedFolder(artifact(77, "x", 900)), QStringLiteral("x"));
        QCOMPARE(again.storedFolder(artifact(55, "old-fetch", 5)), QStringLiteral("old-fetch-5"));
        // A folder a marker claims is not another artifact of that name.
        QVERIFY(again.storedFolder(artifact(78, "x", 901)).isEmpty());
        QVERIFY(again.storedFolder(artifact(56, "old-fetch-5", 6)).isEmpty());
        QVERIFY(again.storedFolder(artifact(79, "other", 900)).isEmpty());
        // Recording an old folder in its run leaves the folder as it is.
        const QStringList before = filesUnder(out.filePath(QStringLiteral("old-fetch-5")));
        QVERIFY(again.recordInRun(run(5), artifact(55, "old-fetch", 5), "old-fetch-5", &error));
        QCOMPARE(filesUnder(out.filePath(QStringLiteral("old-fetch-5"))), before);
        QCOMPARE(readJson(again.sidecarPath(5)).value("artifacts").toArray().size(), 1);
    }

    // Names repeat across runs: the second gets the run id appended, and the sidecar says
    // which run each folder belongs to (the first folder's name has no run id in it).
    void sameNameInAnotherRun()
    {
        QTemporaryDir out, work;
        ArtifactStore store(out.path());
        QString error;
        QVERIFY(store.open(&error));
        const QList<ZipItem> zip{{"install_to_ready_seconds.txt", "5"}};
        QCOMPARE(*store.store(writeZip(work, zip), artifact(1, "helm", 100), run(100), &error),
                 QStringLiteral("helm"));
        const Artifact second = artifact(2, QStringLiteral("helm"), 200);
        QVERIFY(store.storedFolder(second).isEmpty()); // the marker says it is artifact 1
        QCOMPARE(*store.store(writeZip(work, zip), second, run(200), &error),
                 QStringLiteral("helm-200"));
        QVERIFY(store.recordInRun(run(100), artifact(1, "helm", 100), "helm", &error)); // again
        QCOMPARE(readJson(store.sidecarPath(100)).value("artifacts").toArray().size(), 1);
        const Dataset dataset = load(out.path());
        QStringList runOfPath;
        for (const InstallRun &r : dataset.installRuns)
            runOfPath.append(r.identity.path.toString() + QLatin1Char('=') + r.identity.runId);
        runOfPath.sort();
        QCOMPARE(runOfPath, QStringList({"helm-200/install_to_ready_seconds.txt=200",
                                         "helm/install_to_ready_seconds.txt=100"}));
    }

    void ghRunDownloadFolderCountsAsStored()
    {
        QTemporaryDir out;
        QVERIFY(QDir(out.path()).mkpath(QStringLiteral("bench-detectors-raw-5")));
        ArtifactStore store(out.path());
        QString error;
        QVERIFY(store.open(&error));
        QCOMPARE(store.storedFolder(artifact(9, QStringLiteral("bench-detectors-raw-5"), 5)),
                 QStringLiteral("bench-detectors-raw-5"));
    }
};

QTEST_GUILESS_MAIN(TestFetchLayout)
#include "test_fetch_layout.moc"
