// AnalysisSession: the rules in force and the files picked for this session (SPEC §7, §8).
#include "AnalysisSession.h"
#include <QCoreApplication>

#include "bench/Baseline.h"
#include "common/StoredText.h"
#include "report/ChangesReport.h"
#include "rollout/WhitelistFile.h"

#include <QFile>
#include <QFileInfo>

namespace gatehouse::ui {

namespace {

// Numbers compare by value: a rule read as 300 (a TOML integer) equals a spin box's 300.0.
bool sameRuleValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    const auto isNumber = [](const QVariant &v) {
        const int t = v.typeId();
        return t == QMetaType::Int || t == QMetaType::LongLong || t == QMetaType::Double ||
               t == QMetaType::UInt || t == QMetaType::ULongLong;
    };
    if (isNumber(a) && isNumber(b))
        return qFuzzyCompare(1.0 + a.toDouble(), 1.0 + b.toDouble());
    return a == b;
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// Why a picked file could not be used, from the issues its parser left.
QString issuesText(const ParseIssues &issues)
{
    QStringList lines;
    for (const ParseIssue &i : issues)
        if (i.severity == Severity::Error)
            lines << (i.line > 0 ? QCoreApplication::translate("AnalysisSession", "line %1: %2")
                                       .arg(i.line)
                                       .arg(inReportLanguage(i.message))
                                 : inReportLanguage(i.message));
    return lines.isEmpty() ? QCoreApplication::translate("AnalysisSession", "not a valid file")
                           : lines.join(QStringLiteral("; "));
}

// Reads a picked file; on failure *error says why.
std::optional<QByteArray> readPicked(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

ReportOptions AnalysisSession::options() const
{
    ReportOptions o = m_rules.reportOptions();
    o.rollout.today = m_today;
    return o;
}

bool AnalysisSession::assignRule(const QString &id, const QVariant &value)
{
    if (!findRuleKey(id))
        return false;
    if (sameRuleValue(value, m_rules.ruleValue(id))) {
        if (!m_rules.isOverridden(id))
            return false;
        m_rules.clearOverride(id); // back to the rule: no longer an override
        return true;
    }
    if (m_rules.isOverridden(id) && sameRuleValue(value, m_rules.value(id)))
        return false;
    return m_rules.setOverride(id, value);
}

void AnalysisSession::rulesEdited(bool allocations, bool install, bool rollout)
{
    ++m_optionsGeneration;
    recomputeGates(allocations, install, rollout);
    emit rulesChanged();
}

void AnalysisSession::setRule(const QString &id, const QVariant &value)
{
    if (!assignRule(id, value))
        return;
    const QString table = id.section(QLatin1Char('.'), 0, 0);
    rulesEdited(table == QLatin1String("bench"), table == QLatin1String("install"),
                table == QLatin1String("rollout"));
}

void AnalysisSession::resetToRules()
{
    if (m_rules.overridden().isEmpty())
        return;
    m_rules.clearOverrides();
    rulesEdited(true, true, true);
}

void AnalysisSession::setAllocationsOptions(const AllocationsOptions &o)
{
    bool changed = false;
    if (!o.metric.isEmpty())
        changed |= assignRule(QStringLiteral("bench.metric"), o.metric);
    changed |= assignRule(QStringLiteral("bench.runs"), o.runs);
    changed |= assignRule(QStringLiteral("bench.cv_max"), o.cvMaxPercent);
    changed |= assignRule(QStringLiteral("bench.drift_max"), o.driftMax);
    if (changed)
        rulesEdited(true, false, false);
}

void AnalysisSession::setInstallOptions(const InstallOptions &o)
{
    bool changed = assignRule(QStringLiteral("install.runs"), o.runs);
    changed |= assignRule(QStringLiteral("install.budget"), o.budgetSeconds);
    // The analysis reads "" as any; the rules say "*" (a rule string is never empty).
    const auto any = [](const QString &s) { return s.isEmpty() ? QStringLiteral("*") : s; };
    changed |= assignRule(QStringLiteral("install.branch"), any(o.branch));
    changed |= assignRule(QStringLiteral("install.conclusion"), any(o.conclusion));
    if (changed)
        rulesEdited(false, true, false);
}

void AnalysisSession::setRolloutOptions(const RolloutOptions &o)
{
    bool changed = assignRule(QStringLiteral("rollout.spike_k"), o.spikeK);
    changed |= assignRule(QStringLiteral("rollout.spike_min_delta"), o.spikeMinDelta);
    changed |=
        assignRule(QStringLiteral("rollout.spike_threshold"), optionalValue(o.spikeThreshold));
    changed |= assignRule(QStringLiteral("rollout.warn_threshold"), optionalValue(o.warnThreshold));
    changed |= assignRule(QStringLiteral("rollout.warn_window"), o.warnWindow);
    changed |= assignRule(QStringLiteral("rollout.readiness_runs"), o.readinessTarget);
    changed |= assignRule(QStringLiteral("rollout.fp_max"), o.fpMax);
    changed |= assignRule(QStringLiteral("rollout.stale_blocks"), o.staleBlocks);
    // The date is not a rule: tests fix it so stale classes do not depend on the calendar.
    if (o.today.isValid() && o.today != m_today) {
        m_today = o.today;
        changed = true;
    }
    if (changed)
        rulesEdited(false, false, true);
}

void AnalysisSession::readRulesForSources()
{
    const QString path = findRulesFile(m_sources);
    if (path.isEmpty()) {
        m_rules = RuleSet();
        m_rulesErrors.clear();
        m_rulesPath.clear();
        ++m_optionsGeneration;
        emit rulesChanged();
        return;
    }
    applyRules(loadRulesFile(path), path);
}

void AnalysisSession::applyRules(const RulesLoad &load, const QString &path)
{
    m_rulesPath = path;
    m_rulesErrors = load.errors;
    if (load.rules && load.errors.isEmpty())
        m_rules = *load.rules;
    else
        m_rules = RuleSet(); // the data still shows; verdictsBlocked() hides every verdict
    if (!load.rules && m_rulesErrors.isEmpty()) // cannot happen by contract; never "no error"
        m_rulesErrors.append(RulesError{
            path, 0, 0, {}, QCoreApplication::translate("AnalysisSession", "cannot be read")});
    ++m_optionsGeneration;
    emit rulesChanged();
}

void AnalysisSession::openRules(const QString &path)
{
    m_rulesPicked = true;
    applyRules(loadRulesFile(path), QFileInfo(path).absoluteFilePath());
    recomputeGates(true, true, true);
}

void AnalysisSession::useBuiltInDefaults()
{
    m_rulesPicked = true;
    m_rules = RuleSet();
    m_rulesErrors.clear();
    m_rulesPath.clear();
    ++m_optionsGeneration;
    emit rulesChanged();
    recomputeGates(true, true, true);
}

void AnalysisSession::applyPickedFiles()
{
    if (!m_pickedWhitelist.isEmpty()) {
        const QString path = m_pickedWhitelist;
        QString error;
        ParseIssues issues;
        std::optional<Whitelist> whitelist;
        if (const auto data = readPicked(path, &error)) {
            whitelist = parseWhitelist(*data, path, issues);
            if (!whitelist)
                error = issuesText(issues);
        }
        m_dataset.whitelist = whitelist;
        m_dataset.whitelistPath = path;
        m_dataset.whitelistFile =
            whitelist ? FileState::loaded(path) : FileState::unreadable(path, error);
    }
    if (!m_pickedBaseline.isEmpty()) {
        const QString path = m_pickedBaseline;
        QString error;
        ParseIssues issues;
        std::optional<Baseline> baseline;
        if (const auto data = readPicked(path, &error)) {
            baseline = parseBaseline(*data, path, issues);
            if (!baseline)
                error = issuesText(issues);
        }
        m_dataset.baseline = baseline;
        m_dataset.baselinePath = path;
        m_dataset.baselineFile =
            baseline ? FileState::loaded(path) : FileState::unreadable(path, error);
    }
}

void AnalysisSession::openWhitelistFile(const QString &path)
{
    m_pickedWhitelist = QFileInfo(path).absoluteFilePath();
    applyPickedFiles();
    emit datasetChanged(); // the whitelist editor takes the new file
    recomputeGates(false, false, true);
}

void AnalysisSession::openBaselineFile(const QString &path)
{
    m_pickedBaseline = QFileInfo(path).absoluteFilePath();
    applyPickedFiles();
    emit datasetChanged();
    recomputeGates(true, false, false);
}

void AnalysisSession::setWhitelist(const std::optional<Whitelist> &whitelist)
{
    m_dataset.whitelist = whitelist;
    recomputeGates(false, false, true);
}

void AnalysisSession::computeGates(bool allocations, bool install, bool rollout)
{
    m_report.rules = m_rules;
    analyzeGates(m_report, m_dataset, options(), {allocations, install, rollout});
    m_reviewMarkdown.reset();
    if (rollout)
        m_extras = computeRolloutExtras(m_report.rollout);
}

void AnalysisSession::recomputeReport()
{
    computeGates(true, true, true);
    m_report.issues = m_dataset.issues;
    m_report.counters = m_dataset.counters;
    m_reviewMarkdown.reset();
}

void AnalysisSession::recomputeGates(bool allocations, bool install, bool rollout)
{
    if (m_dataset.counters.filesUsed < m_backgroundFiles) {
        computeGates(allocations, install, rollout);
        emitGates({allocations, install, rollout});
        return;
    }
    m_pendingGates.allocations |= allocations;
    m_pendingGates.install |= install;
    m_pendingGates.rollout |= rollout;
    ++m_analysisGeneration;
    if (!isAnalysing()) // else the one running picks these up when its result arrives
        startAnalysis();
}

void AnalysisSession::emitGates(const GateSelection &gates)
{
    if (gates.allocations)
        emit allocationsChanged();
    if (gates.install)
        emit installChanged();
    if (gates.rollout)
        emit rolloutChanged();
}

} // namespace gatehouse::ui
