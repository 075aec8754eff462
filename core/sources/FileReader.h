#pragma once
// Reads one artifact file from disk (or from Qt resources) and parses it into a TaskOutput.
// Small files, nearly every CI artifact, cost open + fstat + one read + close and reuse
// a per-thread buffer, so tens of thousands of them create no allocator churn; a large
// bench log is streamed instead of being held whole.
#include "FolderScanner.h"
#include "ParsedFile.h"

namespace gatehouse {

// Where to open a file on disk: its absolute path, or a name in a folder that is open
// (FolderFileVisitor), which spares the lookup of every component of the path.
struct FileLocation
{
    int folderFd = -1;          // an open folder, or -1: open file.absolutePath
    const char *name = nullptr; // with folderFd: the file's name in it
};

// maxBytes: files larger than this are skipped with an issue, never read.
void readArtifactFile(const SourceFile &file, const QString &sourceKey, qint64 maxBytes,
                      TaskOutput &out, FileLocation at = {});

} // namespace gatehouse
