#include "WarnCurve.h"

#include <QJsonObject>
#include <algorithm>
#include <cmath>

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
    QList<double> thresholds;
    for (const RolloutRunRow &row : result.rows)
        thresholds.append(row.run.unknownRate);
    const double inForce = result.warn.threshold;
    if (!result.rows.isEmpty() && std::isfinite(inForce))
        thresholds.append(inForce);
    std::sort(thresholds.begin(), thresholds.end());
    thresholds.erase(std::unique(thresholds.begin(), thresholds.end()), thresholds.end());

    QList<bool> whitelisted;
    int fails = 0;
    for (const RolloutRunRow &row : result.rows) {
        whitelisted.append(row.runClass == RunClass::Whitelisted);
        fails += row.fail ? 1 : 0;
    }
    QList<WarnCurvePoint> curve;
    for (const double t : thresholds) {
        WarnCurvePoint point;
        point.threshold = t;
        point.inForce = t == inForce;
        point.fpRateWithoutWhitelist = falsePositiveRate(result.rows, t, {});
        point.fpRateWithWhitelist = falsePositiveRate(result.rows, t, whitelisted);
        if (fails > 0) {
            int caught = 0;
            for (const RolloutRunRow &row : result.rows)
                caught += row.fail && row.run.unknownRate > t ? 1 : 0;
            point.failRecall = static_cast<double>(caught) / fails;
        }
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
