#pragma once
// Install-duration gate outputs: CSV of the chart series, the CLI JSON document (SPEC §5),
// the terminal table, and a Markdown checklist for the graduation PR.
#include "InstallAnalysis.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace gatehouse {

// Header run_id,timestamp,seconds,branch,conclusion,head_sha,rolling_median,over_budget,used
// and one row per kept run in run order; over_budget and used are 1/0.
QByteArray installCsv(const InstallResult &result);

// "status", "runs" (used), "median" (null without data), "budget", "durations"
// [{"run_id","seconds"}] for the used runs in run order; plus "window", "branch",
// "conclusion", "excluded", "branch_unknown", "warnings", "reasons".
QJsonObject installToJson(const InstallResult &result);

// Per kept run: run id, time, branch, seconds, over-budget mark; then the summary line
// "median 245 s ≤ budget 300 s over the last 10 runs: PASS" and any warnings.
QString installTable(const InstallResult &result);

// "## Install-duration gate" with a - [x] / - [ ] checklist, ready to paste into a PR.
QString installMarkdown(const InstallResult &result);

// The one-line verdict used by the table and the GUI.
QString installSummaryLine(const InstallResult &result);

} // namespace gatehouse
