#pragma once
// Allocations options shared by `bench` and `report`.
#include "CliCommon.h"
#include "bench/AllocationsAnalysis.h"

namespace gatehouse::cli {

void addBenchOptions(CommandLine &cl);
bool readBenchOptions(CommandLine &cl, AllocationsOptions &options);
// --baseline FILE replaces a baselines.json found in the sources.
bool applyBaselineOption(CommandLine &cl, Dataset &dataset);

} // namespace gatehouse::cli
