#include "ArtifactStore.h"

#include "common/AtomicWrite.h"
#include "sources/ZipArchive.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse::github {

namespace {

QJsonObject readJsonObject(const QString &path, bool *isObject = nullptr)
{
    QFile file(path);
    QJsonDocument doc;
    if (file.open(QIODevice::ReadOnly) && file.size() < 1024 * 1024)
        doc = QJsonDocument::fromJson(file.readAll());
    if (isObject)
        *isObject = doc.isObject();
    return doc.object();
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString joined(const QString &folder, const QString &name)
{
    return folder + QLatin1Char('/') + name;
}

} // namespace

QString safeFolderName(const QString &artifactName)
{
    QString name = artifactName.trimmed();
    // GitHub refuses these in artifact names; a server that sends them anyway must not
    // make us write outside OUT or into a folder Windows cannot open.
    for (QChar &c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') ||
            c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('"') ||
            c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('|') ||
            c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") ||
        name == QLatin1String(ArtifactStore::kStateFolder) ||
        name.startsWith(QLatin1String(".gatehouse-")) || name.size() > 200)
        return QString();
    return name;
}

QJsonObject runMetadataJson(const WorkflowRun &run)
{
    QJsonObject json{
        {QStringLiteral("run_id"), run.id},
        {QStringLiteral("run_number"), run.runNumber},
        {QStringLiteral("run_attempt"), run.runAttempt},
        {QStringLiteral("head_branch"), run.headBranch},
        {QStringLiteral("head_sha"), run.headSha},
        {QStringLiteral("conclusion"), run.conclusion},
        {QStringLiteral("created_at"), run.createdAt},
        {QStringLiteral("html_url"), run.htmlUrl},
    };
    // The API names a run's workflow by its display name and its file; either may be
    // missing on older servers, and neither is invented.
    if (!run.workflowName.isEmpty() || !run.workflowPath.isEmpty())
        json.insert(QStringLiteral("workflow"),
                    run.workflowName.isEmpty() ? run.workflowPath : run.workflowName);
    if (!run.workflowPath.isEmpty())
        json.insert(QStringLiteral("workflow_path"), run.workflowPath);
    return json;
}

ArtifactStore::ArtifactStore(const QString &outDir, const ExtractLimits &limits)
    : m_outDir(QDir(outDir).absolutePath()), m_limits(limits)
{
}

bool ArtifactStore::open(QString *error)
{
    if (!QDir().mkpath(m_outDir)) {
        *error = QStringLiteral("cannot create the output folder %1").arg(m_outDir);
        return false;
    }
    QDir out(m_outDir);
    // Whatever is here was left by a fetch that was killed; none of it is complete.
    QDir(out.filePath(QLatin1String(kTempFolder))).removeRecursively();
    if (!out.mkpath(QLatin1String(kTempFolder))) {
        *error = QStringLiteral("cannot write to the output folder %1").arg(m_outDir);
        return false;
    }
    m_folderById.clear();
    m_idByFolder.clear();
    auto claim = [this](const QJsonObject &marker, const QString &fallbackFolder) {
        const qint64 id = marker.value(QLatin1String("artifact_id")).toInteger();
        const QString folder = marker.value(QLatin1String("folder")).toString(fallbackFolder);
        if (id > 0 && !folder.isEmpty() && safeFolderName(folder) == folder) {
            m_folderById.insert(id, folder);
            m_idByFolder.insert(folder, id);
        }
    };
    // Our markers first. Then those of earlier versions, inside the folders, so that a
    // folder fetched then is recognised without being touched; a folder our marker claims
    // is not looked into (that file may be one CI uploaded).
    const QDir markers(out.filePath(QLatin1String(kMarkersFolder)));
    for (const QString &file : markers.entryList({QStringLiteral("*.json")}, QDir::Files))
        claim(readJsonObject(markers.filePath(file)), QString());
    const QStringList folders = out.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &folder : folders)
        if (!m_idByFolder.contains(folder))
            claim(readJsonObject(out.filePath(joined(folder, QLatin1String(kLegacyMarkerFile)))),
                  folder);
    return true;
}

