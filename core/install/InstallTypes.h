#pragma once
// Install-to-Ready durations (SPEC §3) and the run metadata that accompanies artifacts.
#include "common/RunIdentity.h"
#include "common/SharedOptional.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace gatehouse {

// metadata.json beside an artifact (written by CI or by `gatehouse-cli fetch`).
struct RunMetadata
{
    QString runId;       // empty when absent
    QString headSha;
    QString headBranch;  // empty when absent
    QString conclusion;  // empty when absent
    QDateTime createdAt; // invalid when absent
    int runAttempt = 0;  // 0 when absent
    qint64 runNumber = 0;
    QString htmlUrl;
};

struct InstallRun
{
    RunIdentity identity;
    qint64 seconds = 0;
    SharedOptional<RunMetadata> metadata; // 16 bytes: most runs of a large load have none
};

} // namespace gatehouse
