#include "ArtifactStore.h"

#include "common/AtomicWrite.h"
#include "sources/ZipArchive.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

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
        name.startsWith(QLatin1String(".gatehouse-")) || name.size() > 200)
        return QString();
    return name;
}

QJsonObject runMetadataJson(const WorkflowRun &run)
{
    return QJsonObject{
        {QStringLiteral("run_id"), run.id},
        {QStringLiteral("run_number"), run.runNumber},
        {QStringLiteral("run_attempt"), run.runAttempt},
        {QStringLiteral("head_branch"), run.headBranch},
        {QStringLiteral("head_sha"), run.headSha},
        {QStringLiteral("conclusion"), run.conclusion},
        {QStringLiteral("created_at"), run.createdAt},
        {QStringLiteral("html_url"), run.htmlUrl},
    };
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
    const QStringList folders = out.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &folder : folders) {
        const QJsonObject marker =
            readJsonObject(out.filePath(folder + QLatin1Char('/') + QLatin1String(kMarkerFile)));
        const qint64 id = marker.value(QLatin1String("artifact_id")).toInteger();
        if (id > 0)
            m_folderById.insert(id, folder);
    }
    return true;
}

QString ArtifactStore::storedFolder(const Artifact &artifact) const
{
    QDir out(m_outDir);
    const QString known = m_folderById.value(artifact.id);
    if (!known.isEmpty() && out.exists(known))
        return known;
    // A folder of this name without our marker: `gh run download` (or an earlier tool) put
    // it there. Artifact names are unique within a run and the usual ones carry the run
    // id, so it is taken as this artifact rather than downloaded a second time.
    const QString name = safeFolderName(artifact.name);
    if (!name.isEmpty() && QFileInfo(out.filePath(name)).isDir() &&
        !QFileInfo::exists(out.filePath(name + QLatin1Char('/') + QLatin1String(kMarkerFile))))
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
    QStringList fileFolders;
    bool ok = QDir().mkpath(staging) && extract(zipPath, staging, &fileFolders, error);
    QFile::remove(zipPath);

    // metadata.json beside the files, in every folder that holds some: the loader applies
    // it to the artifacts of its own folder only. One the artifact brought itself (CI may
    // write its own) keeps its values; only what it lacks is added.
    const QJsonObject metadata = runMetadataJson(run);
    fileFolders.append(QString());
    fileFolders.removeDuplicates();
    for (const QString &relative : std::as_const(fileFolders)) {
        if (!ok)
            break;
        const QString path = QDir(staging).filePath(
            relative.isEmpty() ? QLatin1String(kMetadataFile)
                               : relative + QLatin1Char('/') + QLatin1String(kMetadataFile));
        QJsonObject merged = metadata;
        if (QFileInfo::exists(path)) {
            bool isObject = false;
            const QJsonObject own = readJsonObject(path, &isObject);
            if (!isObject)
                continue; // not ours to repair; the loader reports it
            merged = own;
            for (auto it = metadata.begin(); it != metadata.end(); ++it) {
                if (!merged.contains(it.key()))
                    merged.insert(it.key(), it.value());
            }
        }
        ok = writeFileAtomically(path, toJson(merged), error);
    }
    const QJsonObject marker{
        {QStringLiteral("artifact_id"), artifact.id},
        {QStringLiteral("artifact_name"), artifact.name},
        {QStringLiteral("run_id"), run.id},
        {QStringLiteral("size_in_bytes"), artifact.sizeInBytes},
        {QStringLiteral("fetched_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    ok = ok && writeFileAtomically(QDir(staging).filePath(QLatin1String(kMarkerFile)),
                                   toJson(marker), error);
    if (ok && !out.rename(staging, out.filePath(folder))) {
        *error = QStringLiteral("cannot move the artifact into %1").arg(out.filePath(folder));
        ok = false;
    }
    if (!ok) {
        QDir(staging).removeRecursively();
        return std::nullopt;
    }
    m_folderById.insert(artifact.id, folder);
    return folder;
}

bool ArtifactStore::extract(const QString &zipPath, const QString &targetDir,
                            QStringList *fileFolders, QString *error) const
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
    QSet<QString> folders;
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
        if (entry.name == QLatin1String(kMarkerFile))
            continue; // ours alone decides what is stored
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
        if (parent != QLatin1String("."))
            folders.insert(parent);
    }
    *fileFolders = QStringList(folders.cbegin(), folders.cend());
    return true;
}

void ArtifactStore::cleanUp() const
{
    QDir(m_outDir).rmdir(QLatin1String(kTempFolder)); // only when empty
}

} // namespace gatehouse::github
