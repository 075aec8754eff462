#include "AllocationsAnalysis.h"
#include "common/StoredText.h"
#include "common/Translate.h"

#include "AllocationsChecks.h"
#include "GoBenchParser.h"
#include "common/NumberFormat.h"
#include "common/RunOrder.h"
#include "stats/Descriptive.h"

#include <QMap>
#include <cmath>
#include <set>

namespace gatehouse {
namespace {

// "run 123" / "runs 1, 2, 3" / "runs 1, 2, 3 and 4 more"
QString runList(const QStringList &ids)
{
    constexpr int shown = 3;
    const QString listed = ids.mid(0, shown).join(QStringLiteral(", "));
    if (ids.size() > shown)
        return Tr::translate("AllocationsReport", "runs %1 and %2 more")
            .arg(listed)
            .arg(ids.size() - shown);
    return ids.size() == 1 ? Tr::translate("AllocationsReport", "run %1").arg(listed)
                           : Tr::translate("AllocationsReport", "runs %1").arg(listed);
}

// Pooled samples of one detector over the selected runs.
struct Pool
{
    QVector<double> values;
    int runs = 0;
    int failures = 0;
    QStringList failedRunIds;
    QStringList shortRunIds;
};

QMap<DetectorKey, Pool> poolSamples(const QList<BenchRun> &selected, const QString &metric)
{
    QMap<DetectorKey, Pool> pools;
    for (const BenchRun &run : selected) {
        const QString &runId = run.identity.runId;
        QMap<DetectorKey, int> counts;
        int runMax = 0;
        run.forEachSeries(
            [&](const DetectorKey &key, const QString &unit, SampleSpan values, qsizetype) {
                if (unit != metric || values.isEmpty())
                    return;
                Pool &pool = pools[key];
                for (double v : values)
                    pool.values.append(v);
                ++pool.runs;
                counts.insert(key, static_cast<int>(values.size()));
                runMax = std::max(runMax, static_cast<int>(values.size()));
            });
        for (auto it = run.failures.cbegin(); it != run.failures.cend(); ++it) {
            if (it.value() <= 0)
                continue;
            Pool &pool = pools[it.key()];
            pool.failures += it.value();
            pool.failedRunIds.append(runId);
        }
        // A failed line explains a missing sample; an unexplained gap means a result line
        // was probably broken by log output in this run.
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() + run.failures.value(it.key()) < runMax)
                pools[it.key()].shortRunIds.append(runId);
    }
    return pools;
}

bool withinDrift(double drift, double driftMax, double baseline)
{
    // Slack for binary rounding only, so that 12.1 - 11.1 counts as exactly 1.
    return std::fabs(drift) - driftMax <= 1e-9 * std::max(1.0, std::fabs(baseline));
}

void addReasons(DetectorAllocations &row, const AllocationsOptions &options, bool hasBaseline)
{
    const QString metric = options.metric;
    if (row.failures > 0)
        row.reasons.append(Tr::translate("AllocationsReport", "failed in %1 (%2)")
                               .arg(Tr::translate("AllocationsReport", "%n run(s)", nullptr,
                                                  row.failedRunIds.size()),
                                    runList(row.failedRunIds)));
    if (row.samples == 0) {
        row.reasons.append(Tr::translate("AllocationsReport", "no %1 samples").arg(metric));
        return;
    }
    if (row.runs < options.minRuns)
        row.reasons.append(Tr::translate("AllocationsReport", "n = %1 < %2 runs")
                               .arg(row.runs)
                               .arg(options.minRuns));
    if (!row.cvPercent) {
        row.reasons.append(Tr::translate("AllocationsReport", "CV undefined (mean 0)"));
    } else if (*row.cvPercent >= options.cvMaxPercent) {
        row.reasons.append(
            Tr::translate("AllocationsReport", "CV %1 %: %2 of %3 samples off the mode")
                .arg(formatAgainstThreshold(*row.cvPercent, options.cvMaxPercent))
                .arg(row.samples - row.modeCount)
                .arg(row.samples));
    }
    if (row.drift && !row.within) {
        row.reasons.append(
            *row.drift > 0 ? Tr::translate("AllocationsReport", "drift %1 > %2")
                                 .arg(formatSigned(*row.drift), formatCompact(options.driftMax))
                           : Tr::translate("AllocationsReport", "drift %1 < -%2")
                                 .arg(formatSigned(*row.drift), formatCompact(options.driftMax)));
    }
    if (!row.shortRunIds.isEmpty())
        row.reasons.append(
            Tr::translate("AllocationsReport", "fewer samples in %1 than other detectors")
                .arg(runList(row.shortRunIds)));
    if (hasBaseline && !row.baseline)
        row.reasons.append(Tr::translate("AllocationsReport", "no baseline value"));
}

DetectorAllocations detectorRow(const DetectorKey &key, const Pool &pool,
                                const std::optional<Baseline> &baseline,
                                const AllocationsOptions &options)
{
    DetectorAllocations row;
    row.key = key;
    row.runs = pool.runs;
    row.samples = static_cast<int>(pool.values.size());
    row.failures = pool.failures;
    row.failedRunIds = pool.failedRunIds;
    row.shortRunIds = pool.shortRunIds;
    if (row.samples > 0) {
        const QVector<double> &values = pool.values;
        row.mean = stats::mean(values);
        row.median = stats::median(values);
        row.min = stats::minimum(values);
        row.max = stats::maximum(values);
        const stats::Mode mode = stats::mode(values);
        row.modeValue = mode.value;
        row.modeCount = mode.count;
        row.modeShare = static_cast<double>(mode.count) / row.samples;
        if (row.min == row.max) {
            // Exactly 0, even where summing 0.1s would leave rounding noise.
            row.stdev = 0;
            row.cvPercent = 0.0;
        } else {
            row.stdev = stats::sampleStdev(values);
            if (row.mean != 0)
                row.cvPercent = 100.0 * row.stdev / std::fabs(row.mean);
        }
        if (row.cvPercent)
            row.cvInterval = stats::cvConfidenceInterval(*row.cvPercent, row.samples);
    }
    if (baseline)
        row.baseline = baseline->valueFor(key.name, options.metric);
    if (row.baseline && row.samples > 0) {
        row.drift = row.mean - *row.baseline;
        row.within = withinDrift(*row.drift, options.driftMax, *row.baseline);
    }
    row.status = row.cvPercent && *row.cvPercent < options.cvMaxPercent ? DetectorStatus::Ok
                                                                        : DetectorStatus::Over;
    addReasons(row, options, baseline.has_value());
    return row;
}

// Offline fallback: no runs, so each baseline value stands in as a single sample.
void addBaselineOnlyRows(AllocationsResult &result, const Baseline &baseline)
{
    const QString &metric = result.options.metric;
    std::set<QString> units;
    std::set<QString> seen;
    for (const BaselineEntry &entry : baseline.entries()) {
        if (entry.value.isDouble())
            units.insert(QStringLiteral("allocs/op"));
        const QJsonObject object = entry.value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            if (it.value().isDouble())
                units.insert(baselineUnitForField(it.key()));
        const std::optional<double> value = baseline.valueFor(entry.detector, metric);
        if (!value || seen.count(entry.detector))
            continue;
        seen.insert(entry.detector);
        DetectorAllocations row;
        row.key = {QString(), entry.detector};
        row.samples = 1;
        row.mean = row.median = row.min = row.max = row.modeValue = *value;
        row.stdev = 0;
        row.cvPercent = 0.0;
        row.modeCount = 1;
        row.modeShare = 1;
        row.baseline = value;
        row.fromBaselineOnly = true;
        row.status = DetectorStatus::NoData;
        row.reasons.append(QStringLiteral("baseline value only: no benchmark runs"));
        result.detectors.append(row);
    }
    result.units = QStringList(units.cbegin(), units.cend());
    std::sort(
        result.detectors.begin(), result.detectors.end(),
        [](const DetectorAllocations &a, const DetectorAllocations &b) { return a.key < b.key; });
}

void checkMachines(AllocationsResult &result, const QList<BenchRun> &selected)
{
    QMap<MachineInfo, QStringList> runsByMachine;
    for (const BenchRun &run : selected)
        for (const MachineInfo &machine : run.machines)
            if (!runsByMachine[machine].contains(run.identity.runId))
                runsByMachine[machine].append(run.identity.runId);
    for (auto it = runsByMachine.cbegin(); it != runsByMachine.cend(); ++it)
        result.machines.append({it.key(), it.value()});
    for (qsizetype i = 0; i < result.machines.size(); ++i)
        for (qsizetype j = i + 1; j < result.machines.size(); ++j)
            result.mixedMachines =
                result.mixedMachines ||
                machinesConflict(result.machines.at(i).machine, result.machines.at(j).machine);
    if (!result.mixedMachines)
        return;
    QStringList parts;
    for (const MachineRuns &group : std::as_const(result.machines))
        parts.append(
            QStringLiteral("%1 (%2)").arg(describeMachine(group.machine), runList(group.runIds)));
    result.warnings.append(QStringLiteral("the selected runs mix machines: %1; numbers from "
                                          "different machines can fake or hide a regression")
                               .arg(parts.join(QStringLiteral(", "))));
}

void decideGate(AllocationsResult &result)
{
    const AllocationsOptions &options = result.options;
    int withSamples = 0, failed = 0, fewRuns = 0, noBaselineValue = 0;
    for (const DetectorAllocations &row : std::as_const(result.detectors)) {
        withSamples += row.samples > 0 ? 1 : 0;
        failed += row.failures > 0 ? 1 : 0;
        fewRuns += row.samples > 0 && row.runs < options.minRuns ? 1 : 0;
        noBaselineValue += result.hasBaseline && !row.baseline ? 1 : 0;
    }
    if (withSamples == 0) {
        result.status = GateStatus::NoData; // runs, but none with samples of the metric
        result.checks = allocationsChecks(result);
        result.reasons.append(
            Tr::translate("AllocationsReport", "no %1 samples in the %2 (units present: %3)")
                .arg(options.metric,
                     Tr::translate("AllocationsReport", "%n selected run(s)", nullptr,
                                   result.runsSelected()),
                     result.units.isEmpty() ? Tr::translate("AllocationsReport", "none")
                                            : result.units.join(QStringLiteral(", "))));
        return;
    }
    const int over = result.detectorsOver();
    const int outside = result.detectorsOutsideBaseline();
    result.checks = allocationsChecks(result);
    result.status = statusFromChecks(true, result.checks);
    if (result.status == GateStatus::Insufficient)
        result.reasons.append(Tr::translate("AllocationsReport", "%1 runs (%2 needed)")
                                  .arg(result.runsSelected())
                                  .arg(options.minRuns));
    const QString cvMax = formatCompact(options.cvMaxPercent);
    if (over > 0)
        result.reasons.append(
            Tr::translate("AllocationsReport", "%1 over CV %2 %")
                .arg(Tr::translate("AllocationsReport", "%n detector(s)", nullptr, over), cvMax));
    if (outside > 0)
        result.reasons.append(
            Tr::translate("AllocationsReport", "%1 outside the baseline (|drift| > %2)")
                .arg(Tr::translate("AllocationsReport", "%n detector(s)", nullptr, outside),
                     formatCompact(options.driftMax)));
    if (failed > 0)
        result.reasons.append(
            Tr::translate("AllocationsReport", "%1 failed in some runs")
                .arg(Tr::translate("AllocationsReport", "%n detector(s)", nullptr, failed)));
    if (fewRuns > 0)
        result.reasons.append(
            Tr::translate("AllocationsReport", "%1 in fewer than %2 runs")
                .arg(Tr::translate("AllocationsReport", "%n detector(s)", nullptr, fewRuns))
                .arg(options.minRuns));
    if (result.baselineFile.isUnreadable())
        result.reasons.append(Tr::translate("AllocationsReport", "baseline %1 cannot be read: %2")
                                  .arg(result.baselineFile.path, result.baselineFile.error));
    else if (!result.hasBaseline)
        result.reasons.append(
            Tr::translate("AllocationsReport", "no baseline loaded: drift not checked"));
    else if (noBaselineValue > 0)
        result.reasons.append(Tr::translate("AllocationsReport", "%1 without a baseline value")
                                  .arg(Tr::translate("AllocationsReport", "%n detector(s)", nullptr,
                                                     noBaselineValue)));
    if (result.status == GateStatus::Pass)
        result.reasons.prepend(
            Tr::translate("AllocationsReport",
                          "%1 runs, %2: every CV < %3 %, every baseline within +-%4")
                .arg(result.runsSelected())
                .arg(Tr::translate("AllocationsReport", "%n detector(s)", nullptr,
                                   result.detectors.size()),
                     cvMax, formatCompact(options.driftMax)));
}

} // namespace

