#include "FolderScanner.h"

#include <QDirIterator>
#include <QFileInfo>

namespace gatehouse {

bool isInside(const QString &canonicalPath, const QString &root)
{
    if (canonicalPath == root)
        return true;
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    return canonicalPath.startsWith(prefix);
}

static void addIssue(FolderScan &scan, const QString &path, const QString &message,
                     Severity severity)
{
    scan.issues.append({path, 0, message, severity});
}

FolderScan scanFolder(const QString &root)
{
    FolderScan scan;
    // No FollowSymlinks: QDirIterator then never descends into a symlinked folder, which is
    // what keeps symlink loops from hanging the walk.
    QDirIterator it(root, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const qsizetype prefixLength = root.endsWith(QLatin1Char('/')) ? root.size() : root.size() + 1;
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = info.filePath().mid(prefixLength);

        if (info.isSymLink()) {
            // exists() follows the link: false when it dangles or loops (Qt then hands back
            // the link's own path as "canonical", so that alone cannot tell).
            const QString target = info.exists() ? info.canonicalFilePath() : QString();
            if (target.isEmpty())
                addIssue(scan, relative,
                         QStringLiteral("skipped: symlink whose target is missing or loops"),
                         Severity::Warning);
            else if (!isInside(target, root))
                addIssue(
                    scan, relative,
                    QStringLiteral("skipped: symlink leads out of the source (to %1)").arg(target),
                    Severity::Error);
            else
                ++scan.symlinksSkipped; // its target is read at its own path
            continue;
        }
        if (info.isDir())
            continue; // the iterator descends by itself
        if (!info.isFile()) {
            addIssue(scan, relative,
                     QStringLiteral("skipped: not a regular file (device, FIFO or socket)"),
                     Severity::Warning);
            continue;
        }

        const QString name = info.fileName();
        const ArtifactKind kind = classifyArtifact(name);
        const bool atRoot = !relative.contains(QLatin1Char('/'));
        if (kind != ArtifactKind::Zip)
            ++scan.filesSeen;
        if (kind == ArtifactKind::Ignored) {
            ++scan.filesIgnored;
            continue;
        }
        if (kind == ArtifactKind::Whitelist && !atRoot) {
            ++scan.filesIgnored;
            addIssue(scan, relative, QStringLiteral("ignored: not at the source root"),
                     Severity::Note);
            continue;
        }
        scan.files.append({info.filePath(), relative, info.size(), kind, atRoot});
    }
    return scan;
}

} // namespace gatehouse
