#include "GitHubTypes.h"

namespace gatehouse::github {

QString statusText(ArtifactStatus status)
{
    switch (status) {
    case ArtifactStatus::Queued:
        return QStringLiteral("queued");
    case ArtifactStatus::Downloading:
        return QStringLiteral("downloading");
    case ArtifactStatus::Downloaded:
        return QStringLiteral("downloaded");
    case ArtifactStatus::AlreadyStored:
        return QStringLiteral("already stored");
    case ArtifactStatus::Expired:
        return QStringLiteral("expired");
    case ArtifactStatus::Failed:
        return QStringLiteral("failed");
    case ArtifactStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

QString summaryLine(const FetchSummary &summary)
{
    QString line = QStringLiteral("runs listed %1, artifacts downloaded %2, skipped (already "
                                  "stored) %3, expired %4, failed %5")
                       .arg(summary.runsListed)
                       .arg(summary.downloaded)
                       .arg(summary.alreadyStored)
                       .arg(summary.expired)
                       .arg(summary.failed);
    if (summary.cancelled)
        line += QStringLiteral(", cancelled");
    return line;
}

} // namespace gatehouse::github
