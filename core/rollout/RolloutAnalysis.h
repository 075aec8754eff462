#pragma once
// Gate-V1 rollout analysis (SPEC §4.3, §4.5): classifies every run against the whitelist,
// finds unknown_rate spikes per policy_hash, compares spike rates with and without the
// whitelist, relates spikes to FAIL signals, and previews the WARN phase.
#include "RolloutTypes.h"
#include "changes/SeriesChanges.h"
#include "common/FileState.h"
#include "common/GateStatus.h"
#include "stats/Intervals.h"
#include "verdict/GateChecks.h"

#include <QDate>
#include <QList>
#include <optional>

namespace gatehouse {

struct RolloutOptions
{
    double spikeK = 3;
    double spikeMinDelta = 0.05;
    std::optional<double> spikeThreshold; // absolute, replaces the rule
    std::optional<double> warnThreshold;
    int warnWindow = 40;
    int readinessTarget = 40;
    double fpMax = 0.05;     // the fp_rate check: FP rate with the whitelist <= fpMax
    bool staleBlocks = true; // the stale check: only when a stale class blocks graduation
    changes::ChangePointOptions changePoints; // SPEC §9, on every run's unknown_rate
    QDate today; // for stale whitelist classes; invalid = QDate::currentDate()
};

// SPEC §4.3: whitelisted = at least one reason and all of them whitelisted; unlisted =
// at least one reason not whitelisted; none = no reasons.
enum class RunClass
{
    None,
    Whitelisted,
    Unlisted
};
QString runClassName(RunClass runClass); // "none", "whitelisted", "unlisted"

// One input run with everything the analysis decided about it.
struct RolloutRunRow
{
    GateRun run;
    RunClass runClass = RunClass::None;
    bool usesStaleClass = false; // a reason matched a stale whitelist class
    double spikeThreshold = 0;   // of the run's policy group (or the absolute option)
    bool spike = false;
    bool fail = false;                   // outcome == "FAIL" exactly
    bool wouldWarn = false;              // unknown_rate > WARN threshold
    bool wouldWarnWithWhitelist = false; // and the run is not whitelisted
};

// One row of a policy's class frequency table.
struct ReasonFrequency
{
    QString reason;
    int runs = 0; // runs listing the reason (once per run, even if listed twice)
    int spikes = 0;
    int fails = 0;
    bool whitelisted = false;
    bool stale = false;       // the matching class is past its review_by date
    QString whitelistPattern; // the class reason that matched (a glob or the reason)
};

struct PolicySummary
{
    QString policyHash;
    int runs = 0;
    double unknownRateMin = 0;
    double unknownRateMedian = 0;
    double unknownRateMax = 0;
    double unknownRateMad = 0; // unscaled
    double spikeThreshold = 0; // m + max(k * 1.4826 * d, delta), or the absolute option
    int spikes = 0;
    int fails = 0;
    QList<ReasonFrequency> reasons; // sorted by reason
};

// A comparison with its counts; estimate undefined (NaN) with a reason when it cannot be
// computed.
struct RiskDifference
{
    int whitelistedRuns = 0, whitelistedSpikes = 0; // "none" runs are in neither group
    int unlistedRuns = 0, unlistedSpikes = 0;
    stats::Estimate estimate; // P(spike | whitelisted) - P(spike | unlisted), Newcombe CI
    QString undefinedReason;  // empty when defined
};

struct RiskRatio
{
    int spikeFail = 0, spikeNoFail = 0, noSpikeFail = 0, noSpikeNoFail = 0; // the 2x2 table
    stats::Estimate estimate; // P(FAIL | spike) / P(FAIL | no spike), Katz log CI
    QString undefinedReason;  // names the zero cell(s); empty when defined
};

struct WarnPreview
{
    double threshold = 0;        // NaN when there are no runs
    bool thresholdGiven = false; // from options.warnThreshold rather than the default rule
    int windowRuns = 0;          // runs the default rule used (the last warnWindow)
    double windowMedian = 0, windowMad = 0; // of that window (NaN when given or no runs)
    double defaultRuleThreshold = 0; // what the default rule gives, given threshold or not
                                     // (NaN without runs): the WARN curve marks it
    int nonFailRuns = 0;
    int wouldWarn = 0, wouldWarnWithWhitelist = 0;                // all runs
    int falsePositives = 0, falsePositivesWithWhitelist = 0;      // outcome != FAIL
    std::optional<double> fpRate, fpRateWithWhitelist, reduction; // none when nonFailRuns == 0
};

// Spikes per primary reason, for the "what drives the spikes" chart.
struct SpikeReasonCount
{
    QString reason; // primary reason; empty for spikes without reasons
    int whitelisted = 0;
    int unlisted = 0;
    int none = 0;
    int total() const { return whitelisted + unlisted + none; }
};

// A whitelist class as it applied to these runs.
struct WhitelistClassUse
{
    QString reason;
    QString reviewBy;
    bool stale = false;
    int runsMatched = 0; // runs with a reason this class decided
};

struct RolloutResult
{
    RolloutOptions options; // as given, with today resolved
    GateStatus status = GateStatus::NoData; // statusFromChecks(checks), SPEC §8
    GateChecks checks;                      // runs, whitelist_readable, fp_rate, stale
    FileState whitelistFile;                // the unknown_whitelist.json found, and whether read
    int runs = 0;
    bool hasWhitelist = false;
    QList<RolloutRunRow> rows;     // input order (= run order when given so)
    QList<PolicySummary> policies; // order of first appearance in the runs
    RiskDifference riskDifference;
    RiskRatio riskRatio;
    WarnPreview warn;
    QList<SpikeReasonCount> spikesByReason;    // most spikes first, then by reason
    QList<WhitelistClassUse> whitelistClasses; // file order
    int staleClasses = 0;
    Whitelist whitelist; // the classes the runs were judged with (empty when none)
    changes::SeriesChangePoints changes; // SPEC §9: every run's unknown_rate, in run order
};

// runsInOrder must be in run order (Dataset::gateRuns is): the WARN window takes the
// last warnWindow of them.
// whitelistFile says whether a whitelist was found and read; by default it follows
// `whitelist` (loaded when given, absent when not).
RolloutResult analyzeRollout(const QList<GateRun> &runsInOrder,
                             const std::optional<Whitelist> &whitelist,
                             const RolloutOptions &options,
                             const std::optional<FileState> &whitelistFile = std::nullopt);

// SPEC §8: runs, whitelist_readable, fp_rate, stale (only when staleBlocks). The one place
// that decides them (RolloutChecks.cpp).
GateChecks rolloutChecks(const RolloutResult &result);
// A rate as percent for people, with enough decimals to stay on the right side of `limit`
// (both 0..1): "13.2 %", "5 %".
QString percentText(double rate, double limit);

// m + max(k * 1.4826 * d, delta), evaluated in exactly that order (SPEC §4.3).
double robustThreshold(double median, double mad, double k, double minDelta);

} // namespace gatehouse
