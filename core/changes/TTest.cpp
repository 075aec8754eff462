// Otava's t-test with numpy's own summation order (see TTest.h for why bit-identical).
#include "changes/TTest.h"

#include "stats/MathPolicy.h"

#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>
#include <vector>

namespace gatehouse::changes::detail {

namespace {

// numpy's PW_BLOCKSIZE: below it one block of 8 interleaved accumulators, above it a
// split in two halves (the first a multiple of 8 long).
constexpr std::size_t kPairwiseBlock = 128;

double pairwiseSum(const double *x, std::size_t n)
{
    if (n < 8) {
        double sum = 0.;
        for (std::size_t i = 0; i < n; ++i)
            sum += x[i];
        return sum;
    }
    if (n <= kPairwiseBlock) {
        double r[8];
        for (std::size_t j = 0; j < 8; ++j)
            r[j] = x[j];
        std::size_t i = 8;
        for (; i < n - (n % 8); i += 8) {
            for (std::size_t j = 0; j < 8; ++j)
                r[j] += x[i + j];
        }
        // The accumulators combine in this exact tree; any other order rounds differently.
        double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            sum += x[i];
        return sum;
    }
    std::size_t half = n / 2;
    half -= half % 8;
    return pairwiseSum(x, half) + pairwiseSum(x + half, n - half);
}

} // namespace

double numpySum(const double *x, std::size_t n)
{
    return pairwiseSum(x, n);
}

double numpyMean(const double *x, std::size_t n)
{
    return numpySum(x, n) / static_cast<double>(n);
}

double numpyStd(const double *x, std::size_t n)
{
    // numpy's _var: mean, squared deviations (x * x, not pow), their mean, sqrt.
    const double mean = numpyMean(x, n);
    std::vector<double> squares(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double d = x[i] - mean;
        squares[i] = d * d;
    }
    return std::sqrt(numpySum(squares.data(), n) / static_cast<double>(n));
}

double twoSidedStudentPValue(double t, double df)
{
    if (std::isnan(t) || !(df > 0))
        return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(t))
        return 0.0;
    const boost::math::students_t_distribution<double, stats::NoThrowPolicy> dist(df);
    return boost::math::cdf(dist, -std::fabs(t)) * 2;
}

double SegmentStats::forwardRelChange() const
{
    return meanBefore == 0 ? 0.0 : meanAfter / meanBefore - 1.0;
}

double SegmentStats::backwardRelChange() const
{
    return meanAfter == 0 ? 0.0 : meanBefore / meanAfter - 1.0;
}

double SegmentStats::magnitude() const
{
    // Python's max(a, b) keeps a unless b is strictly greater.
    const double forward = std::fabs(forwardRelChange());
    const double backward = std::fabs(backwardRelChange());
    return backward > forward ? backward : forward;
}

SegmentStats compareSegments(const double *left, std::size_t nLeft, const double *right,
                             std::size_t nRight)
{
    SegmentStats s;
    s.meanBefore = numpyMean(left, nLeft);
    s.meanAfter = numpyMean(right, nRight);
    s.stddevBefore = nLeft >= 2 ? numpyStd(left, nLeft) : 0.0;
    s.stddevAfter = nRight >= 2 ? numpyStd(right, nRight) : 0.0;
    if (nLeft + nRight <= 2) {
        s.pvalue = 1.0;
        return s;
    }
    // scipy's _equal_var_ttest_denom and _ttest_ind_from_stats, operation for operation.
    const double n1 = static_cast<double>(nLeft);
    const double n2 = static_cast<double>(nRight);
    const double df = n1 + n2 - 2.0;
    const double pooledVariance = ((n1 - 1) * (s.stddevBefore * s.stddevBefore) +
                                   (n2 - 1) * (s.stddevAfter * s.stddevAfter)) /
                                  df;
    const double denominator = std::sqrt(pooledVariance * (1.0 / n1 + 1.0 / n2));
    // Zero variance on both sides: +-infinity (p = 0) for different means, NaN for equal
    // ones; a NaN p-value is never significant and is the first to go in the merge.
    // Spelled out rather than left to IEEE division so no sanitizer flags a division by 0.
    const double difference = s.meanBefore - s.meanAfter;
    double t = 0;
    if (denominator != 0)
        t = difference / denominator;
    else if (difference != 0)
        t = std::copysign(std::numeric_limits<double>::infinity(), difference);
    else
        t = std::numeric_limits<double>::quiet_NaN();
    s.pvalue = twoSidedStudentPValue(t, df);
    return s;
}

} // namespace gatehouse::changes::detail
