// MainWindow: actions, menus, the tool bar, opening sources and Export All.
#include "AnalysisSession.h"
#include "DownloadDialog.h"
#include "MainWindow.h"
#include "Settings.h"
#include "charts/ChartView.h"
#include "history/OpenHistoryDialog.h"
#include "pages/Page.h"
#include "pages/WhitelistPage.h"
#include "sources/Loader.h"
#include "widgets/AboutDialog.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <utility>

namespace gatehouse::ui {

namespace {

QAction *makeAction(QObject *parent, const QString &objectName, const QString &text,
                    const QString &icon, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(themedIcon(icon));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')), shortcut.toString(QKeySequence::NativeText)));
    }
    return action;
}

} // namespace

QAction *MainWindow::action(const QString &objectName) const
{
    for (QAction *a : m_actions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

void MainWindow::createActions()
{
    auto add = [this](QAction *a) {
        m_actions.append(a);
        addAction(a); // shortcuts work even when the menu bar is hidden
        return a;
    };
    connect(add(makeAction(this, QStringLiteral("openFolder"), tr("Open &Folder…"),
                           QStringLiteral("folder-open"), QKeySequence(tr("Ctrl+O")))),
            &QAction::triggered, this, &MainWindow::openFolderDialog);
    connect(add(makeAction(this, QStringLiteral("openZip"), tr("Open &Zip Files…"),
                           QStringLiteral("archive"), QKeySequence(tr("Ctrl+Shift+O")))),
            &QAction::triggered, this, &MainWindow::openZipDialog);
    connect(add(makeAction(this, QStringLiteral("openHistory"), tr("Open &History…"),
                           QStringLiteral("recent"), QKeySequence(tr("Ctrl+Shift+H")))),
            &QAction::triggered, this, [this] {
                auto *dialog = new OpenHistoryDialog(this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::accepted, this,
                        [this, dialog] { openSources({dialog->source()}); });
                dialog->open();
            });
    connect(
        add(makeAction(this, QStringLiteral("openDemo"), tr("Open &Demo"), QStringLiteral("demo"))),
        &QAction::triggered, this, [this] { openSources({demoSourcePath()}); });
    QAction *reload = add(makeAction(this, QStringLiteral("reload"), tr("&Reload"),
                                     QStringLiteral("reload"), QKeySequence(Qt::Key_F5)));
    connect(reload, &QAction::triggered, this, [this] {
        if (!m_session->sources().isEmpty() && m_whitelist->maybeSave())
            m_session->reload();
    });
    QAction *watch =
        add(makeAction(this, QStringLiteral("watchSources"), tr("&Watch Sources"), QString()));
    watch->setCheckable(true);
    watch->setToolTip(tr("Reload by itself when files in the sources change (checked every "
                         "%1 s, only what changed is read again)")
                          .arg(AnalysisSession::kWatchIntervalMs / 1000));
    connect(watch, &QAction::toggled, this, [this](bool on) {
        m_session->setWatchSources(on);
        m_settings->setWatchSources(on);
    });
    QAction *cancel = add(makeAction(this, QStringLiteral("cancelLoading"), tr("&Cancel Loading"),
                                     QStringLiteral("cancel"), QKeySequence(Qt::Key_Escape)));
    cancel->setEnabled(false);
    connect(cancel, &QAction::triggered, m_session, &AnalysisSession::cancel);
    connect(m_session, &AnalysisSession::loadStarted, cancel,
            [cancel] { cancel->setEnabled(true); });
    connect(m_session, &AnalysisSession::loadFinished, cancel,
            [cancel] { cancel->setEnabled(false); });
    createRulesActions(add);
    connect(add(makeAction(this, QStringLiteral("download"), tr("&Download from GitHub…"),
                           QStringLiteral("download"), QKeySequence(tr("Ctrl+D")))),
            &QAction::triggered, this, [this] {
                // The dialog runs the fetch itself; what it stored is opened for analysis.
                auto *dialog = new DownloadDialog(this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &DownloadDialog::downloaded, this,
                        [this](const QString &folder) { openSources({folder}); });
                dialog->open();
            });
    connect(add(makeAction(this, QStringLiteral("exportAll"), tr("&Export All…"),
                           QStringLiteral("export"), QKeySequence(tr("Ctrl+E")))),
            &QAction::triggered, this, &MainWindow::exportAllDialog);
    connect(add(makeAction(this, QStringLiteral("quit"), tr("&Quit"), QStringLiteral("quit"),
                           QKeySequence(tr("Ctrl+Q")))),
            &QAction::triggered, this, &QWidget::close);
    connect(add(makeAction(this, QStringLiteral("about"), tr("&About Gatehouse"),
                           QStringLiteral("about"))),
            &QAction::triggered, this, &MainWindow::showAbout);
    connect(add(makeAction(this, QStringLiteral("aboutQt"), tr("About &Qt"), QString())),
            &QAction::triggered, qApp, &QApplication::aboutQt);

    for (int i = 0; i < PageCount; ++i) {
        QAction *go = add(makeAction(this, QStringLiteral("showPage%1").arg(i + 1),
                                     QStringLiteral("&%1 %2").arg(i + 1).arg(page(i)->title()),
                                     QString(), QKeySequence(tr("Ctrl+%1").arg(i + 1))));
        connect(go, &QAction::triggered, this, [this, i] { setCurrentPage(i); });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("openFolder")));
    file->addAction(action(QStringLiteral("openZip")));
    file->addAction(action(QStringLiteral("openHistory")));
    file->addAction(action(QStringLiteral("openDemo")));
    m_recentMenu = file->addMenu(themedIcon(QStringLiteral("recent")), tr("Recent &Sources"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu(); // so the menu is enabled or not from the start
    file->addSeparator();
    file->addAction(action(QStringLiteral("reload")));
    file->addAction(action(QStringLiteral("watchSources")));
    file->addAction(action(QStringLiteral("cancelLoading")));
    file->addSeparator();
    addRulesMenus(file);
    file->addAction(action(QStringLiteral("download")));
    file->addAction(action(QStringLiteral("exportAll")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < PageCount; ++i)
        go->addAction(action(QStringLiteral("showPage%1").arg(i + 1)));

    addViewMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("verdictsHelp")));
    help->addSeparator();
    help->addAction(action(QStringLiteral("about")));
    help->addAction(action(QStringLiteral("aboutQt")));

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(action(QStringLiteral("openFolder")));
    toolBar->addAction(action(QStringLiteral("openZip")));
    toolBar->addAction(action(QStringLiteral("openDemo")));
    toolBar->addAction(action(QStringLiteral("reload")));
    toolBar->addSeparator();
    toolBar->addAction(action(QStringLiteral("download")));
    toolBar->addAction(action(QStringLiteral("exportAll")));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QList<QStringList> recent = m_settings->recentSources();
    for (int i = 0; i < recent.size(); ++i) {
        const QStringList sources = recent.at(i);
        QString label = QDir::toNativeSeparators(sources.first());
        if (sources.size() > 1)
            label += tr(" + %1 more").arg(sources.size() - 1);
        // Mnemonics 1..9 and 0 for the tenth; '&' in a path must not become one.
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(label));
        a->setToolTip(sources.join(QLatin1Char('\n')));
        connect(a, &QAction::triggered, this, [this, sources] { openSources(sources); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this,
                                [this] { m_settings->clearRecentSources(); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Artifact Folder"),
                                                          QString(), QFileDialog::ShowDirsOnly);
    if (!dir.isEmpty())
        openSources({dir});
}

void MainWindow::openZipDialog()
{
    const QStringList zips = QFileDialog::getOpenFileNames(
        this, tr("Open Artifact Zip Files"), QString(), tr("Zip archives (*.zip);;All files (*)"));
    if (!zips.isEmpty())
        openSources(zips);
}

bool MainWindow::exportAll(const QString &dir, QStringList *written, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("cannot create folder %1").arg(dir);
        return false;
    }
    // Markdown in the language the window shows; CSV and JSON are English in any language.
    if (!writeReport(m_session->report(), dir, written, error, reportLanguage()))
        return false;
    for (Page *p : std::as_const(m_pages)) {
        p->catchUp(); // a page not shown since the last result has not drawn it yet
        for (const auto &chart : p->charts()) {
            ChartView *view = chart.second;
            if (!view)
                continue;
            // A chart on a page never shown has not been laid out: give it a sensible
            // size of its own (the page's layout sets it again when shown).
            if (!view->isVisible())
                view->resize(1200, 700);
            const QString path = QDir(dir).filePath(chart.first + QStringLiteral(".png"));
            if (!view->exportImage(path, error))
                return false;
            if (written)
                written->append(path);
        }
    }
    return true;
}

void MainWindow::exportAllDialog()
{
    if (m_session->isLoading()) {
        statusBar()->showMessage(tr("Wait for the load to finish before exporting."), 5000);
        return;
    }
    // A save dialog, so a folder that does not exist yet can be named: exportAll creates it.
    const QString dir = QFileDialog::getSaveFileName(
        this, tr("Export All Into Folder (created if needed)"), QStringLiteral("gatehouse-report"),
        QString(), nullptr, QFileDialog::ShowDirsOnly | QFileDialog::DontConfirmOverwrite);
    if (dir.isEmpty())
        return;
    QStringList written;
    QString error;
    if (!exportAll(dir, &written, &error)) {
        QMessageBox::warning(
            this, tr("Export failed"),
            tr("The export stopped after %1 files: %2").arg(written.size()).arg(error));
        return;
    }
    statusBar()->showMessage(
        tr("Exported %1 files to %2").arg(written.size()).arg(QDir::toNativeSeparators(dir)), 8000);
    if (QMessageBox::question(this, tr("Export finished"),
                              tr("Exported %1 files to %2. Open the folder?")
                                  .arg(written.size())
                                  .arg(QDir::toNativeSeparators(dir)),
                              QMessageBox::Open | QMessageBox::Close,
                              QMessageBox::Open) == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace gatehouse::ui
