#include "Intervals.h"

#include "MathPolicy.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>

namespace gatehouse::stats {

double standardNormalQuantile(double p)
{
    if (std::isnan(p) || p < 0 || p > 1)
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0 || p == 1)
        return p == 0 ? -std::numeric_limits<double>::infinity()
                      : std::numeric_limits<double>::infinity();
    return boost::math::quantile(boost::math::normal_distribution<double, NoThrowPolicy>(), p);
}

static bool consistentCounts(int events, int total)
{
    return total > 0 && events >= 0 && events <= total;
}

Estimate wilsonInterval(int successes, int trials, double z)
{
    Estimate e;
    if (!consistentCounts(successes, trials))
        return e;
    const double n = trials;
    const double p = successes / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double halfWidth = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
    e.value = p;
    // At 0 and n successes the exact bound is 0 or 1; the formula only gets close.
    e.low = successes == 0 ? 0.0 : std::max(0.0, centre - halfWidth);
    e.high = successes == trials ? 1.0 : std::min(1.0, centre + halfWidth);
    return e;
}

Estimate newcombeDifference(int x1, int n1, int x2, int n2, double z)
{
    Estimate d;
    const Estimate w1 = wilsonInterval(x1, n1, z);
    const Estimate w2 = wilsonInterval(x2, n2, z);
    if (!w1.isDefined() || !w2.isDefined())
        return d;
    const double p1 = w1.value;
    const double p2 = w2.value;
    d.value = p1 - p2;
    d.low = d.value - std::sqrt((p1 - w1.low) * (p1 - w1.low) + (w2.high - p2) * (w2.high - p2));
    d.high = d.value + std::sqrt((w1.high - p1) * (w1.high - p1) + (p2 - w2.low) * (p2 - w2.low));
    return d;
}

Estimate katzRiskRatio(int a, int n1, int c, int n2, double z)
{
    Estimate rr;
    if (!consistentCounts(a, n1) || !consistentCounts(c, n2) || a == 0 || c == 0)
        return rr;
    const double p1 = static_cast<double>(a) / n1;
    const double p2 = static_cast<double>(c) / n2;
    rr.value = p1 / p2;
    const double se = std::sqrt(1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n2);
    const double logRr = std::log(rr.value);
    rr.low = std::exp(logRr - z * se);
    rr.high = std::exp(logRr + z * se);
    return rr;
}

} // namespace gatehouse::stats
