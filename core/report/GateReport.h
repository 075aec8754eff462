#pragma once
// All three gate analyses over one Dataset, and the files of a full report (SPEC §5
// `report`): CSVs, Markdown (rollout_series_v1.md and a graduation review ready to paste
// into a PR) and one JSON document. Shared by the CLI and the GUI.
#include "bench/AllocationsAnalysis.h"
#include "common/Translate.h"
#include "install/InstallAnalysis.h"
#include "report/ReportOptions.h"
#include "rollout/RolloutAnalysis.h"
#include "rules/GateRules.h"
#include "sources/Dataset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace gatehouse {

struct GateReport
{
    RuleSet rules; // the rules in force: every surface states them and their overrides
    AllocationsResult allocations;
    InstallResult install;
    RolloutResult rollout;
    compare::CompareResult comparison; // bench: the last N runs against the N before
    ParseIssues issues;
    LoadCounters counters;
};

// All three gates under the rules in force.
GateReport analyzeAll(const Dataset &dataset, const RuleSet &rules);
// With options built by hand (tests); the report states the built-in defaults as its rules.
GateReport analyzeAll(const Dataset &dataset, const ReportOptions &options);

// The same report, made from a dataset no one reads afterwards (the CLI's report without
// charts): each kind's runs are freed as soon as its gate is analysed, so the next gate's
// analysis and the report's files reuse that memory instead of adding to the peak (at 100k
// runs, a few tens of MB). On return the dataset's run lists are empty.
GateReport analyzeAllReleasing(Dataset &dataset, const ReportOptions &options);

// Which gates to (re)analyse: the GUI re-runs only the gate whose rule changed.
struct GateSelection
{
    bool allocations = true; // with the bench window comparison
    bool install = true;
    bool rollout = true;
};
// Re-runs the selected gates of `report` on `dataset`: the one place analyzeAll and the GUI
// session compute a gate, so they cannot drift apart.
void analyzeGates(GateReport &report, const Dataset &dataset, const ReportOptions &options,
                  const GateSelection &gates);

// "## Rules in force" for the Markdown review: the source and every override.
QString rulesMarkdown(const RuleSet &rules);
// Exit code of `report` and of any command judging several gates: 1 when a gate whose mode
// (rules) is hard FAILs, 2 when no gate has data, else 0.
int reportExitCode(const GateReport &report);

// The review checklist of all three gates with their numbers, in `language` (numbers,
// ids, file names and status words such as PASS stay as they are in CSV and JSON).
QByteArray graduationReviewMarkdown(const GateReport &report,
                                    Language language = Language::English);
// {"rules": …, "bench": …, "install": …, "rollout": …, "issues": [{path, line, severity,
// message}]}; each gate's object carries "rules" too.
QJsonObject reportToJson(const GateReport &report);
// path,line,severity,message
QByteArray parseIssuesCsv(const ParseIssues &issues);

// (file name, bytes) of every report file, in a fixed order.
// The two Markdown files are written in `language`, every other file in English.
QList<QPair<QString, QByteArray>> reportFiles(const GateReport &report,
                                              Language language = Language::English);
// Writes every report file into dir atomically; on failure returns false with *error.
bool writeReport(const GateReport &report, const QString &dir, QStringList *written, QString *error,
                 Language language = Language::English);

} // namespace gatehouse
