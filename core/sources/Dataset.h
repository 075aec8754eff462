#pragma once
// Everything loaded from the sources: parsed runs per artifact kind, the optional
// whitelist and baseline, and every parse issue. Analyses read this; nothing in it
// depends on file order on disk, thread timing, or the order sources were given in.
#include "bench/Baseline.h"
#include "bench/BenchTypes.h"
#include "common/FileState.h"
#include "common/ParseIssue.h"
#include "install/InstallTypes.h"
#include "rollout/RolloutTypes.h"

#include <optional>

namespace gatehouse {

struct LoadCounters
{
    int filesSeen = 0;          // regular files met while scanning (zip entries included)
    int filesUsed = 0;          // files that produced data
    int filesIgnored = 0;       // files of no artifact kind (e.g. a .txt without benchmarks)
    int zipsRead = 0;           // zip files opened, nested ones included
    int symlinksSkipped = 0;    // symlinks inside a source: skipped, their target is read at
                                // its own path so nothing is counted twice
    int filesSkippedByKind = 0; // of an artifact kind the load did not ask for (LoadOptions::
                                // kinds): never opened, so they raise no parse issue
    int filesReused = 0;        // files taken from the cache without being opened
    int storesFailed = 0;       // history stores not read in full: what came of them is partial
};

struct Dataset
{
    QList<BenchRun> benchRuns;     // sorted in run order
    QList<InstallRun> installRuns; // sorted in run order, one per run id
    QList<GateRun> gateRuns;       // sorted in run order, one per run id
    std::optional<Whitelist> whitelist;
    // Absolute location of the file found, read or not (see whitelistFile); not writable
    // inside a zip or ":/" resource.
    QString whitelistPath;
    std::optional<Baseline> baseline;
    QString baselinePath; // absolute location, as whitelistPath
    // Whether each was found and read (SPEC §8): an unreadable file is never "none". The
    // path here is the source-relative one, as parse issues name it.
    FileState whitelistFile;
    FileState baselineFile;
    ParseIssues issues; // sorted
    LoadCounters counters;
};

} // namespace gatehouse
