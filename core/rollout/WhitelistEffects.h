#pragma once
// What each whitelist class does to the analysed runs, and which unlisted reasons would
// be candidates for the whitelist (SPEC §11, `gatehouse-cli whitelist effect`, the GUI
// editor). Works on a RolloutResult (rates, spikes, FAIL flags, the threshold in force)
// and the whitelist as a plain parameter: pass the whitelist the result was analysed
// with (an empty one when none was loaded).
//
// Matching: a class matches a reason as WhitelistFile does (exactly, or as a glob when it
// holds * or ?), each class on its own: two classes whose patterns overlap (flaky_* and
// flaky_net) both match flaky_net. A run is whitelisted by a set of classes when it has a
// reason and each of its reasons is matched by a class of the set (SPEC §4.3). That rule is
// file-static in RolloutAnalysis.cpp, so it is restated here on top of the public matching
// API (isGlobPattern / globMatches, as matchingClass uses them).
#include "RolloutAnalysis.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gatehouse {

struct WhitelistClassEffect
{
    QString reason;        // the class's reason (exact or glob)
    int matchedRuns = 0;   // runs listing a reason this class matches
    int decisiveRuns = 0;  // whitelisted with the whole whitelist, not without this class
    int spikesCovered = 0; // spikes among the decisive runs
    int failsMatched = 0;  // FAIL runs among the matched runs
    std::optional<double> fpRateWithoutClass; // at the threshold in force; none without
                                              // non-FAIL runs
    bool stale = false;
    // Matches a primary reason with the most spikes. Ties: every primary reason that shares
    // the top spike count is a main driver (none is preferred by name); no spike at all, or
    // spikes only in runs without reasons, gives no main driver.
    bool mainSpikeDriver = false;
    bool matchesFail = false;     // failsMatched > 0
    QStringList warnings() const; // "main_spike_driver", "matches_fail", in that order
};

struct WhitelistCandidate
{
    QString reason; // a top reason that no class matches
    int runs = 0;   // runs listing it (once per run)
    int spikes = 0;
    int fails = 0;
    // FP rate at the threshold in force with this reason added as a class (as
    // `whitelist add --reason` would add it, so a reason holding * or ? acts as a glob).
    std::optional<double> fpRateIfAdded;
};

struct WhitelistEffects
{
    double threshold = 0;                      // the threshold in force (NaN without runs)
    std::optional<double> fpRateWithWhitelist; // with the whole whitelist, for reference
    QStringList mainSpikeReasons;              // primary reasons with the most spikes, sorted
    QList<WhitelistClassEffect> classes;       // sorted by reason (stable for equal reasons)
    QList<WhitelistCandidate> candidates;      // by fpRateIfAdded (none last), then reason
};

// Does the class pattern match the reason (exactly, or as a glob with * or ?)?
bool classMatchesReason(const QString &classReason, const QString &reason);

WhitelistEffects whitelistEffects(const RolloutResult &result, const Whitelist &whitelist,
                                  const QDate &today);

// {"threshold", "classes": [{"reason", "matched_runs", "decisive_runs", "spikes_covered",
// "fails_matched", "fp_rate_without_class", "stale", "warnings"}], "candidates":
// [{"reason", "runs", "spikes", "fails", "fp_rate_if_added"}]} (SPEC §11).
QJsonObject whitelistEffectsToJson(const WhitelistEffects &effects);

// Terminal tables: the threshold line, the classes with their warnings, the candidates.
QString whitelistEffectsTable(const WhitelistEffects &effects);

} // namespace gatehouse
