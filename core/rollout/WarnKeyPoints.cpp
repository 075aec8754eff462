#include "WarnKeyPoints.h"
#include "common/Translate.h"

#include "RolloutExport.h"
#include "WhitelistEffects.h"
#include "bench/AllocationsAnalysis.h"

#include <cmath>

namespace gatehouse {

namespace {

WarnCurvePoint pointAt(const RolloutResult &result, double threshold)
{
    WarnCurvePoint p;
    p.threshold = threshold;
    QList<bool> whitelisted;
    int fails = 0, failsWarned = 0;
    for (const RolloutRunRow &row : result.rows) {
        whitelisted.append(row.runClass == RunClass::Whitelisted);
        if (row.fail) {
            ++fails;
            failsWarned += row.run.unknownRate > threshold ? 1 : 0;
        }
    }
    p.fpRateWithoutWhitelist = falsePositiveRate(result.rows, threshold, {});
    p.fpRateWithWhitelist = falsePositiveRate(result.rows, threshold, whitelisted);
    if (fails > 0)
        p.failRecall = static_cast<double>(failsWarned) / fails;
    return p;
}

QString rateCell(const std::optional<double> &rate, double limit)
{
    return rate ? percentText(*rate, limit) : Tr::translate("RolloutReport", "undefined");
}

// The class's warnings: their JSON keys in English (as the CSV), words in German.
QStringList warningWords(const WhitelistClassEffect &c)
{
    QStringList words;
    if (c.mainSpikeDriver)
        words << Tr::translate("RolloutReport", "main_spike_driver", "class warning");
    if (c.matchesFail)
        words << Tr::translate("RolloutReport", "matches_fail", "class warning");
    return words;
}

QString cell(const QString &text)
{
    QString c = text;
    c.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return c;
}

} // namespace

QList<WarnKeyPoint> warnKeyPoints(const RolloutResult &result)
{
    QList<WarnKeyPoint> points;
    auto add = [&](const QString &label, double threshold) {
        if (!std::isfinite(threshold))
            return;
        for (WarnKeyPoint &p : points)
            if (p.point.threshold == threshold) {
                p.label += QStringLiteral(", ") + label;
                return;
            }
        points.append({label, pointAt(result, threshold)});
    };
    add(Tr::translate("RolloutReport", "in force"), result.warn.threshold);
    add(Tr::translate("RolloutReport", "default rule"), result.warn.defaultRuleThreshold);
    if (const auto lowest = lowestThresholdMeetingFpMax(warnCurve(result), result.options.fpMax))
        add(Tr::translate("RolloutReport", "lowest meeting fp_max"), *lowest);
    return points;
}

QString warnTradeOffMarkdown(const RolloutResult &result)
{
    const double limit = result.options.fpMax;
    QString md = Tr::translate("RolloutReport", "## WARN trade-off\n\n");
    const QList<WarnKeyPoint> points = warnKeyPoints(result);
    if (points.isEmpty())
        return md + Tr::translate("RolloutReport", "No runs: no threshold to judge.\n");
    md += Tr::translate("RolloutReport",
                        "A run would WARN when unknown_rate > threshold; with the whitelist, "
                        "whitelisted runs never WARN. fp_max = %1.\n\n")
              .arg(percentText(limit, limit));
    md += Tr::translate("RolloutReport",
                        "| threshold | which | FP rate without whitelist | FP rate with "
                        "whitelist | FAIL recall |\n|---:|---|---:|---:|---:|\n");
    for (const WarnKeyPoint &k : points)
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(roundedNumber(k.point.threshold), k.label,
                       rateCell(k.point.fpRateWithoutWhitelist, limit),
                       rateCell(k.point.fpRateWithWhitelist, limit),
                       k.point.failRecall ? percentText(*k.point.failRecall, 1.0)
                                          : Tr::translate("RolloutReport", "no FAIL runs"));
    if (!lowestThresholdMeetingFpMax(warnCurve(result), limit))
        md += Tr::translate("RolloutReport", "\nNo threshold meets fp_max with the whitelist.\n");
    return md;
}

QString classEffectsMarkdown(const RolloutResult &result)
{
    const WhitelistEffects effects =
        whitelistEffects(result, result.whitelist, result.options.today);
    const double limit = result.options.fpMax;
    QString md = Tr::translate("RolloutReport", "## Whitelist classes: what each one does\n\n");
    if (effects.classes.isEmpty())
        md += Tr::translate("RolloutReport", "No whitelist classes.\n");
    else {
        md += Tr::translate("RolloutReport",
                            "At the threshold in force (%1). Decisive runs are whitelisted only "
                            "because of the class.\n\n")
                  .arg(roundedNumber(effects.threshold));
        md += Tr::translate("RolloutReport",
                            "| class | matched runs | decisive runs | spikes covered | FAILs "
                            "matched | FP rate without it | stale | warnings |\n"
                            "|---|---:|---:|---:|---:|---:|---|---|\n");
        for (const WhitelistClassEffect &c : effects.classes)
            md += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                      .arg(cell(c.reason))
                      .arg(c.matchedRuns)
                      .arg(c.decisiveRuns)
                      .arg(c.spikesCovered)
                      .arg(c.failsMatched)
                      .arg(rateCell(c.fpRateWithoutClass, limit),
                           c.stale ? Tr::translate("RolloutReport", "yes")
                                   : Tr::translate("RolloutReport", "no"),
                           warningWords(c).join(QStringLiteral(", ")));
    }
    if (!effects.candidates.isEmpty()) {
        md += Tr::translate("RolloutReport",
                            "\nCandidates (unlisted reasons, by the FP rate if added):\n\n"
                            "| reason | runs | spikes | FAILs | FP rate if added |\n"
                            "|---|---:|---:|---:|---:|\n");
        constexpr qsizetype kListed = 10;
        for (qsizetype i = 0; i < effects.candidates.size() && i < kListed; ++i) {
            const WhitelistCandidate &c = effects.candidates.at(i);
            md += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                      .arg(cell(c.reason))
                      .arg(c.runs)
                      .arg(c.spikes)
                      .arg(c.fails)
                      .arg(rateCell(c.fpRateIfAdded, limit));
        }
    }
    return md;
}

} // namespace gatehouse
