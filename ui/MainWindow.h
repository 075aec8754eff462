#pragma once
// The workbench window: a keyboard-driven page list on the left (Ctrl+1..7), the pages
// on the right, an inline banner for parse issues above them, and a status bar with the
// load progress and the run counts. It owns the AnalysisSession; the pages only read it.
// Actions, menus and the export live in MainWindowActions.cpp.
#include "common/Translate.h"

#include <QMainWindow>
#include <QStringList>
#include <functional>
#include <memory>

namespace gatehouse {
struct LoadCounters;
}

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;
class QMimeData;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace gatehouse::ui {

class AnalysisSession;
class IssueBanner;
class LoadProgress;
class Page;
class ReviewPage;
class RulesBanner;
class Settings;
class WhitelistPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The order of the page list; Ctrl+1 is Review.
    enum PageIndex
    {
        ReviewPageIndex,
        AllocationsPageIndex,
        InstallPageIndex,
        UnknownRatePageIndex,
        WhitelistPageIndex,
        RunsPageIndex,
        ProblemsPageIndex,
        PageCount
    };

    // Uses the application's settings.
    explicit MainWindow(QWidget *parent = nullptr);
    // Uses these settings (tests, the screenshot mode).
    explicit MainWindow(std::unique_ptr<Settings> settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    AnalysisSession *session() const { return m_session; }
    Settings &settings() const { return *m_settings; }

    int pageCount() const { return PageCount; }
    Page *page(int index) const;
    // File-name stem of a page ("review", "unknown_rate"), for screenshots.
    static QString pageKey(int index);
    int currentPageIndex() const;
    void setCurrentPage(int index);

    // Opens sources (folders, zips, the demo): asks to save whitelist edits first and
    // remembers them as recent. Returns false when the user cancelled.
    bool openSources(const QStringList &sources);
    // Writes the core report files and every page's charts (PNG) into dir.
    bool exportAll(const QString &dir, QStringList *written, QString *error);

    IssueBanner *issueBanner() const { return m_banner; }
    RulesBanner *rulesBanner() const { return m_rulesBanner; }
    QString statusCounts() const;
    // The status bar after F5 or a watch reload: "reloaded: 3 files changed, 31,999 reused".
    static QString reloadSummary(const LoadCounters &counters);
    QAction *action(const QString &objectName) const;
    // View > Language: applies the choice now (no restart) and keeps it in the settings.
    void setLanguageChoice(const QString &key);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void createActions();
    void createMenus();
    void createStatusBar();
    void connectSession();
    void restoreSettings();
    void saveSettings();
    void updateTitle();
    void updateStatusCounts();
    void rebuildRecentMenu();
    void openFolderDialog();
    void openZipDialog();
    void exportAllDialog();
    void showAbout();
    // MainWindowLanguage.cpp: View > Language and retranslating a live window.
    void addViewMenu();
    void retranslateUi(Language from, Language to);
    void updateLanguageActions();
    // MainWindowRules.cpp: the rules, whitelist and baseline files, and the help page.
    void createRulesActions(const std::function<QAction *(QAction *)> &add);
    void addRulesMenus(QMenu *file);
    void openRulesDialog();
    void openWhitelistDialog();
    void openBaselineDialog();
    void showVerdictsHelp();
    static QStringList droppableSources(const QMimeData *mime);

    std::unique_ptr<Settings> m_settings;
    AnalysisSession *m_session = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    IssueBanner *m_banner = nullptr;
    RulesBanner *m_rulesBanner = nullptr;
    LoadProgress *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<Page *> m_pages;
    WhitelistPage *m_whitelist = nullptr;
    ReviewPage *m_review = nullptr;
    QList<QAction *> m_actions;
    QActionGroup *m_languageGroup = nullptr;
    Language m_shownLanguage = Language::English; // the language the texts are in now
};

} // namespace gatehouse::ui
