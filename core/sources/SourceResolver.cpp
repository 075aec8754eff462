#include "SourceResolver.h"

#include "ArtifactKind.h"
#include "FolderScanner.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace gatehouse {

namespace {

void addIssue(ParseIssues &issues, const QString &path, const QString &message,
              Severity severity = Severity::Error)
{
    issues.append({path, 0, message, severity});
}

} // namespace

QList<Source> resolveSources(const QStringList &given, ParseIssues &issues)
{
    QList<Source> sources;
    for (const QString &path : given) {
        if (path.trimmed().isEmpty()) {
            addIssue(issues, path, QStringLiteral("empty source path"));
            continue;
        }
        const QFileInfo info(path);
        if (!info.exists()) {
            addIssue(issues, path, QStringLiteral("source not found"));
            continue;
        }
        Source s;
        s.given = path;
        s.key =
            path.startsWith(QLatin1Char(':')) ? QDir::cleanPath(path) : info.canonicalFilePath();
        if (info.isDir()) {
            s.type = SourceType::Folder;
            s.base = s.key;
        } else if (info.isFile()) {
            s.type = classifyArtifact(info.fileName()) == ArtifactKind::Zip
                         ? SourceType::Zip
                         : SourceType::SingleFile;
            s.base = QFileInfo(s.key).path();
        } else {
            // A FIFO or device given by name: never opened, an open could block forever.
            addIssue(issues, path, QStringLiteral("source is not a folder, zip or regular file"));
            continue;
        }
        sources.append(s);
    }
    // Key order makes everything below independent of the order sources were given in.
    std::sort(sources.begin(), sources.end(),
              [](const Source &a, const Source &b) { return a.key < b.key; });
    sources.erase(std::unique(sources.begin(), sources.end(),
                              [](const Source &a, const Source &b) { return a.key == b.key; }),
                  sources.end());
    // A source inside another would be read twice and its bench samples counted twice.
    QList<Source> outermost;
    for (const Source &s : sources) {
        const auto outer = std::find_if(sources.cbegin(), sources.cend(), [&](const Source &o) {
            return o.type == SourceType::Folder && o.key != s.key && isInside(s.key, o.key);
        });
        if (outer != sources.cend())
            addIssue(issues, s.given,
                     QStringLiteral("skipped: already read as part of source %1").arg(outer->given),
                     Severity::Warning);
        else
            outermost.append(s);
    }
    return outermost;
}

} // namespace gatehouse
