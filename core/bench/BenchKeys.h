#pragma once
// Detector keys, machines and one parsed Go benchmark file (SPEC §2.1).
#include "common/ParseIssue.h"
#include "common/RunIdentity.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVector>
#include <tuple>

namespace gatehouse {

// A detector is keyed by (pkg, name); name has the "Benchmark" prefix and the trailing
// -P (GOMAXPROCS) suffix removed, sub-benchmark "/" parts kept.
struct DetectorKey
{
    QString pkg;
    QString name;
    bool operator<(const DetectorKey &o) const
    {
        return std::tie(pkg, name) < std::tie(o.pkg, o.name);
    }
    bool operator==(const DetectorKey &o) const { return pkg == o.pkg && name == o.name; }
    bool operator!=(const DetectorKey &o) const { return !(*this == o); }
};

// The machine a benchmark line ran on, from the goos/goarch/cpu configuration lines.
struct MachineInfo
{
    QString goos;
    QString goarch;
    QString cpu;
    bool operator<(const MachineInfo &o) const
    {
        return std::tie(goos, goarch, cpu) < std::tie(o.goos, o.goarch, o.cpu);
    }
    bool operator==(const MachineInfo &o) const
    {
        return goos == o.goos && goarch == o.goarch && cpu == o.cpu;
    }
};

// unit ("allocs/op", "B/op", "ns/op", "MB/s", ...) -> samples in file order
using UnitSamples = QMap<QString, QVector<double>>;

// What one benchmark output file holds.
struct GoBenchFile
{
    QMap<DetectorKey, UnitSamples> samples;
    QMap<DetectorKey, int> failures; // result lines cut by "--- FAIL" per detector
    QList<MachineInfo> machines;     // distinct machines, sorted
    int resultLines = 0;             // benchmark result lines accepted
    ParseIssues issues;
    // A file is a benchmark artifact when it holds at least one benchmark line
    // (a result or a failed one).
    bool isBenchmarkOutput() const { return resultLines > 0 || !failures.isEmpty(); }
};

} // namespace gatehouse
