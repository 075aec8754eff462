#include "MainWindow.h"

#include "AnalysisSession.h"
#include "Settings.h"
#include "common/Translate.h"
#include "history/StoreKeychain.h"
#include "history/StorePasswords.h"
#include "pages/AllocationsPage.h"
#include "pages/InstallPage.h"
#include "pages/ProblemsPage.h"
#include "pages/ReviewPage.h"
#include "pages/RunsPage.h"
#include "pages/UnknownRatePage.h"
#include "pages/WhitelistPage.h"
#include "sources/Loader.h"
#include "widgets/IssueBanner.h"
#include "widgets/LoadProgress.h"
#include "widgets/RulesBanner.h"
#include "widgets/ThemedIcon.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <iterator>

namespace gatehouse::ui {

namespace {

const char *const kPageKeys[] = {"review",    "allocations", "install", "unknown_rate",
                                 "whitelist", "runs",        "problems"};
const char *const kPageIcons[] = {"page-review",       "page-allocations", "page-install",
                                  "page-unknown-rate", "page-whitelist",   "page-runs",
                                  "page-problems"};
static_assert(std::size(kPageKeys) == MainWindow::PageCount);
static_assert(std::size(kPageIcons) == MainWindow::PageCount);

// "Demo data", "artifacts", "artifacts + 2 more": short enough for a title bar.
QString describeSources(const QStringList &sources)
{
    if (sources.isEmpty())
        return QString();
    if (sources == QStringList{demoSourcePath()})
        return QObject::tr("Demo data");
    const QFileInfo first(sources.first());
    const QString name = sources.first() == demoSourcePath() ? QObject::tr("Demo data")
                         : first.fileName().isEmpty()        ? sources.first()
                                                             : first.fileName();
    return sources.size() == 1 ? name
                               : QObject::tr("%1 + %2 more").arg(name).arg(sources.size() - 1);
}

} // namespace

QString MainWindow::reloadSummary(const LoadCounters &counters)
{
    // What the reload read again: files that produced data and were not taken from the
    // load cache, against those the cache gave back unchanged.
    const int reread = std::max(0, counters.filesUsed - counters.filesReused);
    const QLocale locale;
    return tr("reloaded: %1 changed, %2 reused")
        .arg(Tr::translate("MainWindow", "%Ln file(s)", nullptr, reread),
             locale.toString(counters.filesReused));
}

MainWindow::MainWindow(QWidget *parent) : MainWindow(std::make_unique<Settings>(), parent) {}

MainWindow::MainWindow(std::unique_ptr<Settings> settings, QWidget *parent)
    : QMainWindow(parent),
      m_settings(settings ? std::move(settings) : std::make_unique<Settings>()),
      m_session(new AnalysisSession(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(colourIcon(QStringLiteral("gatehouse")));
    setAcceptDrops(true);
    createPages();
    createActions();
    createMenus();
    createStatusBar();
    connectSession();
    restoreSettings();
    updateTitle();
    updateStatusCounts();
}

MainWindow::~MainWindow()
{
    // The pages hold the session by pointer and may reach it while they are destroyed;
    // the session is the window's first child and would otherwise go first.
    m_session->cancel();
    delete takeCentralWidget();
}

void MainWindow::createPages()
{
    m_pages = {new ReviewPage(m_session),    new AllocationsPage(m_session),
               new InstallPage(m_session),   new UnknownRatePage(m_session),
               new WhitelistPage(m_session), new RunsPage(m_session),
               new ProblemsPage(m_session)};
    m_review = static_cast<ReviewPage *>(m_pages.at(ReviewPageIndex));
    m_whitelist = static_cast<WhitelistPage *>(m_pages.at(WhitelistPageIndex));

    m_pageList = new QListWidget;
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setIconSize(QSize(22, 22));
    m_pageList->setUniformItemSizes(true);
    m_pageList->setSpacing(2);
    m_stack = new QStackedWidget;
    for (int i = 0; i < PageCount; ++i) {
        Page *page = m_pages.at(i);
        page->setObjectName(pageKey(i) + QStringLiteral("Page"));
        auto *item = new QListWidgetItem(themedIcon(QString::fromLatin1(kPageIcons[i])),
                                         page->title(), m_pageList);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(page->title()).arg(i + 1));
        m_stack->addWidget(page);
    }
    m_pageList->setMinimumWidth(m_pageList->sizeHintForColumn(0) + 24);
    // The page to be shown catches up first, so it never paints what it showed before.
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, [this](int row) {
        for (int i = 0; i < m_pages.size(); ++i)
            m_pages.at(i)->setActive(i == row);
        m_stack->setCurrentIndex(row);
    });

