#pragma once
// All three gate analyses over one Dataset, and the files of a full report (SPEC §5
// `report`): CSVs, Markdown (rollout_series_v1.md and a graduation review ready to paste
// into a PR) and one JSON document. Shared by the CLI and the GUI.
#include "bench/AllocationsAnalysis.h"
#include "install/InstallAnalysis.h"
#include "rollout/RolloutAnalysis.h"
#include "sources/Dataset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace gatehouse {

struct ReportOptions
{
    AllocationsOptions allocations;
    InstallOptions install;
    RolloutOptions rollout;
};

struct GateReport
{
    AllocationsResult allocations;
    InstallResult install;
    RolloutResult rollout;
    ParseIssues issues;
    LoadCounters counters;
};

GateReport analyzeAll(const Dataset &dataset, const ReportOptions &options);

// The review checklist of all three gates with their numbers.
QByteArray graduationReviewMarkdown(const GateReport &report);
// {"bench": …, "install": …, "rollout": …, "issues": [{path, line, severity, message}]}
QJsonObject reportToJson(const GateReport &report);
// path,line,severity,message
QByteArray parseIssuesCsv(const ParseIssues &issues);

// (file name, bytes) of every report file, in a fixed order.
QList<QPair<QString, QByteArray>> reportFiles(const GateReport &report);
// Writes every report file into dir atomically; on failure returns false with *error.
bool writeReport(const GateReport &report, const QString &dir, QStringList *written,
                 QString *error);

} // namespace gatehouse
