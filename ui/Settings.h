#pragma once
// The one place the GUI reads and writes QSettings: window geometry and state, splitter
// states, the last page, the last and the recent sources (capped at 10). Keys are constants
// here so a typo cannot silently fork a setting. Gate rules are never kept here (SPEC §7):
// they come from the sources' gatehouse.toml, so no earlier session's edits can change a
// verdict; the options/* keys of older versions are ignored.
#include <QList>
#include <QString>

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
    // View > Language: "system" (the default), "en" or "de".
    QString language() const;
    void setLanguage(const QString &choice);
    // View > Watch Sources: reload by itself when the sources change on disk.
    bool watchSources() const; // off by default
    void setWatchSources(bool on);

    // The sources open when the window last closed; empty on first start.
    QStringList lastSources() const;
    void setLastSources(const QStringList &sources);

    // Most recent first; each entry is the source list of one load. The demo is not kept
    // here (it has its own action).
    QList<QStringList> recentSources() const;
    void addRecentSources(const QStringList &sources);
    void clearRecentSources();

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

namespace SettingsKey {
inline constexpr char kWindowGeometry[] = "window/geometry";
inline constexpr char kWindowState[] = "window/state";
inline constexpr char kSplitterPrefix[] = "window/splitter/";
inline constexpr char kLastPage[] = "window/lastPage";
inline constexpr char kLanguage[] = "view/language";
inline constexpr char kLastSources[] = "sources/last";
inline constexpr char kWatchSources[] = "sources/watch";
inline constexpr char kRecentSources[] = "sources/recent";
inline constexpr char kRecentPaths[] = "paths";
} // namespace SettingsKey

} // namespace gatehouse::ui
