// F5, reopening the same sources and File > Watch Sources (issue 10, item 3): a reload
// shows what changed on disk, keeps the selected run and says what it re-read; a watch
// check reloads when the sources changed, never while a load runs and never when off.
// Offscreen, on a small folder written by the test; waits are for conditions, not times.
#include "AnalysisSession.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QAction>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace gatehouse;
using namespace gatehouse::ui;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

QByteArray gateResult(double rate)
{
    return QByteArray(R"({"policy_hash": "a6f53e", "outcome": "COMMENT", "unknown_rate": )") +
           QByteArray::number(rate) + R"(, "top_reasons": ["flaky_test"]})";
}

void writeGateRun(const QString &root, int run, double rate)
{
    writeFile(QStringLiteral("%1/gate-%2/gate_result.json").arg(root).arg(run), gateResult(rate));
}

// 20 gate runs, ids 3000..3019, every rate 0.02.
void writeSource(const QString &root)
{
    for (int run = 0; run < 20; ++run)
        writeGateRun(root, 3000 + run, 0.02);
}

double rateOf(const AnalysisSession &session, const QString &runId)
{
    for (const RolloutRunRow &row : session.rollout().rows)
        if (row.run.identity.runId == runId)
            return row.run.unknownRate;
    return -1;
}

} // namespace

