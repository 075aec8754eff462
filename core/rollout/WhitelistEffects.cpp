#include "WhitelistEffects.h"

#include "RolloutExport.h"
#include "WarnCurve.h"
#include "WhitelistFile.h"
#include "common/TextTable.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace gatehouse {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The run's reasons, each once (a reason listed twice counts once).
QStringList distinctReasons(const GateRun &run)
{
    QStringList reasons;
    for (const QString &reason : run.topReasons)
        if (!reasons.contains(reason))
            reasons.append(reason);
    return reasons;
}

// SPEC §4.3 against a set of class patterns, through the public matching API
// (matchingClass): the classification in RolloutAnalysis.cpp is file-static, so the
// small rule is restated here rather than changed there.
bool whitelistedBy(const GateRun &run, const Whitelist &classes)
{
    if (run.topReasons.isEmpty())
        return false;
    return std::all_of(run.topReasons.cbegin(), run.topReasons.cend(),
                       [&](const QString &r) { return matchingClass(classes, r) >= 0; });
}

QList<bool> whitelistedRows(const RolloutResult &result, const Whitelist &classes)
{
    QList<bool> whitelisted;
    for (const RolloutRunRow &row : result.rows)
        whitelisted.append(whitelistedBy(row.run, classes));
    return whitelisted;
}

Whitelist without(const Whitelist &whitelist, qsizetype index)
{
    Whitelist rest = whitelist;
    rest.classes.removeAt(index);
    return rest;
}

Whitelist with(const Whitelist &whitelist, const QString &reason)
{
    Whitelist more = whitelist;
    WhitelistClass cls;
    cls.reason = reason;
    more.classes.append(cls);
    return more;
}

QString rateText(const std::optional<double> &rate)
{
    return rate ? roundedNumber(*rate) : QStringLiteral("-");
}

} // namespace

QStringList WhitelistClassEffect::warnings() const
{
    QStringList list;
    if (mainSpikeDriver)
        list.append(QStringLiteral("main_spike_driver"));
    if (matchesFail)
        list.append(QStringLiteral("matches_fail"));
    return list;
}

bool classMatchesReason(const QString &classReason, const QString &reason)
{
    return isGlobPattern(classReason) ? globMatches(classReason, reason) : classReason == reason;
}

WhitelistEffects whitelistEffects(const RolloutResult &result, const Whitelist &whitelist,
                                  const QDate &today)
{
    WhitelistEffects effects;
    const double threshold = result.warn.threshold;
    effects.threshold = result.rows.isEmpty() ? std::nan("") : threshold;
    const QList<bool> whitelistedAll = whitelistedRows(result, whitelist);
    effects.fpRateWithWhitelist = falsePositiveRate(result.rows, threshold, whitelistedAll);

    // Spikes per primary reason; runs without reasons have no primary reason to blame.
    QMap<QString, int> spikesByPrimary;
    for (const RolloutRunRow &row : result.rows)
        if (row.spike && !row.run.topReasons.isEmpty())
            ++spikesByPrimary[row.run.primaryReason()];
    int mostSpikes = 0;
    for (auto it = spikesByPrimary.cbegin(); it != spikesByPrimary.cend(); ++it)
        mostSpikes = std::max(mostSpikes, it.value());
    for (auto it = spikesByPrimary.cbegin(); it != spikesByPrimary.cend(); ++it)
        if (mostSpikes > 0 && it.value() == mostSpikes)
            effects.mainSpikeReasons.append(it.key()); // QMap: sorted

    for (qsizetype c = 0; c < whitelist.classes.size(); ++c) {
        const WhitelistClass &cls = whitelist.classes.at(c);
        WhitelistClassEffect effect;
        effect.reason = cls.reason;
        effect.stale = isStale(cls, today);
        const QList<bool> whitelistedRest = whitelistedRows(result, without(whitelist, c));
        for (qsizetype i = 0; i < result.rows.size(); ++i) {
            const RolloutRunRow &row = result.rows.at(i);
            const bool matched =
                std::any_of(row.run.topReasons.cbegin(), row.run.topReasons.cend(),
                            [&](const QString &r) { return classMatchesReason(cls.reason, r); });
            if (matched) {
                ++effect.matchedRuns;
                effect.failsMatched += row.fail ? 1 : 0;
            }
            if (whitelistedAll.at(i) && !whitelistedRest.at(i)) {
                ++effect.decisiveRuns;
                effect.spikesCovered += row.spike ? 1 : 0;
            }
        }
        effect.fpRateWithoutClass = falsePositiveRate(result.rows, threshold, whitelistedRest);
        effect.matchesFail = effect.failsMatched > 0;
        effect.mainSpikeDriver =
            std::any_of(effects.mainSpikeReasons.cbegin(), effects.mainSpikeReasons.cend(),
                        [&](const QString &r) { return classMatchesReason(cls.reason, r); });
        effects.classes.append(effect);
    }
    std::stable_sort(effects.classes.begin(), effects.classes.end(),
                     [](const WhitelistClassEffect &a, const WhitelistClassEffect &b) {
                         return a.reason < b.reason;
                     });

    QMap<QString, WhitelistCandidate> candidates; // by reason
    for (const RolloutRunRow &row : result.rows) {
        for (const QString &reason : distinctReasons(row.run)) {
            if (matchingClass(whitelist, reason) >= 0)
                continue;
            WhitelistCandidate &candidate = candidates[reason];
            candidate.reason = reason;
            ++candidate.runs;
            candidate.spikes += row.spike ? 1 : 0;
            candidate.fails += row.fail ? 1 : 0;
        }
    }
    for (WhitelistCandidate &candidate : candidates) {
        candidate.fpRateIfAdded = falsePositiveRate(
            result.rows, threshold, whitelistedRows(result, with(whitelist, candidate.reason)));
        effects.candidates.append(candidate);
    }
    // Already by reason; a stable sort on the rate keeps that order among equal rates.
    std::stable_sort(effects.candidates.begin(), effects.candidates.end(),
                     [](const WhitelistCandidate &a, const WhitelistCandidate &b) {
                         if (a.fpRateIfAdded.has_value() != b.fpRateIfAdded.has_value())
                             return a.fpRateIfAdded.has_value(); // undefined last
                         return a.fpRateIfAdded && *a.fpRateIfAdded < *b.fpRateIfAdded;
                     });
    return effects;
}

