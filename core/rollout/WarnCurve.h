#pragma once
// The WARN trade-off curve (SPEC §11): the false-positive rate without and with the
// whitelist and the FAIL recall at every threshold the loaded runs make distinct, plus the
// threshold in force, and the lowest threshold whose rate with the whitelist meets fp_max.
// Built from an analysed RolloutResult (its rows' rates, FAIL flags and classes); the
// rules are those of the WARN preview (SPEC §4.5): a run WARNs when unknown_rate > t, and
// with the whitelist a `whitelisted` run never WARNs.
#include "RolloutAnalysis.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace gatehouse {

struct WarnCurvePoint
{
    double threshold = 0;
    std::optional<double> fpRateWithoutWhitelist; // none without non-FAIL runs
    std::optional<double> fpRateWithWhitelist;    // none without non-FAIL runs
    std::optional<double> failRecall;             // none without FAIL runs
    bool inForce = false; // the threshold of result.warn (not written to the JSON)
};

// WARNing non-FAIL runs / non-FAIL runs at `threshold`, where whitelisted[i] says whether
// rows[i] counts as whitelisted (an empty list: no run is). None without non-FAIL runs;
// a NaN threshold WARNs no run.
std::optional<double> falsePositiveRate(const QList<RolloutRunRow> &rows, double threshold,
                                        const QList<bool> &whitelisted);

// One point per distinct unknown_rate of result.rows, ascending, plus result.warn.threshold
// when it is a number (merged into an equal rate's point). Empty without runs.
QList<WarnCurvePoint> warnCurve(const RolloutResult &result);

// The smallest curve threshold whose FP rate with the whitelist is ≤ fpMax; none when no
// point has that rate (no non-FAIL runs) or none meets it.
std::optional<double> lowestThresholdMeetingFpMax(const QList<WarnCurvePoint> &curve, double fpMax);

// [{"threshold", "fp_rate_without_whitelist", "fp_rate_with_whitelist", "fail_recall"}],
// null where a rate is undefined.
QJsonArray warnCurveToJson(const QList<WarnCurvePoint> &curve);

// Adds SPEC §11 to a `rollout --json` document made by rolloutToJson(): "warn_curve" (the
// curve of the result) and "warn": {…, "lowest_threshold_meeting_fp_max"} (null when no
// point meets fpMax). Other keys are left as they are; a missing "warn" object is created.
void addWarnCurveToRolloutJson(QJsonObject &rolloutJson, const RolloutResult &result, double fpMax);

} // namespace gatehouse
