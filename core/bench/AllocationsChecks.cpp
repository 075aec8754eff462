#include "AllocationsChecks.h"
#include "common/Translate.h"

#include "AllocationsAnalysis.h"

namespace gatehouse {

namespace {

// "%n run(s)" and friends (counts of a few hundred: int is plenty): counted nouns in the report
// language, plural forms from the catalogue (German has its own).
QString runsCount(int count)
{
    return Tr::translate("AllocationsChecks", "%n run(s)", nullptr, count);
}

QString detectorsCount(int count)
{
    return Tr::translate("AllocationsChecks", "%n detector(s)", nullptr, count);
}

QString detectorsWithBaselineCount(int count)
{
    return Tr::translate("AllocationsChecks", "%n detector(s) with a baseline", nullptr, count);
}

// The name alone: the package is in every table next to it, and a check stays one line.
QString detectorName(const DetectorAllocations &row)
{
    return row.key.name;
}

// "a (2.6 %), b (3 %) and 4 more": the first few offenders, so the detail stays one line.
QString offenderList(const QStringList &items)
{
    constexpr int shown = 3;
    QString text = items.mid(0, shown).join(QStringLiteral(", "));
    if (items.size() > shown)
        text += Tr::translate("AllocationsChecks", " and %1 more").arg(items.size() - shown);
    return text;
}

QString cvText(const DetectorAllocations &row, const AllocationsOptions &options)
{
    if (row.samples == 0)
        return Tr::translate("AllocationsChecks", "no %1 samples").arg(options.metric);
    if (!row.cvPercent)
        return Tr::translate("AllocationsChecks", "CV undefined (mean 0)");
    return Tr::translate("AllocationsChecks", "CV %1 % >= %2 %")
        .arg(formatAgainstThreshold(*row.cvPercent, options.cvMaxPercent),
             formatCompact(options.cvMaxPercent));
}

QString driftText(const DetectorAllocations &row, const AllocationsOptions &options)
{
    const double drift = row.drift.value_or(0);
    return drift > 0 ? Tr::translate("AllocationsChecks", "drift %1 > %2")
                           .arg(formatSigned(drift), formatCompact(options.driftMax))
                     : Tr::translate("AllocationsChecks", "drift %1 < -%2")
                           .arg(formatSigned(drift), formatCompact(options.driftMax));
}

} // namespace

QStringList detectorBlockers(const DetectorAllocations &row)
{
    QStringList blockers;
    if (row.fromBaselineOnly)
        return {QStringLiteral("runs")}; // a baseline value is no measurement
    if (row.status != DetectorStatus::Ok)
        blockers.append(QStringLiteral("cv"));
    if (!row.within)
        blockers.append(QStringLiteral("drift"));
    if (row.failures > 0)
        blockers.append(QStringLiteral("failed_runs"));
    return blockers;
}

QString detectorVerdictName(const DetectorAllocations &row)
{
    return detectorBlockers(row).isEmpty() ? QStringLiteral("ready") : QStringLiteral("blocked");
}

QString detectorVerdictText(const DetectorAllocations &row, const AllocationsOptions &options)
{
    const QStringList blockers = detectorBlockers(row);
    if (blockers.isEmpty())
        return Tr::translate("AllocationsChecks", "ready");
    QStringList parts;
    for (const QString &blocker : blockers) {
        if (blocker == QLatin1String("runs"))
            parts.append(Tr::translate("AllocationsChecks", "baseline value only, no runs"));
        else if (blocker == QLatin1String("cv"))
            parts.append(cvText(row, options));
        else if (blocker == QLatin1String("drift"))
            parts.append(driftText(row, options));
        else if (blocker == QLatin1String("failed_runs"))
            parts.append(Tr::translate("AllocationsChecks", "failed in %1")
                             .arg(runsCount(row.failedRunIds.size())));
    }
    return Tr::translate("AllocationsChecks", "blocked: %1").arg(parts.join(QStringLiteral("; ")));
}

GateChecks allocationsChecks(const AllocationsResult &result)
{
    const AllocationsOptions &o = result.options;
    const qsizetype detectors = result.detectors.size();
    QStringList over, outside, failed;
    for (const DetectorAllocations &row : result.detectors) {
        if (row.fromBaselineOnly)
            continue;
        if (row.status != DetectorStatus::Ok)
            over.append(QStringLiteral("%1 (%2)").arg(detectorName(row), cvText(row, o)));
        if (!row.within)
            outside.append(QStringLiteral("%1 (%2)").arg(detectorName(row), driftText(row, o)));
        if (row.failures > 0)
            failed.append(QStringLiteral("%1 (%2)").arg(detectorName(row),
                                                        runsCount(row.failedRunIds.size())));
    }
    const QString cvMax = formatCompact(o.cvMaxPercent);
    GateChecks checks;
    checks.append({QStringLiteral("runs"),
                   Tr::translate("AllocationsChecks", "At least %1 runs").arg(o.minRuns),
                   result.runsSelected() >= o.minRuns,
                   Tr::translate("AllocationsChecks", "%1 (%2 needed)")
                       .arg(runsCount(result.runsSelected()))
                       .arg(o.minRuns)});
    QString cvDetail;
    if (result.baselineOnly)
        cvDetail = Tr::translate("AllocationsChecks", "no benchmark runs");
    else if (detectors == 0)
        cvDetail = Tr::translate("AllocationsChecks", "no %1 samples").arg(o.metric);
    else if (over.isEmpty())
        cvDetail = Tr::translate("AllocationsChecks", "all %1 below %2 %")
                       .arg(detectorsCount(detectors), cvMax);
    else
        cvDetail = Tr::translate("AllocationsChecks", "%1 of %2 at or above %3 %: %4")
                       .arg(over.size())
                       .arg(detectorsCount(detectors), cvMax, offenderList(over));
    checks.append({QStringLiteral("cv"),
                   Tr::translate("AllocationsChecks", "Every detector's %1 CV below %2 %")
                       .arg(o.metric, cvMax),
                   detectors > 0 && over.isEmpty() && !result.baselineOnly, cvDetail});
    const int withBaseline = result.detectorsWithBaseline();
    QString driftDetail;
    if (result.baselineFile.isUnreadable())
        driftDetail =
            Tr::translate("AllocationsChecks", "not checked: the baseline cannot be read");
    else if (!result.hasBaseline)
        driftDetail = Tr::translate("AllocationsChecks", "no baseline: nothing to compare");
    else if (outside.isEmpty())
        driftDetail = Tr::translate("AllocationsChecks", "%1 with a baseline value, all within %2")
                          .arg(detectorsCount(withBaseline), formatCompact(o.driftMax));
    else
        driftDetail = Tr::translate("AllocationsChecks", "%1 of %2 drift more than %3: %4")
                          .arg(outside.size())
                          .arg(detectorsWithBaselineCount(withBaseline), formatCompact(o.driftMax),
                               offenderList(outside));
    checks.append(
        {QStringLiteral("drift"),
         Tr::translate("AllocationsChecks", "Every detector's drift from its baseline at most %1")
             .arg(formatCompact(o.driftMax)),
         outside.isEmpty(), driftDetail});
    checks.append({QStringLiteral("failed_runs"),
                   Tr::translate("AllocationsChecks", "No detector failed in a selected run"),
                   failed.isEmpty(),
                   failed.isEmpty()
                       ? Tr::translate("AllocationsChecks", "no --- FAIL results")
                       : Tr::translate("AllocationsChecks", "%1 failed: %2")
                             .arg(detectorsCount(failed.size()), offenderList(failed))});
    const FileState &file = result.baselineFile;
    checks.append({QStringLiteral("baseline_readable"),
                   Tr::translate("AllocationsChecks", "baselines.json readable (absent is fine)"),
                   !file.isUnreadable(), readableCheckDetail(file)});
    return checks;
}

} // namespace gatehouse
