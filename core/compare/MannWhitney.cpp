#include "MannWhitney.h"

#include "BenchMath.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/binomial.hpp>

#include <algorithm>
#include <cmath>

namespace gatehouse::compare {
namespace {

using NoThrow = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::underflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<boost::math::policies::ignore_error>>;

// C(n, k) as a double; exact while it fits in 53 bits, which covers every count here
// up to n = 50 except the largest few, and those are within an ulp.
double choose(int n, int k)
{
    if (k < 0 || k > n)
        return 0;
    if (k == 0 || k == n)
        return 1;
    return boost::math::binomial_coefficient<double>(static_cast<unsigned>(n),
                                                     static_cast<unsigned>(k), NoThrow());
}

} // namespace

double uDistributionCdf(int n1, int n2, int u)
{
    if (u < 0)
        return 0;
    if (u >= n1 * n2)
        return 1;
    // Mann & Whitney (1947): with the largest of the n + m values in the first sample it
    // beats all m of the second, else it adds nothing, so
    //   p[n][m](u) = (n p[n-1][m](u-m) + m p[n][m-1](u)) / (n + m).
    // Rows are filled for m = 0..M, overwriting in place from the largest u down, and
    // only u' <= u is ever needed. p is symmetric in (n, m): keep n the smaller.
    int N = n1;
    int M = n2;
    if (N > M)
        std::swap(N, M);
    std::vector<std::vector<double>> p(static_cast<size_t>(N) + 1,
                                       std::vector<double>(static_cast<size_t>(u) + 1, 0.0));
    for (int m = 0; m <= M; ++m) {
        p[0][0] = 1; // an empty first sample has U = 0
        const int nMax = std::min(N, m);
        for (int n = 1; n <= nMax; ++n) {
            const std::vector<double> &fewerFirst = p[static_cast<size_t>(n - 1)];
            // p[n][m-1]; at n == m it is p[m-1][n] by symmetry, i.e. row m - 1.
            const std::vector<double> &fewerSecond = p[static_cast<size_t>(n <= m - 1 ? n : m - 1)];
            std::vector<double> &outRow = p[static_cast<size_t>(n)];
            const int uMax = std::min(u, n * m);
            for (int v = uMax; v >= 0; --v) {
                const double left = v - m >= 0 ? n * fewerFirst[static_cast<size_t>(v - m)] : 0;
                const double right = m * fewerSecond[static_cast<size_t>(v)];
                outRow[static_cast<size_t>(v)] = (left + right) / (n + m);
            }
        }
    }
    double cdf = 0;
    for (int v = 0; v <= u; ++v)
        cdf += p[static_cast<size_t>(N)][static_cast<size_t>(v)];
    return cdf;
}

double uDistributionCdfTies(int n1, int n2, const std::vector<int> &ties, int twoU)
{
    // Klotz (1966) counts the rankings of n1 first-sample values among the tie groups
    // one group at a time. A group of t tied values holding r of the first sample adds
    // r times its mid-rank to the first sample's rank sum R1, and there are C(t, r) such
    // choices. Counting (values chosen so far, 2·R1 so far) group by group therefore
    // gives the number of rankings with each U1 = R1 - n1(n1 + 1)/2. Twice the ranks
    // keeps the half-integer mid-ranks exact; sums only grow, so any state past the
    // wanted U is dropped.
    const int N = n1 + n2;
    const long long offset = static_cast<long long>(n1) * (n1 + 1); // 2 · n1(n1+1)/2
    const long long limit = twoU + offset;                          // max 2·R1 counted
    if (limit < 0)
        return 0;
    if (twoU >= 2 * n1 * n2)
        return 1;
    const auto width = static_cast<size_t>(limit) + 1;
    // counts[j][s]: rankings so far with j first-sample values and 2·R1 = s.
    std::vector<std::vector<double>> counts(static_cast<size_t>(n1) + 1,
                                            std::vector<double>(width, 0.0));
    counts[0][0] = 1;
    int before = 0; // values in the groups already placed
    for (const int t : ties) {
        const int twiceMidRank = 2 * before + t + 1; // (before+1) + (before+t)
        std::vector<std::vector<double>> next(static_cast<size_t>(n1) + 1,
                                              std::vector<double>(width, 0.0));
        for (int j = 0; j <= std::min(before, n1); ++j) {
            for (size_t s = 0; s < width; ++s) {
                const double c = counts[static_cast<size_t>(j)][s];
                if (c == 0)
                    continue;
                for (int r = 0; r <= t && j + r <= n1; ++r) {
                    const size_t s2 = s + static_cast<size_t>(r) * twiceMidRank;
                    if (s2 >= width)
                        break;
                    next[static_cast<size_t>(j + r)][s2] += c * choose(t, r);
                }
            }
        }
        counts.swap(next);
        before += t;
    }
    double total = 0;
    for (const double c : counts[static_cast<size_t>(n1)])
        total += c;
    return total / choose(N, n1);
}

MannWhitneyResult mannWhitneyUTest(std::vector<double> x1, std::vector<double> x2)
{
    MannWhitneyResult res;
    res.n1 = static_cast<int>(x1.size());
    res.n2 = static_cast<int>(x2.size());
    if (x1.empty() || x2.empty()) {
        res.status = MannWhitneyResult::Status::EmptySample;
        return res;
    }
    std::sort(x1.begin(), x1.end());
    std::sort(x2.begin(), x2.end());
    // Merge, remembering which sample each value came from; on equal values the second
    // sample's goes first, which does not matter for mid-ranks.
    struct Labeled
    {
        double value;
        bool first;
    };
    std::vector<Labeled> merged;
    merged.reserve(x1.size() + x2.size());
    size_t i1 = 0;
    size_t i2 = 0;
    while (i1 < x1.size() || i2 < x2.size()) {
        if (i2 == x2.size() || (i1 < x1.size() && x1[i1] < x2[i2]))
            merged.push_back({x1[i1++], true});
        else
            merged.push_back({x2[i2++], false});
    }
    // Mid-ranks: a tie group over 1-based ranks [a, b] gives each member (a + b) / 2.
    double r1 = 0;
    std::vector<int> ties;
    for (size_t i = 0; i < merged.size();) {
        const size_t start = i;
        int fromFirst = 0;
        for (; i < merged.size() && merged[i].value == merged[start].value; ++i)
            fromFirst += merged[i].first ? 1 : 0;
        const double midRank = static_cast<double>(start + 1 + i) / 2;
        r1 += midRank * fromFirst;
        ties.push_back(static_cast<int>(i - start));
        if (i - start > 1)
            res.ties = true;
    }
    const int n1 = res.n1;
    const int n2 = res.n2;
    // Pooled samples can be large: products in double, never in int (n1·n2 > 2^31).
    const double n1n2 = static_cast<double>(n1) * n2;
    const double u1 = r1 - static_cast<double>(n1) * (n1 + 1) / 2;
    const double u2 = n1n2 - u1;
    const double uSmall = std::min(u1, u2);
    res.u = u1;

    const bool exact = res.ties
                           ? n1 <= kMannWhitneyTiesExactLimit && n2 <= kMannWhitneyTiesExactLimit
                           : n1 <= kMannWhitneyExactLimit && n2 <= kMannWhitneyExactLimit;
    res.exact = exact;
    if (exact) {
        if (ties.size() == 1) {
            res.status = MannWhitneyResult::Status::SamplesEqual;
            return res;
        }
        if (u1 == u2) {
            // The distribution is symmetric about n1·n2/2: doubling P(U <= U_small)
            // would count the mass at the centre twice. The two-sided p is 1.
            res.p = 1;
        } else if (res.ties) {
            res.p = 2 * uDistributionCdfTies(n1, n2, ties, static_cast<int>(2 * uSmall));
        } else {
            res.p = 2 * uDistributionCdf(n1, n2, static_cast<int>(uSmall));
        }
        return res;
    }

    // Normal approximation: mean n1·n2/2, variance with the tie correction
    // Σ (t³ - t) / (N (N - 1)), and a continuity correction of 0.5 towards the mean.
    long long tieSum = 0;
    for (const int t : ties)
        tieSum += static_cast<long long>(t) * t * t - t;
    const double N = n1 + n2;
    const double mean = n1n2 / 2;
    const double sigma =
        std::sqrt(n1n2 * ((N + 1) - static_cast<double>(tieSum) / (N * (N - 1))) / 12);
    if (!(sigma > 0)) {
        res.status = MannWhitneyResult::Status::SamplesEqual;
        return res;
    }
    double numer = u1 - mean;
    numer -= (numer > 0 ? 1 : numer < 0 ? -1 : 0) * 0.5;
    const double z = numer / sigma;
    const boost::math::normal_distribution<double, NoThrow> normal;
    // min(Φ(z), 1 - Φ(z)), the upper tail by subtraction exactly as go-moremath computes
    // it: SPEC §10 wants benchstat's p-values, and Boost's complement (more accurate for
    // p below ~1e-8 when z > 0) differed from benchstat by up to 25 % relative there.
    const double lower = boost::math::cdf(normal, z);
    const double upper = 1 - lower;
    res.p = 2 * std::min(lower, upper);
    return res;
}

QString mannWhitneyStatusText(MannWhitneyResult::Status status)
{
    switch (status) {
    case MannWhitneyResult::Status::Ok:
        return QString();
    case MannWhitneyResult::Status::EmptySample:
        return QStringLiteral("sample is too small");
    case MannWhitneyResult::Status::SamplesEqual:
        return QStringLiteral("all samples are equal");
    }
    return QString();
}

double uTestMinP(int n)
{
    // Both samples maximally apart: U = 0, and P(U = 0) = 1 / C(2n, n), doubled.
    if (n < 1)
        return 1;
    return std::min(1.0, 2 / choose(2 * n, n));
}

QString uTestSamplesWarning(double alpha, int n1, int n2, double p)
{
    if (!(p > alpha))
        return QString();
    // benchmath tabulates the minimum p for n = 1..9 and asks for "> 10" beyond.
    constexpr int kTable = 10;
    QString op = QStringLiteral(">");
    int need = kTable;
    for (int n = 1; n < kTable; ++n) {
        if (uTestMinP(n) <= alpha) {
            op = QStringLiteral(">=");
            need = n;
            break;
        }
    }
    if (n1 >= need || n2 >= need)
        return QString();
    return QStringLiteral("need %1 %2 samples to detect a difference at alpha level %3")
        .arg(op)
        .arg(need)
        .arg(goFloatText(alpha));
}

} // namespace gatehouse::compare
