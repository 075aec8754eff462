// Machine-readable rollout outputs: the two CSV files and the JSON document.
// The human-readable ones (Markdown, terminal) live in RolloutReport.cpp.
#include "RolloutExport.h"

#include "PolicyChanges.h"
#include "WarnCurve.h"
#include "common/Csv.h"
#include "common/NumberFormat.h"

#include <QJsonArray>
#include <cmath>

namespace gatehouse {

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// JSON has no NaN: an undefined number is null.
QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? jsonNumber(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue estimateJson(const stats::Estimate &estimate)
{
    if (!estimate.isDefined())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("value"), jsonNumber(estimate.value)},
                       {QStringLiteral("ci_low"), jsonNumber(estimate.low)},
                       {QStringLiteral("ci_high"), jsonNumber(estimate.high)}};
}

QJsonObject policyJson(const PolicySummary &policy)
{
    QJsonArray classes;
    for (const ReasonFrequency &freq : policy.reasons)
        classes.append(QJsonObject{{QStringLiteral("reason"), freq.reason},
                                   {QStringLiteral("runs"), freq.runs},
                                   {QStringLiteral("spikes"), freq.spikes},
                                   {QStringLiteral("fails"), freq.fails},
                                   {QStringLiteral("whitelisted"), freq.whitelisted},
                                   {QStringLiteral("stale"), freq.stale}});
    return QJsonObject{
        {QStringLiteral("policy_hash"), policy.policyHash},
        {QStringLiteral("runs"), policy.runs},
        {QStringLiteral("unknown_rate_min"), jsonNumber(policy.unknownRateMin)},
        {QStringLiteral("unknown_rate_median"), jsonNumber(policy.unknownRateMedian)},
        {QStringLiteral("unknown_rate_max"), jsonNumber(policy.unknownRateMax)},
        {QStringLiteral("unknown_rate_mad"), jsonNumber(policy.unknownRateMad)},
        {QStringLiteral("spike_threshold"), jsonNumber(policy.spikeThreshold)},
        {QStringLiteral("spikes"), policy.spikes},
        {QStringLiteral("fails"), policy.fails},
        {QStringLiteral("classes"), classes}};
}

QJsonObject warnJson(const WarnPreview &warn)
{
    QJsonObject object{
        {QStringLiteral("threshold"), jsonNumber(warn.threshold)},
        {QStringLiteral("threshold_source"),
         warn.thresholdGiven ? QStringLiteral("given") : QStringLiteral("default")},
        {QStringLiteral("window_runs"), warn.windowRuns},
        {QStringLiteral("fp_rate_without_whitelist"), jsonNumber(warn.fpRate)},
        {QStringLiteral("fp_rate_with_whitelist"), jsonNumber(warn.fpRateWithWhitelist)},
        {QStringLiteral("reduction"), jsonNumber(warn.reduction)},
        {QStringLiteral("non_fail_runs"), warn.nonFailRuns},
        {QStringLiteral("false_positives_without_whitelist"), warn.falsePositives},
        {QStringLiteral("false_positives_with_whitelist"), warn.falsePositivesWithWhitelist},
        {QStringLiteral("would_warn_without_whitelist"), warn.wouldWarn},
        {QStringLiteral("would_warn_with_whitelist"), warn.wouldWarnWithWhitelist}};
    if (!warn.fpRate)
        object.insert(QStringLiteral("undefined_reason"),
                      QStringLiteral("no runs with outcome other than FAIL"));
    return object;
}

} // namespace

QByteArray rolloutSeriesCsv(const RolloutResult &result)
{
    CsvWriter csv;
    csv.addRow(
        {QStringLiteral("run_id"), QStringLiteral("timestamp"), QStringLiteral("policy_hash"),
         QStringLiteral("outcome"), QStringLiteral("unknown_rate"), QStringLiteral("top_reasons"),
         QStringLiteral("primary_reason"), QStringLiteral("class"), QStringLiteral("spike")});
    for (const RolloutRunRow &row : result.rows) {
        const GateRun &run = row.run;
        csv.addRow({run.identity.runId, formatTimestamp(run.identity.timestamp), run.policyHash,
                    run.outcome, formatShortest(run.unknownRate),
                    run.topReasons.join(QLatin1Char(';')), run.primaryReason(),
                    runClassName(row.runClass),
                    row.spike ? QStringLiteral("1") : QStringLiteral("0")});
    }
    return csv.data();
}

