#pragma once
// `install --compare-last N` (SPEC §10): the last N durations of the kept runs against the
// N before them, with the statistics of a compare row (medians with their intervals, the
// Mann-Whitney U test).
#include "compare/Comparison.h"

#include <optional>

namespace gatehouse {

struct InstallResult;

// nullopt when the series has N durations or fewer (nothing before the window).
std::optional<compare::CompareRow> installWindowComparison(const InstallResult &result, int n,
                                                           const compare::CompareOptions &options);

} // namespace gatehouse
