// The Download dialog end to end against a loopback fake GitHub (two host names for the
// redirect): fill it in, download, get the folder for analysis; and cancel at any time.
#include "DownloadDialog.h"
#include "MainWindow.h"
#include "Settings.h"
#include "test_fetch_support.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace gatehouse;
using namespace gatehouse::fetch_test;

namespace {

const QByteArray kRepoPath = "/api/v3/repos/acme/widgets";
const QByteArray kRunsPath = kRepoPath + "/actions/workflows/bench.yml/runs";

void serveOneRun(FakeGitHub &server, qint64 runId, const QString &artifact)
{
    server.json(kRunsPath, runsPage({runJson(runId, 7)}));
    const qint64 id = runId * 10;
    server.json(kRepoPath + "/actions/runs/" + QByteArray::number(runId) + "/artifacts",
                artifactsPage({artifactJson(id, artifact, runId)}));
    const QString blob = server.blobUrl(QStringLiteral("/blob/%1").arg(id));
    server.route(kRepoPath + "/actions/artifacts/" + QByteArray::number(id) + "/zip",
                 {302, {}, {{"Location", blob.toLatin1()}}});
    server.route("/blob/" + QByteArray::number(id),
                 {200, makeZip({{"install_to_ready_seconds.txt", "245\n"}}), {}});
}

void fillIn(ui::DownloadDialog &dialog, const FakeGitHub &server, const QString &outDir)
{
    dialog.findChild<QComboBox *>(QStringLiteral("repository"))
        ->setEditText(QStringLiteral("acme/widgets"));
    dialog.findChild<QLineEdit *>(QStringLiteral("workflow"))->setText(QStringLiteral("bench.yml"));
    dialog.findChild<QLineEdit *>(QStringLiteral("branch"))->setText(QStringLiteral("main"));
    dialog.findChild<QSpinBox *>(QStringLiteral("runs"))->setValue(5);
    dialog.findChild<QLineEdit *>(QStringLiteral("apiUrl"))->setText(server.apiUrl().toString());
    dialog.findChild<QLineEdit *>(QStringLiteral("token"))->setText(kToken);
    dialog.findChild<QLineEdit *>(QStringLiteral("outDir"))->setText(outDir);
}

} // namespace

class TestGuiDownload : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("GH_TOKEN");
        qunsetenv("GITHUB_TOKEN");
    }

    void downloadsAndHandsTheFolderOver()
    {
        FakeGitHub server;
        QVERIFY(server.listen());
        serveOneRun(server, 812, QStringLiteral("helm-install-duration-812"));
        QTemporaryDir out;
        ui::DownloadDialog dialog;
        fillIn(dialog, server, out.path());
        QSignalSpy downloaded(&dialog, &ui::DownloadDialog::downloaded);
        dialog.startDownload();
        QVERIFY(dialog.isRunning());
        QVERIFY(downloaded.wait(30000));
        QCOMPARE(downloaded.at(0).at(0).toString(), out.path());
        QVERIFY(QFile::exists(out.filePath(
            QStringLiteral("helm-install-duration-812/install_to_ready_seconds.txt"))));
        QVERIFY(!dialog.isRunning());
        // The blob host never saw the token.
        for (const RecordedRequest &r : server.requests)
            if (r.target.startsWith("/blob/"))
                QVERIFY(!r.headers.contains("authorization"));
    }

    void cancelStopsWithoutHandingOver()
    {
        FakeGitHub server;
        QVERIFY(server.listen());
        serveOneRun(server, 813, QStringLiteral("bench-detectors-raw-813"));
        QTemporaryDir out;
        ui::DownloadDialog dialog;
        fillIn(dialog, server, out.path());
        QSignalSpy downloaded(&dialog, &ui::DownloadDialog::downloaded);
        dialog.startDownload();
        dialog.cancelDownload();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 10000);
        QTest::qWait(200);
        QCOMPARE(downloaded.count(), 0);
    }

    void mainWindowOffersTheDialog()
    {
        QTemporaryDir dir;
        ui::MainWindow window(
            std::make_unique<ui::Settings>(dir.filePath(QStringLiteral("s.ini"))));
        QAction *download = window.action(QStringLiteral("download"));
        QVERIFY(download);
        QCOMPARE(download->shortcut(), QKeySequence(QStringLiteral("Ctrl+D")));
        download->trigger();
        QTRY_VERIFY(window.findChild<ui::DownloadDialog *>() != nullptr);
    }
};

QTEST_MAIN(TestGuiDownload)
#include "test_gui_download.moc"
