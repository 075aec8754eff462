#pragma once
// Allocations options shared by `bench` and `report`.
#include "CliCommon.h"
#include "bench/AllocationsAnalysis.h"

namespace gatehouse::cli {

// --baseline FILE (the thresholds are rules: RulesFromCli.h).
void addBenchOptions(CommandLine &cl);
// --baseline FILE replaces a baselines.json found in the sources.
bool applyBaselineOption(CommandLine &cl, Dataset &dataset);

} // namespace gatehouse::cli
