#pragma once
// Reader for the Go benchmark data format (`go test -bench . -benchmem -count N` output),
// with the edge cases of SPEC §2.1.
#include "BenchTypes.h"

#include <QIODevice>

namespace gatehouse {

struct GoBenchOptions
{
    // Lines longer than this are skipped with a warning instead of being parsed, so a
    // multi-megabyte log line cannot stall the reader.
    qint64 maxLineBytes = 1 << 20;
};

// Reads the whole device. `path` is the source-relative path used in issues.
GoBenchFile parseGoBench(QIODevice &device, const QString &path,
                         const GoBenchOptions &options = {});

} // namespace gatehouse
