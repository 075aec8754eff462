#pragma once
// baselines.json: committed per-detector values (SPEC §2.3). Tolerated forms: a top-level
// object, or one under "detectors" or "benchmarks"; each value a number (allocs/op) or an
// object with "allocs_per_op"/"allocs/op", "B/op"/"bytes_per_op", "ns/op"/"ns_per_op"
// (other units by their own name). Keys may carry or omit "Benchmark" and "-P".
#include "common/ParseIssue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gatehouse {

// One detector entry of a baseline file, as written.
struct BaselineEntry
{
    QString key;      // as spelled in the file ("BenchmarkFoo-8", "Foo", ...)
    QString detector; // normalised: no "Benchmark", no -P
    QJsonValue value; // a number or an object
};

struct Baseline
{
    QJsonObject document; // the file as loaded, for proposing a new one in the same form
    QString wrapperKey;   // "", "detectors" or "benchmarks"
    // Committed value for a detector name (already normalised: no "Benchmark", no -P)
    // and a unit, when the baseline has one.
    std::optional<double> valueFor(const QString &detectorName, const QString &unit) const;

    // The detector entries in key order. In the top-level form, keys that start with a
    // lower-case letter or '$' ("version", "goos", "$schema") are metadata, not detectors:
    // no Go benchmark name can start that way once "Benchmark" is removed.
    QList<BaselineEntry> entries() const;
    // The object the entries live in (the document itself or its wrapper).
    QJsonObject entryObject() const;
};

// Field names that hold a unit's value inside an object entry, preferred spelling first:
// allocs/op -> allocs_per_op, allocs/op; B/op -> B/op, bytes_per_op; ns/op -> ns/op,
// ns_per_op; any other unit -> its own name.
QStringList baselineFieldsForUnit(const QString &unit);
// The unit a field of an object entry holds ("bytes_per_op" -> "B/op").
QString baselineUnitForField(const QString &field);

// Malformed JSON, a non-object document or a non-object wrapper is an Error and gives
// nullopt. A single unusable entry (a string, an object whose known unit fields are not
// numbers) is a Warning: the entry gives no value and the rest of the file is used.
std::optional<Baseline> parseBaseline(const QByteArray &data, const QString &path,
                                      ParseIssues &issues);

} // namespace gatehouse
