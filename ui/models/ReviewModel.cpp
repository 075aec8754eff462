#include "ReviewModel.h"

namespace gatehouse::ui {

namespace {

QString percent(const std::optional<double> &share)
{
    return share ? formatCompact(*share * 100.0, 2) + QStringLiteral(" %") : QStringLiteral("—");
}

GateSummary allocationsSummary(const AllocationsResult &r)
{
    GateSummary s;
    s.gate = GateId::Allocations;
    s.title = QStringLiteral("Allocations gate");
    s.transition = QStringLiteral("soft gate → hard gate");
    s.status = r.status;
    const int detectors = static_cast<int>(r.detectors.size());
    const QString cvMax = formatCompact(r.options.cvMaxPercent);
    if (r.baselineOnly)
        s.headline = QStringLiteral("No benchmark runs: only the baseline is loaded");
    else if (detectors == 0)
        s.headline = QStringLiteral("No benchmark runs loaded");
    else
        s.headline = QStringLiteral("%1 of %2 detectors with CV < %3 %")
                         .arg(detectors - r.detectorsOver())
                         .arg(detectors)
                         .arg(cvMax);
    s.facts.append({QStringLiteral("Metric"), r.options.metric});
    s.facts.append({QStringLiteral("Runs"), QStringLiteral("%1 selected of %2 (need ≥ %3)")
                                                .arg(r.runsSelected())
                                                .arg(r.runsAvailable)
                                                .arg(r.options.minRuns)});
    s.facts.append({QStringLiteral("Over CV %1 %").arg(cvMax), QString::number(r.detectorsOver())});
    s.facts.append({QStringLiteral("Baseline"),
                    r.hasBaseline ? QStringLiteral("%1 of %2 outside ±%3")
                                        .arg(r.detectorsOutsideBaseline())
                                        .arg(r.detectorsWithBaseline())
                                        .arg(formatCompact(r.options.driftMax))
                                  : QStringLiteral("none loaded")});
    s.reasons = r.reasons + r.warnings;
    return s;
}

GateSummary installSummary(const InstallResult &r)
{
    GateSummary s;
    s.gate = GateId::Install;
    s.title = QStringLiteral("Install-duration gate");
    s.transition = QStringLiteral("median helm install → Ready within budget");
    s.status = r.status;
    const QString budget = formatCompact(r.options.budgetSeconds) + QStringLiteral(" s");
    if (r.hasMedian())
        s.headline = QStringLiteral("Median %1 s %2 %3 budget")
                         .arg(formatCompact(r.median, 1),
                              r.median <= r.options.budgetSeconds ? QStringLiteral("≤")
                                                                  : QStringLiteral(">"),
                              budget);
    else
        s.headline = QStringLiteral("No install runs on %1").arg(describeBranchFilter(r.options));
    s.facts.append({QStringLiteral("Runs"), QStringLiteral("%1 used of %2 kept (need %3)")
                                                .arg(r.runsUsed)
                                                .arg(r.series.size())
                                                .arg(r.options.runs)});
    s.facts.append({QStringLiteral("Filter"), QStringLiteral("%1, %2").arg(
                                                  describeBranchFilter(r.options),
                                                  describeConclusionFilter(r.options))});
    s.facts.append({QStringLiteral("Excluded"), QString::number(r.excluded.size())});
    int over = 0;
    for (const InstallPoint &p : r.series)
        over += p.used && p.overBudget ? 1 : 0;
    s.facts.append({QStringLiteral("Over budget"), QStringLiteral("%1 of the used runs").arg(over)});
    s.reasons = r.reasons + r.warnings;
    return s;
}

GateSummary rolloutSummary(const RolloutResult &r)
{
    GateSummary s;
    s.gate = GateId::Rollout;
    s.title = QStringLiteral("Gate-V1 rollout");
    s.transition = QStringLiteral("COMMENT phase → WARN phase");
    s.status = r.status;
    const WarnPreview &w = r.warn;
    const int target = r.options.readinessTarget;
    s.headline = QStringLiteral("%1 of %2 runs collected").arg(r.runs).arg(target);
    if (r.runs > 0) {
        s.facts.append({QStringLiteral("WARN threshold"),
                        QStringLiteral("unknown_rate > %1%2")
                            .arg(formatCompact(w.threshold),
                                 w.thresholdGiven ? QStringLiteral(" (given)") : QString())});
        s.facts.append({QStringLiteral("False positives"),
                        QStringLiteral("%1 with whitelist, %2 without")
                            .arg(percent(w.fpRateWithWhitelist), percent(w.fpRate))});
        int spikes = 0;
        for (const PolicySummary &p : r.policies)
            spikes += p.spikes;
        s.facts.append({QStringLiteral("Spikes"), QStringLiteral("%1 in %2 policy versions")
                                                      .arg(spikes)
                                                      .arg(r.policies.size())});
    }
    s.facts.append({QStringLiteral("Whitelist"),
                    r.hasWhitelist ? QStringLiteral("%1 classes, %2 stale")
                                         .arg(r.whitelistClasses.size())
                                         .arg(r.staleClasses)
                                   : QStringLiteral("none loaded")});
    if (r.runs == 0)
        s.reasons.append(QStringLiteral("No gate_result.json runs loaded."));
    else if (r.runs < target)
        s.reasons.append(QStringLiteral("Need %1 more runs before the WARN phase can start.")
                             .arg(target - r.runs));
    else
        s.reasons.append(QStringLiteral("Enough runs to judge the WARN phase."));
    if (w.reduction)
        s.reasons.append(QStringLiteral("The whitelist lowers the false-positive rate by %1 "
                                        "points.")
                             .arg(formatCompact(*w.reduction * 100.0, 2)));
    if (r.staleClasses > 0)
        s.reasons.append(r.staleClasses == 1
                             ? QStringLiteral("1 whitelist class is past its review_by date.")
                             : QStringLiteral("%1 whitelist classes are past their review_by "
                                              "date.")
                                   .arg(r.staleClasses));
    return s;
}

} // namespace

QString verdictText(GateStatus status)
{
    switch (status) {
    case GateStatus::Pass:
        return QStringLiteral("Ready");
    case GateStatus::Fail:
        return QStringLiteral("Not ready");
    case GateStatus::Insufficient:
        return QStringLiteral("Waiting for runs");
    case GateStatus::NoData:
        return QStringLiteral("No data");
    }
    return QString();
}

QString statusIconName(GateStatus status)
{
    switch (status) {
    case GateStatus::Pass:
        return QStringLiteral("status-pass");
    case GateStatus::Fail:
        return QStringLiteral("status-fail");
    case GateStatus::Insufficient:
        return QStringLiteral("status-waiting");
    case GateStatus::NoData:
        return QStringLiteral("status-nodata");
    }
    return QString();
}

QList<GateSummary> summarizeGates(const GateReport &report)
{
    QList<GateSummary> gates{allocationsSummary(report.allocations),
                             installSummary(report.install), rolloutSummary(report.rollout)};
    for (GateSummary &g : gates)
        g.verdict = verdictText(g.status);
    return gates;
}

} // namespace gatehouse::ui
