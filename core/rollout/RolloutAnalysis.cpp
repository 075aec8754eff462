#include "RolloutAnalysis.h"

#include "WhitelistFile.h"
#include "common/RunOrder.h"
#include "stats/Descriptive.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace gatehouse {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// MAD -> standard deviation of a normal distribution.
constexpr double kMadToSigma = 1.4826;
// The WARN preview's default rule uses three robust sigmas (SPEC §4.5), whatever spike k.
constexpr double kWarnK = 3;

// Whitelist class index per reason of a run (-1 when not whitelisted).
QList<int> classIndexes(const GateRun &run, const std::optional<Whitelist> &whitelist)
{
    QList<int> indexes;
    for (const QString &reason : run.topReasons)
        indexes.append(whitelist ? matchingClass(*whitelist, reason) : -1);
    return indexes;
}

RunClass classify(const QList<int> &indexes)
{
    if (indexes.isEmpty())
        return RunClass::None;
    const bool all = std::all_of(indexes.cbegin(), indexes.cend(), [](int i) { return i >= 0; });
    return all ? RunClass::Whitelisted : RunClass::Unlisted;
}

QVector<double> ratesOf(const QList<GateRun> &runs)
{
    QVector<double> rates;
    rates.reserve(runs.size());
    for (const GateRun &run : runs)
        rates.append(run.unknownRate);
    return rates;
}

void computeRiskDifference(RolloutResult &result)
{
    RiskDifference &rd = result.riskDifference;
    for (const RolloutRunRow &row : result.rows) {
        if (row.runClass == RunClass::Whitelisted) {
            ++rd.whitelistedRuns;
            rd.whitelistedSpikes += row.spike ? 1 : 0;
        } else if (row.runClass == RunClass::Unlisted) {
            ++rd.unlistedRuns;
            rd.unlistedSpikes += row.spike ? 1 : 0;
        }
    }
    if (result.whitelistFile.isUnreadable() && rd.unlistedRuns > 0)
        rd.undefinedReason = QStringLiteral("%1 cannot be read, so no run is whitelisted")
                                 .arg(result.whitelistFile.path);
    else if (!result.hasWhitelist && rd.unlistedRuns > 0)
        rd.undefinedReason = QStringLiteral("no whitelist loaded, so no run is whitelisted");
    else if (rd.whitelistedRuns == 0 && rd.unlistedRuns == 0)
        rd.undefinedReason = QStringLiteral("no run lists a top reason");
    else if (rd.whitelistedRuns == 0)
        rd.undefinedReason = QStringLiteral("no whitelisted runs");
    else if (rd.unlistedRuns == 0)
        rd.undefinedReason = QStringLiteral("no unlisted runs");
    else
        rd.estimate = stats::newcombeDifference(rd.whitelistedSpikes, rd.whitelistedRuns,
                                                rd.unlistedSpikes, rd.unlistedRuns);
}

void computeRiskRatio(RolloutResult &result)
{
    RiskRatio &rr = result.riskRatio;
    for (const RolloutRunRow &row : result.rows) {
        if (row.spike)
            ++(row.fail ? rr.spikeFail : rr.spikeNoFail);
        else
            ++(row.fail ? rr.noSpikeFail : rr.noSpikeNoFail);
    }
    // Any zero cell makes the ratio, its log or its interval meaningless (SPEC §4.5), so
    // all four are checked, not only the two the Katz formula divides by.
    QStringList zeroCells;
    if (rr.spikeFail == 0)
        zeroCells.append(QStringLiteral("spike & FAIL"));
    if (rr.spikeNoFail == 0)
        zeroCells.append(QStringLiteral("spike & not FAIL"));
    if (rr.noSpikeFail == 0)
        zeroCells.append(QStringLiteral("no spike & FAIL"));
    if (rr.noSpikeNoFail == 0)
        zeroCells.append(QStringLiteral("no spike & not FAIL"));
    if (result.rows.isEmpty())
        rr.undefinedReason = QStringLiteral("no runs");
    else if (!zeroCells.isEmpty())
        rr.undefinedReason = QStringLiteral("zero cell%1: %2")
                                 .arg(zeroCells.size() > 1 ? QStringLiteral("s") : QString(),
                                      zeroCells.join(QStringLiteral(", ")));
    else
        rr.estimate = stats::katzRiskRatio(rr.spikeFail, rr.spikeFail + rr.spikeNoFail,
                                           rr.noSpikeFail, rr.noSpikeFail + rr.noSpikeNoFail);
}

