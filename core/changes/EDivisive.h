#pragma once
// E-divisive (Matteson & James 2014, alpha = 1) as Otava implements it in
// otava/change_point_divisive/ (PairDistanceCalculator + ChangePointDetector with the
// t-test as significance test). Internal to core/changes.
#include "changes/TTest.h"

#include <cstddef>
#include <vector>

namespace gatehouse::changes::detail {

struct Candidate
{
    std::size_t index = 0; // first point of the right part, relative to the window
    double qhat = 0;
};

// Pairwise distances of one window and Otava's cumulative sums over them (its V and H),
// from which Q-hat of every split of any interval follows.
class EnergyDistances
{
public:
    EnergyDistances(const double *x, std::size_t n);

    // The (tau, kappa) maximising Q-hat(x[start, tau), x[tau, kappa)) with
    // start < tau < kappa <= end; end - start >= 2. Ties go to the first in numpy's
    // row-major argmax order (smallest tau, then smallest kappa).
    Candidate bestSplit(std::size_t start, std::size_t end) const;

private:
    double distance(std::size_t i, std::size_t j) const { return m_distance[i * m_n + j]; }

    std::size_t m_n = 0;
    std::vector<double> m_distance;  // n x n, |x_i - x_j|
    std::vector<double> m_columnSum; // V: n - 1
    std::vector<double> m_rowCumSum; // H: (n - 1) x (n - 1)
};

struct DetectedPoint
{
    std::size_t index = 0; // relative to the window
    SegmentStats stats;
};

// Otava's ChangePointDetector.get_change_points on one window x[0, n): repeatedly split
// the interval with the largest Q-hat and keep the split while its t-test p-value is
// <= maxPvalue (a NaN p-value stops it). Points come back sorted by index.
std::vector<DetectedPoint> eDivisive(const double *x, std::size_t n, double maxPvalue);

} // namespace gatehouse::changes::detail
