#include "BenchMath.h"

#include "common/NumberFormat.h"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace gatehouse::compare {
namespace {

// Boost.Math reports bad arguments by throwing; a CLI run must never end in an uncaught
// exception, so every error becomes a NaN (or a clamped value) the callers check.
using NoThrow = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::pole_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::underflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<boost::math::policies::ignore_error>,
    boost::math::policies::rounding_error<boost::math::policies::ignore_error>>;
using Normal = boost::math::normal_distribution<double, NoThrow>;

// C(n, k) computed the way go-moremath's mathx.Choose does: exact integer arithmetic up
// to n = 20, exp(lgamma(n+1) - lgamma(k+1) - lgamma(n-k+1)) above. The exact walk below
// compares the probabilities of the two neighbours of its band, which are equal by
// symmetry when q = 0.5; with the lgamma form the two sides round differently in the last
// bit and that decides whether the reference extends the band left or right (n = 22 at
// 0.9, 24 at 0.95, 28 at 0.99). Boost's binomial PDF is symmetric there, so it would
// give other intervals than benchstat: the rounding is reproduced on purpose.
double referenceChoose(int n, int k)
{
    if (k == 0 || k == n)
        return 1;
    if (k < 0 || n < k)
        return 0;
    constexpr int kSmallFactorialLimit = 20; // 20! fits in 63 bits
    if (n <= kSmallFactorialLimit) {
        long long numer = 1;
        for (long long m = n - (k - 1); m <= n; ++m)
            numer *= m;
        long long factorial = 1;
        for (long long m = 2; m <= k; ++m)
            factorial *= m;
        return static_cast<double>(numer / factorial);
    }
    const double a = std::lgamma(static_cast<double>(n) + 1);
    const double b = std::lgamma(static_cast<double>(k) + 1);
    const double c = std::lgamma(static_cast<double>(n - k) + 1);
    return std::exp(a - b - c);
}

// PMF(k) of Binomial(n, p), 0 outside [0, n] (the walk steps past both ends).
double binomialPmf(int n, double p, int k)
{
    if (k < 0 || k > n)
        return 0;
    return referenceChoose(n, k) * std::pow(p, k) * std::pow(1 - p, n - k);
}

QuantileCIResult exactQuantileCI(int n, double q, double confidence)
{
    QuantileCIResult res;
    // Start at the (lower) mode and add the larger neighbour until the band covers the
    // confidence: binomial probabilities fall monotonically away from the mode, so this
    // gives the narrowest band, biased to the left on ties.
    int x = static_cast<int>(std::ceil(static_cast<double>(n + 1) * q) - 1);
    if (q == 0)
        x = 0;
    double accum = binomialPmf(n, q, x);
    int l = x;
    int r = x + 1; // [l, r) is the summed band
    double lp = binomialPmf(n, q, l - 1);
    double rp = binomialPmf(n, q, r);
    res.ambiguous = rp == accum;
    while (accum < confidence && (lp > 0 || rp > 0)) {
        res.ambiguous = lp == rp;
        if (lp >= rp) { // left-biased on ties
            accum += lp;
            --l;
            lp = binomialPmf(n, q, l - 1);
        } else {
            accum += rp;
            ++r;
            rp = binomialPmf(n, q, r);
        }
    }
    res.confidence = accum;
    res.loOrder = l;
    res.hiOrder = r;
    return res;
}

QuantileCIResult normalQuantileCI(int n, double q, double confidence)
{
    QuantileCIResult res;
    const double mu = n * q;
    const double sigma = std::sqrt(n * q * (1 - q));
    const Normal norm(mu, sigma);
    const double alpha = (1 - confidence) / 2;
    const double l1 = boost::math::quantile(norm, alpha);
    const double r1 = 2 * mu - l1; // symmetric around the mean
    // Binomial point k is the band [k - 0.5, k + 0.5] of the normal (continuity
    // correction): round [l1, r1] out to half-integers and recover the orders.
    int l = static_cast<int>(std::floor(std::floor(l1 - 0.5) + 0.5)) + 1;
    int r = static_cast<int>(std::floor(std::ceil(r1 - 0.5) + 0.5)) + 1;
    const auto cover = [&](int lo, int hi) {
        return boost::math::cdf(norm, hi - 0.5) - boost::math::cdf(norm, lo - 0.5);
    };
    res.confidence = cover(l, r);
    // The band is symmetric; a left-biased one may still reach the confidence.
    const double biased = cover(l, r - 1);
    if (biased >= confidence && biased < res.confidence) {
        res.confidence = biased;
        res.ambiguous = true;
        --r;
    }
    if (l <= 0 && r >= n + 1) {
        // Everything is covered; the normal's tails just make the sum fall short of 1.
        res.confidence = 1;
        res.ambiguous = false;
    }
    res.loOrder = l;
    res.hiOrder = r;
    return res;
}

} // namespace

