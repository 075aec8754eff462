#pragma once
// The GUI's one source of truth: the loaded Dataset, the rules in force (SPEC §7: the
// sources' gatehouse.toml or a picked one, else the defaults, plus the operator's edits as
// overrides) and the three analysis results, and the selected run that links every view. Loading
// runs off the GUI thread (QtConcurrent + QFutureWatcher); a job id drops the result of a
// superseded load. Analyses are recomputed here, never in a widget; widgets only read the results.
#include "bench/AllocationsAnalysis.h"
#include "install/InstallAnalysis.h"
#include "report/GateReport.h"
#include "rollout/RolloutAnalysis.h"
#include "rollout/WarnCurve.h"
#include "rollout/WarnKeyPoints.h"
#include "rollout/WhitelistEffects.h"
#include "rules/RulesFile.h"
#include "sources/Dataset.h"
#include "sources/LoadCache.h"
#include "common/Translate.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <memory>

namespace gatehouse::ui {

// What the pages show of a rollout result beyond the result itself, computed by core
// functions next to the analysis (off the GUI thread for a large dataset), so a page only
// reads them: the WARN trade-off curve and what each whitelist class does.
struct RolloutExtras
{
    QList<WarnCurvePoint> warnCurve;
    QList<WarnKeyPoint> warnKeys; // warnKeyPoints(): in force, default rule, lowest
    WhitelistEffects effects;     // of result.whitelist, as of result.options.today
};
RolloutExtras computeRolloutExtras(const RolloutResult &result);

// What a load hands back from its worker thread: the analyses are run there too, so the
// GUI thread only takes the results (10k runs: the analyses alone would stall it).
struct LoadedData
{
    Dataset dataset;
    GateReport report;
    RolloutExtras extras;
    QByteArray reviewMarkdown;
    Language reviewLanguage = Language::English; // the GUI's language when the load began
    quint64 optionsGeneration = 0; // the rules the report was computed with
};

// A re-analysis done on a worker thread (AnalysisSessionBackground.cpp).
struct AnalysedGates
{
    GateReport report;
    RolloutExtras extras;
    QByteArray reviewMarkdown;
    Language reviewLanguage = Language::English;
    GateSelection gates;
    quint64 generation = 0; // m_analysisGeneration when it started
};

class AnalysisSession : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisSession(QObject *parent = nullptr);
    ~AnalysisSession() override;

    // Starts loading; a load already running is cancelled and its result dropped. The
    // same sources again (F5, reopening them) pass the session's LoadCache, so only files
    // that changed are read again; other sources start a new cache.
    void load(const QStringList &sources);
    void reload() { load(m_sources); }
    // True while the running (or last) load re-read the same sources with their cache.
    bool isReload() const { return m_isReload; }
    LoadCache *loadCache() const { return m_cache.get(); }

    // Watch sources (AnalysisSessionWatch.cpp): every interval, when no load is running,
    // asks the cache on a worker thread whether a source changed on disk (stat only) and
    // then reloads like F5. The window stays responsive; the selection is kept.
    static constexpr int kWatchIntervalMs = 3000;
    void setWatchSources(bool on);
    bool watchesSources() const { return m_watchTimer.isActive(); }
    void setWatchInterval(int ms) { m_watchTimer.setInterval(ms); }
    // One check now (the timer's tick); a check already running or a load makes it a no-op.
    void checkSourcesNow();
    bool isCheckingSources() const { return m_checkWatcher.isRunning(); }
    // Asked before a watch reload; false keeps the data as it is (the main window: the
    // whitelist editor holds unsaved edits a reload would replace).
    void setReloadGuard(std::function<bool()> mayReload) { m_mayReload = std::move(mayReload); }
    void cancel();
    bool isLoading() const { return m_loading; }
    // Blocks until the current load has finished (tests and the headless screenshot mode).
    void waitForLoaded();

    QStringList sources() const { return m_sources; }
    bool isDemo() const;
    const Dataset &dataset() const { return m_dataset; }
    const GateReport &report() const { return m_report; }
    const AllocationsResult &allocations() const { return m_report.allocations; }
    const InstallResult &install() const { return m_report.install; }
    const RolloutResult &rollout() const { return m_report.rollout; }
    // warnCurve(rollout()) and whitelistEffects(rollout(), …), computed with the result.
    const QList<WarnCurvePoint> &warnCurve() const { return m_extras.warnCurve; }
    const QList<WarnKeyPoint> &warnKeyPoints() const { return m_extras.warnKeys; }
    // graduationReviewMarkdown(report()), made with the result on the worker thread when
    // there is one (10k runs: tens of milliseconds), else made here when first asked for.
    QByteArray reviewMarkdown() const;
    const WhitelistEffects &whitelistEffects() const { return m_extras.effects; }

    // A rule edit re-runs its gate inline when the dataset came from fewer files than
    // this (a few milliseconds; the edit and its result are then one step), else on a
    // worker thread: the result lands a moment later, and edits made meanwhile replace
    // the one running (its result is dropped). 0: always on a worker (tests).
    static constexpr int kBackgroundAnalysisFiles = 3000;
    void setBackgroundAnalysisFiles(int files) { m_backgroundFiles = files; }
    // A re-analysis started whose result has not been taken yet (running, or finished
    // with its signal still on the way).
    bool isAnalysing() const { return m_analysisTaken != m_analysisStarted; }
    // Blocks until no re-analysis is running or queued, and publishes its result.
    void waitForAnalysis();
    // The rules in force; the analyses' options are always derived from them.
    const RuleSet &rules() const { return m_rules; }
    ReportOptions options() const;

