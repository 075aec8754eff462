#pragma once
// gate_result.json reader (SPEC §4.1): strict, a file is read whole or not at all.
#include "RolloutTypes.h"
#include "common/ParseIssue.h"

#include <QByteArray>
#include <optional>

namespace gatehouse {

// On success returns the run with identity.runId set from the JSON "run_id" (empty when
// absent; the loader then derives it from the path), identity.timestamp from "timestamp"
// or "created_at", identity.path = path. Any broken rule adds one Error issue naming
// the field and returns nullopt.
std::optional<GateRun> parseGateResult(const QByteArray &data, const QString &path,
                                       ParseIssues &issues);

} // namespace gatehouse