QString ArtifactStore::storedFolder(const Artifact &artifact) const
{
    QDir out(m_outDir);
    const QString known = m_folderById.value(artifact.id);
    if (!known.isEmpty() && out.exists(known))
        return known;
    // A folder of this name no marker claims: `gh run download` (or an earlier tool) put
    // it there. Artifact names are unique within a run and the usual ones carry the run
    // id, so it is taken as this artifact rather than downloaded a second time.
    const QString name = safeFolderName(artifact.name);
    if (!name.isEmpty() && QFileInfo(out.filePath(name)).isDir() && !m_idByFolder.contains(name))
        return name;
    return QString();
}

QString ArtifactStore::downloadPath(const Artifact &artifact) const
{
    return QDir(m_outDir).filePath(
        QStringLiteral("%1/%2.zip").arg(QLatin1String(kTempFolder)).arg(artifact.id));
}

QString ArtifactStore::chooseFolder(const Artifact &artifact, const WorkflowRun &run) const
{
    // Another run's artifact of the same name (names repeat across runs unless they carry
    // the run id) gets the run id appended; the artifact id settles the rest.
    const QString base = safeFolderName(artifact.name);
    if (base.isEmpty())
        return QString();
    const QDir out(m_outDir);
    for (const QString &candidate : {base, QStringLiteral("%1-%2").arg(base).arg(run.id),
                                     QStringLiteral("%1-%2").arg(base).arg(artifact.id)}) {
        if (!QFileInfo::exists(out.filePath(candidate)))
            return candidate;
    }
    return QString();
}

std::optional<QString> ArtifactStore::store(const QString &zipPath, const Artifact &artifact,
                                            const WorkflowRun &run, QString *error)
{
    QDir out(m_outDir);
    const QString folder = chooseFolder(artifact, run);
    if (folder.isEmpty()) {
        *error = QStringLiteral("the artifact name \"%1\" cannot be used as a folder name")
                     .arg(artifact.name.left(100));
        QFile::remove(zipPath);
        return std::nullopt;
    }
    const QString staging = out.filePath(
        QStringLiteral("%1/stage-%2").arg(QLatin1String(kTempFolder)).arg(artifact.id));
    QDir(staging).removeRecursively();
    bool ok = QDir().mkpath(staging) && extract(zipPath, staging, error);
    QFile::remove(zipPath);
    if (ok && !out.rename(staging, out.filePath(folder))) {
        *error = QStringLiteral("cannot move the artifact into %1").arg(out.filePath(folder));
        ok = false;
    }
    if (!ok) {
        QDir(staging).removeRecursively();
        return std::nullopt;
    }
    // Killed between the rename and the marker, the folder is still found next time: by
    // its name, as a folder no marker claims.
    m_folderById.insert(artifact.id, folder);
    m_idByFolder.insert(folder, artifact.id);
    if (!writeMarker(artifact, folder, error) || !recordInRun(run, artifact, folder, error))
        return std::nullopt;
    return folder;
}

