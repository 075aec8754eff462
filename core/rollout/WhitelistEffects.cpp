#include "WhitelistEffects.h"

#include "RolloutExport.h"
#include "WhitelistFile.h"
#include "common/TextTable.h"

#include <QHash>
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
    // One pass over the runs with the classes matching each distinct reason computed once,
    // rather than re-classifying every run per class and per candidate (which grows with
    // runs x classes² and runs x candidates x classes). The definitions stay those of the
    // header; test_whitelist_effects checks this against the direct re-classification.
    WhitelistEffects effects;
    const double threshold = result.warn.threshold;
    effects.threshold = result.rows.isEmpty() ? std::nan("") : threshold;
    const qsizetype classCount = whitelist.classes.size();

    QHash<QString, QList<int>> matchesOf; // reason -> every class matching it, file order
    const auto matchesOfReason = [&](const QString &reason) {
        auto it = matchesOf.constFind(reason);
        if (it != matchesOf.constEnd())
            return it.value();
        QList<int> list;
        for (qsizetype c = 0; c < classCount; ++c)
            if (classMatchesReason(whitelist.classes.at(c).reason, reason))
                list.append(static_cast<int>(c));
        matchesOf.insert(reason, list);
        return list;
    };

    int nonFail = 0;
    int warnWithWhitelist = 0;              // non-FAIL runs that WARN with the whole whitelist
    QList<int> decisiveWarn(classCount, 0); // of those without the class, the extra ones
    QHash<QString, int> warnOnlyUnlisted;   // WARNing runs whose one unlisted reason is this
    QList<QStringList> warnUnlisted;        // the unlisted reasons of every WARNing run
    QList<WhitelistClassEffect> byClass(classCount);
    QMap<QString, WhitelistCandidate> candidates; // by reason
    QMap<QString, int> spikesByPrimary;           // runs without reasons have no primary reason
    for (const RolloutRunRow &row : result.rows) {
        const QStringList reasons = distinctReasons(row.run);
        QSet<int> matched, sole; // sole: classes that alone match one of the reasons
        QStringList unlisted;
        for (const QString &reason : reasons) {
            const QList<int> classes = matchesOfReason(reason);
            if (classes.isEmpty())
                unlisted.append(reason);
            else if (classes.size() == 1)
                sole.insert(classes.first());
            for (int c : classes)
                matched.insert(c);
        }
        const bool whitelisted = !reasons.isEmpty() && unlisted.isEmpty();
        // Strictly above, as the WARN preview (a NaN threshold WARNs nothing).
        const bool warns = !row.fail && row.run.unknownRate > threshold;
        nonFail += row.fail ? 0 : 1;
        if (warns && !whitelisted) {
            ++warnWithWhitelist;
            if (!unlisted.isEmpty()) {
                warnUnlisted.append(unlisted);
                if (unlisted.size() == 1)
                    ++warnOnlyUnlisted[unlisted.first()];
            }
        }
        for (int c : matched) {
            ++byClass[c].matchedRuns;
            byClass[c].failsMatched += row.fail ? 1 : 0;
        }
        // Without class c the run loses its whitelisting exactly when one of its reasons
        // is matched by c alone.
        if (whitelisted) {
            for (int c : sole) {
                ++byClass[c].decisiveRuns;
                byClass[c].spikesCovered += row.spike ? 1 : 0;
                decisiveWarn[c] += warns ? 1 : 0;
            }
        }
        for (const QString &reason : unlisted) {
            WhitelistCandidate &candidate = candidates[reason];
            candidate.reason = reason;
            ++candidate.runs;
            candidate.spikes += row.spike ? 1 : 0;
            candidate.fails += row.fail ? 1 : 0;
        }
        if (row.spike && !row.run.topReasons.isEmpty())
            ++spikesByPrimary[row.run.primaryReason()];
    }
    const auto rate = [nonFail](int warned) -> std::optional<double> {
        if (nonFail == 0)
            return std::nullopt;
        return static_cast<double>(warned) / nonFail;
    };
    effects.fpRateWithWhitelist = rate(warnWithWhitelist);

    int mostSpikes = 0;
    for (auto it = spikesByPrimary.cbegin(); it != spikesByPrimary.cend(); ++it)
        mostSpikes = std::max(mostSpikes, it.value());
    for (auto it = spikesByPrimary.cbegin(); it != spikesByPrimary.cend(); ++it)
        if (mostSpikes > 0 && it.value() == mostSpikes)
            effects.mainSpikeReasons.append(it.key()); // QMap: sorted

    for (qsizetype c = 0; c < classCount; ++c) {
        const WhitelistClass &cls = whitelist.classes.at(c);
        WhitelistClassEffect effect = byClass.at(c);
        effect.reason = cls.reason;
        effect.stale = isStale(cls, today);
        effect.fpRateWithoutClass = rate(warnWithWhitelist + decisiveWarn.at(c));
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

    for (WhitelistCandidate &candidate : candidates) {
        // Added as a class, the reason whitelists the WARNing runs whose unlisted reasons it
        // all matches: for an exact reason, the runs where it is the only unlisted one.
        int freed = 0;
        if (!isGlobPattern(candidate.reason)) {
            freed = warnOnlyUnlisted.value(candidate.reason);
        } else {
            for (const QStringList &unlisted : warnUnlisted)
                freed += std::all_of(unlisted.cbegin(), unlisted.cend(),
                                     [&](const QString &u) {
                                         return classMatchesReason(candidate.reason, u);
                                     })
                             ? 1
                             : 0;
        }
        candidate.fpRateIfAdded = rate(warnWithWhitelist - freed);
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