    m_rulesBanner = new RulesBanner;
    connect(m_rulesBanner, &RulesBanner::useDefaultsRequested, m_session,
            &AnalysisSession::useBuiltInDefaults);
    connect(m_rulesBanner, &RulesBanner::openRulesRequested, this, &MainWindow::openRulesDialog);
    connect(m_session, &AnalysisSession::rulesChanged, m_rulesBanner,
            [this] { m_rulesBanner->setErrors(m_session->rulesErrors()); });
    m_banner = new IssueBanner;
    connect(m_banner, &IssueBanner::showProblemsRequested, this,
            [this] { setCurrentPage(ProblemsPageIndex); });
    connect(m_review, &ReviewPage::gateDetailsRequested, this, [this](GateId gate) {
        setCurrentPage(gate == GateId::Allocations ? AllocationsPageIndex
                       : gate == GateId::Install   ? InstallPageIndex
                                                   : UnknownRatePageIndex);
    });
    connect(m_whitelist, &WhitelistPage::dirtyChanged, this, &MainWindow::updateTitle);
    // "Whitelist this reason" on the Unknown rate page edits the whitelist and shows it.
    WhitelistPage::linkWhitelistRequests(
        static_cast<UnknownRatePage *>(m_pages.at(UnknownRatePageIndex)), m_whitelist,
        [this] { setCurrentPage(WhitelistPageIndex); });

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_rulesBanner);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_stack, 1);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_pageList);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({m_pageList->minimumWidth() + 20, 1200});
    setCentralWidget(m_splitter);
    connect(m_pageList, &QListWidget::currentRowChanged, m_banner,
            [this](int row) { m_banner->setShowProblemsVisible(row != ProblemsPageIndex); });
    m_pageList->setCurrentRow(ReviewPageIndex);
}

void MainWindow::createStatusBar()
{
    m_progress = new LoadProgress(m_session);
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_counts);
}

void MainWindow::connectSession()
{
    connect(m_session, &AnalysisSession::loadStarted, this, [this] {
        statusBar()->showMessage(tr("Loading %1…").arg(describeSources(m_session->sources())));
        updateTitle();
    });
    // Results arrive in stages: the dataset (runs, issues) first, then each analysis;
    // every page switches to its new data as its own signal lands.
    connect(m_session, &AnalysisSession::datasetChanged, this, [this] {
        m_banner->setIssues(m_session->dataset().issues);
        updateStatusCounts();
    });
    // A watch reload never replaces whitelist edits that are not saved.
    m_session->setReloadGuard([this] { return !m_whitelist->isDirty(); });
    connect(m_session, &AnalysisSession::sourcesChangedOnDisk, this, [this](bool reloading) {
        if (!reloading)
            statusBar()->showMessage(tr("The sources changed on disk; save or undo the "
                                        "whitelist edits, then press F5 to reload."));
    });
    connect(m_session, &AnalysisSession::loadFinished, this, [this](bool cancelled) {
        const LoadCounters &counters = m_session->dataset().counters;
        if (cancelled)
            statusBar()->showMessage(tr("Loading cancelled; showing what was loaded before."),
                                     8000);
        else if (m_session->isReload())
            statusBar()->showMessage(reloadSummary(counters), 8000);
        else
            statusBar()->showMessage(tr("Loaded %1 files from %2")
                                         .arg(m_session->dataset().counters.filesUsed)
                                         .arg(describeSources(m_session->sources())),
                                     8000);
        updateTitle();
    });
}

