#include "CvInterval.h"

#include "MathPolicy.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/special_functions/gamma.hpp>
#include <cmath>
#include <limits>

namespace gatehouse::stats {

// All three come from Boost.Math. Boost reports a domain error (a <= 0, dof <= 0, p
// outside [0, 1], NaN) by throwing unless told otherwise; the arguments are checked
// here first and NoThrowPolicy turns anything left into a NaN, so nothing throws into
// the Qt code that calls these.

double regularizedGammaP(double a, double x)
{
    if (!(a > 0) || std::isnan(a) || std::isnan(x))
        return std::numeric_limits<double>::quiet_NaN();
    if (x <= 0)
        return 0;
    if (std::isinf(x) || std::isinf(a))
        return std::isinf(x) ? 1.0 : 0.0;
    return boost::math::gamma_p(a, x, NoThrowPolicy());
}

double chiSquareCdf(double x, double dof)
{
    if (!(dof > 0) || std::isinf(dof) || std::isnan(x))
        return std::numeric_limits<double>::quiet_NaN();
    if (x <= 0)
        return 0;
    if (std::isinf(x))
        return 1;
    return boost::math::cdf(boost::math::chi_squared_distribution<double, NoThrowPolicy>(dof), x);
}

double chiSquareQuantile(double p, double dof)
{
    if (!(dof > 0) || std::isinf(dof) || std::isnan(p) || p < 0 || p > 1)
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0)
        return 0;
    if (p == 1)
        return std::numeric_limits<double>::infinity();
    return boost::math::quantile(boost::math::chi_squared_distribution<double, NoThrowPolicy>(dof),
                                 p);
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