class TestGuiReload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_sourceCount = 0;

    std::unique_ptr<MainWindow> newWindow()
    {
        auto w = std::make_unique<MainWindow>(std::make_unique<Settings>(
            m_tmp.filePath(QStringLiteral("settings-%1.ini").arg(m_sourceCount))));
        w->session()->setWatchInterval(3600 * 1000); // the tests tick it themselves
        return w;
    }
    // A window open on a new source (its folder in *root) with Watch Sources turned on.
    std::unique_ptr<MainWindow> watchedWindow(QString *root)
    {
        auto w = newWindow();
        *root = newSource();
        open(*w, *root);
        w->action(QStringLiteral("watchSources"))->setChecked(true);
        return w;
    }
    QString newSource()
    {
        const QString root = m_tmp.filePath(QStringLiteral("source-%1").arg(++m_sourceCount));
        writeSource(root);
        return root;
    }
    static void open(MainWindow &w, const QString &source)
    {
        QVERIFY(w.openSources({source}));
        w.session()->waitForLoaded();
    }
    // One watch check, run to its end (its answer delivered).
    static void check(AnalysisSession *session)
    {
        session->checkSourcesNow();
        QTRY_VERIFY(!session->isCheckingSources());
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void reloadShowsWhatChangedOnDisk_data()
    {
        QTest::addColumn<bool>("reopen"); // open the same folder again instead of F5
        QTest::addColumn<bool>("addRun"); // a new artifact folder instead of a changed file
        QTest::addRow("F5, a file changed") << false << false;
        QTest::addRow("F5, a run added") << false << true;
        QTest::addRow("reopened, a file changed") << true << false;
    }
    void reloadShowsWhatChangedOnDisk()
    {
        QFETCH(bool, reopen);
        QFETCH(bool, addRun);
        auto w = newWindow();
        const QString root = newSource();
        open(*w, root);
        AnalysisSession *session = w->session();
        QCOMPARE(session->rollout().rows.size(), 20);
        LoadCache *cache = session->loadCache();
        session->selectRun(QStringLiteral("3007"));

        if (addRun)
            writeGateRun(root, 3020, 0.4);
        else
            writeGateRun(root, 3005, 0.4);
        if (reopen)
            open(*w, root);
        else
            w->action(QStringLiteral("reload"))->trigger();
        session->waitForLoaded();

        QVERIFY(session->isReload());
        QCOMPARE(session->loadCache(), cache); // the same sources keep their cache
        QCOMPARE(session->rollout().rows.size(), addRun ? 21 : 20);
        QCOMPARE(rateOf(*session, addRun ? QStringLiteral("3020") : QStringLiteral("3005")), 0.4);
        QCOMPARE(session->selectedRunId(), QStringLiteral("3007"));
        QVERIFY2(w->statusBar()->currentMessage().startsWith(QStringLiteral("reloaded: ")),
                 qPrintable(w->statusBar()->currentMessage()));
    }

    void otherSourcesStartANewCache()
    {
        auto w = newWindow();
        open(*w, newSource());
        const LoadCache *first = w->session()->loadCache();
        w->session()->selectRun(QStringLiteral("3001"));
        open(*w, newSource());
        QVERIFY(!w->session()->isReload());
        QVERIFY(w->session()->loadCache() != first);
        QVERIFY(w->session()->selectedRunId().isEmpty());
    }

    void reloadSummarySaysWhatWasReRead()
    {
        LoadCounters counters;
        counters.filesUsed = 32002;
        counters.filesReused = 31999;
        QCOMPARE(
            MainWindow::reloadSummary(counters),
            QStringLiteral("reloaded: 3 files changed, %1 reused").arg(QLocale().toString(31999)));
        counters.filesReused = 32001;
        QVERIFY(MainWindow::reloadSummary(counters).startsWith(
            QStringLiteral("reloaded: 1 file changed")));
    }

    void watchPicksUpANewArtifactFolder()
    {
        QString root;
        auto w = watchedWindow(&root);
        AnalysisSession *session = w->session();
        QVERIFY(session->watchesSources());
        QVERIFY(w->settings().watchSources()); // persisted
        check(session);                        // nothing changed yet
        QVERIFY(!session->isLoading());

        writeGateRun(root, 3020, 0.3);
        QSignalSpy started(session, &AnalysisSession::loadStarted);
        check(session);
        QCOMPARE(started.count(), 1);
        session->waitForLoaded();
        QCOMPARE(session->rollout().rows.size(), 21);
        QCOMPARE(rateOf(*session, QStringLiteral("3020")), 0.3);
    }

    void watchOffDoesNothing()
    {
        QString root;
        auto w = watchedWindow(&root);
        AnalysisSession *session = w->session();
        check(session);
        w->action(QStringLiteral("watchSources"))->setChecked(false);
        QVERIFY(!session->watchesSources());
        QVERIFY(!w->settings().watchSources());

        writeGateRun(root, 3020, 0.3);
        QSignalSpy started(session, &AnalysisSession::loadStarted);
        check(session);
        QCOMPARE(started.count(), 0);
        QCOMPARE(session->rollout().rows.size(), 20);
    }

    void noReloadWhileALoadIsRunning()
    {
        QString root;
        auto w = watchedWindow(&root);
        AnalysisSession *session = w->session();
        check(session);
        writeGateRun(root, 3020, 0.3);

        QSignalSpy started(session, &AnalysisSession::loadStarted);
        // A check asked for while a load runs does not start.
        session->reload();
        QVERIFY(session->isLoading());
        session->checkSourcesNow();
        QVERIFY(!session->isCheckingSources());
        session->waitForLoaded();
        QCOMPARE(started.count(), 1);

        // A check that was started before a load: its answer (delivered on the event loop,
        // after the load started) is not acted on.
        writeGateRun(root, 3021, 0.3);
        session->checkSourcesNow();
        w->action(QStringLiteral("reload"))->trigger();
        QTRY_VERIFY(!session->isCheckingSources());
        session->waitForLoaded();
        QCoreApplication::processEvents();
        QCOMPARE(started.count(), 2);
        QCOMPARE(session->rollout().rows.size(), 22);
    }

    void watchHoldsBackWhileWhitelistEditsAreUnsaved()
    {
        AnalysisSession session;
        session.setWatchInterval(3600 * 1000);
        const QString root = newSource();
        session.load({root});
        session.waitForLoaded();
        session.setWatchSources(true);
        bool allowed = false;
        session.setReloadGuard([&allowed] { return allowed; });
        check(&session);
        writeGateRun(root, 3020, 0.3);
        QSignalSpy changed(&session, &AnalysisSession::sourcesChangedOnDisk);
        QSignalSpy started(&session, &AnalysisSession::loadStarted);
        check(&session);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toBool(), false);
        QCOMPARE(started.count(), 0);
    }
};

QTEST_MAIN(TestGuiReload)
#include "test_gui_reload.moc"
