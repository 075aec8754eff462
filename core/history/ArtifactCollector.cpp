#include "ArtifactCollector.h"

#include "common/RunIdentity.h"
#include "sources/FolderScanner.h"
#include "sources/ParsedFile.h"
#include "sources/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

namespace gatehouse {

namespace {

constexpr qint64 kMaxFileBytes = 256ll * 1024 * 1024; // the loader's own per-file cap
constexpr int kMaxZipNesting = 4;

struct RunInfo
{
    RunMetadata run;
    QString workflow;
};

struct Collector
{
    QString sourceKey;
    bool zipIsSource = false;
    ParseIssues &issues;
    QHash<QString, QString> runOfFolder; // from the sidecars
    QHash<QString, RunInfo> runs;        // run id -> sidecar

    void error(const QString &path, const QString &message)
    {
        issues.append({path, 0, message, Severity::Error});
    }

    std::optional<QByteArray> readFile(const SourceFile &f)
    {
        QFile file(f.absolutePath);
        if (!file.open(QIODevice::ReadOnly)) {
            error(f.relativePath, QStringLiteral("cannot read: %1").arg(file.errorString()));
            return std::nullopt;
        }
        if (file.size() > kMaxFileBytes) {
            error(f.relativePath, QStringLiteral("skipped: more than %1 bytes").arg(kMaxFileBytes));
            return std::nullopt;
        }
        return file.readAll();
    }

    static StoredFile stored(const QString &path, bool atRoot, QByteArray &&content)
    {
        StoredFile f{path, atRoot, std::move(content), QString()};
        f.sha256 = sha256Hex(f.content);
        return f;
    }

    bool expandZip(const ZipArchive &archive, const QString &zipPath, bool rootLevel, int depth,
                   QList<StoredFile> &out)
    {
        for (qint64 i = 0; i < archive.entryCount(); ++i) {
            const ZipEntry entry = archive.entry(i);
            if (!entry.problem.isEmpty()) {
                error(zipPath, entry.problem);
                return false;
            }
            if (entry.isDirectory)
                continue;
            const ArtifactKind kind = classifyArtifact(fileNameOf(entry.name));
            if (kind == ArtifactKind::Ignored)
                continue;
            const QString path = zipPath + QLatin1Char('/') + entry.name;
            QString problem;
            std::optional<QByteArray> data = archive.read(i, kMaxFileBytes, &problem);
            if (!data) {
                error(path, problem);
                return false;
            }
            if (kind == ArtifactKind::Zip) {
                ZipArchive inner;
                if (depth >= kMaxZipNesting || !inner.openBuffer(*data, &problem)) {
                    error(path,
                          problem.isEmpty() ? QStringLiteral("zip nested too deep") : problem);
                    return false;
                }
                if (!expandZip(inner, path, false, depth + 1, out))
                    return false;
                continue;
            }
            out.append(stored(path, rootLevel && !entry.name.contains(QLatin1Char('/')),
                              std::move(*data)));
        }
        return true;
    }

    bool readInto(const SourceFile &f, QList<StoredFile> &out)
    {
        if (f.kind == ArtifactKind::Zip) {
            ZipArchive archive;
            QString problem;
            if (!archive.openFile(f.absolutePath, &problem)) {
                error(f.relativePath, problem);
                return false;
            }
            return expandZip(archive, f.relativePath, zipIsSource, 1, out);
        }
        std::optional<QByteArray> data = readFile(f);
        if (!data)
            return false;
        out.append(stored(f.relativePath, f.atRoot, std::move(*data)));
        return true;
    }

    // What the loader's parser makes of one file (run ids, metadata), issues dropped: the
    // load reports them from the stored bytes.
    ArtifactPayload parse(const StoredFile &f)
    {
        TaskOutput out;
        ParsedFile file;
        file.path = f.path;
        file.sourceKey = sourceKey;
        file.kind = f.path.startsWith(QLatin1String(".gatehouse/"))
                        ? ArtifactKind::RunSidecar
                        : classifyArtifact(fileNameOf(f.path));
        file.atRoot = f.atRoot;
        if (file.kind != ArtifactKind::RunMetadata && file.kind != ArtifactKind::GateResult &&
            file.kind != ArtifactKind::RunSidecar)
            return {};
        parseArtifactBytes(f.content, std::move(file), out);
        return out.files.isEmpty() ? ArtifactPayload() : std::move(out.files.first().payload);
    }

    void addSidecar(const StoredFile &f)
    {
        const ArtifactPayload payload = parse(f);
        if (const auto *sidecar = std::get_if<RunSidecar>(&payload)) {
            RunInfo info{sidecar->run, QString()};
            info.workflow = QJsonDocument::fromJson(f.content)
                                .object()
                                .value(QLatin1String("workflow"))
                                .toString();
            runs.insert(sidecar->run.runId, info);
            for (const QString &folder : sidecar->folders)
                runOfFolder.insert(folder, sidecar->run.runId);
        }
    }

