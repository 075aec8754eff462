#pragma once
// A Dataset as bytes and back, exactly: every string (null or empty kept apart), every
// double bit for bit, timestamps with their time spec, JSON objects through CBOR (which
// keeps integers and doubles apart). What a history store keeps as a load snapshot
// (StoreSnapshot.h): decoding one is a copy of arrays, not a parse of 32,000 files.
//
// Strings go through a table, so the thousands of runs that share a source key, a unit
// or a machine share one QString after decoding too.
#include "Dataset.h"

#include <QByteArray>
#include <optional>

namespace gatehouse {

QByteArray encodeDataset(const Dataset &dataset);
// Nothing when the bytes are not a whole encoding of this format (cut short, damaged,
// another format version): the caller loads the usual way.
std::optional<Dataset> decodeDataset(const QByteArray &bytes);

} // namespace gatehouse