    // An edit on a page: a value that differs from the rule becomes an override, one equal
    // to it clears the override. Re-runs the gates that depend on the key.
    void setRule(const QString &id, const QVariant &value);
    void resetToRules(); // clears every override
    // The pages' controls in the analyses' terms: each field that changed goes via setRule.
    void setAllocationsOptions(const AllocationsOptions &options);
    void setInstallOptions(const InstallOptions &options);
    void setRolloutOptions(const RolloutOptions &options);

    // Rules read for the sources on every load of new sources (findRulesFile); File > Open
    // Rules… replaces them for this session. A file with errors gives no verdicts until it
    // is fixed or the operator chooses the built-in defaults (for this session).
    void openRules(const QString &path);
    void useBuiltInDefaults();
    const QList<RulesError> &rulesErrors() const { return m_rulesErrors; }
    bool verdictsBlocked() const { return !m_rulesErrors.isEmpty(); }
    QString rulesFilePath() const { return m_rulesPath; } // tried or read; empty for none

    // File > Open Whitelist… / Open Baseline…: a file that replaces the sources' one until
    // other sources are opened. An unreadable pick shows as unreadable, never as none.
    void openWhitelistFile(const QString &path);
    void openBaselineFile(const QString &path);

    // The whitelist in effect (the editor's working copy); every change re-runs the
    // rollout analysis so charts and false-positive rates show its effect at once.
    std::optional<Whitelist> whitelist() const { return m_dataset.whitelist; }
    QString whitelistPath() const { return m_dataset.whitelistPath; }
    void setWhitelist(const std::optional<Whitelist> &whitelist);
    void setWhitelistPath(const QString &path) { m_dataset.whitelistPath = path; }
    const FileState &whitelistFile() const { return m_dataset.whitelistFile; }
    const FileState &baselineFile() const { return m_dataset.baselineFile; }

    // Linked views: the run selected anywhere (empty = none).
    QString selectedRunId() const { return m_selectedRunId; }
    void selectRun(const QString &runId);

signals:
    void rulesChanged(); // source, errors or overrides
    void loadStarted();
    // done of total files; msecsLeft < 0 while unknown.
    void loadProgress(int done, int total, qint64 msecsLeft);
    void loadFinished(bool cancelled);
    void datasetChanged();
    void allocationsChanged();
    void installChanged();
    void rolloutChanged();
    void runSelected(const QString &runId);
    // A watch check found changed sources and started a reload.
    // reloading is false when the reload guard held it back.
    void sourcesChangedOnDisk(bool reloading);

private:
    void onLoaded();
    void onSourcesChecked();
    void publishNext(quint64 job);
    void readRulesForSources();
    void applyRules(const RulesLoad &load, const QString &path);
    void applyPickedFiles();
    bool assignRule(const QString &id, const QVariant &value); // true when it changed
    void rulesEdited(bool allocations, bool install, bool rollout);
    void computeGates(bool allocations, bool install, bool rollout);
    void recomputeReport();
    void recomputeGates(bool allocations, bool install, bool rollout);
    void emitGates(const GateSelection &gates);
    void startAnalysis();
    void onAnalysed();

    QStringList m_sources;
    Dataset m_dataset;
    RuleSet m_rules;
    QList<RulesError> m_rulesErrors;
    QString m_rulesPath;
    bool m_rulesPicked = false; // Open Rules… or "Use built-in defaults": kept on reload
    QString m_pickedWhitelist, m_pickedBaseline;
    QDate m_today; // stale whitelist classes are judged against it (tests fix it)
    GateReport m_report;
    QString m_selectedRunId;
    bool m_loading = false; // until the views have taken the result
    int m_publishStep = -1; // next signal publishNext() emits; -1 when not publishing
    quint64 m_jobId = 0;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    QFutureWatcher<LoadedData> m_watcher;
    quint64 m_optionsGeneration = 0; // bumped whenever m_rules changes
    RolloutExtras m_extras;
    mutable std::optional<QByteArray> m_reviewMarkdown; // none: make it when asked
    mutable Language m_reviewMarkdownLanguage = Language::English; // the language it is in
    int m_backgroundFiles = kBackgroundAnalysisFiles;
    GateSelection m_pendingGates{false, false, false}; // edits not analysed yet
    quint64 m_analysisGeneration = 0;                  // bumped by every edit and every load
    QFutureWatcher<AnalysedGates> m_analysisWatcher;
    quint64 m_analysisStarted = 0, m_analysisTaken = 0; // so a result is taken only once
    std::shared_ptr<LoadCache> m_cache = std::make_shared<LoadCache>();
    bool m_isReload = false;
    QTimer m_watchTimer;
    std::function<bool()> m_mayReload;
    QFutureWatcher<bool> m_checkWatcher;
    quint64 m_checkJob = 0; // the load job a running check was started after
    QElapsedTimer m_loadTimer;
    int m_lastPermille = -1;
};

} // namespace gatehouse::ui