    void resolveRun(StoredArtifact &artifact)
    {
        std::optional<RunMetadata> own;
        QDateTime gateTime;
        for (const StoredFile &f : std::as_const(artifact.files)) {
            ArtifactPayload payload = parse(f);
            if (auto *meta = std::get_if<RunMetadata>(&payload); meta && !own)
                own = *meta;
            if (auto *gate = std::get_if<GateRun>(&payload)) {
                if (artifact.runId.isEmpty())
                    artifact.runId = gate->identity.runId;
                gateTime = gate->identity.timestamp;
            }
            if (auto *sidecar = std::get_if<RunSidecar>(&payload))
                artifact.runId = sidecar->run.runId;
        }
        if (artifact.runId.isEmpty() && own)
            artifact.runId = own->runId;
        if (artifact.runId.isEmpty())
            artifact.runId = runOfFolder.value(artifact.name);
        if (artifact.runId.isEmpty() && artifact.name.contains(QLatin1Char('/')) == false &&
            !artifact.files.isEmpty() && artifact.files.first().path.contains(QLatin1Char('/')))
            artifact.runId = runIdFromPath(artifact.name + QStringLiteral("/x"));
        const auto sidecar = runs.constFind(artifact.runId);
        if (sidecar != runs.cend()) {
            artifact.run = sidecar->run;
            artifact.workflow = sidecar->workflow;
        }
        if (own) // the artifact wins where it says something (SPEC §6)
            for (auto [mine, theirs] : {std::pair{&artifact.run.headBranch, &own->headBranch},
                                        std::pair{&artifact.run.headSha, &own->headSha},
                                        std::pair{&artifact.run.conclusion, &own->conclusion},
                                        std::pair{&artifact.run.htmlUrl, &own->htmlUrl}})
                if (!theirs->isEmpty())
                    *mine = *theirs;
        if (own && own->createdAt.isValid())
            artifact.run.createdAt = own->createdAt;
        if (gateTime.isValid())
            artifact.run.createdAt = gateTime;
        if (own && own->runAttempt > 0)
            artifact.run.runAttempt = own->runAttempt;
        if (own && own->runNumber > 0)
            artifact.run.runNumber = own->runNumber;
        artifact.run.runId = artifact.runId;
        artifact.repository = repositoryFromHtmlUrl(artifact.run.htmlUrl);
    }
};

QString artifactNameOf(const QString &relativePath)
{
    if (relativePath.startsWith(QLatin1String(".gatehouse/")))
        return relativePath;
    const qsizetype slash = relativePath.indexOf(QLatin1Char('/'));
    return slash < 0 ? relativePath : relativePath.left(slash);
}

bool collectSource(const QString &given, const std::function<bool(StoredArtifact &&)> &sink,
                   ParseIssues &issues, int *failed, bool *stopped)
{
    const QFileInfo info(given);
    if (!info.exists()) {
        issues.append({given, 0, QStringLiteral("source not found"), Severity::Error});
        return false;
    }
    const bool resource = given.startsWith(QLatin1Char(':'));
    const QString key = resource ? QDir::cleanPath(given) : info.canonicalFilePath();
    Collector collector{key, false, issues, {}, {}};
    QList<SourceFile> files;
    if (info.isDir()) {
        FolderScan scan;
        scanFolder(key, QString(), true, scan);
        issues += scan.issues;
        files = std::move(scan.files);
    } else {
        const ArtifactKind kind = classifyArtifact(info.fileName());
        collector.zipIsSource = kind == ArtifactKind::Zip;
        if (kind != ArtifactKind::Ignored)
            files.append({key, info.fileName(), kind, true});
    }
    std::map<QString, QList<SourceFile>> byArtifact; // name order
    for (SourceFile &f : files)
        byArtifact[artifactNameOf(f.relativePath)].append(std::move(f));
    // Sidecars first: they tell the runs of the folders that follow.
    for (const auto &[name, members] : byArtifact) {
        if (!name.startsWith(QLatin1String(".gatehouse/")))
            continue;
        QList<StoredFile> read;
        if (collector.readInto(members.first(), read))
            collector.addSidecar(read.first());
    }
    for (auto &[name, members] : byArtifact) {
        StoredArtifact artifact;
        artifact.name = name;
        artifact.origin = key;
        bool ok = true;
        for (const SourceFile &f : std::as_const(members))
            ok = ok && collector.readInto(f, artifact.files);
        if (!ok) {
            ++*failed;
            continue;
        }
        members.clear();
        std::sort(artifact.files.begin(), artifact.files.end(),
                  [](const StoredFile &a, const StoredFile &b) { return a.path < b.path; });
        collector.resolveRun(artifact);
        if (!sink(std::move(artifact))) {
            *stopped = true;
            return true;
        }
    }
    return true;
}

} // namespace

bool collectArtifacts(const QStringList &sources,
                      const std::function<bool(StoredArtifact &&)> &sink, ParseIssues &issues,
                      int *failed)
{
    bool allFound = true;
    bool stopped = false;
    for (const QString &source : sources) {
        allFound = collectSource(source, sink, issues, failed, &stopped) && allFound;
        if (stopped)
            break;
    }
    return allFound;
}

} // namespace gatehouse
