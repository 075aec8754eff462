// The run sidecars fetch writes (OUT/.gatehouse/runs/<run_id>.json, SPEC §6): the loader
// applies them to every artifact of their run; an artifact's own metadata.json wins, and a
// difference is a Note; a broken sidecar is a parse issue; nothing else under .gatehouse/
// is ever read as an artifact.
#include "SourcesTestSupport.h"

#include <QTest>

using namespace gatehouse;
using namespace gatehouse::sources_test;

namespace {

const QString kSidecar = QStringLiteral(".gatehouse/runs/900.json");
const QDateTime kCreated(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);

// What fetch writes for run 900, listing the given folders.
QByteArray sidecar(const QStringList &folders)
{
    QByteArray entries;
    for (const QString &folder : folders)
        entries += (entries.isEmpty() ? "" : ", ") +
                   QByteArray(R"({"artifact_id": 1, "folder": ")") + folder.toUtf8() + "\"}";
    // No "//" inside raw strings: moc takes it for a comment.
    return R"({"run_id": 900, "run_number": 42, "run_attempt": 2, "head_branch": "main",)"
           R"( "head_sha": "abc123", "conclusion": "success",)"
           R"( "created_at": "2026-01-05T10:00:00Z",)"
           " \"html_url\": \"https://github.com/acme/widgets/actions/runs/900\","
           R"( "workflow": "Bench", "workflow_path": ".github/workflows/bench.yml",)"
           R"( "artifacts": [)" +
           entries + "]}";
}

QStringList notes(const Dataset &d)
{
    QStringList out;
    for (const ParseIssue &i : d.issues)
        out.append(formatIssue(i));
    return out;
}

} // namespace

