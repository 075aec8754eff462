#pragma once
// The options of the three gate analyses together: what a RuleSet (rules/GateRules.h)
// turns into, and what analyzeAll (GateReport.h) runs with.
#include "bench/AllocationsAnalysis.h"
#include "compare/Comparison.h"
#include "install/InstallAnalysis.h"
#include "rollout/RolloutAnalysis.h"

namespace gatehouse {

struct ReportOptions
{
    AllocationsOptions allocations;
    InstallOptions install;
    RolloutOptions rollout;
    compare::CompareOptions compare; // the report's bench window comparison (SPEC §10)
};

} // namespace gatehouse
