#include "ReviewModel.h"
#include <QCoreApplication>

#include "bench/AllocationsChecks.h"
#include "i18n/DisplayNumbers.h"
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
    const int total = static_cast<int>(checks.size());
    if (met == total)
        return total == 1 ? QCoreApplication::translate("ReviewModel", "The check is met")
                          : QCoreApplication::translate("ReviewModel", "All %n checks are met",
                                                        nullptr, total);
    return QCoreApplication::translate("ReviewModel", "%1 of %n check(s) met", nullptr, total)
        .arg(met);
}

// SPEC §9 on the card: the gate's latest change point in words, as the Markdown says it.
QString orNone(const QString &change)
{
    return change.isEmpty() ? QCoreApplication::translate("ReviewModel", "no change point")
                            : change;
}

GateSummary allocationsSummary(const AllocationsResult &r)
{
    GateSummary s;
    s.gate = GateId::Allocations;
    s.title = QCoreApplication::translate("ReviewModel", "Allocations gate");
    s.transition = QCoreApplication::translate("ReviewModel", "soft gate → hard gate");
    s.status = r.status;
    s.checks = allocationsChecks(r);
    s.facts.append({QCoreApplication::translate("ReviewModel", "Metric"), r.options.metric});
    s.facts.append({QCoreApplication::translate("ReviewModel", "Detectors"),
                    QString::number(r.detectors.size())});
    s.facts.append({QCoreApplication::translate("ReviewModel", "Baseline"),
                    describeFileState(r.baselineFile)});
    s.facts.append({QCoreApplication::translate("ReviewModel", "Latest change"),
                    orNone(latestBenchChange(r))});
    s.warnings = r.warnings;
    return s;
}

GateSummary installSummary(const InstallResult &r)
{
    GateSummary s;
    s.gate = GateId::Install;
    s.title = QCoreApplication::translate("ReviewModel", "Install-duration gate");
    s.transition =
        QCoreApplication::translate("ReviewModel", "median helm install → Ready within budget");
    s.status = r.status;
    s.checks = installChecks(r, static_cast<int>(r.series.size()));
    s.facts.append({QCoreApplication::translate("ReviewModel", "Filter"),
                    QStringLiteral("%1, %2").arg(describeBranchFilter(r.options),
                                                 describeConclusionFilter(r.options))});
    const int excluded = static_cast<int>(r.excluded.size());
    s.facts.append({QCoreApplication::translate("ReviewModel", "Excluded"),
                    QCoreApplication::translate("ReviewModel", "%n run(s)", nullptr, excluded)});
    s.facts.append(
        {QCoreApplication::translate("ReviewModel", "Latest change"),
         orNone(changes::describeLatestChange(
             QCoreApplication::translate("ReviewModel", "install duration"), r.changes))});
    s.warnings = r.warnings;
    return s;
}

GateSummary rolloutSummary(const RolloutResult &r)
{
    GateSummary s;
    s.gate = GateId::Rollout;
    s.title = QCoreApplication::translate("ReviewModel", "Gate-V1 rollout");
    s.transition = QCoreApplication::translate("ReviewModel", "COMMENT phase → WARN phase");
    s.status = r.status;
    s.checks = rolloutChecks(r);
    const WarnPreview &w = r.warn;
    if (r.runs > 0) {
        s.facts.append(
            {QCoreApplication::translate("ReviewModel", "WARN threshold"),
             QCoreApplication::translate("ReviewModel", "unknown_rate > %1%2")
                 .arg(uiCompact(w.threshold),
                      w.thresholdGiven ? QCoreApplication::translate("ReviewModel", " (given)")
                                       : QString())});
        s.facts.append({QCoreApplication::translate("ReviewModel", "False positives"),
                        QCoreApplication::translate("ReviewModel", "%1 with whitelist, %2 without")
                            .arg(percent(w.fpRateWithWhitelist, r.options.fpMax),
                                 percent(w.fpRate, r.options.fpMax))});
    }
    QString whitelist = describeFileState(r.whitelistFile);
    const int classes = static_cast<int>(r.whitelistClasses.size());
    if (r.hasWhitelist)
        whitelist =
            QCoreApplication::translate("ReviewModel", "%1 (%2, %3 stale)")
                .arg(r.whitelistFile.isLoaded()
                         ? r.whitelistFile.path
                         : QCoreApplication::translate("ReviewModel", "edited"),
                     QCoreApplication::translate("ReviewModel", "%n class(es)", nullptr, classes))
                .arg(r.staleClasses);
    s.facts.append({QCoreApplication::translate("ReviewModel", "Whitelist"), whitelist});
    s.facts.append({QCoreApplication::translate("ReviewModel", "Latest change"),
                    orNone(changes::describeLatestChange(
                        QCoreApplication::translate("ReviewModel", "unknown_rate"), r.changes))});
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
    return QCoreApplication::translate("ReviewModel", "the rules file has errors");
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
            g.headline = QCoreApplication::translate(
                "ReviewModel", "No verdict until the rules file is fixed or the "
                               "built-in defaults are chosen");
            continue;
        }
        g.verdict = verdictWord(g.status);
        g.headline = checksHeadline(g.checks);
    }
    return gates;
}

} // namespace gatehouse::ui
