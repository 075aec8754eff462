#pragma once
// The allocations gate (SPEC §2.2-2.4): per-detector statistics of one metric pooled over
// the last N benchmark runs, the comparison with the committed baseline, and the
// graduation verdict with plain-language reasons.
#include "Baseline.h"
#include "BenchTypes.h"
#include "changes/SeriesChanges.h"
#include "common/FileState.h"
#include "common/GateStatus.h"
#include "stats/CvInterval.h"
#include "verdict/GateChecks.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>

namespace gatehouse {

struct AllocationsOptions
{
    int runs = 10; // the last N runs are selected
    QString metric = QStringLiteral("allocs/op");
    double cvMaxPercent = 1.0; // OK needs CV < this
    double driftMax = 1.0;     // within needs |mean - baseline| <= this
    int minRuns = 10;          // fewer selected runs: INSUFFICIENT (the rules set it to runs)
    changes::ChangePointOptions changePoints; // SPEC §9, on each detector's per-run means
};

enum class DetectorStatus
{
    Ok,
    Over,
    NoData
};
// "OK", "OVER", "NO_DATA"
QString detectorStatusName(DetectorStatus status);

struct DetectorAllocations
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    DetectorKey key;
    int runs = 0;    // selected runs in which it has samples of the metric
    int samples = 0; // n, pooled over those runs
    double mean = kNaN;
    double stdev = kNaN; // sample standard deviation (n - 1)
    double median = kNaN;
    double min = kNaN;
    double max = kNaN;
    // 100 * stdev / |mean|; 0 when all samples are equal; nullopt (undefined) when the
    // mean is 0 with spread, or when there are no samples.
    std::optional<double> cvPercent;
    std::optional<stats::CvInterval> cvInterval; // 95 %; nullopt when n < 2 or CV undefined
    double modeValue = kNaN;
    int modeCount = 0;       // samples equal to the mode
    double modeShare = kNaN; // modeCount / samples
    std::optional<double> baseline;
    std::optional<double> drift;   // mean - baseline
    bool within = true;            // |drift| <= driftMax; true when there is no baseline value
    int failures = 0;              // result lines cut by --- FAIL in the selected runs
    QStringList failedRunIds;      // selected runs with at least one failure
    QStringList shortRunIds;       // runs where it has fewer samples than other detectors
    bool fromBaselineOnly = false; // offline fallback row: the baseline value as one sample
    DetectorStatus status = DetectorStatus::Over;
    QStringList reasons; // why it is not graduating (or notes when it is)
    // SPEC §9: the mean of the metric in every run that has samples of it (all runs, not
    // only the selected ones), in run order, with its change points.
    changes::SeriesChangePoints changes;

    // SPEC §8: blocked by its CV, its drift or a failed run (AllocationsChecks.h).
    bool blocksGraduation() const
    {
        return fromBaselineOnly || status != DetectorStatus::Ok || !within || failures > 0;
    }
};

// A machine seen in the selected runs and the runs that ran on it.
struct MachineRuns
{
    MachineInfo machine;
    QStringList runIds;
};

struct AllocationsResult
{
    GateStatus status = GateStatus::NoData; // statusFromChecks(checks), SPEC §8
    GateChecks checks;                      // runs, cv, drift, failed_runs, baseline_readable
    AllocationsOptions options;
    FileState baselineFile; // the baselines.json found (or given), and whether it was read
    int runsAvailable = 0;
    QStringList selectedRunIds;           // in run order
    QList<DetectorAllocations> detectors; // sorted by (pkg, name)
    QStringList units;                    // metrics present (selectable), sorted
    QStringList reasons;                  // gate level, plain language
    QStringList warnings;                 // mixed machines and other doubts about the data
    QList<MachineRuns> machines;          // machines of the selected runs
    bool mixedMachines = false;
    bool hasBaseline = false;
    bool baselineOnly = false; // no runs: detectors are the baseline values (NO_DATA)

    int runsSelected() const { return static_cast<int>(selectedRunIds.size()); }
    int detectorsOver() const;
    int detectorsOutsideBaseline() const;
    int detectorsWithBaseline() const;
};

// baselineFile says whether a baselines.json was found and read; by default it follows
// `baseline` (loaded when given, absent when not).
AllocationsResult analyzeAllocations(const QList<BenchRun> &runsInOrder,
                                     const std::optional<Baseline> &baseline,
                                     const AllocationsOptions &options,
                                     const std::optional<FileState> &baselineFile = std::nullopt);
// The reasons of a detector and of the gate in words, rendered again in this thread's
// report language (the stored ones are English, for CSV and JSON).
QStringList detectorReasons(const DetectorAllocations &row, const AllocationsOptions &options,
                            bool hasBaseline);
QStringList allocationsReasons(const AllocationsResult &result);

// Numbers for people: at most `decimals` decimals, trailing zeros dropped, '.' always
// ("12.1", "0.3162", "20"); empty for NaN; "inf" for infinity.
QString formatCompact(double value, int decimals = 4);
// A difference with its sign: "+2", "-0.5", "0".
QString formatSigned(double value, int decimals = 4);
// formatCompact with as many decimals (from `decimals` up) as it takes for the text to
// fall on the same side of `threshold` as the value: 0.99996 against 1 reads "0.99996".
QString formatAgainstThreshold(double value, double threshold, int decimals = 2);

} // namespace gatehouse
