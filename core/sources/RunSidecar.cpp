#include "RunSidecar.h"

#include "ArtifactKind.h"
#include "install/InstallParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gatehouse {

namespace {

constexpr char kRunsPrefix[] = ".gatehouse/runs/";

void addIssue(ParseIssues &issues, const QString &path, const QString &message, Severity severity)
{
    issues.append({path, 0, message, severity});
}

} // namespace

bool isRunSidecarPath(const QString &relativePath)
{
    if (!relativePath.startsWith(QLatin1String(kRunsPrefix)))
        return false;
    const QString name = relativePath.mid(qstrlen(kRunsPrefix));
    return !name.contains(QLatin1Char('/')) && name.endsWith(QLatin1String(".json")) &&
           name.size() > 5;
}

std::optional<RunSidecar> parseRunSidecar(const QByteArray &data, const QString &path,
                                          ParseIssues &issues)
{
    // The run fields are those of metadata.json, read by the same parser: one set of rules
    // for what a branch, a conclusion or a timestamp may look like.
    std::optional<RunMetadata> run = parseRunMetadata(data, path, issues);
    if (!run)
        return std::nullopt;
    const QJsonObject obj = QJsonDocument::fromJson(data).object();
    QString stem = fileNameOf(path);
    stem.chop(5); // ".json"
    if (run->runId.isEmpty()) {
        run->runId = stem;
    } else if (run->runId != stem) {
        addIssue(
            issues, path,
            QStringLiteral("run_id %1 differs from the file name; run %1 is used").arg(run->runId),
            Severity::Warning);
    }
    RunSidecar sidecar;
    sidecar.run = std::move(*run);
    const QJsonValue artifacts = obj.value(QLatin1String("artifacts"));
    if (!artifacts.isUndefined() && !artifacts.isArray()) {
        addIssue(issues, path, QStringLiteral("\"artifacts\" must be a list"), Severity::Error);
        return std::nullopt;
    }
    for (const QJsonValue &entry : artifacts.toArray()) {
        const QString folder = entry.toObject().value(QLatin1String("folder")).toString();
        // A folder is one name in the fetch's output folder, nothing that could point
        // elsewhere.
        if (folder.isEmpty() || folder.contains(QLatin1Char('/')) || folder == QLatin1String(".") ||
            folder == QLatin1String("..")) {
            addIssue(issues, path,
                     QStringLiteral("ignored an artifact entry without a usable \"folder\""),
                     Severity::Warning);
            continue;
        }
        sidecar.folders.append(folder);
    }
    return sidecar;
}

} // namespace gatehouse