QByteArray classFrequencyCsv(const RolloutResult &result)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("policy_hash"), QStringLiteral("reason"), QStringLiteral("runs"),
                QStringLiteral("spikes"), QStringLiteral("fails"), QStringLiteral("whitelisted"),
                QStringLiteral("stale")});
    for (const PolicySummary &policy : result.policies)
        for (const ReasonFrequency &freq : policy.reasons)
            csv.addRow({policy.policyHash, freq.reason, QString::number(freq.runs),
                        QString::number(freq.spikes), QString::number(freq.fails),
                        yesNo(freq.whitelisted), yesNo(freq.stale)});
    return csv.data();
}

QJsonObject rolloutToJson(const RolloutResult &result)
{
    QJsonArray policies;
    for (const PolicySummary &policy : result.policies)
        policies.append(policyJson(policy));

    const RiskDifference &rd = result.riskDifference;
    QJsonObject rdDetail{{QStringLiteral("whitelisted_runs"), rd.whitelistedRuns},
                         {QStringLiteral("whitelisted_spikes"), rd.whitelistedSpikes},
                         {QStringLiteral("unlisted_runs"), rd.unlistedRuns},
                         {QStringLiteral("unlisted_spikes"), rd.unlistedSpikes}};
    if (!rd.undefinedReason.isEmpty())
        rdDetail.insert(QStringLiteral("undefined_reason"), rd.undefinedReason);

    const RiskRatio &rr = result.riskRatio;
    QJsonObject rrDetail{{QStringLiteral("spike_fail"), rr.spikeFail},
                         {QStringLiteral("spike_no_fail"), rr.spikeNoFail},
                         {QStringLiteral("no_spike_fail"), rr.noSpikeFail},
                         {QStringLiteral("no_spike_no_fail"), rr.noSpikeNoFail}};
    if (!rr.undefinedReason.isEmpty())
        rrDetail.insert(QStringLiteral("undefined_reason"), rr.undefinedReason);

    QJsonArray staleClasses;
    for (const WhitelistClassUse &use : result.whitelistClasses)
        if (use.stale)
            staleClasses.append(QJsonObject{{QStringLiteral("reason"), use.reason},
                                            {QStringLiteral("review_by"), use.reviewBy},
                                            {QStringLiteral("runs_matched"), use.runsMatched}});

    QJsonArray spikesByReason;
    for (const SpikeReasonCount &count : result.spikesByReason)
        spikesByReason.append(QJsonObject{{QStringLiteral("reason"), count.reason},
                                          {QStringLiteral("whitelisted"), count.whitelisted},
                                          {QStringLiteral("unlisted"), count.unlisted},
                                          {QStringLiteral("none"), count.none}});

    const RolloutOptions &options = result.options;
    QJsonObject whitelist = fileStateToJson(result.whitelistFile);
    whitelist.insert(QStringLiteral("loaded"), result.hasWhitelist);
    whitelist.insert(QStringLiteral("classes"), static_cast<int>(result.whitelistClasses.size()));
    whitelist.insert(QStringLiteral("stale_classes"), staleClasses);
    whitelist.insert(QStringLiteral("today"), options.today.toString(Qt::ISODate));
    QJsonObject json{
        {QStringLiteral("status"), gateStatusName(result.status)},
        {QStringLiteral("checks"), checksToJson(result.checks)},
        {QStringLiteral("change_points"), changes::seriesChangePointsToJson(result.changes)},
        {QStringLiteral("runs"), result.runs},
        {QStringLiteral("readiness"),
         QJsonObject{{QStringLiteral("runs"), result.runs},
                     {QStringLiteral("target"), options.readinessTarget}}},
        {QStringLiteral("spike_rule"),
         QJsonObject{{QStringLiteral("k"), options.spikeK},
                     {QStringLiteral("min_delta"), options.spikeMinDelta},
                     {QStringLiteral("absolute_threshold"), jsonNumber(options.spikeThreshold)}}},
        {QStringLiteral("policies"), policies},
        {QStringLiteral("risk_difference"), estimateJson(rd.estimate)},
        {QStringLiteral("risk_difference_detail"), rdDetail},
        {QStringLiteral("risk_ratio"), estimateJson(rr.estimate)},
        {QStringLiteral("risk_ratio_detail"), rrDetail},
        {QStringLiteral("warn"), warnJson(result.warn)},
        {QStringLiteral("whitelist"), whitelist},
        {QStringLiteral("policy_changes"), policyChangesToJson(policyChanges(result))},
        {QStringLiteral("spikes_by_reason"), spikesByReason}};
    // SPEC §11: "warn_curve" and warn.lowest_threshold_meeting_fp_max.
    addWarnCurveToRolloutJson(json, result, options.fpMax);
    return json;
}

} // namespace gatehouse
