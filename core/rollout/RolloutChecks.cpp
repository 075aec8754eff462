// The rollout gate's checks (SPEC §8). Declared in RolloutAnalysis.h.
#include "RolloutAnalysis.h"
#include "common/Translate.h"

#include "bench/AllocationsAnalysis.h"

#include <cmath>

namespace gatehouse {

namespace {

QString runsText(int count)
{
    return Tr::translate("RolloutChecks", "%n run(s)", nullptr, count);
}

QString fpDetail(const RolloutResult &result)
{
    const WarnPreview &warn = result.warn;
    const double limit = result.options.fpMax;
    if (!warn.fpRateWithWhitelist)
        return Tr::translate("RolloutChecks", "undefined: no runs with an outcome other than FAIL");
    QString detail =
        Tr::translate("RolloutChecks", "%1: %2 of %3 non-FAIL runs would WARN at threshold %4")
            .arg(percentText(*warn.fpRateWithWhitelist, limit))
            .arg(warn.falsePositivesWithWhitelist)
            .arg(warn.nonFailRuns)
            .arg(formatCompact(warn.threshold, 4));
    if (result.hasWhitelist && warn.fpRate)
        detail += Tr::translate("RolloutChecks", " (%1 without the whitelist)")
                      .arg(percentText(*warn.fpRate, limit));
    return detail;
}

QString staleDetail(const RolloutResult &result)
{
    if (!result.hasWhitelist)
        return result.whitelistFile.isUnreadable()
                   ? Tr::translate("RolloutChecks", "whitelist unreadable")
                   : Tr::translate("RolloutChecks", "no whitelist loaded");
    if (result.staleClasses == 0)
        return Tr::translate("RolloutChecks", "all %1 within review_by")
            .arg(result.whitelistClasses.size());
    QStringList stale;
    for (const WhitelistClassUse &use : result.whitelistClasses)
        if (use.stale)
            stale.append(
                Tr::translate("RolloutChecks", "%1 (review_by %2)").arg(use.reason, use.reviewBy));
    return Tr::translate("RolloutChecks", "%n class(es) stale as of %1: %2", nullptr,
                         result.staleClasses)
        .arg(result.options.today.toString(Qt::ISODate), stale.join(QStringLiteral(", ")));
}

} // namespace

QString percentText(double rate, double limit)
{
    // Enough decimals that "5 %" is never shown for a rate just above a 5 % limit.
    const double value = rate * 100.0, threshold = limit * 100.0;
    for (int decimals = 1; decimals <= 10; ++decimals) {
        const QString text = formatCompact(value, decimals);
        if ((text.toDouble() <= threshold) == (value <= threshold))
            return text + QStringLiteral(" %");
    }
    return formatCompact(value, 12) + QStringLiteral(" %");
}

GateChecks rolloutChecks(const RolloutResult &result)
{
    const RolloutOptions &o = result.options;
    GateChecks checks;
    checks.append({QStringLiteral("runs"),
                   Tr::translate("RolloutChecks", "At least %1 runs").arg(o.readinessTarget),
                   result.runs >= o.readinessTarget,
                   Tr::translate("RolloutChecks", "%1 (%2 needed)")
                       .arg(runsText(result.runs))
                       .arg(o.readinessTarget)});
    const FileState &file = result.whitelistFile;
    checks.append(
        {QStringLiteral("whitelist_readable"),
         Tr::translate("RolloutChecks", "unknown_whitelist.json readable (absent is fine)"),
         !file.isUnreadable(), readableCheckDetail(file)});
    const WarnPreview &warn = result.warn;
    checks.append(
        {QStringLiteral("fp_rate"),
         Tr::translate("RolloutChecks", "False-positive rate with the whitelist at most %1")
             .arg(formatCompact(o.fpMax * 100.0, 4) + QStringLiteral(" %")),
         warn.fpRateWithWhitelist && *warn.fpRateWithWhitelist <= o.fpMax, fpDetail(result)});
    if (o.staleBlocks)
        checks.append({QStringLiteral("stale"),
                       Tr::translate("RolloutChecks", "No stale whitelist class"),
                       result.staleClasses == 0, staleDetail(result)});
    return checks;
}

} // namespace gatehouse
