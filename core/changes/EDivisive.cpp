// Q-hat of every split, computed in the order numpy evaluates Otava's closed forms
// (otava/change_point_divisive/calculator.py, PairDistanceCalculator._get_Q_vals).
//
// The order matters: a series with repeated values has splits whose Q-hat are equal in
// exact arithmetic, and which one numpy's argmax picks depends on the last bit. So every
// sum below runs in numpy's order (cumsum and axis-0 sums left to right, the flipped
// cumsum from the bottom) and every coefficient is the same integer ratio.
#include "changes/EDivisive.h"

#include <algorithm>
#include <cmath>

namespace gatehouse::changes::detail {

EnergyDistances::EnergyDistances(const double *x, std::size_t n) : m_n(n)
{
    if (n < 2)
        return;
    m_distance.resize(n * n);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            m_distance[i * n + j] = std::fabs(x[i] - x[j]); // power alpha = 1
    const std::size_t m = n - 1;
    // V[c] = sum over r <= c of d(r, c + 1): the upper triangle of column c + 1.
    m_columnSum.assign(m, 0.0);
    for (std::size_t c = 0; c < m; ++c) {
        double sum = 0.0;
        for (std::size_t r = 0; r <= c; ++r)
            sum += distance(r, c + 1);
        m_columnSum[c] = sum;
    }
    // H[r][c] = sum over r <= c' <= c of d(r, c' + 1): the row of the upper triangle
    // accumulated left to right; 0 below the diagonal.
    m_rowCumSum.assign(m * m, 0.0);
    for (std::size_t r = 0; r < m; ++r) {
        double sum = 0.0;
        for (std::size_t c = r; c < m; ++c) {
            sum += distance(r, c + 1);
            m_rowCumSum[r * m + c] = sum;
        }
    }
}

Candidate EnergyDistances::bestSplit(std::size_t start, std::size_t end) const
{
    // Row a stands for tau = start + 1 + a, column b for kappa = start + 2 + b.
    const std::size_t m = end - start - 1;
    const std::size_t full = m_n - 1;
    auto h = [&](std::size_t a, std::size_t b) {
        return m_rowCumSum[(start + a) * full + (start + b)];
    };

    // V restricted to the interval: Otava subtracts the rows above `start` from the
    // precomputed column sums rather than summing afresh, so do the same.
    std::vector<double> cumV(m);
    double running = 0.0;
    for (std::size_t k = 0; k < m; ++k) {
        double above = 0.0;
        for (std::size_t r = 0; r < start; ++r)
            above += distance(r, start + 1 + k);
        running += m_columnSum[start + k] - above;
        cumV[k] = running;
    }

    // Column sums of H from the bottom (Otava's flipud(cumsum(flipud(H[1:, 1:])))):
    // below[a * m + b] = sum over a < p <= m - 1 of h(p, b), accumulated from p = m - 1.
    std::vector<double> below(m * m, 0.0);
    for (std::size_t b = 1; b < m; ++b) {
        double sum = 0.0;
        for (std::size_t a = m - 1; a-- > 0;) {
            sum += h(a + 1, b);
            below[a * m + b] = sum;
        }
    }

    // Q = A - B - C on and above the diagonal (below it numpy's matrices hold 0, which
    // never beats Q(0, 0) = d(start, start + 1) >= 0 that comes first in argmax order).
    std::vector<double> cumH(m, 0.0); // column sums of H from the top, row by row
    Candidate best{start + 1, 0.0};
    bool first = true;
    for (std::size_t a = 0; a < m; ++a) {
        const double vBefore = a >= 1 ? cumV[a - 1] : 0.0;
        for (std::size_t b = 0; b < m; ++b)
            cumH[b] += h(a, b);
        for (std::size_t b = a; b < m; ++b) {
            const double kappaMinusStart = static_cast<double>(b + 2);
            const double A = (2.0 / kappaMinusStart) * (cumH[b] - vBefore);
            double B = 0.0;
            if (a >= 1)
                B = (static_cast<double>(2 * (b - a + 1)) /
                     (kappaMinusStart * static_cast<double>(a))) *
                    vBefore;
            double C = 0.0;
            if (b > a)
                C = (static_cast<double>(2 * (a + 1)) /
                     (kappaMinusStart * static_cast<double>(b - a))) *
                    below[a * m + b];
            const double q = (A - B) - C;
            if (first || q > best.qhat) {
                best = {start + 1 + a, q};
                first = false;
            }
        }
    }
    return best;
}

std::vector<DetectedPoint> eDivisive(const double *x, std::size_t n, double maxPvalue)
{
    const EnergyDistances distances(x, n);
    std::vector<DetectedPoint> points; // sorted by index
    while (true) {
        // The intervals between the points found so far; the best candidate over all of
        // them, the first interval winning a tie (Python's max keeps the first).
        bool found = false;
        Candidate best;
        std::size_t bestStart = 0;
        std::size_t bestEnd = 0;
        std::size_t intervalStart = 0;
        for (std::size_t i = 0; i <= points.size(); ++i) {
            const std::size_t intervalEnd = i < points.size() ? points[i].index : n;
            if (intervalEnd - intervalStart > 1) {
                const Candidate c = distances.bestSplit(intervalStart, intervalEnd);
                if (!found || c.qhat > best.qhat) {
                    best = c;
                    bestStart = intervalStart;
                    bestEnd = intervalEnd;
                    found = true;
                }
            }
            intervalStart = intervalEnd;
        }
        if (!found)
            break;
        const SegmentStats stats = compareSegments(x + bestStart, best.index - bestStart,
                                                   x + best.index, bestEnd - best.index);
        // Otava stops at the first candidate that is not significant, even if another
        // interval might still hold one; NaN compares false and stops too.
        if (!(stats.pvalue <= maxPvalue))
            break;
        const auto at = std::lower_bound(
            points.begin(), points.end(), best.index,
            [](const DetectedPoint &p, std::size_t index) { return p.index < index; });
        points.insert(at, DetectedPoint{best.index, stats});
    }
    return points;
}

} // namespace gatehouse::changes::detail
