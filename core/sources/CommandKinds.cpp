#include "CommandKinds.h"

namespace gatehouse {

const QList<CommandKinds> &commandKindTable()
{
    using K = ArtifactKind;
    static const QList<CommandKinds> table{
        // Allocations against the baseline; --propose-baseline starts from the old one.
        {QStringLiteral("bench"), {K::BenchCandidate, K::Baseline, K::RunMetadata, K::RunSidecar}},
        {QStringLiteral("install"), {K::InstallSeconds, K::RunMetadata, K::RunSidecar}},
        // The whitelist decides which unknown reasons are excused.
        {QStringLiteral("rollout"), {K::GateResult, K::Whitelist, K::RunMetadata, K::RunSidecar}},
        {QStringLiteral("whitelist effect"),
         {K::GateResult, K::Whitelist, K::RunMetadata, K::RunSidecar}},
        // Compares bench samples of two sets of runs; no baseline involved.
        {QStringLiteral("compare"), {K::BenchCandidate, K::RunMetadata, K::RunSidecar}},
    };
    return table;
}

ArtifactKindSet kindsForCommand(const QString &command)
{
    for (const CommandKinds &c : commandKindTable())
        if (c.command == command)
            return c.kinds;
    return ArtifactKindSet::all();
}

} // namespace gatehouse
