#pragma once
// Rollout options shared by `rollout` and `report`.
#include "CliCommon.h"
#include "rollout/RolloutAnalysis.h"

namespace gatehouse::cli {

void addRolloutOptions(CommandLine &cl);
// False (usage error printed) when a value is bad.
bool readRolloutOptions(CommandLine &cl, RolloutOptions &options);
// --whitelist FILE replaces a whitelist found in the sources; false when it is unusable.
bool applyWhitelistOption(CommandLine &cl, Dataset &dataset);

} // namespace gatehouse::cli
