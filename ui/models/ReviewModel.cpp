#include "ReviewModel.h"

#include "report/ChangesReport.h"

#include "common/FileState.h"

#include <algorithm>

namespace gatehouse::ui {

namespace {

// As the fp_rate check writes it (one wording for a figure everywhere).
QString percent(const std::optional<double> &rate, double fpMax)
{
    return rate ? percentText(*rate, fpMax) : QStringLiteral("—");
}

// "3 of 4 checks met" counts checks, never runs: run counts are "44 runs (40 needed)".
QString checksHeadline(const GateChecks &checks)
{
    const auto met =
        std::count_if(checks.cbegin(), checks.cend(), [](const GateCheck &c) { return c.met; });
    if (checks.isEmpty())
        return QString();
    if (met == checks.size())
        return checks.size() == 1 ? QStringLiteral("The check is met")
                                  : QStringLiteral("All %1 checks are met").arg(checks.size());
    return QStringLiteral("%1 of %2 checks met").arg(met).arg(checks.size());
}

// SPEC §9 on the card: the gate's latest change point in words, as the Markdown says it.
QString orNone(const QString &change)
{
    return change.isEmpty() ? QStringLiteral("no change point") : change;
}

GateSummary allocationsSummary(const AllocationsResult &r)
{
    GateSummary s;
    s.gate = GateId::Allocations;
    s.title = QStringLiteral("Allocations gate");
    s.transition = QStringLiteral("soft gate → hard gate");
    s.status = r.status;
    s.checks = r.checks;
    s.facts.append({QStringLiteral("Metric"), r.options.metric});
    s.facts.append({QStringLiteral("Detectors"), QString::number(r.detectors.size())});
    s.facts.append({QStringLiteral("Baseline"), describeFileState(r.baselineFile)});
    s.facts.append({QStringLiteral("Latest change"), orNone(latestBenchChange(r))});
    s.warnings = r.warnings;
    return s;
}

GateSummary installSummary(const InstallResult &r)
{
    GateSummary s;
    s.gate = GateId::Install;
    s.title = QStringLiteral("Install-duration gate");
    s.transition = QStringLiteral("median helm install → Ready within budget");
    s.status = r.status;
    s.checks = r.checks;
    s.facts.append({QStringLiteral("Filter"),
                    QStringLiteral("%1, %2").arg(describeBranchFilter(r.options),
                                                 describeConclusionFilter(r.options))});
    s.facts.append({QStringLiteral("Excluded"),
                    r.excluded.size() == 1 ? QStringLiteral("1 run")
                                           : QStringLiteral("%1 runs").arg(r.excluded.size())});
    s.facts.append(
        {QStringLiteral("Latest change"),
         orNone(changes::describeLatestChange(QStringLiteral("install duration"), r.changes))});
    s.warnings = r.warnings;
    return s;
}

GateSummary rolloutSummary(const RolloutResult &r)
{
    GateSummary s;
    s.gate = GateId::Rollout;
    s.title = QStringLiteral("Gate-V1 rollout");
    s.transition = QStringLiteral("COMMENT phase → WARN phase");
    s.status = r.status;
    s.checks = r.checks;
    const WarnPreview &w = r.warn;
    if (r.runs > 0) {
        s.facts.append({QStringLiteral("WARN threshold"),
                        QStringLiteral("unknown_rate > %1%2")
                            .arg(formatCompact(w.threshold),
                                 w.thresholdGiven ? QStringLiteral(" (given)") : QString())});
        s.facts.append({QStringLiteral("False positives"),
                        QStringLiteral("%1 with whitelist, %2 without")
                            .arg(percent(w.fpRateWithWhitelist, r.options.fpMax),
                                 percent(w.fpRate, r.options.fpMax))});
    }
    QString whitelist = describeFileState(r.whitelistFile);
    if (r.hasWhitelist)
        whitelist =
            QStringLiteral("%1 (%2, %3 stale)")
                .arg(r.whitelistFile.isLoaded() ? r.whitelistFile.path : QStringLiteral("edited"),
                     r.whitelistClasses.size() == 1
                         ? QStringLiteral("1 class")
                         : QStringLiteral("%1 classes").arg(r.whitelistClasses.size()))
                .arg(r.staleClasses);
    s.facts.append({QStringLiteral("Whitelist"), whitelist});
    s.facts.append(
        {QStringLiteral("Latest change"),
         orNone(changes::describeLatestChange(QStringLiteral("unknown_rate"), r.changes))});
    return s;
}

} // namespace

QString checkLine(const GateCheck &check)
{
    const QString mark = check.met ? QStringLiteral("✓") : QStringLiteral("✗");
    return check.detail.isEmpty()
               ? QStringLiteral("%1 %2").arg(mark, check.label)
               : QStringLiteral("%1 %2: %3").arg(mark, check.label, check.detail);
}

QString rulesErrorVerdict()
{
    return QStringLiteral("the rules file has errors");
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

QList<GateSummary> summarizeGates(const GateReport &report, bool rulesHaveErrors)
{
    QList<GateSummary> gates{allocationsSummary(report.allocations), installSummary(report.install),
                             rolloutSummary(report.rollout)};
    for (GateSummary &g : gates) {
        if (rulesHaveErrors) {
            // SPEC §7: no verdict under rules that could not be read, not even a check.
            g.blocked = true;
            g.verdict = rulesErrorVerdict();
            g.checks.clear();
            g.headline = QStringLiteral("No verdict until the rules file is fixed or the "
                                        "built-in defaults are chosen");
            continue;
        }
        g.verdict = verdictWord(g.status);
        g.headline = checksHeadline(g.checks);
    }
    return gates;
}

} // namespace gatehouse::ui
