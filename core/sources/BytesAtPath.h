#pragma once
// The per-file entry point for bytes that did not come from a walk of their own: "parse
// these bytes as the file at source-relative path P". It decides the kind and the skips
// exactly as the folder walk (FolderScanner) and the zip walk (ZipWalker) do for a file at
// that path — so a history store, which keeps files byte for byte under their paths,
// loads into the same ParsedFiles as the folder it was ingested from.
#include "ParsedFile.h"

namespace gatehouse {

// path: '/'-separated; a component ending in ".zip" before the file name means a zip
// entry (a zip's entries are judged by name alone, .gatehouse/ included). atRoot: where
// the walk met the file at the source root (decides whether a whitelist is used).
void parseBytesAtPath(const QByteArray &data, const QString &path, bool atRoot,
                      const QString &sourceKey, ArtifactKindSet wanted, TaskOutput &out);

} // namespace gatehouse
