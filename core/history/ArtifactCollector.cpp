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
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <deque>
#include <map>
#include <vector>

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

// One artifact read whole: its files, or the issues that kept it from being read.
struct ReadArtifact
{
    StoredArtifact artifact;
    ParseIssues issues;
    bool ok = true;
};

ReadArtifact readArtifact(const Collector &shared, const QString &name,
                          const QList<SourceFile> &members)
{
    ReadArtifact read;
    Collector collector{shared.sourceKey, shared.zipIsSource, read.issues, shared.runOfFolder,
                        shared.runs};
    read.artifact.name = name;
    read.artifact.origin = shared.sourceKey;
    QList<SourceFile> files = members;
    // A folder artifact is walked here, in the worker: walking 30,000 artifact folders one
    // after the other was a quarter of an ingest.
    if (files.isEmpty()) {
        FolderScan scan;
        scanFolder(shared.sourceKey, name, true, scan);
        read.issues += scan.issues;
        if (scan.foldersUnlisted > 0) { // stored without them, it would pass for whole
            collector.error(name, QStringLiteral("not stored: a folder of it cannot be listed"));
            read.ok = false;
            return read;
        }
        files = std::move(scan.files);
    }
    for (const SourceFile &f : std::as_const(files))
        read.ok = read.ok && collector.readInto(f, read.artifact.files);
    if (!read.ok)
        return read;
    std::sort(read.artifact.files.begin(), read.artifact.files.end(),
              [](const StoredFile &a, const StoredFile &b) { return a.path < b.path; });
    // The store keeps one file per path (only a zip can hold two entries of one name):
    // keeping either alone would store less than the artifact holds.
    const auto twin = std::adjacent_find(
        read.artifact.files.cbegin(), read.artifact.files.cend(),
        [](const StoredFile &a, const StoredFile &b) { return a.path == b.path; });
    if (twin != read.artifact.files.cend()) {
        collector.error(twin->path,
                        QStringLiteral("not stored: the zip holds two entries of this name"));
        read.ok = false;
        return read;
    }
    collector.resolveRun(read.artifact);
    read.artifact.computeKeys(); // here on a worker, not on the store's one thread
    return read;
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
    // name -> its files; an empty list for a folder that its worker walks itself.
    std::map<QString, QList<SourceFile>> byArtifact; // name order
    if (info.isDir()) {
        FolderScan top;
        scanFolder(key, QString(), resource, top); // resources are always walked whole
        issues += top.issues;
        for (SourceFile &f : top.files)
            byArtifact[artifactNameOf(f.relativePath)].append(std::move(f));
        for (const QString &sub : std::as_const(top.subfolders)) {
            if (sub != QLatin1String(".gatehouse")) {
                byArtifact[sub];
                continue;
            }
            FolderScan meta; // each run sidecar is an artifact of its own
            scanFolder(key, sub, true, meta);
            for (SourceFile &f : meta.files)
                byArtifact[artifactNameOf(f.relativePath)].append(std::move(f));
        }
    } else {
        const ArtifactKind kind = classifyArtifact(info.fileName());
        collector.zipIsSource = kind == ArtifactKind::Zip;
        if (kind != ArtifactKind::Ignored)
            byArtifact[info.fileName()].append({key, info.fileName(), kind, true});
    }
    // Sidecars first: they tell the runs of the folders that follow.
    for (const auto &[name, members] : byArtifact) {
        if (!name.startsWith(QLatin1String(".gatehouse/")) || members.isEmpty())
            continue;
        QList<StoredFile> read;
        if (collector.readInto(members.first(), read))
            collector.addSidecar(read.first());
    }
    // Read in parallel, a few batches ahead of the store (which writes each artifact as it
    // comes, and pauses for a commit now and then): the store gets them in name order.
    constexpr int kBatch = 64;
    constexpr size_t kBatchesAhead = 16;
    QThreadPool pool;
    // One core is the store's (its writes take as long as all the reading): the readers
    // get the others. With a reader on every core, the writer shared one with them.
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    std::vector<std::pair<QString, QList<SourceFile>>> order(byArtifact.begin(), byArtifact.end());
    auto start = [&](size_t from) {
        std::vector<size_t> indexes;
        for (size_t i = from; i < std::min(order.size(), from + kBatch); ++i)
            indexes.push_back(i);
        return QtConcurrent::mapped(&pool, indexes, [&](size_t i) {
            return readArtifact(collector, order[i].first, order[i].second);
        });
    };
    std::deque<QFuture<ReadArtifact>> ahead;
    size_t next = 0;
    auto fill = [&] {
        for (; ahead.size() < kBatchesAhead && next < order.size(); next += kBatch)
            ahead.push_back(start(next));
    };
    fill();
    while (!ahead.empty()) {
        QFuture<ReadArtifact> current = ahead.front();
        ahead.pop_front();
        current.waitForFinished();
        fill();
        for (ReadArtifact &read : current.results()) {
            issues += read.issues;
            if (!read.ok) {
                ++*failed;
                continue;
            }
            if (!sink(std::move(read.artifact))) {
                *stopped = true;
                for (QFuture<ReadArtifact> &f : ahead)
                    f.waitForFinished();
                return true;
            }
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
