#include "Settings.h"

#include "sources/Loader.h"

namespace gatehouse::ui {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// An optional double is stored as a number, or removed when unset.
void setOptional(QSettings &s, const char *name, const std::optional<double> &value)
{
    if (value)
        s.setValue(key(name), *value);
    else
        s.remove(key(name));
}

std::optional<double> optionalValue(const QSettings &s, const char *name)
{
    const QVariant v = s.value(key(name));
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!v.isValid() || !ok)
        return std::nullopt;
    return d;
}

// A stored number is used only when it reads as one and lies in range; a hand-edited or
// corrupted settings file must never produce an analysis option core would reject.
double boundedDouble(const QSettings &s, const char *name, double fallback, double min, double max)
{
    bool ok = false;
    const double d = s.value(key(name), fallback).toDouble(&ok);
    return ok && d >= min && d <= max ? d : fallback;
}

int boundedInt(const QSettings &s, const char *name, int fallback, int min, int max)
{
    bool ok = false;
    const int i = s.value(key(name), fallback).toInt(&ok);
    return ok && i >= min && i <= max ? i : fallback;
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

int Settings::lastPage() const
{
    return m_settings->value(key(SettingsKey::kLastPage), -1).toInt();
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

ReportOptions Settings::analysisOptions() const
{
    using namespace SettingsKey;
    const QSettings &s = *m_settings;
    ReportOptions o;
    o.allocations.runs = boundedInt(s, kBenchRuns, o.allocations.runs, 1, 100000);
    const QString metric = s.value(key(kBenchMetric)).toString();
    if (!metric.isEmpty())
        o.allocations.metric = metric;
    o.allocations.cvMaxPercent = boundedDouble(s, kBenchCvMax, o.allocations.cvMaxPercent, 0, 1e6);
    o.allocations.driftMax = boundedDouble(s, kBenchDriftMax, o.allocations.driftMax, 0, 1e12);
    o.install.runs = boundedInt(s, kInstallRuns, o.install.runs, 1, 100000);
    o.install.budgetSeconds = boundedDouble(s, kInstallBudget, o.install.budgetSeconds, 0, 1e9);
    o.install.branch = s.value(key(kInstallBranch), o.install.branch).toString();
    o.install.conclusion = s.value(key(kInstallConclusion), o.install.conclusion).toString();
    o.rollout.spikeK = boundedDouble(s, kRolloutSpikeK, o.rollout.spikeK, 0, 1e6);
    o.rollout.spikeMinDelta =
        boundedDouble(s, kRolloutSpikeMinDelta, o.rollout.spikeMinDelta, 0, 1);
    o.rollout.spikeThreshold = optionalValue(s, kRolloutSpikeThreshold);
    o.rollout.warnThreshold = optionalValue(s, kRolloutWarnThreshold);
    o.rollout.warnWindow = boundedInt(s, kRolloutWarnWindow, o.rollout.warnWindow, 1, 100000);
    return o;
}

void Settings::setAnalysisOptions(const ReportOptions &o)
{
    using namespace SettingsKey;
    QSettings &s = *m_settings;
    s.setValue(key(kBenchRuns), o.allocations.runs);
    s.setValue(key(kBenchMetric), o.allocations.metric);
    s.setValue(key(kBenchCvMax), o.allocations.cvMaxPercent);
    s.setValue(key(kBenchDriftMax), o.allocations.driftMax);
    s.setValue(key(kInstallRuns), o.install.runs);
    s.setValue(key(kInstallBudget), o.install.budgetSeconds);
    s.setValue(key(kInstallBranch), o.install.branch);
    s.setValue(key(kInstallConclusion), o.install.conclusion);
    s.setValue(key(kRolloutSpikeK), o.rollout.spikeK);
    s.setValue(key(kRolloutSpikeMinDelta), o.rollout.spikeMinDelta);
    setOptional(s, kRolloutSpikeThreshold, o.rollout.spikeThreshold);
    setOptional(s, kRolloutWarnThreshold, o.rollout.warnThreshold);
    s.setValue(key(kRolloutWarnWindow), o.rollout.warnWindow);
    // rollout.today is deliberately not stored: stale classes are judged against the
    // date the analysis runs on.
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace gatehouse::ui