QuantileCIResult quantileCI(int n, double q, double confidence)
{
    QuantileCIResult res;
    if (n < 0 || !(q >= 0 && q <= 1) || std::isnan(confidence))
        return res;
    if (confidence >= 1) {
        res.loOrder = 0;
        res.hiOrder = n + 1;
        res.confidence = 1;
    } else if (n <= kQuantileCIExactLimit) {
        res = exactQuantileCI(n, q, confidence);
    } else {
        res = normalQuantileCI(n, q, confidence);
    }
    res.n = n;
    res.quantile = q;
    res.loOrder = std::max(res.loOrder, 0);
    res.hiOrder = std::min(res.hiOrder, n + 1);
    return res;
}

double sampleQuantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return std::numeric_limits<double>::quiet_NaN();
    if (q <= 0)
        return sorted.front();
    if (q >= 1)
        return sorted.back();
    // Same operations in the same order as the reference, so the interpolation weight
    // rounds the same way (1/3 + q(N + 1/3) is not exact in binary).
    const double N = static_cast<double>(sorted.size());
    const double pos = 1 / 3.0 + q * (N + 1 / 3.0);
    double whole = 0;
    const double frac = std::modf(pos, &whole);
    const auto k = static_cast<long long>(whole);
    if (k <= 0)
        return sorted.front();
    if (k >= static_cast<long long>(sorted.size()))
        return sorted.back();
    const auto i = static_cast<size_t>(k);
    return sorted[i - 1] + frac * (sorted[i] - sorted[i - 1]);
}

QString medianSamplesWarning(double confidence)
{
    // benchmath's medianSamples: the smallest n in [2, 50] with both bounds finite.
    constexpr int kLimit = 50;
    for (int n = 2; n <= kLimit; ++n) {
        const QuantileCIResult ci = quantileCI(n, 0.5, confidence);
        if (ci.loOrder > 0 && ci.hiOrder <= n)
            return QStringLiteral("need >= %1 samples for confidence interval at level %2")
                .arg(n)
                .arg(goFloatText(confidence));
    }
    return QStringLiteral("need > %1 samples for confidence interval at level %2")
        .arg(kLimit)
        .arg(goFloatText(confidence));
}

MedianSummary medianSummary(std::vector<double> values, double confidence)
{
    std::sort(values.begin(), values.end());
    MedianSummary s;
    s.n = static_cast<int>(values.size());
    const QuantileCIResult ci = quantileCI(s.n, 0.5, confidence);
    s.median = sampleQuantile(values, 0.5);
    s.confidence = ci.confidence;
    if (ci.loOrder >= 1 && ci.loOrder <= s.n)
        s.low = values[static_cast<size_t>(ci.loOrder - 1)];
    if (ci.hiOrder >= 1 && ci.hiOrder <= s.n)
        s.high = values[static_cast<size_t>(ci.hiOrder - 1)];
    if (!s.low || !s.high)
        s.warnings.append(medianSamplesWarning(confidence)); // explains the ±∞
    return s;
}

QString goFloatText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (value == 0)
        return QStringLiteral("0");
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string sci(buf, res.ptr);
    const auto ePos = sci.find('e');
    const int exponent = std::stoi(sci.substr(ePos + 1));
    // Go's shortest %g switches to exponent form below 1e-4 and from 1e6 up (its "%v").
    if (exponent >= -4 && exponent < 6)
        return formatShortest(value);
    const int absExp = std::abs(exponent);
    return QString::fromStdString(sci.substr(0, ePos)) + QLatin1Char('e') +
           QLatin1Char(exponent < 0 ? '-' : '+') +
           QStringLiteral("%1").arg(absExp, 2, 10, QLatin1Char('0'));
}

} // namespace gatehouse::compare
