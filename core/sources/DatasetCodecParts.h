#pragma once
// The pieces of a Dataset encoding that DatasetCodec.cpp's runs and sample stores share
// with the rest (DatasetCodecParts.cpp): times, JSON, identities, detector keys, and the
// install runs, gate runs, whitelist, baseline, issues and counters.
#include "Dataset.h"
#include "DatasetCodecIo.h"

namespace gatehouse::codec {

// The fewest bytes each item takes encoded (a string: its 4-byte id; a time: its valid
// flag): a count of more items than the bytes left could hold is damage, so a damaged or
// crafted snapshot can make the decoder allocate little more than its own size.
constexpr qsizetype kMinString = 4, kMinTime = 1;
constexpr qsizetype kMinKey = 2 * kMinString;
constexpr qsizetype kMinIdentity = 3 * kMinString + kMinTime;
constexpr qsizetype kMinMachine = 3 * kMinString;
constexpr qsizetype kMinColumn = 4 + 4 + 1 + 4 + 4;
constexpr qsizetype kMinStore = 4 + 4 + 8 + 4;
constexpr qsizetype kMinBenchRun = kMinIdentity + 4 + 4 + 4 + 4 + 8;
constexpr qsizetype kMinInstallRun = kMinIdentity + 8 + 1;
constexpr qsizetype kMinGateRun = kMinIdentity + 2 * kMinString + 8 + 4 + 4;
constexpr qsizetype kMinClass = 5 * kMinString + 4;
constexpr qsizetype kMinIssue = kMinString + 4 + kMinString + 4;

void putTime(Writer &w, const QDateTime &t);
bool getTime(Reader &r, QDateTime &t);
void putIdentity(Writer &w, const RunIdentity &id);
bool getIdentity(Reader &r, RunIdentity &id);
void putKey(Writer &w, const DetectorKey &k);
bool getKey(Reader &r, DetectorKey &k);
// Everything of a Dataset but its bench runs, in field order.
void putOthers(Writer &w, const Dataset &d);
bool getOthers(Reader &r, Dataset &d);

} // namespace gatehouse::codec
