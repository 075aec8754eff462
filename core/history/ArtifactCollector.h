#pragma once
// Turns sources (folders, zips, single files, as the loader reads them) into the artifacts
// the history store keeps: every file of an artifact kind, byte for byte, with its
// source-relative path — zip entries expanded under "x.zip/entry", exactly the paths the
// loader gives them — grouped by artifact (top-level folder or zip; a file at the root, or
// a run sidecar under .gatehouse/, is an artifact of its own). Each artifact gets its run id
// and run fields as the loader would resolve them (own metadata.json or gate_result.json,
// then the run sidecar, then the digits of its name), for the store's key and filters.
#include "StoredArtifact.h"
#include "common/ParseIssue.h"

#include <QStringList>
#include <functional>

namespace gatehouse {

// sink gets each artifact in name order, one at a time (only one is held in memory);
// returning false stops. Artifacts that cannot be read whole (a file unreadable, a broken
// zip) are not handed over: their problem is an Error in issues, *failed counts them.
// Returns false when a source does not exist.
bool collectArtifacts(const QStringList &sources,
                      const std::function<bool(StoredArtifact &&)> &sink, ParseIssues &issues,
                      int *failed);

} // namespace gatehouse
