// A window that never stalls (issue 10, item 4), as far as behaviour goes (speed itself is
// measured by bench/gui, never here): a page not shown puts its refresh off until it is
// shown, and re-analyses on a worker thread publish only the latest edit's result.
#include "AnalysisSession.h"
#include "MainWindow.h"
#include "Settings.h"
#include "charts/AllocationsCharts.h"
#include "charts/ChartView.h"
#include "models/RolloutRunsModel.h"
#include "pages/AllocationsPage.h"
#include "pages/InstallPage.h"
#include "pages/UnknownRatePage.h"
#include "sources/Loader.h"

#include <QChart>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QXYSeries>
#include <QtTest>
#include <memory>

using namespace gatehouse;
using namespace gatehouse::ui;

namespace {

// The Unknown rate page's runs table model, found without MainWindow::page() (which
// brings a page up to date).
RolloutRunsModel *runsModelOf(MainWindow &w)
{
    return w.findChild<UnknownRatePage *>()->findChild<RolloutRunsModel *>();
}

// Points of the chart's selected-run series; -1 when it has none.
qsizetype selectedRunPoints(ChartView *view)
{
    if (!view || !view->chart())
        return -1;
    for (QAbstractSeries *s : view->chart()->series())
        if (s->objectName() == kSeriesSelectedRun)
            return static_cast<QXYSeries *>(s)->count();
    return -1;
}

} // namespace

class TestGuiResponsive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    std::unique_ptr<MainWindow> newWindow()
    {
        return std::make_unique<MainWindow>(
            std::make_unique<Settings>(m_tmp.filePath(QStringLiteral("settings.ini"))));
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void hiddenPagesRefreshWhenShown_data()
    {
        QTest::addColumn<bool>("viaPageAccessor"); // MainWindow::page() instead of showing it
        QTest::addRow("shown") << false;
        QTest::addRow("asked for") << true;
    }
    void hiddenPagesRefreshWhenShown()
    {
        QFETCH(bool, viaPageAccessor);
        auto w = newWindow();
        w->setCurrentPage(MainWindow::ReviewPageIndex);
        QVERIFY(w->openSources({demoSourcePath()}));
        w->session()->waitForLoaded();
        const auto runs = w->session()->rollout().rows.size();
        QVERIFY(runs > 0);

        // Not shown: the page noted the new result and left its tables as they were.
        auto *page = w->findChild<UnknownRatePage *>();
        QVERIFY(!page->isActive());
        QVERIFY(page->isBehind());
        QCOMPARE(runsModelOf(*w)->rowCount(), 0);

        if (viaPageAccessor)
            QCOMPARE(w->page(MainWindow::UnknownRatePageIndex), page);
        else
            w->setCurrentPage(MainWindow::UnknownRatePageIndex);
        // Its tables at once; shown, its charts follow a part per event-loop turn
        // (Page::stage) without anyone asking; asked for, it is complete.
        QCOMPARE(runsModelOf(*w)->rowCount(), runs);
        QCOMPARE(page->isBehind(), !viaPageAccessor);
        QTRY_VERIFY(!page->isBehind());
        QCOMPARE(page->isActive(), !viaPageAccessor);

        // Shown, it keeps up at once; the page left behind is now the one that waits.
        if (!viaPageAccessor) {
            RolloutOptions options = w->session()->options().rollout;
            options.warnThreshold = 0.5;
            w->session()->setRolloutOptions(options);
            QVERIFY(!page->isBehind());
            QVERIFY(!w->findChild<Page *>(QStringLiteral("reviewPage"))->isActive());
        }
    }

    // A run chosen while a chart page is hidden is highlighted there when the page is
    // shown, in a part of its own; the hidden chart does nothing for it before (its scene
    // took 20-30 ms for a highlight, on top of the work of the page being shown).
    void hiddenPagesHighlightTheRunWhenShown_data()
    {
        QTest::addColumn<int>("pageIndex");
        QTest::addColumn<QString>("chart");
        QTest::addRow("allocations")
            << int(MainWindow::AllocationsPageIndex) << QStringLiteral("allocations_detector_runs");
        QTest::addRow("install") << int(MainWindow::InstallPageIndex)
                                 << QStringLiteral("install_durations");
    }
    void hiddenPagesHighlightTheRunWhenShown()
    {
        QFETCH(int, pageIndex);
        QFETCH(QString, chart);
        auto w = newWindow();
        w->setCurrentPage(MainWindow::ReviewPageIndex);
        QVERIFY(w->openSources({demoSourcePath()}));
        w->session()->waitForLoaded();
        w->setCurrentPage(pageIndex);
        Page *page = pageIndex == MainWindow::AllocationsPageIndex
                         ? static_cast<Page *>(w->findChild<AllocationsPage *>())
                         : w->findChild<InstallPage *>();
        QVERIFY(page);
        QTRY_VERIFY(!page->isBehind());
        auto *view = w->findChild<ChartView *>(chart);
        QCOMPARE(selectedRunPoints(view), 0);
        w->setCurrentPage(MainWindow::ReviewPageIndex);

        const QString runId = pageIndex == MainWindow::AllocationsPageIndex
                                  ? w->session()->allocations().selectedRunIds.at(2)
                                  : w->session()->install().series.at(3).runId;
        w->session()->selectRun(runId);
        QVERIFY(page->isBehind());
        QCOMPARE(selectedRunPoints(view), 0);

        w->setCurrentPage(pageIndex);
        QTRY_VERIFY(!page->isBehind());
        QVERIFY(selectedRunPoints(view) > 0);
    }

    void backgroundAnalysisPublishesOnlyTheLatestEdit()
    {
        AnalysisSession session;
        session.setBackgroundAnalysisFiles(0); // the demo too goes to a worker thread
        session.load({demoSourcePath()});
        session.waitForLoaded();
        QSignalSpy rollout(&session, &AnalysisSession::rolloutChanged);
        const QList<double> thresholds = {0.11, 0.22, 0.33, 0.44};
        for (const double t : thresholds) {
            RolloutOptions options = session.options().rollout;
            options.warnThreshold = t;
            session.setRolloutOptions(options);
        }
        QVERIFY(session.isAnalysing());
        session.waitForAnalysis();
        QVERIFY(!session.isAnalysing());
        // The first one ran while the others were asked for; its result and theirs were
        // dropped, only the last edit's result was published.
        QCOMPARE(rollout.count(), 1);
        QCOMPARE(session.rollout().warn.threshold, thresholds.last());
        // The extras are those of that result.
        const QList<WarnCurvePoint> curve = warnCurve(session.rollout());
        QCOMPARE(session.warnCurve().size(), curve.size());
        for (qsizetype i = 0; i < curve.size(); ++i) {
            QCOMPARE(session.warnCurve().at(i).threshold, curve.at(i).threshold);
            QCOMPARE(session.warnCurve().at(i).inForce, curve.at(i).inForce);
        }
    }

    void aLoadDropsARunningAnalysis()
    {
        AnalysisSession session;
        session.setBackgroundAnalysisFiles(0);
        session.load({demoSourcePath()});
        session.waitForLoaded();
        RolloutOptions options = session.options().rollout;
        options.warnThreshold = 0.3;
        session.setRolloutOptions(options);
        QSignalSpy rollout(&session, &AnalysisSession::rolloutChanged);
        session.load({demoSourcePath()}); // the analysis of the old dataset is of no use now
        session.waitForLoaded();
        const int published = rollout.count(); // the load's own
        session.waitForAnalysis();
        QCOMPARE(rollout.count(), published);
    }
};

QTEST_MAIN(TestGuiResponsive)
#include "test_gui_responsive.moc"
