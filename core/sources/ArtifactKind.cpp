#include "ArtifactKind.h"

namespace gatehouse {

ArtifactKind classifyArtifact(const QString &fileName)
{
    // Exact names first: install_to_ready_seconds.txt would otherwise be a bench candidate.
    if (fileName == QLatin1String("install_to_ready_seconds.txt"))
        return ArtifactKind::InstallSeconds;
    if (fileName == QLatin1String("metadata.json"))
        return ArtifactKind::RunMetadata;
    if (fileName == QLatin1String("gate_result.json"))
        return ArtifactKind::GateResult;
    if (fileName == QLatin1String("unknown_whitelist.json"))
        return ArtifactKind::Whitelist;
    if (fileName == QLatin1String("baselines.json"))
        return ArtifactKind::Baseline;
    auto endsWith = [&](const char *suffix) {
        return fileName.endsWith(QLatin1String(suffix), Qt::CaseInsensitive) &&
               fileName.size() > static_cast<qsizetype>(qstrlen(suffix));
    };
    if (endsWith(".zip"))
        return ArtifactKind::Zip;
    if (endsWith(".txt") || endsWith(".out") || endsWith(".log"))
        return ArtifactKind::BenchCandidate;
    return ArtifactKind::Ignored;
}

QString artifactKindName(ArtifactKind kind)
{
    switch (kind) {
    case ArtifactKind::Ignored:
        return QStringLiteral("ignored");
    case ArtifactKind::BenchCandidate:
        return QStringLiteral("bench");
    case ArtifactKind::InstallSeconds:
        return QStringLiteral("install");
    case ArtifactKind::RunMetadata:
        return QStringLiteral("metadata");
    case ArtifactKind::GateResult:
        return QStringLiteral("gate");
    case ArtifactKind::Whitelist:
        return QStringLiteral("whitelist");
    case ArtifactKind::Baseline:
        return QStringLiteral("baseline");
    case ArtifactKind::Zip:
        return QStringLiteral("zip");
    case ArtifactKind::RunSidecar:
        return QStringLiteral("sidecar");
    }
    return QStringLiteral("?");
}

QString fileNameOf(const QString &relativePath)
{
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? relativePath : relativePath.mid(slash + 1);
}

QString parentOf(const QString &relativePath)
{
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : relativePath.left(slash);
}

} // namespace gatehouse
