#pragma once
// The allocations gate's checks (SPEC §8) and each detector's verdict: the one place that
// decides them. analyzeAllocations calls these; every view renders their result.
#include "bench/BenchTypes.h"
#include "verdict/GateChecks.h"

#include <QString>
#include <QStringList>

namespace gatehouse {

struct AllocationsResult;
struct DetectorAllocations;
struct AllocationsOptions;

// SPEC §9: fills each detector's `changes` from all runs (not only the selected ones).
void addDetectorChangePoints(AllocationsResult &result, const QList<BenchRun> &runsInOrder);

// runs, cv, drift, failed_runs, baseline_readable: in that order.
GateChecks allocationsChecks(const AllocationsResult &result);

// The blockers of one detector: "cv", "drift", "failed_runs" (empty when ready).
QStringList detectorBlockers(const DetectorAllocations &row);
// "ready" | "blocked"
QString detectorVerdictName(const DetectorAllocations &row);
// "ready", or "blocked: CV 2.6 % >= 1 %; drift +2 > 1; failed in 1 run": the status text
// of a detector on every surface (never a bare OK for a blocked detector).
QString detectorVerdictText(const DetectorAllocations &row, const AllocationsOptions &options);

} // namespace gatehouse
