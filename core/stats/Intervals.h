#pragma once
// 95 % confidence intervals for proportions and for their comparison (SPEC §4.5): the
// Wilson score interval, Newcombe's hybrid-score interval for a difference of two
// proportions, and the Katz log interval for a risk ratio. All counts are plain event
// counts; nothing here knows about gates.
#include <cmath>
#include <limits>

namespace gatehouse::stats {

// Quantile of the standard normal distribution (Boost.Math), 0 < p < 1: -+infinity at
// p = 0 and 1, NaN outside [0, 1]; never an exception.
double standardNormalQuantile(double p);

// Two-sided 95 % standard normal quantile, standardNormalQuantile(0.975) rounded to a
// double: a constant so it can be a default argument (test_intervals checks the two agree).
inline constexpr double kZ95 = 1.959963984540054;

// A point estimate with its interval. All three are NaN when the estimate is undefined
// (an empty group, a zero cell): callers say why instead of printing a number.
struct Estimate
{
    double value = std::numeric_limits<double>::quiet_NaN();
    double low = std::numeric_limits<double>::quiet_NaN();
    double high = std::numeric_limits<double>::quiet_NaN();
    bool isDefined() const { return std::isfinite(value); }
};

// Wilson score interval for successes / trials. Undefined when trials <= 0 or the counts
// are inconsistent (successes < 0 or > trials). The bounds are clamped to [0, 1] so that
// rounding never yields -1e-17.
Estimate wilsonInterval(int successes, int trials, double z = kZ95);

// p1 - p2 with p1 = x1 / n1 and p2 = x2 / n2, and Newcombe's hybrid-score interval
// (Newcombe 1998, method 10), built from the two Wilson intervals (l1, u1), (l2, u2):
//   low  = d - sqrt((p1 - l1)^2 + (u2 - p2)^2)
//   high = d + sqrt((u1 - p1)^2 + (p2 - l2)^2)
// Undefined when either group is empty.
Estimate newcombeDifference(int x1, int n1, int x2, int n2, double z = kZ95);

// (a / n1) / (c / n2) and the Katz log interval
//   exp(ln RR -+ z * sqrt(1/a - 1/n1 + 1/c - 1/n2)).
// Undefined when a or c is zero (the log and the variance do not exist) or a group is
// empty. A zero non-event cell (a == n1) still has a finite interval here; whether to
// report it is the caller's decision.
Estimate katzRiskRatio(int a, int n1, int c, int n2, double z = kZ95);

} // namespace gatehouse::stats
