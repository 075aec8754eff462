#include "AllocationsChecks.h"

#include "AllocationsAnalysis.h"

namespace gatehouse {

namespace {

QString plural(qsizetype count, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? one : many));
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
        text += QStringLiteral(" and %1 more").arg(items.size() - shown);
    return text;
}

QString cvText(const DetectorAllocations &row, const AllocationsOptions &options)
{
    if (row.samples == 0)
        return QStringLiteral("no %1 samples").arg(options.metric);
    if (!row.cvPercent)
        return QStringLiteral("CV undefined (mean 0)");
    return QStringLiteral("CV %1 % >= %2 %")
        .arg(formatAgainstThreshold(*row.cvPercent, options.cvMaxPercent),
             formatCompact(options.cvMaxPercent));
}

QString driftText(const DetectorAllocations &row, const AllocationsOptions &options)
{
    const double drift = row.drift.value_or(0);
    return drift > 0 ? QStringLiteral("drift %1 > %2")
                           .arg(formatSigned(drift), formatCompact(options.driftMax))
                     : QStringLiteral("drift %1 < -%2")
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
        return QStringLiteral("ready");
    QStringList parts;
    for (const QString &blocker : blockers) {
        if (blocker == QLatin1String("runs"))
            parts.append(QStringLiteral("baseline value only, no runs"));
        else if (blocker == QLatin1String("cv"))
            parts.append(cvText(row, options));
        else if (blocker == QLatin1String("drift"))
            parts.append(driftText(row, options));
        else if (blocker == QLatin1String("failed_runs"))
            parts.append(
                QStringLiteral("failed in %1").arg(plural(row.failedRunIds.size(), "run", "runs")));
    }
    return QStringLiteral("blocked: ") + parts.join(QStringLiteral("; "));
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
            failed.append(QStringLiteral("%1 (%2)").arg(
                detectorName(row), plural(row.failedRunIds.size(), "run", "runs")));
    }
    const QString cvMax = formatCompact(o.cvMaxPercent);
    GateChecks checks;
    checks.append({QStringLiteral("runs"), QStringLiteral("At least %1 runs").arg(o.minRuns),
                   result.runsSelected() >= o.minRuns,
                   QStringLiteral("%1 (%2 needed)")
                       .arg(plural(result.runsSelected(), "run", "runs"))
                       .arg(o.minRuns)});
    QString cvDetail;
    if (result.baselineOnly)
        cvDetail = QStringLiteral("no benchmark runs");
    else if (detectors == 0)
        cvDetail = QStringLiteral("no %1 samples").arg(o.metric);
    else if (over.isEmpty())
        cvDetail = QStringLiteral("all %1 below %2 %")
                       .arg(plural(detectors, "detector", "detectors"), cvMax);
    else
        cvDetail = QStringLiteral("%1 of %2 at or above %3 %: %4")
                       .arg(over.size())
                       .arg(plural(detectors, "detector", "detectors"), cvMax, offenderList(over));
    checks.append({QStringLiteral("cv"),
                   QStringLiteral("Every detector's %1 CV below %2 %").arg(o.metric, cvMax),
                   detectors > 0 && over.isEmpty() && !result.baselineOnly, cvDetail});
    const int withBaseline = result.detectorsWithBaseline();
    QString driftDetail;
    if (result.baselineFile.isUnreadable())
        driftDetail = QStringLiteral("not checked: the baseline cannot be read");
    else if (!result.hasBaseline)
        driftDetail = QStringLiteral("no baseline: nothing to compare");
    else if (outside.isEmpty())
        driftDetail =
            QStringLiteral("%1 with a baseline value, all within %2")
                .arg(plural(withBaseline, "detector", "detectors"), formatCompact(o.driftMax));
    else
        driftDetail =
            QStringLiteral("%1 of %2 drift more than %3: %4")
                .arg(outside.size())
                .arg(plural(withBaseline, "detector with a baseline", "detectors with a baseline"),
                     formatCompact(o.driftMax), offenderList(outside));
    checks.append({QStringLiteral("drift"),
                   QStringLiteral("Every detector's drift from its baseline at most %1")
                       .arg(formatCompact(o.driftMax)),
                   outside.isEmpty(), driftDetail});
    checks.append({QStringLiteral("failed_runs"),
                   QStringLiteral("No detector failed in a selected run"), failed.isEmpty(),
                   failed.isEmpty() ? QStringLiteral("no --- FAIL results")
                                    : QStringLiteral("%1 failed: %2")
                                          .arg(plural(failed.size(), "detector", "detectors"),
                                               offenderList(failed))});
    const FileState &file = result.baselineFile;
    checks.append({QStringLiteral("baseline_readable"),
                   QStringLiteral("baselines.json readable (absent is fine)"), !file.isUnreadable(),
                   readableCheckDetail(file)});
    return checks;
}

} // namespace gatehouse
