#pragma once
// Install-duration gate (SPEC §3): the median of the last N install-to-Ready durations of
// successful main-branch runs against a budget, plus the chart series with a rolling
// median.
#include "InstallTypes.h"
#include "changes/SeriesChanges.h"
#include "common/GateStatus.h"
#include "verdict/GateChecks.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

struct InstallOptions
{
    int runs = 10;              // N: the window of the median and of the rolling median
    double budgetSeconds = 300; // PASS when median <= budget
    QString branch = QStringLiteral("main");        // "*" or empty = any branch
    QString conclusion = QStringLiteral("success"); // "*" or empty = any conclusion
    changes::ChangePointOptions changePoints;       // SPEC §9, on every kept duration
};

// One kept run (it passed the branch and conclusion filters) on the chart.
struct InstallPoint
{
    QString runId;
    QDateTime timestamp; // invalid when the run has no created_at
    RelativePath path;   // source-relative path of install_to_ready_seconds.txt
    qint64 seconds = 0;
    bool overBudget = false;    // seconds > budget
    bool used = false;          // one of the last N kept runs: part of the gate median
    bool branchUnknown = false; // no metadata, or metadata without head_branch
    bool conclusionUnknown = false;
    QString branch;     // empty when unknown
    QString conclusion; // empty when unknown
    QString headSha;
    QString htmlUrl;
    double rollingMedian = 0; // median of the window of N runs ending here (inclusive)
    int rollingWindow = 0;    // runs in that window (fewer than N at the start)
};

// A run the filters left out, and why.
struct InstallExclusion
{
    QString runId;
    RelativePath path;
    qint64 seconds = 0;
    QString branch;
    QString conclusion;
    QString reason; // "branch feature-x, not main", "conclusion failure, not success"
};

struct InstallResult
{
    InstallOptions options;
    GateStatus status = GateStatus::NoData; // statusFromChecks(checks), SPEC §8
    GateChecks checks;                      // runs, median
    QList<InstallPoint> series;             // every kept run, in run order
    QList<InstallExclusion> excluded;       // in run order
    int runsUsed = 0;                       // the last min(N, kept) runs of the series
    double median = 0;                      // of the used runs; meaningless when runsUsed == 0
    int branchUnknownUsed = 0;              // used runs flagged "branch unknown"
    QStringList warnings;                   // e.g. "need ≥ 10 runs (have 4)"
    QStringList reasons;                    // plain-language explanation of the status
    changes::SeriesChangePoints changes;    // SPEC §9: every kept run's duration, in run order

    bool hasMedian() const { return runsUsed > 0; }
    QList<InstallPoint> usedPoints() const;
};

// runsInOrder: the loaded runs (Dataset::installRuns). The kept runs are put in run order
// again, since dropping runs can make timestamp order apply where it did not before.
InstallResult analyzeInstall(const QList<InstallRun> &runsInOrder, const InstallOptions &options);

// SPEC §8: runs (>= N successful runs after the filters), median (<= budget). The one
// place that decides them; keptRuns = runs left after the filters.
GateChecks installChecks(const InstallResult &result, int keptRuns);
// The result's reasons in words, rendered again in this thread's report language.
QStringList installReasons(const InstallResult &result);

// "main" / "any branch"; "success" / "any conclusion": for messages and reports.
QString describeBranchFilter(const InstallOptions &options);
QString describeConclusionFilter(const InstallOptions &options);

} // namespace gatehouse