QStringList detectorReasons(const DetectorAllocations &row, const AllocationsOptions &options,
                            bool hasBaseline)
{
    if (row.fromBaselineOnly)
        return {Tr::translate("AllocationsReport", "baseline value only: no benchmark runs")};
    DetectorAllocations copy = row;
    copy.reasons.clear();
    addReasons(copy, options, hasBaseline);
    return copy.reasons;
}

QStringList allocationsReasons(const AllocationsResult &result)
{
    // Only a result decideGate judged can be judged again; the others (no runs, baseline
    // values only) keep what the analysis stored.
    if (result.baselineOnly || result.runsSelected() == 0) {
        QStringList reasons;
        for (const QString &reason : result.reasons)
            reasons << inReportLanguage(reason);
        return reasons;
    }
    AllocationsResult copy = result;
    copy.reasons.clear();
    decideGate(copy);
    return copy.reasons;
}

AllocationsResult analyzeAllocations(const QList<BenchRun> &runsInOrder,
                                     const std::optional<Baseline> &baseline,
                                     const AllocationsOptions &options,
                                     const std::optional<FileState> &baselineFile)
{
    AllocationsResult result;
    result.options = options;
    result.baselineFile = baselineFile ? *baselineFile
                          : baseline   ? FileState::loaded(QString())
                                       : FileState();
    result.runsAvailable = static_cast<int>(runsInOrder.size());
    result.hasBaseline = baseline.has_value();
    const QList<BenchRun> selected = lastN(runsInOrder, options.runs);
    for (const BenchRun &run : selected)
        result.selectedRunIds.append(run.identity.runId);

    if (selected.isEmpty()) {
        result.status = GateStatus::NoData;
        if (baseline) {
            result.baselineOnly = true;
            addBaselineOnlyRows(result, *baseline);
            result.reasons.append(
                result.detectors.isEmpty()
                    ? QStringLiteral("no benchmark runs, and the baseline has no %1 values")
                          .arg(options.metric)
                    : QStringLiteral("no benchmark runs: showing %1 as single samples")
                          .arg(Tr::translate("AllocationsReport", "%n baseline value(s)", nullptr,
                                             result.detectors.size())));
        } else {
            result.reasons.append(QStringLiteral("no benchmark runs"));
        }
        result.checks = allocationsChecks(result);
        return result;
    }

    std::set<QString> units;
    for (const BenchRun &run : selected)
        run.forEachSeries([&](const DetectorKey &, const QString &unit, SampleSpan, qsizetype) {
            units.insert(unit);
        });
    result.units = QStringList(units.cbegin(), units.cend());
    checkMachines(result, selected);

    const QMap<DetectorKey, Pool> pools = poolSamples(selected, options.metric);
    for (auto it = pools.cbegin(); it != pools.cend(); ++it) // QMap: (pkg, name) order
        result.detectors.append(detectorRow(it.key(), it.value(), baseline, options));
    addDetectorChangePoints(result, runsInOrder);
    decideGate(result);
    return result;
}

} // namespace gatehouse