class TestSourcesSidecar : public QObject
{
    Q_OBJECT

private slots:
    // A folder named without the run id (the artifact name alone), so the run id too can
    // only come from the sidecar's folder list or the artifact's own metadata.json.
    void artifactWinsOverSidecar_data()
    {
        QTest::addColumn<QByteArray>("own"); // the artifact's metadata.json; empty: none
        QTest::addColumn<QString>("runId");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QDateTime>("createdAt");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<QStringList>("noteParts"); // each in one Note on metadata.json
        QTest::addRow("no metadata.json") << QByteArray() << "900"
                                          << "main" << kCreated << 2 << QStringList();
        QTest::addRow("agrees") << QByteArray(R"({"head_branch": "main", "run_id": 900})") << "900"
                                << "main" << kCreated << 2 << QStringList();
        QTest::addRow("other branch")
            << QByteArray(R"({"head_branch": "release"})") << "900"
            << "release" << kCreated << 2
            << QStringList{"head_branch", "\"release\"", "\"main\"", kSidecar};
        QTest::addRow("other created_at")
            << QByteArray(R"({"created_at": "2026-02-01T00:00:00Z"})") << "900"
            << "main" << QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC) << 2
            << QStringList{"created_at", "2026-02-01T00:00:00Z", "2026-01-05T10:00:00Z"};
        // Its own run_id puts the artifact in another run, which has no sidecar.
        QTest::addRow("other run_id")
            << QByteArray(R"({"run_id": 777})") << "777"
            << "" << QDateTime() << 0 << QStringList{"run_id 777", "run 900", kSidecar};
    }
    void artifactWinsOverSidecar()
    {
        QFETCH(QByteArray, own);
        QFETCH(QString, runId);
        QFETCH(QString, branch);
        QFETCH(QDateTime, createdAt);
        QFETCH(int, attempt);
        QFETCH(QStringList, noteParts);
        Tree t;
        t.write(QStringLiteral("helm-install-duration/install_to_ready_seconds.txt"), "187\n");
        if (!own.isEmpty())
            t.write(QStringLiteral("helm-install-duration/metadata.json"), own);
        t.write(kSidecar, sidecar({QStringLiteral("helm-install-duration")}));
        const Dataset d = load({t.root()});
        QCOMPARE(d.installRuns.size(), 1);
        const InstallRun &run = d.installRuns.first();
        QCOMPARE(run.identity.runId, runId);
        QCOMPARE(run.identity.timestamp, createdAt);
        QVERIFY(run.metadata);
        QCOMPARE(run.metadata->headBranch, branch);
        QCOMPARE(run.metadata->createdAt, createdAt);
        QCOMPARE(run.metadata->runAttempt, attempt);
        if (runId == QLatin1String("900")) { // what only the sidecar knows
            QCOMPARE(run.metadata->conclusion, QStringLiteral("success"));
            QCOMPARE(run.metadata->headSha, QStringLiteral("abc123"));
            QCOMPARE(run.metadata->runNumber, 42);
            QCOMPARE(run.metadata->htmlUrl,
                     QStringLiteral("https://github.com/acme/widgets/actions/runs/900"));
        }
        const QStringList all = notes(d);
        QCOMPARE(all.size(), noteParts.isEmpty() ? 0 : 1);
        for (const QString &part : noteParts)
            QVERIFY2(hasIssue(d, QStringLiteral("helm-install-duration/metadata.json"), part,
                              Severity::Note),
                     qPrintable(all.join(u'\n')));
    }

    // Every kind gets the run's timestamp; a folder the sidecar lists belongs to its run
    // even when its name carries other digits (fetch appends the artifact id on clashes),
    // and a run id found by digits gets the sidecar of that id.
    void appliesToEveryArtifactOfTheRun()
    {
        Tree t;
        t.write(QStringLiteral("bench-results-9000001/bench.txt"), bench(10));
        t.write(QStringLiteral("gate/gate_result.json"), gate(QString()));
        t.write(QStringLiteral("helm-install-duration-900/install_to_ready_seconds.txt"), "90");
        t.write(QStringLiteral("bench-results-901/bench.txt"), bench(11)); // no sidecar
        t.write(kSidecar,
                sidecar({QStringLiteral("bench-results-9000001"), QStringLiteral("gate")}));
        const Dataset d = load({t.root()});
        QVERIFY2(d.issues.isEmpty(), qPrintable(issuesText(d)));
        QCOMPARE(runIds(d.benchRuns), QStringList({"900", "901"}));
        QCOMPARE(d.benchRuns.first().identity.timestamp, kCreated);
        QVERIFY(!d.benchRuns.last().identity.timestamp.isValid());
        QCOMPARE(runIds(d.gateRuns), QStringList({"900"}));
        QCOMPARE(d.gateRuns.first().identity.timestamp, kCreated);
        QCOMPARE(runIds(d.installRuns), QStringList({"900"}));
        QVERIFY(d.installRuns.first().metadata);
        QCOMPARE(d.installRuns.first().metadata->headBranch, QStringLiteral("main"));
        QCOMPARE(d.installRuns.first().identity.timestamp, kCreated);
    }

    void brokenSidecarIsAParseIssue_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("part");
        QTest::addColumn<int>("severity");
        QTest::addRow("malformed")
            << QByteArray("{\"run_id\": 900,") << "malformed" << int(Severity::Error);
        QTest::addRow("array") << QByteArray("[]") << "object" << int(Severity::Error);
        QTest::addRow("empty") << QByteArray() << "malformed" << int(Severity::Error);
        QTest::addRow("bad created_at")
            << QByteArray(R"({"created_at": "yesterday"})") << "created_at" << int(Severity::Error);
        QTest::addRow("branch not text")
            << QByteArray(R"({"head_branch": 5})") << "head_branch" << int(Severity::Error);
        QTest::addRow("artifacts not a list") << QByteArray(R"({"run_id": 900, "artifacts": {}})")
                                              << "artifacts" << int(Severity::Error);
        QTest::addRow("entry without folder")
            << QByteArray(R"({"run_id": 900, "artifacts": [{"artifact_id": 1}, 7]})") << "folder"
            << int(Severity::Warning);
        QTest::addRow("run_id not the file name")
            << QByteArray(R"({"run_id": 901})") << "file name" << int(Severity::Warning);
    }
    void brokenSidecarIsAParseIssue()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, part);
        QFETCH(int, severity);
        Tree t;
        t.write(QStringLiteral("helm-install-duration-900/install_to_ready_seconds.txt"), "90");
        t.write(kSidecar, content);
        const Dataset d = load({t.root()});
        QVERIFY2(hasIssue(d, kSidecar, part, Severity(severity)), qPrintable(issuesText(d)));
        QCOMPARE(runIds(d.installRuns), QStringList({"900"})); // the artifact still loads
    }

    // Markers and anything else fetch keeps there are never artifacts, whatever their
    // names; only .gatehouse/runs/*.json at the source root is a sidecar.
    void gatehouseFolderHoldsNoArtifacts()
    {
        Tree t;
        t.write(QStringLiteral(".gatehouse/artifacts/5.json"), R"({"artifact_id": 5})");
        t.write(QStringLiteral(".gatehouse/runs/900.txt"), bench(10));
        t.write(QStringLiteral(".gatehouse/bench.log"), bench(10));
        t.write(QStringLiteral(".gatehouse/runs/old/gate_result.json"), gate(QStringLiteral("1")));
        t.write(QStringLiteral(".gatehouse/install_to_ready_seconds.txt"), "5");
        t.write(QStringLiteral(".gatehouse/unknown_whitelist.json"), "{");
        t.write(QStringLiteral("nested/.gatehouse/runs/900.json"), "{"); // not at the root
        const Dataset d = load({t.root()});
        QVERIFY2(d.issues.isEmpty(), qPrintable(issuesText(d)));
        QVERIFY(d.benchRuns.isEmpty() && d.gateRuns.isEmpty() && d.installRuns.isEmpty());
        QVERIFY(!d.whitelist);
        QCOMPARE(d.counters.filesUsed, 0);
        QCOMPARE(d.counters.filesIgnored, 7);
    }

    // A folder fetched by the previous version: metadata.json merged into the artifact,
    // the marker inside it, no sidecar. It loads as it always did.
    void previousFetchLayoutLoadsAsBefore()
    {
        Tree t;
        t.write(QStringLiteral("helm-install-duration/install_to_ready_seconds.txt"), "187\n");
        t.write(QStringLiteral("helm-install-duration/metadata.json"),
                R"({"run_id": 900, "run_number": 42, "run_attempt": 2, "head_branch": "main",)"
                R"( "head_sha": "abc123", "conclusion": "success",)"
                R"( "created_at": "2026-01-05T10:00:00Z",)"
                " \"html_url\": \"https://github.com/acme/widgets/actions/runs/900\"}");
        t.write(QStringLiteral("helm-install-duration/.gatehouse-artifact.json"),
                R"({"artifact_id": 77, "run_id": 900})");
        const Dataset d = load({t.root()});
        QVERIFY2(d.issues.isEmpty(), qPrintable(issuesText(d)));
        QCOMPARE(fingerprint(d), QStringLiteral("install 900 helm-install-duration/"
                                                "install_to_ready_seconds.txt 187\n"
                                                "whitelist  baseline \n"
                                                "counters 3 2 1 0 0\n"));
        const RunMetadata &m = *d.installRuns.first().metadata;
        QCOMPARE(m.headBranch, QStringLiteral("main"));
        QCOMPARE(m.runAttempt, 2);
        QCOMPARE(d.installRuns.first().identity.timestamp, kCreated);
    }

    // Two output folders of one fetch read together: each run's metadata applies once.
    void sameRunInTwoSources()
    {
        Tree a, b;
        for (Tree *t : {&a, &b}) {
            t->write(QStringLiteral("helm-install-duration/install_to_ready_seconds.txt"), "9");
            t->write(kSidecar, sidecar({QStringLiteral("helm-install-duration")}));
        }
        const Dataset d = load({a.root(), b.root()});
        QCOMPARE(runIds(d.installRuns), QStringList({"900"}));
        QVERIFY2(hasIssue(d, kSidecar, QStringLiteral("is read from"), Severity::Note),
                 qPrintable(issuesText(d)));
    }
};

QTEST_GUILESS_MAIN(TestSourcesSidecar)
#include "test_sources_sidecar.moc"
