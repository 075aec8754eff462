#pragma once
// Reader for the Go benchmark data format (`go test -bench . -benchmem -count N` output),
// with the edge cases of SPEC §2.1.
#include "BenchTypes.h"

#include <QByteArrayView>
#include <QIODevice>

namespace gatehouse {

struct GoBenchOptions
{
    // Lines longer than this are skipped with a warning instead of being parsed, so a
    // multi-megabyte log line cannot stall the reader.
    qint64 maxLineBytes = 1 << 20;
    // Line-level warnings listed per file before the rest are summarised in one line, so
    // a file of broken lines cannot flood the issue list.
    int maxLineWarnings = 50;
};

// Reads the whole device. `path` is the source-relative path used in issues.
GoBenchFile parseGoBench(QIODevice &device, const QString &path,
                         const GoBenchOptions &options = {});
// Same for bytes already in memory (a file read whole, a zip entry): no copy is made.
GoBenchFile parseGoBench(QByteArrayView data, const QString &path,
                         const GoBenchOptions &options = {});

// Detector name of a benchmark name or baseline key: "Benchmark" prefix (when followed by
// the end or a non-lowercase character) and a trailing "-<digits>" (GOMAXPROCS) removed,
// sub-benchmark "/" parts kept. "BenchmarkParse/Decimal-8" -> "Parse/Decimal".
QString detectorNameFromBenchmark(const QString &benchmarkName);

// Two machines conflict when some field is set on both and differs; an empty field is
// "unknown" (older Go prints no cpu line) and matches anything.
bool machinesConflict(const MachineInfo &a, const MachineInfo &b);
// "linux/amd64 AMD EPYC", with "?" for unknown fields.
QString describeMachine(const MachineInfo &machine);

} // namespace gatehouse
