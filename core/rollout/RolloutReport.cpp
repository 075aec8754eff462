// Human-readable rollout outputs: rollout_series_v1.md, the terminal table and the
// graduation checklist section. Declared in RolloutExport.h.
#include "RolloutExport.h"
#include "common/Translate.h"

#include "PolicyChanges.h"
#include "WarnKeyPoints.h"
#include "bench/AllocationsAnalysis.h"
#include "common/NumberFormat.h"
#include "common/TextTable.h"

#include <cmath>

namespace gatehouse {

namespace {

constexpr int kTopSpikeReasons = 5; // terminal output only; the report lists them all

QString yesNo(bool value)
{
    return value ? Tr::translate("RolloutReport", "yes") : Tr::translate("RolloutReport", "no");
}

// Reasons and hashes are free text: keep them from breaking a Markdown table row.
QString mdCell(const QString &text)
{
    QString cell = text;
    cell.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    cell.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    cell.replace(QLatin1Char('\r'), QLatin1Char(' '));
    cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return cell.isEmpty() ? Tr::translate("RolloutReport", "(none)") : cell;
}

QString mdRow(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString fraction(int part, int whole)
{
    return QStringLiteral("%1/%2").arg(part).arg(whole);
}

// False-positive rates read as percent on every surface (SPEC §8 wording).
QString rate(const std::optional<double> &value, double limit)
{
    return value ? percentText(*value, limit) : Tr::translate("RolloutReport", "undefined");
}

// A difference of two rates, in percentage points.
QString points(const std::optional<double> &value)
{
    if (!value)
        return Tr::translate("RolloutReport", "undefined");
    const QString text = formatCompact(*value * 100.0, 1);
    return text == QLatin1String("1") || text == QLatin1String("-1")
               ? Tr::translate("RolloutReport", "%1 percentage point").arg(text)
               : Tr::translate("RolloutReport", "%1 percentage points").arg(text);
}

QString spikeRuleText(const RolloutOptions &options)
{
    if (options.spikeThreshold)
        return Tr::translate("RolloutReport", "unknown_rate > %1 (absolute threshold)")
            .arg(roundedNumber(*options.spikeThreshold, 6));
    return Tr::translate("RolloutReport",
                         "unknown_rate > median + max(%1 × 1.4826 × MAD, %2) within each "
                         "policy_hash")
        .arg(roundedNumber(options.spikeK, 6), roundedNumber(options.spikeMinDelta, 6));
}

QString warnThresholdText(const RolloutResult &result)
{
    const WarnPreview &warn = result.warn;
    if (warn.thresholdGiven)
        return Tr::translate("RolloutReport", "%1 (given)").arg(roundedNumber(warn.threshold));
    if (!std::isfinite(warn.threshold))
        return Tr::translate("RolloutReport", "undefined (no runs)");
    return Tr::translate("RolloutReport",
                         "%1 (median %2 + max(3 × 1.4826 × MAD %3, %4) over the last %5 runs)")
        .arg(roundedNumber(warn.threshold), roundedNumber(warn.windowMedian),
             roundedNumber(warn.windowMad), roundedNumber(result.options.spikeMinDelta, 6))
        .arg(warn.windowRuns);
}

QString riskDifferenceText(const RiskDifference &rd)
{
    const QString counts =
        Tr::translate("RolloutReport", "P(spike | whitelisted) = %1, P(spike | unlisted) = %2")
            .arg(fraction(rd.whitelistedSpikes, rd.whitelistedRuns),
                 fraction(rd.unlistedSpikes, rd.unlistedRuns));
    if (!rd.estimate.isDefined())
        return Tr::translate("RolloutReport", "undefined: %1 (%2)").arg(rd.undefinedReason, counts);
    return Tr::translate("RolloutReport", "%1 (95 % CI, Newcombe hybrid score; %2)")
        .arg(formatEstimate(rd.estimate, 3, true), counts);
}

QString riskRatioText(const RiskRatio &rr)
{
    const QString counts =
        Tr::translate("RolloutReport", "P(FAIL | spike) = %1, P(FAIL | no spike) = %2")
            .arg(fraction(rr.spikeFail, rr.spikeFail + rr.spikeNoFail),
                 fraction(rr.noSpikeFail, rr.noSpikeFail + rr.noSpikeNoFail));
    if (!rr.estimate.isDefined())
        return Tr::translate("RolloutReport", "undefined: %1 (%2)").arg(rr.undefinedReason, counts);
    return Tr::translate("RolloutReport", "%1 (95 % CI, Katz log; %2)")
        .arg(formatEstimate(rr.estimate, 2, false), counts);
}

QString fpRateText(const std::optional<double> &fpRate, int falsePositives, int nonFailRuns,
                   double limit)
{
    if (!fpRate)
        return Tr::translate("RolloutReport", "undefined (no runs with outcome other than FAIL)");
    return Tr::translate("RolloutReport",
                         "%1 (%2 of %3 runs with outcome other than FAIL would WARN)")
        .arg(rate(fpRate, limit))
        .arg(falsePositives)
        .arg(nonFailRuns);
}

QString readinessText(const RolloutResult &result)
{
    return Tr::translate("RolloutReport", "%n run(s) (%1 needed)", nullptr, result.runs)
        .arg(result.options.readinessTarget);
}

QString staleClassList(const RolloutResult &result)
{
    QStringList stale;
    for (const WhitelistClassUse &use : result.whitelistClasses)
        if (use.stale)
            stale.append(Tr::translate("RolloutReport", "`%1` (review_by %2)")
                             .arg(use.reason, use.reviewBy));
    return stale.join(QStringLiteral(", "));
}

} // namespace

QString pvalueText(double p)
{
    if (!std::isfinite(p))
        return QString();
    if (p >= 0.001)
        return formatCompact(p, 3);
    // Small p-values as a person reads them: "3e-11", never "0".
    return QString::number(p, 'g', 2).replace(QStringLiteral("e-0"), QStringLiteral("e-"));
}

QString roundedNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return QString();
    const double scale = std::pow(10.0, decimals);
    return formatShortest(std::round(value * scale) / scale);
}

QString formatEstimate(const stats::Estimate &estimate, int decimals, bool showSign)
{
    if (!estimate.isDefined())
        return QString();
    const QString zero = formatFixed(0.0, decimals);
    auto number = [&](double value) {
        const QString text = formatFixed(value, decimals);
        return showSign && !text.startsWith(QLatin1Char('-')) && text != zero
                   ? QLatin1Char('+') + text
                   : text;
    };
    return QStringLiteral("%1 [%2, %3]")
        .arg(number(estimate.value), number(estimate.low), number(estimate.high));
}

QByteArray rolloutReportMarkdown(const RolloutResult &result, Language language)
{
    const ScopedReportLanguage scope(language);
    QString md = Tr::translate("RolloutReport", "# Gate-V1 rollout series\n\n");
    md += Tr::translate("RolloutReport", "- Runs: %1\n").arg(readinessText(result));
    md += Tr::translate("RolloutReport", "- Policies: %1\n").arg(result.policies.size());
    if (result.hasWhitelist)
        md += Tr::translate("RolloutReport", "- Whitelist classes: %1 (%2 stale as of %3)\n")
                  .arg(result.whitelistClasses.size())
                  .arg(result.staleClasses)
                  .arg(result.options.today.toString(Qt::ISODate));
    else if (result.whitelistFile.isUnreadable())
        md += Tr::translate("RolloutReport",
                            "- Whitelist: %1 cannot be read (%2); runs are judged without it\n")
                  .arg(result.whitelistFile.path, result.whitelistFile.error);
    else
        md += Tr::translate("RolloutReport", "- Whitelist: none loaded\n");
    md += Tr::translate("RolloutReport", "- Spike rule: %1\n").arg(spikeRuleText(result.options));

    md += Tr::translate("RolloutReport", "\n## unknown_rate per policy_hash\n\n");
    md += mdRow(
        {Tr::translate("RolloutReport", "policy_hash"), Tr::translate("RolloutReport", "runs"),
         Tr::translate("RolloutReport", "min"), Tr::translate("RolloutReport", "median"),
         Tr::translate("RolloutReport", "max"), Tr::translate("RolloutReport", "spike threshold"),
         Tr::translate("RolloutReport", "spikes"), Tr::translate("RolloutReport", "FAILs")});
    md += QStringLiteral("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const PolicySummary &p : result.policies)
        md += mdRow({mdCell(p.policyHash), QString::number(p.runs), roundedNumber(p.unknownRateMin),
                     roundedNumber(p.unknownRateMedian), roundedNumber(p.unknownRateMax),
                     roundedNumber(p.spikeThreshold), QString::number(p.spikes),
                     QString::number(p.fails)});

    md += Tr::translate("RolloutReport", "\n## Class frequency\n\n");
    md += mdRow({Tr::translate("RolloutReport", "policy_hash"),
                 Tr::translate("RolloutReport", "reason"), Tr::translate("RolloutReport", "runs"),
                 Tr::translate("RolloutReport", "spikes"), Tr::translate("RolloutReport", "FAILs"),
                 Tr::translate("RolloutReport", "whitelisted"),
                 Tr::translate("RolloutReport", "stale")});
    md += QStringLiteral("|---|---|---:|---:|---:|---|---|\n");
    for (const PolicySummary &p : result.policies)
        for (const ReasonFrequency &f : p.reasons)
            md += mdRow({mdCell(p.policyHash), mdCell(f.reason), QString::number(f.runs),
                         QString::number(f.spikes), QString::number(f.fails), yesNo(f.whitelisted),
                         yesNo(f.stale)});

    md += Tr::translate("RolloutReport", "\n## Spikes by primary reason\n\n");
    if (result.spikesByReason.isEmpty())
        md += Tr::translate("RolloutReport", "No spikes.\n");
    else {
        md += mdRow({Tr::translate("RolloutReport", "primary reason"),
                     Tr::translate("RolloutReport", "spikes"),
                     Tr::translate("RolloutReport", "whitelisted"),
                     Tr::translate("RolloutReport", "unlisted"),
                     Tr::translate("RolloutReport", "no reason")});
        md += QStringLiteral("|---|---:|---:|---:|---:|\n");
        for (const SpikeReasonCount &c : result.spikesByReason)
            md +=
                mdRow({mdCell(c.reason), QString::number(c.total()), QString::number(c.whitelisted),
                       QString::number(c.unlisted), QString::number(c.none)});
    }

    if (result.hasWhitelist) {
        md += Tr::translate("RolloutReport", "\n## Whitelist classes\n\n");
        md += mdRow({Tr::translate("RolloutReport", "reason"),
                     Tr::translate("RolloutReport", "review_by"),
                     Tr::translate("RolloutReport", "stale"),
                     Tr::translate("RolloutReport", "runs matched")});
        md += QStringLiteral("|---|---|---|---:|\n");
        for (const WhitelistClassUse &use : result.whitelistClasses)
            md += mdRow({mdCell(use.reason), mdCell(use.reviewBy), yesNo(use.stale),
                         QString::number(use.runsMatched)});
    }

    const QList<PolicyChange> changes = policyChanges(result);
    if (!changes.isEmpty()) {
        md += Tr::translate("RolloutReport", "\n## Policy changes (Mann-Whitney U test)\n\n");
        md += mdRow({Tr::translate("RolloutReport", "from"), Tr::translate("RolloutReport", "to"),
                     Tr::translate("RolloutReport", "runs"),
                     Tr::translate("RolloutReport", "median before"),
                     Tr::translate("RolloutReport", "median after"),
                     Tr::translate("RolloutReport", "delta"), QStringLiteral("p")});
        md += QStringLiteral("|---|---|---:|---:|---:|---:|---:|\n");
        for (const PolicyChange &c : changes)
            md += mdRow({mdCell(c.from), mdCell(c.to),
                         QStringLiteral("%1 → %2").arg(c.runsFrom).arg(c.runsTo),
                         roundedNumber(c.medianFrom), roundedNumber(c.medianTo),
                         formatSigned(c.delta, 4), pvalueText(c.pvalue)});
    }

    md += Tr::translate("RolloutReport", "\n## Risk difference (whitelisted vs. unlisted)\n\n");
    md += Tr::translate("RolloutReport", "RD = P(spike | whitelisted) − P(spike | unlisted): %1\n")
              .arg(riskDifferenceText(result.riskDifference));

    md += Tr::translate("RolloutReport", "\n## Risk ratio (signal vs. unknown)\n\n");
    const RiskRatio &rr = result.riskRatio;
    md += mdRow({QString(), Tr::translate("RolloutReport", "FAIL"),
                 Tr::translate("RolloutReport", "not FAIL")});
    md += QStringLiteral("|---|---:|---:|\n");
    md += mdRow({Tr::translate("RolloutReport", "spike"), QString::number(rr.spikeFail),
                 QString::number(rr.spikeNoFail)});
    md += mdRow({Tr::translate("RolloutReport", "no spike"), QString::number(rr.noSpikeFail),
                 QString::number(rr.noSpikeNoFail)});
    md += Tr::translate("RolloutReport", "\nRR = P(FAIL | spike) / P(FAIL | no spike): %1\n")
              .arg(riskRatioText(rr));

    const WarnPreview &warn = result.warn;
    md += Tr::translate("RolloutReport", "\n## WARN-phase preview\n\n");
    md += Tr::translate("RolloutReport", "- Threshold: %1\n").arg(warnThresholdText(result));
    md += Tr::translate("RolloutReport",
                        "- Would WARN: %1 runs without whitelist, %2 with whitelist\n")
              .arg(warn.wouldWarn)
              .arg(warn.wouldWarnWithWhitelist);
    md += Tr::translate("RolloutReport", "- False-positive rate without whitelist: %1\n")
              .arg(fpRateText(warn.fpRate, warn.falsePositives, warn.nonFailRuns,
                              result.options.fpMax));
    md += Tr::translate("RolloutReport", "- False-positive rate with whitelist: %1\n")
              .arg(fpRateText(warn.fpRateWithWhitelist, warn.falsePositivesWithWhitelist,
                              warn.nonFailRuns, result.options.fpMax));
    md += Tr::translate("RolloutReport", "- Reduction: %1\n").arg(points(warn.reduction));
    md += Tr::translate("RolloutReport", "- Readiness: %1\n").arg(readinessText(result));
    md += QLatin1Char('\n') + warnTradeOffMarkdown(result);
    md += QLatin1Char('\n') + classEffectsMarkdown(result);
    md += Tr::translate("RolloutReport", "\n## Verdict: %1 (%2)\n\n")
              .arg(gateStatusName(result.status), verdictWord(result.status));
    md += checksMarkdown(rolloutChecks(result));
    return md.toUtf8();
}

QString rolloutTable(const RolloutResult &result)
{
    QString out = QStringLiteral("Gate-V1 rollout: %1 runs, %2 policies, %3 (%4)\n")
                      .arg(result.runs)
                      .arg(result.policies.size())
                      .arg(gateStatusName(result.status), verdictWord(result.status));
    out += checksText(result.checks) + QLatin1Char('\n');
    TextTable table;
    table.addColumn(QStringLiteral("policy_hash"));
    for (const QString &header :
         {QStringLiteral("runs"), QStringLiteral("min"), QStringLiteral("median"),
          QStringLiteral("max"), QStringLiteral("threshold"), QStringLiteral("spikes"),
          QStringLiteral("FAILs")})
        table.addColumn(header, TextTable::Align::Right);
    for (const PolicySummary &p : result.policies)
        table.addRow({p.policyHash, QString::number(p.runs), roundedNumber(p.unknownRateMin),
                      roundedNumber(p.unknownRateMedian), roundedNumber(p.unknownRateMax),
                      roundedNumber(p.spikeThreshold), QString::number(p.spikes),
                      QString::number(p.fails)});
    out += table.render() + QLatin1Char('\n');

    const WarnPreview &warn = result.warn;
    out += QStringLiteral("Spike rule:      %1\n").arg(spikeRuleText(result.options));
    out += QStringLiteral("Risk difference: %1\n").arg(riskDifferenceText(result.riskDifference));
    out += QStringLiteral("Risk ratio:      %1\n").arg(riskRatioText(result.riskRatio));
    out += QStringLiteral("WARN threshold:  %1\n").arg(warnThresholdText(result));
    out += QStringLiteral("FP rate:         %1 without whitelist, %2 with whitelist, "
                          "reduction %3\n")
               .arg(rate(warn.fpRate, result.options.fpMax),
                    rate(warn.fpRateWithWhitelist, result.options.fpMax), points(warn.reduction));
    out += QStringLiteral("Readiness:       %1\n").arg(readinessText(result));
    if (result.staleClasses > 0)
        out += QStringLiteral("Stale whitelist: %1\n")
                   .arg(staleClassList(result).remove(QLatin1Char('`')));

    if (!result.spikesByReason.isEmpty()) {
        out += QStringLiteral("\nTop spike reasons (primary reason):\n");
        TextTable reasons;
        reasons.addColumn(QStringLiteral("reason"));
        for (const QString &header : {QStringLiteral("spikes"), QStringLiteral("whitelisted"),
                                      QStringLiteral("unlisted"), QStringLiteral("no reason")})
            reasons.addColumn(header, TextTable::Align::Right);
        for (const SpikeReasonCount &c : result.spikesByReason.mid(0, kTopSpikeReasons))
            reasons.addRow({c.reason.isEmpty() ? QStringLiteral("(none)") : c.reason,
                            QString::number(c.total()), QString::number(c.whitelisted),
                            QString::number(c.unlisted), QString::number(c.none)});
        out += reasons.render();
    }
    return out;
}

QString rolloutMarkdownSection(const RolloutResult &result)
{
    QString md = Tr::translate("RolloutReport", "### Gate-V1 rollout: COMMENT → WARN\n\n");
    md += checksMarkdown(rolloutChecks(result));
    md += Tr::translate("RolloutReport", "\nStatus: **%1** (%2).\n")
              .arg(gateStatusName(result.status), verdictWord(result.status));
    return md;
}

} // namespace gatehouse
