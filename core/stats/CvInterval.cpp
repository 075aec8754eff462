#include "CvInterval.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gatehouse::stats {
namespace {

constexpr double kEpsilon = 1e-16;
constexpr double kTiny = 1e-300;
constexpr int kMaxIterations = 10000;

// Series for P(a, x), converges fast for x < a + 1.
double gammaPSeries(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    double ap = a;
    for (int i = 0; i < kMaxIterations; ++i) {
        ap += 1.0;
        term *= x / ap;
        sum += term;
        if (std::fabs(term) < std::fabs(sum) * kEpsilon)
            break;
    }
    return sum * std::exp(-x + a * std::log(x) - std::lgamma(a));
}

// Continued fraction (modified Lentz) for Q(a, x) = 1 - P(a, x), for x >= a + 1.
double gammaQContinuedFraction(double a, double x)
{
    double b = x + 1.0 - a;
    double c = 1.0 / kTiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < kMaxIterations; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = b + an / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < kEpsilon)
            break;
    }
    return std::exp(-x + a * std::log(x) - std::lgamma(a)) * h;
}

} // namespace

double regularizedGammaP(double a, double x)
{
    if (!(a > 0) || std::isnan(x))
        return std::numeric_limits<double>::quiet_NaN();
    if (x <= 0)
        return 0;
    if (std::isinf(x))
        return 1;
    return x < a + 1.0 ? gammaPSeries(a, x) : 1.0 - gammaQContinuedFraction(a, x);
}

double chiSquareCdf(double x, double dof)
{
    return regularizedGammaP(dof / 2.0, x / 2.0);
}

double chiSquareQuantile(double p, double dof)
{
    if (!(dof > 0) || std::isnan(p) || p < 0 || p > 1)
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0)
        return 0;
    if (p == 1)
        return std::numeric_limits<double>::infinity();
    // The CDF is monotone, so bisection on a doubling bracket always converges; it costs
    // a few hundred CDF calls, nothing next to loading the runs.
    double low = 0;
    double high = std::max(1.0, dof);
    while (chiSquareCdf(high, dof) < p)
        high *= 2;
    for (int i = 0; i < 400 && high - low > 1e-14 * std::max(1.0, high); ++i) {
        const double mid = 0.5 * (low + high);
        if (chiSquareCdf(mid, dof) < p)
            low = mid;
        else
            high = mid;
    }
    return 0.5 * (low + high);
}

std::optional<CvInterval> cvConfidenceInterval(double cvPercent, int n, double confidence)
{
    if (n < 2 || std::isnan(cvPercent) || cvPercent < 0 || !(confidence > 0 && confidence < 1))
        return std::nullopt;
    if (cvPercent == 0)
        return CvInterval{0, 0};
    if (std::isinf(cvPercent))
        return CvInterval{std::numeric_limits<double>::infinity(),
                          std::numeric_limits<double>::infinity()};
    const double k = cvPercent / 100.0;
    const double nu = n - 1;
    const double alpha = 1.0 - confidence;
    const double u1 = chiSquareQuantile(1.0 - alpha / 2.0, nu);
    const double u2 = chiSquareQuantile(alpha / 2.0, nu);
    const double lowDenominator = ((u1 + 2.0) / n - 1.0) * k * k + u1 / nu;
    const double highDenominator = ((u2 + 2.0) / n - 1.0) * k * k + u2 / nu;
    CvInterval interval;
    // u1 > n - 1 makes the lower denominator positive; guard anyway.
    interval.low = lowDenominator > 0 ? 100.0 * k / std::sqrt(lowDenominator) : 0.0;
    interval.high = highDenominator > 0 ? 100.0 * k / std::sqrt(highDenominator)
                                        : std::numeric_limits<double>::infinity();
    return interval;
}

} // namespace gatehouse::stats