QJsonObject whitelistEffectsToJson(const WhitelistEffects &effects)
{
    QJsonArray classes;
    for (const WhitelistClassEffect &effect : effects.classes)
        classes.append(QJsonObject{
            {QStringLiteral("reason"), effect.reason},
            {QStringLiteral("matched_runs"), effect.matchedRuns},
            {QStringLiteral("decisive_runs"), effect.decisiveRuns},
            {QStringLiteral("spikes_covered"), effect.spikesCovered},
            {QStringLiteral("fails_matched"), effect.failsMatched},
            {QStringLiteral("fp_rate_without_class"), optionalNumber(effect.fpRateWithoutClass)},
            {QStringLiteral("stale"), effect.stale},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(effect.warnings())}});
    QJsonArray candidates;
    for (const WhitelistCandidate &candidate : effects.candidates)
        candidates.append(QJsonObject{
            {QStringLiteral("reason"), candidate.reason},
            {QStringLiteral("runs"), candidate.runs},
            {QStringLiteral("spikes"), candidate.spikes},
            {QStringLiteral("fails"), candidate.fails},
            {QStringLiteral("fp_rate_if_added"), optionalNumber(candidate.fpRateIfAdded)}});
    return QJsonObject{{QStringLiteral("threshold"), optionalNumber(effects.threshold)},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("candidates"), candidates}};
}

QString whitelistEffectsTable(const WhitelistEffects &effects)
{
    QString text;
    text += QStringLiteral("WARN threshold in force: %1; FP rate with the whole whitelist: %2\n")
                .arg(std::isfinite(effects.threshold) ? roundedNumber(effects.threshold)
                                                      : QStringLiteral("-"),
                     rateText(effects.fpRateWithWhitelist));
    if (!effects.mainSpikeReasons.isEmpty())
        text += QStringLiteral("Primary reason(s) with the most spikes: %1\n")
                    .arg(effects.mainSpikeReasons.join(QStringLiteral(", ")));
    text += QLatin1Char('\n');
    if (effects.classes.isEmpty()) {
        text += QStringLiteral("No whitelist classes.\n");
    } else {
        TextTable table;
        table.addColumn(QStringLiteral("class"));
        for (const char *header : {"matched", "decisive", "covered", "fails", "fp_without"})
            table.addColumn(QString::fromLatin1(header), TextTable::Align::Right);
        table.addColumn(QStringLiteral("stale"));
        table.addColumn(QStringLiteral("warnings"));
        for (const WhitelistClassEffect &e : effects.classes)
            table.addRow({e.reason, QString::number(e.matchedRuns), QString::number(e.decisiveRuns),
                          QString::number(e.spikesCovered), QString::number(e.failsMatched),
                          rateText(e.fpRateWithoutClass),
                          e.stale ? QStringLiteral("STALE") : QString(),
                          e.warnings().join(QStringLiteral(", "))});
        text += table.render();
    }
    text += QLatin1Char('\n');
    if (effects.candidates.isEmpty()) {
        text += QStringLiteral("No candidates: every top reason is whitelisted.\n");
    } else {
        text += QStringLiteral("Candidates (reasons no class matches):\n");
        TextTable table;
        table.addColumn(QStringLiteral("reason"));
        for (const char *header : {"runs", "spikes", "fails", "fp_if_added"})
            table.addColumn(QString::fromLatin1(header), TextTable::Align::Right);
        for (const WhitelistCandidate &c : effects.candidates)
            table.addRow({c.reason, QString::number(c.runs), QString::number(c.spikes),
                          QString::number(c.fails), rateText(c.fpRateIfAdded)});
        text += table.render();
    }
    return text;
}

} // namespace gatehouse
