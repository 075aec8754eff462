#pragma once
// Loads every source (folders scanned recursively, zip files read in place, several at
// once) into a Dataset (SPEC §1). Files are parsed in parallel with QtConcurrent; the
// result does not depend on thread timing or on the order of the sources.
#include "ArtifactKind.h"
#include "Dataset.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace gatehouse {

class LoadCache;

struct LoadOptions
{
    QStringList sources;                                // folders, .zip files, ":/..." resources
    qint64 maxFileBytes = 256ll * 1024 * 1024;          // one file (or zip entry) at most
    qint64 maxZipTotalBytes = 4ll * 1024 * 1024 * 1024; // uncompressed, per zip
    int maxZipEntries = 200000;
    // Kinds to read (CommandKinds.h): files and zip entries of other kinds are skipped
    // without being opened. Every kind by default: the GUI and `report` need them all.
    ArtifactKindSet kinds = ArtifactKindSet::all();
    // Called as parts of the load finish (done of total parts, each a small batch of files
    // or folders); returning false cancels the load.
    std::function<bool(int done, int total)> progress;
    std::shared_ptr<LoadCache> cache;
};

// Returns what could be loaded; *cancelled is set when progress asked to stop.
Dataset loadSources(const LoadOptions &options, bool *cancelled = nullptr);

// The embedded demo artifact set, usable as a source.
QString demoSourcePath();

} // namespace gatehouse
