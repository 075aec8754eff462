#pragma once
// Rollout options shared by `rollout` and `report`.
#include "CliCommon.h"
#include "rollout/RolloutAnalysis.h"

namespace gatehouse::cli {

// --whitelist FILE and --today DATE (the thresholds are rules: RulesFromCli.h).
void addRolloutOptions(CommandLine &cl);
// Sets options.today from --today (default: today); false (usage error printed) when bad.
bool readRolloutDate(CommandLine &cl, RolloutOptions &options);
// --today as a date (default: today); nullopt after a usage error for a bad one.
std::optional<QDate> todayOption(CommandLine &cl);
// --whitelist FILE replaces a whitelist found in the sources; false when it is unusable.
bool applyWhitelistOption(CommandLine &cl, Dataset &dataset);

} // namespace gatehouse::cli
