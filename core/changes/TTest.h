#pragma once
// The significance test of Otava's change points (otava/analysis.py,
// TTestSignificanceTester.compare): a two-sided Student t-test of two adjacent segments,
// with numpy's arithmetic reproduced so that means and standard deviations come out
// bit-identical to Otava's, not merely close. Internal to core/changes.
#include <cstddef>

namespace gatehouse::changes::detail {

// numpy's float64 sum: pairwise summation in blocks of 8 accumulators, as
// numpy/core/src/umath/loops_utils.h.src does it for a contiguous reduce.
double numpySum(const double *x, std::size_t n);
// np.mean and np.std (ddof = 0) of x[0..n), n >= 1.
double numpyMean(const double *x, std::size_t n);
double numpyStd(const double *x, std::size_t n);

// Two-sided p-value of Student's t with df degrees of freedom (Boost.Math), as scipy's
// stdtr(df, -|t|) * 2: 0 for an infinite t, NaN for a NaN t.
double twoSidedStudentPValue(double t, double df);

// Otava's TTestStats for left = series[a, b), right = series[b, c).
struct SegmentStats
{
    double meanBefore = 0;
    double meanAfter = 0;
    double stddevBefore = 0;
    double stddevAfter = 0;
    double pvalue = 1;

    // mean_after / mean_before - 1, or 0 when mean_before is 0 (Otava's value_if_nan).
    double forwardRelChange() const;
    // mean_before / mean_after - 1, or 0 when mean_after is 0.
    double backwardRelChange() const;
    // max(|forward|, |backward|): what min_magnitude is compared with.
    double magnitude() const;
};

// Both segments non-empty. Standard deviations use ddof = 0 (numpy.std), a segment of
// one point has standard deviation 0, and two points in total give p = 1 (no test), as
// in Otava. The pooled variance is scipy's ttest_ind_from_stats with equal_var:
// ((n1 - 1) s1^2 + (n2 - 1) s2^2) / (n1 + n2 - 2), fed with those ddof = 0 deviations.
SegmentStats compareSegments(const double *left, std::size_t nLeft, const double *right,
                             std::size_t nRight);

} // namespace gatehouse::changes::detail
