#pragma once
// The one place the GUI reads and writes QSettings: window geometry and state, splitter
// states, the last page, the last and the recent sources (capped at 10) and the last
// analysis options. Keys are constants here so a typo cannot silently fork a setting.
#include "report/GateReport.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <memory>

namespace gatehouse::ui {

class Settings
{
public:
    static constexpr int kMaxRecentSources = 10;

    // The application's settings (organisation and application names must be set).
    Settings();
    // An INI file of its own (tests).
    explicit Settings(const QString &iniPath);
    ~Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // One saved state per named splitter ("main", "allocations", ...).
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    int lastPage() const; // -1 when none was saved
    void setLastPage(int page);

    // The sources open when the window last closed; empty on first start.
    QStringList lastSources() const;
    void setLastSources(const QStringList &sources);

    // Most recent first; each entry is the source list of one load. The demo is not kept
    // here (it has its own action).
    QList<QStringList> recentSources() const;
    void addRecentSources(const QStringList &sources);
    void clearRecentSources();

    ReportOptions analysisOptions() const; // defaults for what was never saved
    void setAnalysisOptions(const ReportOptions &options);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

namespace SettingsKey {
inline constexpr char kWindowGeometry[] = "window/geometry";
inline constexpr char kWindowState[] = "window/state";
inline constexpr char kSplitterPrefix[] = "window/splitter/";
inline constexpr char kLastPage[] = "window/lastPage";
inline constexpr char kLastSources[] = "sources/last";
inline constexpr char kRecentSources[] = "sources/recent";
inline constexpr char kRecentPaths[] = "paths";
inline constexpr char kBenchRuns[] = "options/bench/runs";
inline constexpr char kBenchMetric[] = "options/bench/metric";
inline constexpr char kBenchCvMax[] = "options/bench/cvMaxPercent";
inline constexpr char kBenchDriftMax[] = "options/bench/driftMax";
inline constexpr char kInstallRuns[] = "options/install/runs";
inline constexpr char kInstallBudget[] = "options/install/budgetSeconds";
inline constexpr char kInstallBranch[] = "options/install/branch";
inline constexpr char kInstallConclusion[] = "options/install/conclusion";
inline constexpr char kRolloutSpikeK[] = "options/rollout/spikeK";
inline constexpr char kRolloutSpikeMinDelta[] = "options/rollout/spikeMinDelta";
inline constexpr char kRolloutSpikeThreshold[] = "options/rollout/spikeThreshold";
inline constexpr char kRolloutWarnThreshold[] = "options/rollout/warnThreshold";
inline constexpr char kRolloutWarnWindow[] = "options/rollout/warnWindow";
} // namespace SettingsKey

} // namespace gatehouse::ui
