#include "Settings.h"

#include "sources/Loader.h"

namespace gatehouse::ui {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(key(SettingsKey::kWindowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(key(SettingsKey::kWindowGeometry), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(key(SettingsKey::kWindowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(key(SettingsKey::kWindowState), state);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings->value(key(SettingsKey::kSplitterPrefix) + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(key(SettingsKey::kSplitterPrefix) + name, state);
}

QString Settings::language() const
{
    return m_settings->value(key(SettingsKey::kLanguage), QStringLiteral("system")).toString();
}

void Settings::setLanguage(const QString &choice)
{
    m_settings->setValue(key(SettingsKey::kLanguage), choice);
}

int Settings::lastPage() const
{
    return m_settings->value(key(SettingsKey::kLastPage), -1).toInt();
}

bool Settings::watchSources() const
{
    return m_settings->value(key(SettingsKey::kWatchSources), false).toBool();
}

void Settings::setWatchSources(bool on)
{
    m_settings->setValue(key(SettingsKey::kWatchSources), on);
}

void Settings::setLastPage(int page)
{
    m_settings->setValue(key(SettingsKey::kLastPage), page);
}

QStringList Settings::lastSources() const
{
    return m_settings->value(key(SettingsKey::kLastSources)).toStringList();
}

void Settings::setLastSources(const QStringList &sources)
{
    m_settings->setValue(key(SettingsKey::kLastSources), sources);
}

QList<QStringList> Settings::recentSources() const
{
    QList<QStringList> recent;
    const int n = m_settings->beginReadArray(key(SettingsKey::kRecentSources));
    for (int i = 0; i < n && recent.size() < kMaxRecentSources; ++i) {
        m_settings->setArrayIndex(i);
        const QStringList paths = m_settings->value(key(SettingsKey::kRecentPaths)).toStringList();
        if (!paths.isEmpty() && !recent.contains(paths))
            recent.append(paths);
    }
    m_settings->endArray();
    return recent;
}

void Settings::addRecentSources(const QStringList &sources)
{
    if (sources.isEmpty() || sources == QStringList{demoSourcePath()})
        return;
    QList<QStringList> recent = recentSources();
    recent.removeAll(sources);
    recent.prepend(sources);
    while (recent.size() > kMaxRecentSources)
        recent.removeLast();
    m_settings->remove(key(SettingsKey::kRecentSources));
    m_settings->beginWriteArray(key(SettingsKey::kRecentSources), static_cast<int>(recent.size()));
    for (int i = 0; i < recent.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(key(SettingsKey::kRecentPaths), recent.at(i));
    }
    m_settings->endArray();
}

void Settings::clearRecentSources()
{
    m_settings->remove(key(SettingsKey::kRecentSources));
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace gatehouse::ui
