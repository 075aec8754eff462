#pragma once
// Reads every artifact entry of one zip (and of zips inside it) in place, within caps that
// bound what a hostile or broken archive can make us read: bytes per entry, uncompressed
// bytes and entries per top-level zip (nested zips draw on the same allowance), and depth.
#include "ParsedFile.h"

namespace gatehouse {

struct ZipLimits
{
    qint64 maxFileBytes = 0;  // one entry
    qint64 maxTotalBytes = 0; // all entries read from one top-level zip, nested ones too
    qint64 maxEntries = 0;    // entries looked at in one top-level zip, nested ones too
    int maxNesting = 4;       // zip in a zip in a zip ... at most this deep
};

// absolutePath: the zip on disk or in Qt resources (":/..."). relativePath: its
// source-relative path, the prefix of every entry path ("a/b.zip" -> "a/b.zip/bench.txt").
// isSource: the zip is itself the source, so its top-level entries are at the source root.
// wanted: entries of other kinds are counted in out.filesSkippedByKind and never inflated
// (nested zips are always read: only their entries tell what they hold).
void readZip(const QString &absolutePath, const QString &relativePath, const QString &sourceKey,
             bool isSource, const ZipLimits &limits, TaskOutput &out,
             ArtifactKindSet wanted = ArtifactKindSet::all());

} // namespace gatehouse
