// The main window on the embedded demo, offscreen: page order and shortcuts, the parse
// issue banner, the status bar counts, the Review verdicts, linked run selection, Export
// All, recent sources, drag and drop, the whitelist's dirty marker, settings on close.
#include "AnalysisSession.h"
#include "MainWindow.h"
#include "Settings.h"
#include "charts/ChartView.h"
#include "models/IssuesModel.h"
#include "models/ModelRoles.h"
#include "models/RunsModel.h"
#include "pages/Page.h"
#include "pages/ProblemsPage.h"
#include "pages/ReviewPage.h"
#include "pages/RunsPage.h"
#include "pages/WhitelistPage.h"
#include "sources/Loader.h"
#include "widgets/AboutDialog.h"
#include "widgets/IssueBanner.h"
#include "widgets/TableView.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>
#include <QtTest>

using namespace gatehouse;
using namespace gatehouse::ui;

class TestGuiMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_windows = 0;

    QString iniPath() const { return m_tmp.filePath(QStringLiteral("gatehouse.ini")); }
    std::unique_ptr<MainWindow> newWindow(const QString &ini = QString())
    {
        const QString path =
            ini.isEmpty() ? m_tmp.filePath(QStringLiteral("w%1.ini").arg(++m_windows)) : ini;
        return std::make_unique<MainWindow>(std::make_unique<Settings>(path));
    }
    static void loadDemo(MainWindow &w)
    {
        w.session()->load({demoSourcePath()});
        w.session()->waitForLoaded();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Nothing in this test may touch the real user's settings.
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.path());
        QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_gui_mainwindow"));
    }

    void pagesComeInOrder()
    {
        auto w = newWindow();
        QCOMPARE(w->pageCount(), 7);
        const QStringList expected{
            QStringLiteral("Review"),           QStringLiteral("Allocations"),
            QStringLiteral("Install duration"), QStringLiteral("Unknown rate"),
            QStringLiteral("Whitelist"),        QStringLiteral("Runs"),
            QStringLiteral("Problems")};
        auto *list = w->findChild<QListWidget *>(QStringLiteral("pageList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 7);
        for (int i = 0; i < w->pageCount(); ++i) {
            QVERIFY(w->page(i));
            QCOMPARE(w->page(i)->title(), expected.at(i));
            QCOMPARE(list->item(i)->text(), expected.at(i));
            QVERIFY(!list->item(i)->icon().isNull());
        }
        QVERIFY(qobject_cast<ReviewPage *>(w->page(MainWindow::ReviewPageIndex)));
        QVERIFY(qobject_cast<WhitelistPage *>(w->page(MainWindow::WhitelistPageIndex)));
        QVERIFY(qobject_cast<RunsPage *>(w->page(MainWindow::RunsPageIndex)));
        QVERIFY(qobject_cast<ProblemsPage *>(w->page(MainWindow::ProblemsPageIndex)));
        QCOMPARE(w->currentPageIndex(), int(MainWindow::ReviewPageIndex));
    }

    void ctrlDigitJumpsToPages()
    {
        auto w = newWindow();
        w->show();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        for (int i = 0; i < w->pageCount(); ++i) {
            QAction *go = w->action(QStringLiteral("showPage%1").arg(i + 1));
            QVERIFY(go);
            QCOMPARE(go->shortcut(), QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        }
        QTest::keyClick(w.get(), Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(w->currentPageIndex(), int(MainWindow::RunsPageIndex));
        QTest::keyClick(w.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w->currentPageIndex(), int(MainWindow::ReviewPageIndex));
        w->action(QStringLiteral("showPage7"))->trigger();
        QCOMPARE(w->currentPageIndex(), int(MainWindow::ProblemsPageIndex));
        // The standard shortcuts of the File menu.
        QCOMPARE(w->action(QStringLiteral("openFolder"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+O")));
        QCOMPARE(w->action(QStringLiteral("openZip"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Shift+O")));
        QCOMPARE(w->action(QStringLiteral("reload"))->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(w->action(QStringLiteral("cancelLoading"))->shortcut(),
                 QKeySequence(Qt::Key_Escape));
        QCOMPARE(w->action(QStringLiteral("quit"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Q")));
    }

    void demoShowsIssuesCountsAndVerdicts()
    {
        auto w = newWindow();
        w->show();
        QVERIFY(!w->issueBanner()->isVisible()); // nothing loaded: no banner
        loadDemo(*w);
        QVERIFY(w->issueBanner()->isVisible());
        QCOMPARE(w->issueBanner()->text(),
                 QStringLiteral("3 files could not be used, 1 warning about the loaded files"));
        QCOMPARE(w->statusCounts(),
                 QStringLiteral("44 bench runs · 44 install runs · 44 gate runs · 4 parse issues"));
        QVERIFY2(w->windowTitle().startsWith(QStringLiteral("Demo data — Gatehouse")),
                 qPrintable(w->windowTitle()));

        // The Review page refreshes once per batch of session signals, on the event loop.
        auto *review = qobject_cast<ReviewPage *>(w->page(MainWindow::ReviewPageIndex));
        QTRY_COMPARE(review->statusText(GateId::Allocations), QStringLiteral("not ready · FAIL"));
        QCOMPARE(review->statusText(GateId::Install), QStringLiteral("ready · PASS"));
        // The demo whitelist has stale classes, and a stale class blocks (rollout.stale_blocks).
        QCOMPARE(review->statusText(GateId::Rollout), QStringLiteral("not ready · FAIL"));
        QVERIFY(review->checkLines(GateId::Rollout)
                    .contains(checkLine(w->session()->rollout().checks.at(3))));
        QVERIFY(
            review->markdown().contains(QStringLiteral("| Allocations (soft → hard) | FAIL |")));
        auto *statusLabel = review->findChild<QLabel *>(QStringLiteral("installStatus"));
        QVERIFY(statusLabel);
        QCOMPARE(statusLabel->text(), QStringLiteral("ready · PASS"));

        review->copyMarkdown();
        QCOMPARE(QGuiApplication::clipboard()->text(), review->markdown());

        // The browser shows the review (its document is replaced on every refresh, a turn
        // after the cards, and the old one deleted: after a second load there is still
        // exactly one).
        auto *browser = review->findChild<QTextBrowser *>(QStringLiteral("reviewMarkdown"));
        QVERIFY(browser);
        QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("Allocations gate: FAIL")));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("DNSExfilDetector")));
        loadDemo(*w);
        QTRY_VERIFY(browser->toPlainText().contains(QStringLiteral("Allocations gate: FAIL")));
        QTRY_COMPARE(
            browser->findChildren<QTextDocument *>(QString(), Qt::FindDirectChildrenOnly).size(),
            1);
        QCOMPARE(browser->document()->defaultFont(), browser->font());
    }

    void bannerJumpsToProblems()
    {
        auto w = newWindow();
        w->show();
        loadDemo(*w);
        auto *show = w->issueBanner()->findChild<QPushButton *>(QStringLiteral("showProblems"));
        QVERIFY(show);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(w->currentPageIndex(), int(MainWindow::ProblemsPageIndex));
        auto *problems = qobject_cast<ProblemsPage *>(w->page(MainWindow::ProblemsPageIndex));
        QCOMPARE(problems->model()->rowCount(), 4);
        QCOMPARE(problems->view()->model()->rowCount(), 4);
        QVERIFY(problems->containingFolder().isEmpty()); // embedded demo: not on disk
    }

    void runSelectionIsLinked()
    {
        auto w = newWindow();
        loadDemo(*w);
        auto *runs = qobject_cast<RunsPage *>(w->page(MainWindow::RunsPageIndex));
        QCOMPARE(runs->model()->rowCount(), 132);
        w->session()->selectRun(QStringLiteral("9182737029"));
        QCOMPARE(runs->view()->currentIndex().data(RunIdRole).toString(),
                 QStringLiteral("9182737029"));
        // And back: choosing a row selects its run in the session.
        const QModelIndex other = runs->view()->model()->index(5, RunsModel::RunId);
        runs->view()->setCurrentIndex(other);
        QCOMPARE(w->session()->selectedRunId(), other.data(RunIdRole).toString());
        runs->setFilter(QStringLiteral("gate"), QString());
        QCOMPARE(runs->view()->model()->rowCount(), 44);
        runs->setFilter(QString(), QStringLiteral("9182736400"));
        QCOMPARE(runs->view()->model()->rowCount(), 3);
    }

    // Only a row the operator chooses selects its run on every page: a table that gets the
    // focus makes its first row current without choosing it, and a re-sort moves the
    // current row; neither selected a run before.
    void onlyAChosenRowSelectsItsRun_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("selectedRow"); // -1: no run selected
        QTest::newRow("made current by the focus") << QStringLiteral("focus") << -1;
        QTest::newRow("current, then re-sorted") << QStringLiteral("sort") << -1;
        QTest::newRow("clicked") << QStringLiteral("click") << 3;
        QTest::newRow("arrow key from a current row") << QStringLiteral("key") << 4;
        QTest::newRow("set as the view's current") << QStringLiteral("view") << 3;
        QTest::newRow("every row selected to copy") << QStringLiteral("all") << -1;
    }
    void onlyAChosenRowSelectsItsRun()
    {
        QFETCH(QString, how);
        QFETCH(int, selectedRow);
        auto w = newWindow();
        loadDemo(*w);
        w->resize(1400, 900);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        w->setCurrentPage(MainWindow::RunsPageIndex);
        auto *runs = qobject_cast<RunsPage *>(w->page(MainWindow::RunsPageIndex));
        QTableView *view = runs->view();
        QVERIFY(w->session()->selectedRunId().isEmpty());
        const QModelIndex row3 = view->model()->index(3, RunsModel::RunId);
        QItemSelectionModel *selection = view->selectionModel();
        if (how == QLatin1String("focus")) {
            view->setFocus();
            selection->setCurrentIndex(row3, QItemSelectionModel::NoUpdate);
        } else if (how == QLatin1String("sort")) {
            selection->setCurrentIndex(row3, QItemSelectionModel::NoUpdate);
            view->sortByColumn(RunsModel::RunId, Qt::DescendingOrder);
            view->sortByColumn(RunsModel::RunId, Qt::AscendingOrder);
        } else if (how == QLatin1String("click")) {
            view->scrollTo(row3);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                              view->visualRect(row3).center());
        } else if (how == QLatin1String("key")) {
            view->setFocus();
            selection->setCurrentIndex(row3, QItemSelectionModel::NoUpdate);
            QTest::keyClick(view, Qt::Key_Down);
        } else if (how == QLatin1String("all")) {
            view->setFocus();
            selection->setCurrentIndex(row3, QItemSelectionModel::NoUpdate);
            view->selectAll();
        } else {
            view->setCurrentIndex(row3);
        }
        const QString expected =
            selectedRow < 0
                ? QString()
                : view->model()->index(selectedRow, RunsModel::RunId).data(RunIdRole).toString();
        QVERIFY(selectedRow < 0 || !expected.isEmpty());
        QCOMPARE(w->session()->selectedRunId(), expected);
    }

    // A run chosen elsewhere is shown as chosen in the table even when its row is where
    // the focus left the current row (current, not selected).
    void runChosenElsewhereIsSelectedOnTheCurrentRow()
    {
        auto w = newWindow();
        loadDemo(*w);
        auto *runs = qobject_cast<RunsPage *>(w->page(MainWindow::RunsPageIndex));
        QTableView *view = runs->view();
        const QModelIndex row3 = view->model()->index(3, RunsModel::RunId);
        view->selectionModel()->setCurrentIndex(row3, QItemSelectionModel::NoUpdate);
        QVERIFY(!view->selectionModel()->isRowSelected(3, {}));
        w->session()->selectRun(row3.data(RunIdRole).toString());
        QVERIFY(view->selectionModel()->isRowSelected(3, {}));
    }

    void exportAllWritesReportAndCharts()
    {
        auto w = newWindow();
        w->show();
        loadDemo(*w);
        const QString out = m_tmp.filePath(QStringLiteral("export"));
        QStringList written;
        QString error;
        QVERIFY2(w->exportAll(out, &written, &error), qPrintable(error));
        int charts = 0;
        for (int i = 0; i < w->pageCount(); ++i)
            charts += static_cast<int>(w->page(i)->charts().size());
        QVERIFY(charts >= 3);
        QCOMPARE(written.size(),
                 static_cast<int>(reportFiles(w->session()->report()).size()) + charts);
        for (const auto &file : reportFiles(w->session()->report())) {
            const QFileInfo info(QDir(out).filePath(file.first));
            QVERIFY2(info.exists() && info.size() > 0, qPrintable(file.first));
        }
        for (int i = 0; i < w->pageCount(); ++i)
            for (const auto &chart : w->page(i)->charts()) {
                const QImage image(QDir(out).filePath(chart.first + QStringLiteral(".png")));
                QVERIFY2(!image.isNull(), qPrintable(chart.first));
                QVERIFY2(image.width() >= 400 && image.height() >= 200, qPrintable(chart.first));
            }
        QFile review(QDir(out).filePath(QStringLiteral("graduation_review.md")));
        QVERIFY(review.open(QIODevice::ReadOnly));
        QVERIFY(review.readAll().contains("| Install duration | PASS |"));
    }

    void exportIntoAFileFails()
    {
        auto w = newWindow();
        QFile blocker(m_tmp.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!w->exportAll(blocker.fileName(), nullptr, &error));
        QVERIFY(!error.isEmpty());
    }

    void recentSourcesCapAtTenInTheMenu()
    {
        const QString ini = m_tmp.filePath(QStringLiteral("recent.ini"));
        auto w = newWindow(ini);
        QStringList dirs;
        for (int i = 0; i < 12; ++i) {
            const QString dir = m_tmp.filePath(QStringLiteral("src%1").arg(i));
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(w->openSources({dir}));
            dirs << QFileInfo(dir).absoluteFilePath();
        }
        w->session()->waitForLoaded();
        QCOMPARE(w->session()->sources(), QStringList{dirs.last()});
        const QList<QStringList> recent = w->settings().recentSources();
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), QStringList{dirs.last()});
        auto *menu = w->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QCOMPARE(menu->actions().size(), 10 + 2); // entries, separator, "Clear List"
        QVERIFY(menu->actions().first()->text().endsWith(QDir::toNativeSeparators(dirs.last())));
        // An empty folder: every gate says so, and there is nothing to warn about.
        QVERIFY(!w->issueBanner()->isVisibleTo(w.get()));
        QCOMPARE(w->statusCounts(),
                 QStringLiteral("0 bench runs · 0 install runs · 0 gate runs · 0 parse issues"));
    }

    void cancelledLoadKeepsPreviousData()
    {
        auto w = newWindow();
        loadDemo(*w);
        QSignalSpy finished(w->session(), &AnalysisSession::loadFinished);
        w->session()->load({m_tmp.path()});
        QVERIFY(w->action(QStringLiteral("cancelLoading"))->isEnabled());
        w->action(QStringLiteral("cancelLoading"))->trigger();
        w->session()->waitForLoaded();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!w->action(QStringLiteral("cancelLoading"))->isEnabled());
        QCOMPARE(w->session()->dataset().benchRuns.size(), 44);
    }

    void dropOpensFoldersAndZipsOnly()
    {
        auto w = newWindow();
        const QString folder = m_tmp.filePath(QStringLiteral("dropped"));
        QVERIFY(QDir().mkpath(folder));
        QFile text(m_tmp.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.close();

        QMimeData wrong;
        wrong.setUrls({QUrl::fromLocalFile(text.fileName())});
        QDragEnterEvent rejected(QPoint(5, 5), Qt::CopyAction, &wrong, Qt::LeftButton,
                                 Qt::NoModifier);
        QCoreApplication::sendEvent(w.get(), &rejected);
        QVERIFY(!rejected.isAccepted());

        QMimeData right;
        right.setUrls({QUrl::fromLocalFile(folder)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &right, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(w.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &right, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(w.get(), &drop);
        w->session()->waitForLoaded();
        QCOMPARE(w->session()->sources(), QStringList{QFileInfo(folder).absoluteFilePath()});
    }

    void titleCarriesWhitelistDirtyMarker()
    {
        auto w = newWindow();
        loadDemo(*w);
        auto *whitelist = qobject_cast<WhitelistPage *>(w->page(MainWindow::WhitelistPageIndex));
        QVERIFY(!w->windowTitle().contains(QLatin1Char('*')));
        whitelist->whitelistReason(QStringLiteral("oom_killed"));
        QVERIFY(whitelist->isDirty());
        QVERIFY2(w->windowTitle().startsWith(QStringLiteral("Demo data* — ")),
                 qPrintable(w->windowTitle()));
        whitelist->undoStack()->undo();
        QVERIFY(!whitelist->isDirty());
        QVERIFY(!w->windowTitle().contains(QLatin1Char('*')));
    }

    void settingsPersistOnClose()
    {
        const QString ini = m_tmp.filePath(QStringLiteral("persist.ini"));
        {
            auto w = newWindow(ini);
            w->show();
            loadDemo(*w);
            w->setCurrentPage(MainWindow::InstallPageIndex);
            AllocationsOptions options = w->session()->options().allocations;
            options.runs = 12;
            w->session()->setAllocationsOptions(options);
            QVERIFY(w->close());
        }
        Settings saved(ini);
        QCOMPARE(saved.lastPage(), int(MainWindow::InstallPageIndex));
        QCOMPARE(saved.lastSources(), QStringList{demoSourcePath()});
        QVERIFY(!saved.windowGeometry().isEmpty());
        QVERIFY(!saved.splitterState(QStringLiteral("main")).isEmpty());
        // SPEC §7: the edit was an override of this session; no rule lives in the settings.
        QSettings raw(ini, QSettings::IniFormat);
        for (const QString &key : raw.allKeys())
            QVERIFY2(!key.startsWith(QLatin1String("options/")), qPrintable(key));
        auto again = newWindow(ini);
        QCOMPARE(again->currentPageIndex(), int(MainWindow::InstallPageIndex));
        QCOMPARE(again->session()->options().allocations.runs, 10);
        QVERIFY(again->session()->rules().overridden().isEmpty());
    }

    void aboutNamesVersionAndQt()
    {
        AboutDialog about;
        auto *text = about.findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(text);
        QVERIFY(text->text().contains(QStringLiteral(GATEHOUSE_VERSION)));
        QVERIFY(text->text().contains(QString::fromLatin1(qVersion())));
    }
};

QTEST_MAIN(TestGuiMainWindow)
#include "test_gui_mainwindow.moc"