Page *MainWindow::page(int index) const
{
    if (index < 0 || index >= m_pages.size())
        return nullptr;
    // Whoever asks for a page (export, tests, screenshots) gets it as the session is now.
    m_pages.at(index)->catchUp();
    return m_pages.at(index);
}

QString MainWindow::pageKey(int index)
{
    return index >= 0 && index < PageCount ? QString::fromLatin1(kPageKeys[index]) : QString();
}

int MainWindow::currentPageIndex() const
{
    return m_stack->currentIndex();
}

void MainWindow::setCurrentPage(int index)
{
    if (index < 0 || index >= PageCount)
        return;
    m_pageList->setCurrentRow(index);
}

bool MainWindow::openSources(const QStringList &sources)
{
    if (sources.isEmpty() || !m_whitelist->maybeSave())
        return false;
    QStringList absolute;
    for (const QString &s : sources)
        absolute << (s.startsWith(QLatin1Char(':')) ? s
                     : looksLikeStoreUrl(s)         ? storeSourceForSettings(s)
                                                    : QFileInfo(s).absoluteFilePath());
    m_settings->addRecentSources(absolute);
    m_settings->setLastSources(absolute);
    // A PostgreSQL store's password may wait in the keychain: read it first.
    loadStorePasswords(absolute, this, [this, absolute] { m_session->load(absolute); });
    return true;
}

QString MainWindow::statusCounts() const
{
    return m_counts->text();
}

void MainWindow::updateStatusCounts()
{
    const Dataset &d = m_session->dataset();
    m_counts->setText(tr("%1 bench runs · %2 install runs · %3 gate runs · %4 parse issues")
                          .arg(d.benchRuns.size())
                          .arg(d.installRuns.size())
                          .arg(d.gateRuns.size())
                          .arg(d.issues.size()));
    m_counts->setToolTip(tr("%1 files seen, %2 used, %3 of no known kind, %4 zips read")
                             .arg(d.counters.filesSeen)
                             .arg(d.counters.filesUsed)
                             .arg(d.counters.filesIgnored)
                             .arg(d.counters.zipsRead));
}

void MainWindow::updateTitle()
{
    // The whitelist page marks unsaved edits; the title carries that mark so it shows in
    // the task bar too.
    const QString sources = describeSources(m_session->sources());
    const QString marker = m_whitelist->isDirty() ? QStringLiteral("*") : QString();
    setWindowTitle(sources.isEmpty() ? tr("Gatehouse") + marker
                                     : tr("%1%2 — Gatehouse").arg(sources, marker));
}

void MainWindow::restoreSettings()
{
    // No gate rules here (SPEC §7): they come with the sources when these are loaded.
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1400, 900);
    restoreState(m_settings->windowState());
    m_splitter->restoreState(m_settings->splitterState(QStringLiteral("main")));
    const int last = m_settings->lastPage();
    if (last >= 0 && last < PageCount)
        setCurrentPage(last);
    action(QStringLiteral("watchSources"))->setChecked(m_settings->watchSources());
}

void MainWindow::saveSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(QStringLiteral("main"), m_splitter->saveState());
    m_settings->setLastPage(currentPageIndex());
    if (!m_session->sources().isEmpty())
        m_settings->setLastSources(m_session->sources());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_whitelist->maybeSave()) {
        event->ignore();
        return;
    }
    m_session->cancel();
    saveSettings();
    event->accept();
}

QStringList MainWindow::droppableSources(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        const QFileInfo info(url.toLocalFile());
        if (!url.isLocalFile() || !info.exists())
            return {};
        if (!info.isDir() && info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) != 0)
            return {};
        paths << info.absoluteFilePath();
    }
    return paths;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppableSources(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppableSources(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openSources(paths);
}

} // namespace gatehouse::ui
