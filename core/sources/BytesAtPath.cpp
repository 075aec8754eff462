#include "BytesAtPath.h"

#include "OpenedFiles.h"

namespace gatehouse {

namespace {

bool isZipEntryPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        if (parts.at(i).endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

void parseBytesAtPath(const QByteArray &data, const QString &path, bool atRoot,
                      const QString &sourceKey, ArtifactKindSet wanted, TaskOutput &out)
{
    ArtifactKind kind = classifyArtifact(fileNameOf(path));
    if (!isZipEntryPath(path) && path.startsWith(QLatin1String(".gatehouse/")))
        kind = isRunSidecarPath(path) ? ArtifactKind::RunSidecar : ArtifactKind::Ignored;
    ++out.filesSeen;
    if (kind == ArtifactKind::Ignored || kind == ArtifactKind::Zip) {
        ++out.filesIgnored;
        return;
    }
    if (!wanted.contains(kind)) {
        ++out.filesSkippedByKind;
        return;
    }
    if (kind == ArtifactKind::Whitelist && !atRoot) {
        ++out.filesIgnored;
        out.issues.append(
            {path, 0, QStringLiteral("ignored: not at the source root"), Severity::Note});
        return;
    }
    noteOpened(kind);
    ParsedFile file;
    file.path = path;
    file.sourceKey = sourceKey;
    file.kind = kind;
    file.atRoot = atRoot;
    parseArtifactBytes(data, std::move(file), out);
}

} // namespace gatehouse
