#include "WarnCurve.h"

#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <vector>

namespace gatehouse {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<double> falsePositiveRate(const QList<RolloutRunRow> &rows, double threshold,
                                        const QList<bool> &whitelisted)
{
    int nonFail = 0;
    int warned = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RolloutRunRow &row = rows.at(i);
        if (row.fail)
            continue;
        ++nonFail;
        const bool exempt = i < whitelisted.size() && whitelisted.at(i);
        // Strictly above, as the WARN preview: a run at the threshold does not WARN. A NaN
        // threshold compares false, so it WARNs nothing.
        if (row.run.unknownRate > threshold && !exempt)
            ++warned;
    }
    if (nonFail == 0)
        return std::nullopt;
    return static_cast<double>(warned) / nonFail;
}

QList<WarnCurvePoint> warnCurve(const RolloutResult &result)
{
    // Sorted rates and a binary search per point: O(n log n) for n runs, so that 100k runs
    // with as many distinct rates stay quick (a scan per point would be quadratic).
    std::vector<double> thresholds, nonFail, nonFailUnlisted, fail;
    for (const RolloutRunRow &row : result.rows) {
        const double rate = row.run.unknownRate;
        thresholds.push_back(rate);
        if (row.fail) {
            fail.push_back(rate);
        } else {
            nonFail.push_back(rate);
            // With the whitelist, whitelisted runs never WARN.
            if (row.runClass != RunClass::Whitelisted)
                nonFailUnlisted.push_back(rate);
        }
    }
    const double inForce = result.warn.threshold;
    if (!result.rows.isEmpty() && std::isfinite(inForce))
        thresholds.push_back(inForce);
    for (std::vector<double> *v : {&thresholds, &nonFail, &nonFailUnlisted, &fail})
        std::sort(v->begin(), v->end());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());

    // Share of `of` runs whose rate (in sorted `values`) is strictly above t: a run at the
    // threshold does not WARN.
    const auto shareAbove = [](const std::vector<double> &values, double t,
                               std::size_t of) -> std::optional<double> {
        if (of == 0)
            return std::nullopt;
        const auto above = values.end() - std::upper_bound(values.begin(), values.end(), t);
        return static_cast<double>(above) / static_cast<double>(of);
    };
    QList<WarnCurvePoint> curve;
    curve.reserve(static_cast<qsizetype>(thresholds.size()));
    for (const double t : thresholds) {
        WarnCurvePoint point;
        point.threshold = t;
        point.inForce = t == inForce;
        point.fpRateWithoutWhitelist = shareAbove(nonFail, t, nonFail.size());
        point.fpRateWithWhitelist = shareAbove(nonFailUnlisted, t, nonFail.size());
        point.failRecall = shareAbove(fail, t, fail.size());
        curve.append(point);
    }
    return curve;
}

std::optional<double> lowestThresholdMeetingFpMax(const QList<WarnCurvePoint> &curve, double fpMax)
{
    // The curve is ascending, so the first point that meets fp_max is the lowest.
    for (const WarnCurvePoint &point : curve)
        if (point.fpRateWithWhitelist && *point.fpRateWithWhitelist <= fpMax)
            return point.threshold;
    return std::nullopt;
}

QJsonArray warnCurveToJson(const QList<WarnCurvePoint> &curve)
{
    QJsonArray array;
    for (const WarnCurvePoint &point : curve)
        array.append(QJsonObject{
            {QStringLiteral("threshold"), optionalNumber(point.threshold)},
            {QStringLiteral("fp_rate_without_whitelist"),
             optionalNumber(point.fpRateWithoutWhitelist)},
            {QStringLiteral("fp_rate_with_whitelist"), optionalNumber(point.fpRateWithWhitelist)},
            {QStringLiteral("fail_recall"), optionalNumber(point.failRecall)}});
    return array;
}

void addWarnCurveToRolloutJson(QJsonObject &rolloutJson, const RolloutResult &result, double fpMax)
{
    const QList<WarnCurvePoint> curve = warnCurve(result);
    rolloutJson.insert(QStringLiteral("warn_curve"), warnCurveToJson(curve));
    QJsonObject warn = rolloutJson.value(QStringLiteral("warn")).toObject();
    warn.insert(QStringLiteral("lowest_threshold_meeting_fp_max"),
                optionalNumber(gatehouse::lowestThresholdMeetingFpMax(curve, fpMax)));
    rolloutJson.insert(QStringLiteral("warn"), warn);
}

} // namespace gatehouse
