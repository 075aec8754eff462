#pragma once
// The allocations gate as the CLI, CI logs and reviewers read it: CSV, the SPEC §5 JSON,
// a terminal table and a Markdown section for a graduation PR.
#include "AllocationsAnalysis.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace gatehouse {

// One row per detector; header
// pkg,name,runs,samples,mean,stdev,cv_percent,cv_ci_low,cv_ci_high,mode_share,median,
// min,max,baseline,drift,status,why. Numbers in shortest round-trip form, empty when
// undefined or absent; cv_ci_high "inf" when the interval is unbounded; why = reasons
// joined with "; ".
QByteArray allocationsCsv(const AllocationsResult &result);

// SPEC §5: "status" and "detectors" [{pkg, name, runs, samples, mean, stdev, cv_percent,
// median, min, max, baseline, drift, status}], null for undefined or absent values. Extra
// keys: metric, runs_available, runs_selected, run_ids, min_runs, cv_max_percent,
// drift_max, baseline_only, units, reasons, warnings, mixed_machines; per detector
// within, mode, mode_share, cv_ci {low, high (null = unbounded)}, failures,
// baseline_only, reasons.
QJsonObject allocationsToJson(const AllocationsResult &result);

// The graduation-gate table for terminals and CI logs, then the status line, the reasons
// and the warnings. ASCII only.
QString allocationsTable(const AllocationsResult &result);

// A Markdown section for a graduation review: a checklist (>= N runs, every CV below the
// threshold, every baseline within the drift limit) and the per-detector table.
QString allocationsMarkdown(const AllocationsResult &result);

} // namespace gatehouse
