#pragma once
// baselines.json: committed per-detector values (SPEC §2.3). Tolerated forms: a top-level
// object, or one under "detectors" or "benchmarks"; each value a number (allocs/op) or an
// object with "allocs_per_op"/"allocs/op", "B/op"/"bytes_per_op", "ns/op"/"ns_per_op"
// (other units by their own name). Keys may carry or omit "Benchmark" and "-P".
#include "common/ParseIssue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace gatehouse {

struct Baseline
{
    QJsonObject document; // the file as loaded, for proposing a new one in the same form
    QString wrapperKey;   // "", "detectors" or "benchmarks"
    // Committed value for a detector name (already normalised: no "Benchmark", no -P)
    // and a unit, when the baseline has one.
    std::optional<double> valueFor(const QString &detectorName, const QString &unit) const;
};

std::optional<Baseline> parseBaseline(const QByteArray &data, const QString &path,
                                      ParseIssues &issues);

} // namespace gatehouse
