#pragma once
// Load snapshots of a history store (docs/history.md, "Load snapshots"): a load whose only
// source is one store keeps what it made of the store's files — the whole Dataset,
// encoded by DatasetCodec — in the store itself, and the next load with the same options
// decodes that instead of parsing every stored file again, when nothing it would read
// has changed.
//
// Checked by content, not by time: a snapshot is used only when the artifact versions the
// load would read have the digest it was made from (HistoryStore::Versions: stored
// artifacts never change, so equal digests read equal bytes), and when it was written by
// this very build (a fingerprint of every core source and the Qt version), with the same
// kinds, units, limits and filter. Anything else is a miss, and the load parses as
// always; so is a snapshot that does not decode. It is a cache: writing one may fail (a
// read-only store, a role that may only SELECT) without the load noticing.
#include "Dataset.h"
#include "Loader.h"

#include <optional>

namespace gatehouse {

// The store text when it is the load's only source.
std::optional<QString> onlyStoreSource(const LoadOptions &options);

// The snapshot's Dataset when one applies; nothing otherwise (also when the store cannot
// be opened: the load that follows reports that).
std::optional<Dataset> loadStoreSnapshot(const QString &store, const LoadOptions &options);

// Keeps dataset as the snapshot of a load that read the versions of digest in full.
void saveStoreSnapshot(const QString &store, const LoadOptions &options, const QString &digest,
                       const Dataset &dataset);

// Test hook: snapshots used and written in this process.
struct SnapshotCounts
{
    int used = 0;
    int written = 0;
};
SnapshotCounts snapshotCounts();
void resetSnapshotCounts();

} // namespace gatehouse
