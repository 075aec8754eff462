#pragma once
// Confidence interval for a coefficient of variation, so a reviewer can tell noise in a
// handful of samples from a real instability (SPEC §2.2). Vangel's modified McKay
// interval (The American Statistician 50(1), 1996), which assumes roughly normal samples
// and is good for CV below about 33 %.
#include <optional>

namespace gatehouse::stats {

// Regularized lower incomplete gamma P(a, x), a > 0, x >= 0 (Boost.Math gamma_p); NaN
// for other arguments, never an exception.
double regularizedGammaP(double a, double x);
// Chi-square distribution function and its inverse (dof > 0, 0 <= p <= 1), from
// Boost.Math's chi_squared distribution (near machine precision); quantile(0) = 0,
// quantile(1) = +infinity; NaN for other arguments, never an exception.
double chiSquareCdf(double x, double dof);
double chiSquareQuantile(double p, double dof);

struct CvInterval
{
    double low = 0;  // percent
    double high = 0; // percent; +infinity when the interval is unbounded above
};

// Interval for a sample CV (in percent, >= 0) from n samples, chi-square quantiles with
// n - 1 degrees of freedom:
//   low  = K / sqrt(((u1 + 2) / n - 1) K^2 + u1 / (n - 1)),  u1 = chi2(1 - alpha/2, n - 1)
//   high = K / sqrt(((u2 + 2) / n - 1) K^2 + u2 / (n - 1)),  u2 = chi2(alpha/2, n - 1)
// with K = CV / 100; high is +infinity when its denominator is <= 0. CV 0 gives [0, 0].
// nullopt when n < 2 or the CV is undefined (NaN, negative).
std::optional<CvInterval> cvConfidenceInterval(double cvPercent, int n, double confidence = 0.95);

} // namespace gatehouse::stats
