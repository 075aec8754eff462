#pragma once
// Re-baselining (SPEC §2.3): a new baselines.json from the selected runs (the median per
// detector), written in the form of the committed file, with a readable diff.
#include "AllocationsAnalysis.h"
#include "Baseline.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace gatehouse {

enum class BaselineChangeKind
{
    Changed,   // the detector's value moves
    Unchanged, // the median equals the committed value
    Added,     // a detector the baseline did not have
    Kept       // in the baseline but without samples in the selected runs: left as it was
};

struct BaselineChange
{
    QString detector; // normalised name
    QString key;      // the key as written in the proposed file
    std::optional<double> oldValue;
    std::optional<double> newValue;
    BaselineChangeKind kind = BaselineChangeKind::Unchanged;
};

struct BaselineProposal
{
    QString metric;
    QByteArray json;               // the proposed file, byte for byte
    QList<BaselineChange> changes; // sorted by detector
    int count(BaselineChangeKind kind) const;
};

// Same wrapper key, same key spelling for known detectors, number or object form kept per
// entry, other fields of object entries kept; new detectors follow the file's majority
// (prefix, -P suffix, number vs object, field spelling). Detectors of the baseline that
// have no samples in the selected runs are kept unchanged, never dropped. Without a
// loaded baseline: a plain top-level object, name -> number (allocs/op) or
// name -> {"<field>": number} for other metrics.
BaselineProposal proposeBaseline(const AllocationsResult &result,
                                 const std::optional<Baseline> &current);

// Per detector: "old -> new", added, unchanged or kept; then a one-line summary.
QString baselineDiffText(const BaselineProposal &proposal);

// Writes proposal.json atomically (QSaveFile).
bool saveBaselineProposal(const BaselineProposal &proposal, const QString &path,
                          QString *error = nullptr);

// Deterministic JSON text: keys sorted, 2-space indent, numbers in shortest round-trip
// plain notation, UTF-8, trailing newline.
QByteArray toDeterministicJson(const QJsonValue &value);

} // namespace gatehouse