void computeWarnPreview(const QList<GateRun> &runsInOrder, RolloutResult &result)
{
    WarnPreview &warn = result.warn;
    const RolloutOptions &options = result.options;
    warn.windowMedian = kNaN;
    warn.windowMad = kNaN;
    warn.defaultRuleThreshold = kNaN;
    if (!runsInOrder.isEmpty()) {
        const QVector<double> window = ratesOf(lastN(runsInOrder, options.warnWindow));
        warn.defaultRuleThreshold =
            robustThreshold(stats::median(window), stats::medianAbsoluteDeviation(window), kWarnK,
                            options.spikeMinDelta);
    }
    if (options.warnThreshold) {
        warn.threshold = *options.warnThreshold;
        warn.thresholdGiven = true;
    } else if (runsInOrder.isEmpty()) {
        warn.threshold = kNaN;
    } else {
        const QVector<double> window = ratesOf(lastN(runsInOrder, options.warnWindow));
        warn.windowRuns = static_cast<int>(window.size());
        warn.windowMedian = stats::median(window);
        warn.windowMad = stats::medianAbsoluteDeviation(window);
        warn.threshold =
            robustThreshold(warn.windowMedian, warn.windowMad, kWarnK, options.spikeMinDelta);
    }
    for (RolloutRunRow &row : result.rows) {
        row.wouldWarn = row.run.unknownRate > warn.threshold; // false for a NaN threshold
        row.wouldWarnWithWhitelist = row.wouldWarn && row.runClass != RunClass::Whitelisted;
        warn.wouldWarn += row.wouldWarn ? 1 : 0;
        warn.wouldWarnWithWhitelist += row.wouldWarnWithWhitelist ? 1 : 0;
        if (!row.fail) {
            ++warn.nonFailRuns;
            warn.falsePositives += row.wouldWarn ? 1 : 0;
            warn.falsePositivesWithWhitelist += row.wouldWarnWithWhitelist ? 1 : 0;
        }
    }
    if (warn.nonFailRuns > 0) {
        warn.fpRate = static_cast<double>(warn.falsePositives) / warn.nonFailRuns;
        warn.fpRateWithWhitelist =
            static_cast<double>(warn.falsePositivesWithWhitelist) / warn.nonFailRuns;
        warn.reduction = *warn.fpRate - *warn.fpRateWithWhitelist;
    }
}

void computeSpikesByReason(RolloutResult &result)
{
    QMap<QString, SpikeReasonCount> byReason;
    for (const RolloutRunRow &row : result.rows) {
        if (!row.spike)
            continue;
        SpikeReasonCount &count = byReason[row.run.primaryReason()];
        count.reason = row.run.primaryReason();
        if (row.runClass == RunClass::Whitelisted)
            ++count.whitelisted;
        else if (row.runClass == RunClass::Unlisted)
            ++count.unlisted;
        else
            ++count.none;
    }
    result.spikesByReason = byReason.values(); // by reason
    std::stable_sort(
        result.spikesByReason.begin(), result.spikesByReason.end(),
        [](const SpikeReasonCount &a, const SpikeReasonCount &b) { return a.total() > b.total(); });
}

} // namespace

QString runClassName(RunClass runClass)
{
    switch (runClass) {
    case RunClass::Whitelisted:
        return QStringLiteral("whitelisted");
    case RunClass::Unlisted:
        return QStringLiteral("unlisted");
    case RunClass::None:
        break;
    }
    return QStringLiteral("none");
}

double robustThreshold(double median, double mad, double k, double minDelta)
{
    const double spread = k * kMadToSigma * mad;
    return median + std::max(spread, minDelta);
}

