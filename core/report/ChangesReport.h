#pragma once
// "What changed, when, and is it real" in the report files (SPEC §9, §10): the Markdown
// section of the graduation review, change_points.csv, and the bench comparison of the
// last N runs against the N before them (compare.csv, report.json "compare").
#include "compare/Comparison.h"

#include <QByteArray>
#include <QString>

namespace gatehouse {

struct GateReport;
struct AllocationsResult;

// The bench runs' last N (N = the gate's window) against the N before them, every unit.
compare::CompareResult benchWindowComparison(const QList<BenchRun> &runsInOrder, int n,
                                             const compare::CompareOptions &options);

// gate,series,unit,index,run_id,timestamp,mean_before,mean_after,stddev_before,
// stddev_after,forward_change_percent,pvalue,new_policy; rows by gate, then series.
QByteArray changePointsCsv(const GateReport &report);

// "## What changed": each gate's latest change point and the significant comparisons.
QString changesMarkdown(const GateReport &report);

// Each gate's latest change point in one sentence, or "" when there is none: the Review
// page's line and the Markdown's. The bench one names the detector.
QString latestBenchChange(const AllocationsResult &result);

} // namespace gatehouse
