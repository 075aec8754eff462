#pragma once
// The two-sided Mann–Whitney U test as benchstat runs it (SPEC §10; go-moremath
// stats.MannWhitneyUTest with LocationDiffers): mid-ranks for ties; the exact U
// distribution for small samples (Mann & Whitney's recurrence without ties, a count over
// tie groups in the manner of Klotz 1966 with them); above the limits the normal
// approximation with tie and continuity corrections.
#include <QString>

#include <vector>

namespace gatehouse::compare {

// Largest sample sizes (each) for the exact distribution, without and with ties.
inline constexpr int kMannWhitneyExactLimit = 50;
inline constexpr int kMannWhitneyTiesExactLimit = 25;

struct MannWhitneyResult
{
    enum class Status
    {
        Ok,
        EmptySample,  // a sample has no values: no test
        SamplesEqual, // every value of both samples is the same: the test says nothing
    };
    Status status = Status::Ok;
    int n1 = 0;
    int n2 = 0;
    double u = 0;      // U of the first sample, ties counted 0.5, in [0, n1 * n2]
    double p = 1;      // two-sided; 1 when status != Ok (benchstat reports it so)
    bool exact = true; // false: normal approximation
    bool ties = false; // any value occurs more than once in the merged sample
};

// x1 is the baseline ("old"), x2 the new sample; any order within each.
MannWhitneyResult mannWhitneyUTest(std::vector<double> x1, std::vector<double> x2);

// benchstat's wording for the failures: "sample is too small", "all samples are equal".
QString mannWhitneyStatusText(MannWhitneyResult::Status status);

// P(U <= u) for samples of n1 and n2 without ties (u an integer).
double uDistributionCdf(int n1, int n2, int u);

// P(U <= twoU / 2) for samples of n1 and n2 whose merged ranking has tie groups of the
// given sizes, in rank order (their sum is n1 + n2).
double uDistributionCdfTies(int n1, int n2, const std::vector<int> &ties, int twoU);

// The smallest two-sided p-value two samples of n each can reach (benchmath's
// uTestMinP) and the sample size benchstat asks for when a test cannot reach alpha:
// "need >= 4 samples to detect a difference at alpha level 0.05".
double uTestMinP(int n);
QString uTestSamplesWarning(double alpha, int n1, int n2, double p);

} // namespace gatehouse::compare