RolloutResult analyzeRollout(const QList<GateRun> &runsInOrder,
                             const std::optional<Whitelist> &whitelist,
                             const RolloutOptions &options,
                             const std::optional<FileState> &whitelistFile)
{
    RolloutResult result;
    result.options = options;
    if (!result.options.today.isValid())
        result.options.today = QDate::currentDate();
    const QDate today = result.options.today;
    result.runs = static_cast<int>(runsInOrder.size());
    result.hasWhitelist = whitelist.has_value();
    if (whitelist)
        result.whitelist = *whitelist;
    result.whitelistFile = whitelistFile ? *whitelistFile
                           : whitelist   ? FileState::loaded(QString())
                                         : FileState();

    if (whitelist) {
        for (const WhitelistClass &cls : whitelist->classes) {
            WhitelistClassUse use;
            use.reason = cls.reason;
            use.reviewBy = cls.reviewBy;
            use.stale = isStale(cls, today);
            result.staleClasses += use.stale ? 1 : 0;
            result.whitelistClasses.append(use);
        }
    }

    // Policy groups in order of first appearance, each with the indexes of its runs.
    QStringList policyOrder;
    QHash<QString, QList<int>> runsOfPolicy;
    QList<QList<int>> matchedClasses;
    // Sized once: grown by appending, the rows (a GateRun copy each) were copied again and
    // again and held up to twice what they need.
    result.rows.reserve(result.runs);
    matchedClasses.reserve(result.runs);
    for (int i = 0; i < result.runs; ++i) {
        const GateRun &run = runsInOrder.at(i);
        RolloutRunRow row;
        row.run = run;
        row.fail = run.outcome == QLatin1String("FAIL");
        matchedClasses.append(classIndexes(run, whitelist));
        row.runClass = classify(matchedClasses.last());
        QSet<int> distinctClasses;
        for (int index : matchedClasses.last())
            if (index >= 0)
                distinctClasses.insert(index);
        for (int index : distinctClasses) {
            ++result.whitelistClasses[index].runsMatched;
            row.usesStaleClass = row.usesStaleClass || result.whitelistClasses.at(index).stale;
        }
        if (!runsOfPolicy.contains(run.policyHash))
            policyOrder.append(run.policyHash);
        runsOfPolicy[run.policyHash].append(i);
        result.rows.append(row);
    }

    for (const QString &policyHash : policyOrder) {
        const QList<int> &indexes = runsOfPolicy.value(policyHash);
        PolicySummary policy;
        policy.policyHash = policyHash;
        policy.runs = static_cast<int>(indexes.size());
        QVector<double> rates;
        for (int i : indexes)
            rates.append(runsInOrder.at(i).unknownRate);
        policy.unknownRateMin = stats::minimum(rates);
        policy.unknownRateMedian = stats::median(rates);
        policy.unknownRateMax = stats::maximum(rates);
        policy.unknownRateMad = stats::medianAbsoluteDeviation(rates);
        policy.spikeThreshold =
            options.spikeThreshold
                ? *options.spikeThreshold
                : robustThreshold(policy.unknownRateMedian, policy.unknownRateMad, options.spikeK,
                                  options.spikeMinDelta);
        QMap<QString, ReasonFrequency> reasons; // QMap: sorted by reason
        for (int i : indexes) {
            RolloutRunRow &row = result.rows[i];
            row.spikeThreshold = policy.spikeThreshold;
            row.spike = row.run.unknownRate > policy.spikeThreshold; // equal is not a spike
            policy.spikes += row.spike ? 1 : 0;
            policy.fails += row.fail ? 1 : 0;
            QSet<QString> counted; // a reason listed twice in one run counts once
            for (int r = 0; r < row.run.topReasons.size(); ++r) {
                const QString &reason = row.run.topReasons.at(r);
                if (counted.contains(reason))
                    continue;
                counted.insert(reason);
                ReasonFrequency &freq = reasons[reason];
                freq.reason = reason;
                ++freq.runs;
                freq.spikes += row.spike ? 1 : 0;
                freq.fails += row.fail ? 1 : 0;
                const int classIndex = matchedClasses.at(i).at(r);
                if (classIndex >= 0) {
                    freq.whitelisted = true;
                    freq.stale = result.whitelistClasses.at(classIndex).stale;
                    freq.whitelistPattern = result.whitelistClasses.at(classIndex).reason;
                }
            }
        }
        policy.reasons = reasons.values();
        result.policies.append(policy);
    }

    computeRiskDifference(result);
    computeRiskRatio(result);
    computeWarnPreview(runsInOrder, result);
    computeSpikesByReason(result);
    result.checks = rolloutChecks(result);
    result.status = statusFromChecks(result.runs > 0, result.checks);
    result.changes.values.reserve(result.runs);
    result.changes.runIds.reserve(result.runs);
    result.changes.timestamps.reserve(result.runs);
    result.changes.policyHashes.reserve(result.runs);
    for (const RolloutRunRow &row : std::as_const(result.rows)) {
        result.changes.values.append(row.run.unknownRate);
        result.changes.runIds.append(row.run.identity.runId);
        result.changes.timestamps.append(row.run.identity.timestamp);
        result.changes.policyHashes.append(row.run.policyHash);
    }
    result.changes.compute(options.changePoints);
    return result;
}

} // namespace gatehouse
