#pragma once
// benchstat's per-sample summary (SPEC §10): the median and its confidence interval from
// binomial order statistics, as golang.org/x/perf benchmath's AssumeNothing.Summary and
// go-moremath's stats.QuantileCI compute them. Results must equal benchstat's to 1e-9,
// so the arithmetic follows the reference step by step where rounding could matter.
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace gatehouse::compare {

// The order statistics bounding a quantile's confidence interval in a sample of n.
// Orders are 1-based; loOrder < 1 means the low bound is -inf (the sample is too small
// for the confidence), hiOrder > n means the high bound is +inf.
struct QuantileCIResult
{
    int n = 0;
    double quantile = 0.5;
    double confidence = 0; // actual coverage, >= the requested one
    int loOrder = 0;
    int hiOrder = 0;
    bool ambiguous = false; // the interval one order higher has the same coverage
};

// At or below this n the interval is found by summing binomial probabilities outward
// from the mode; above it, from the normal approximation (go-moremath's threshold).
inline constexpr int kQuantileCIExactLimit = 30;

// Confidence interval of the q'th quantile in a sample of size n (QuantileCI).
QuantileCIResult quantileCI(int n, double q, double confidence);

// The q'th quantile of an ascending sample by Hyndman–Fan definition 8 (R's type 8),
// the estimator go-moremath uses; NaN when empty.
double sampleQuantile(const std::vector<double> &sorted, double q);

// A sample's median and its interval; a bound is empty where benchstat prints ±∞.
struct MedianSummary
{
    int n = 0;
    double median = 0;
    std::optional<double> low;
    std::optional<double> high;
    double confidence = 0; // actual coverage of [low, high]
    QStringList warnings;  // benchstat's wording
};

// AssumeNothing.Summary: values in any order.
MedianSummary medianSummary(std::vector<double> values, double confidence);

// The fewest samples with a finite median interval at this confidence, as benchstat's
// message states it: "need >= 6 samples for confidence interval at level 0.95".
QString medianSamplesWarning(double confidence);

// Go's %v of a float64 (shortest round-trip digits, exponent form only outside
// [1e-4, 1e21)), for messages worded exactly as benchstat's.
QString goFloatText(double value);

} // namespace gatehouse::compare