bool ArtifactStore::writeMarker(const Artifact &artifact, const QString &folder,
                                QString *error) const
{
    const QJsonObject marker{
        {QStringLiteral("artifact_id"), artifact.id},
        {QStringLiteral("artifact_name"), artifact.name},
        {QStringLiteral("folder"), folder},
        {QStringLiteral("run_id"), artifact.runId},
        {QStringLiteral("size_in_bytes"), artifact.sizeInBytes},
        {QStringLiteral("fetched_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    const QDir out(m_outDir);
    if (!out.mkpath(QLatin1String(kMarkersFolder))) {
        *error =
            QStringLiteral("cannot create %1").arg(out.filePath(QLatin1String(kMarkersFolder)));
        return false;
    }
    return writeFileAtomically(
        out.filePath(
            QStringLiteral("%1/%2.json").arg(QLatin1String(kMarkersFolder)).arg(artifact.id)),
        toJson(marker), error);
}

QString ArtifactStore::sidecarPath(qint64 runId) const
{
    return QDir(m_outDir).filePath(
        QStringLiteral("%1/%2.json").arg(QLatin1String(kRunsFolder)).arg(runId));
}

bool ArtifactStore::recordInRun(const WorkflowRun &run, const Artifact &artifact,
                                const QString &folder, QString *error) const
{
    const QString path = sidecarPath(run.id);
    // The API's fields are rewritten each time (a re-run changes run_attempt and
    // conclusion); the artifact list only grows, one entry per artifact id.
    QJsonArray artifacts;
    for (const QJsonValue &entry :
         readJsonObject(path).value(QLatin1String("artifacts")).toArray()) {
        const QJsonObject o = entry.toObject();
        if (o.value(QLatin1String("artifact_id")).toInteger() != artifact.id &&
            !o.value(QLatin1String("folder")).toString().isEmpty())
            artifacts.append(o);
    }
    artifacts.append(QJsonObject{{QStringLiteral("artifact_id"), artifact.id},
                                 {QStringLiteral("name"), artifact.name},
                                 {QStringLiteral("folder"), folder}});
    QJsonObject sidecar = runMetadataJson(run);
    sidecar.insert(QStringLiteral("artifacts"), artifacts);
    if (!QDir(m_outDir).mkpath(QLatin1String(kRunsFolder))) {
        *error = QStringLiteral("cannot create %1")
                     .arg(QDir(m_outDir).filePath(QLatin1String(kRunsFolder)));
        return false;
    }
    return writeFileAtomically(path, toJson(sidecar), error);
}

bool ArtifactStore::extract(const QString &zipPath, const QString &targetDir, QString *error) const
{
    ZipArchive zip;
    QString why;
    if (!zip.openFile(zipPath, &why)) {
        *error = QStringLiteral("the downloaded artifact is not a readable zip (%1)").arg(why);
        return false;
    }
    const qint64 count = zip.entryCount();
    if (count > m_limits.maxEntries) {
        *error = QStringLiteral("refused: the zip holds %1 entries, more than the limit of %2")
                     .arg(count)
                     .arg(m_limits.maxEntries);
        return false;
    }
    // Check every entry before writing any: one unsafe entry refuses the whole artifact,
    // since a zip built to escape its folder is not data to analyse.
    QList<ZipEntry> entries;
    qint64 declaredTotal = 0;
    for (qint64 i = 0; i < count; ++i) {
        const ZipEntry entry = zip.entry(i);
        if (!entry.problem.isEmpty()) {
            *error = QStringLiteral("refused unsafe zip: %1").arg(entry.problem);
            return false;
        }
        declaredTotal += std::max<qint64>(entry.size, 0);
        if (entry.size > m_limits.maxEntryBytes || declaredTotal > m_limits.maxTotalBytes) {
            *error = QStringLiteral("refused: %1 would unpack to more than the size limit")
                         .arg(entry.name);
            return false;
        }
        entries.append(entry);
    }
    const QDir target(targetDir);
    qint64 written = 0;
    for (qint64 i = 0; i < count; ++i) {
        const ZipEntry &entry = entries.at(i);
        const QString path = target.filePath(entry.name);
        if (entry.isDirectory) {
            if (!entry.name.isEmpty() && !target.mkpath(entry.name)) {
                *error = QStringLiteral("cannot create folder %1").arg(entry.name);
                return false;
            }
            continue;
        }
        // The declared size may lie: read no more than what is left of both caps.
        const qint64 cap = std::min(m_limits.maxEntryBytes, m_limits.maxTotalBytes - written);
        const auto data = zip.read(i, cap, &why);
        if (!data) {
            *error = QStringLiteral("refused %1: %2").arg(entry.name, why);
            return false;
        }
        written += data->size();
        const QString parent = QFileInfo(entry.name).path();
        QFile file(path);
        if (!target.mkpath(parent) || !file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            file.write(*data) != data->size() || !file.flush()) {
            *error = QStringLiteral("cannot write %1 (a duplicate or clashing entry?): %2")
                         .arg(entry.name, file.errorString());
            return false;
        }
    }
    return true;
}

void ArtifactStore::cleanUp() const
{
    QDir(m_outDir).rmdir(QLatin1String(kTempFolder)); // only when empty
}

} // namespace gatehouse::github
