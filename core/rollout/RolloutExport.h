#pragma once
// Everything the rollout analysis writes out: rollout_series.csv (SPEC §4.4), the class
// frequency CSV, the rollout_series_v1.md report (§4.5), the CLI's JSON document (§5),
// the terminal table, and the graduation checklist section for the combined report.
// All outputs are deterministic functions of the result: same inputs, same bytes.
#include "RolloutAnalysis.h"
#include "common/Translate.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace gatehouse {

// rollout_series.csv, one row per run in the result's row order:
// run_id,timestamp,policy_hash,outcome,unknown_rate,top_reasons,primary_reason,class,spike
QByteArray rolloutSeriesCsv(const RolloutResult &result);

// policy_hash,reason,runs,spikes,fails,whitelisted,stale — policies in result order,
// reasons sorted; whitelisted and stale as yes/no.
QByteArray classFrequencyCsv(const RolloutResult &result);

// rollout_series_v1.md: per-policy min/median/max, class frequency table, spikes by
// primary reason, whitelist classes, RD, RR, and the WARN-phase preview.
QByteArray rolloutReportMarkdown(const RolloutResult &result,
                                 Language language = Language::English);

// The `rollout --json` document (SPEC §5) plus detail keys (readiness, counts, reasons).
QJsonObject rolloutToJson(const RolloutResult &result);

// Human terminal output: per-policy table, RD / RR / WARN preview lines, top spike reasons,
// stale whitelist classes.
QString rolloutTable(const RolloutResult &result);

// A short Markdown checklist for the COMMENT -> WARN decision (≥ readinessTarget runs,
// FP rate with whitelist at most acceptableFpRate, no stale whitelist classes), with the
// numbers behind each box.
QString rolloutMarkdownSection(const RolloutResult &result);

// Shared text helpers (also used by the GUI): a value rounded to `decimals` and printed
// with the shortest digits (0.15, not 0.15000000000000002 or 0.1500); empty for NaN.
QString roundedNumber(double value, int decimals = 4);
// A p-value for people: "0.042", "3e-11" (locale-independent).
QString pvalueText(double p);
// "+0.045 [+0.007, +0.088]" (signed) or "4.00 [1.15, 13.96]"; empty when undefined.
QString formatEstimate(const stats::Estimate &estimate, int decimals, bool showSign);

} // namespace gatehouse
