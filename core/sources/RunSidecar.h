#pragma once
// OUT/.gatehouse/runs/<run_id>.json, written by `gatehouse-cli fetch` (SPEC §6): the run as
// the GitHub API describes it, and the folders that hold its artifacts. The artifacts
// themselves stay as CI uploaded them, so this is where fetched runs get their branch,
// conclusion and timestamp from. The run fields have the names metadata.json uses:
//   {"run_id": 9001, "run_number": 7, "run_attempt": 1, "head_branch": "main",
//    "head_sha": "…", "conclusion": "success", "created_at": "2026-01-05T10:00:00Z",
//    "html_url": "…", "workflow": "Bench", "workflow_path": ".github/workflows/bench.yml",
//    "artifacts": [{"artifact_id": 90010, "name": "bench-9001", "folder": "bench-9001"}]}
#include "common/ParseIssue.h"
#include "install/InstallTypes.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace gatehouse {

struct RunSidecar
{
    RunMetadata run;     // runId is never empty
    QStringList folders; // source-relative folders of the run's artifacts
};

// Whether a source-relative path is a sidecar: .gatehouse/runs/<name>.json at the root.
bool isRunSidecarPath(const QString &relativePath);

// nullopt with an Error issue naming path when the file is not a sidecar we can use. A
// missing run_id is taken from the file name; one that disagrees with it is a Warning.
std::optional<RunSidecar> parseRunSidecar(const QByteArray &data, const QString &path,
                                          ParseIssues &issues);

} // namespace gatehouse
