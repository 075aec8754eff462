#include "IdentityResolver.h"

namespace gatehouse {

namespace {

// metadata.json applies to the artifacts in its own folder (zip folders included).
QString folderKey(const QString &path, const QString &sourceKey)
{
    return sourceKey + QChar(0) + parentOf(path);
}

QString keyOf(const QString &sourceKey, const QString &folder)
{
    return sourceKey + QChar(0) + folder;
}

// The fields both files may hold, as text ("" when absent), and how to fill one in from
// the sidecar. One table, so comparing and completing cannot drift apart.
struct Field
{
    const char *name;
    QString (*text)(const RunMetadata &);
    void (*fill)(RunMetadata &, const RunMetadata &); // only called when absent in the first
};

QString number(qint64 value)
{
    return value == 0 ? QString() : QString::number(value);
}

const Field kFields[] = {
    {"run_id", [](const RunMetadata &m) { return m.runId; },
     [](RunMetadata &m, const RunMetadata &s) { m.runId = s.runId; }},
    {"run_number", [](const RunMetadata &m) { return number(m.runNumber); },
     [](RunMetadata &m, const RunMetadata &s) { m.runNumber = s.runNumber; }},
    {"run_attempt", [](const RunMetadata &m) { return number(m.runAttempt); },
     [](RunMetadata &m, const RunMetadata &s) { m.runAttempt = s.runAttempt; }},
    {"head_branch", [](const RunMetadata &m) { return m.headBranch; },
     [](RunMetadata &m, const RunMetadata &s) { m.headBranch = s.headBranch; }},
    {"head_sha", [](const RunMetadata &m) { return m.headSha; },
     [](RunMetadata &m, const RunMetadata &s) { m.headSha = s.headSha; }},
    {"conclusion", [](const RunMetadata &m) { return m.conclusion; },
     [](RunMetadata &m, const RunMetadata &s) { m.conclusion = s.conclusion; }},
    {"created_at", [](const RunMetadata &m) { return formatTimestamp(m.createdAt); },
     [](RunMetadata &m, const RunMetadata &s) { m.createdAt = s.createdAt; }},
    {"html_url", [](const RunMetadata &m) { return m.htmlUrl; },
     [](RunMetadata &m, const RunMetadata &s) { m.htmlUrl = s.htmlUrl; }},
};

RunMetadata completed(const RunMetadata &own, const RunMetadata &sidecar)
{
    RunMetadata merged = own;
    for (const Field &field : kFields)
        if (field.text(own).isEmpty())
            field.fill(merged, sidecar);
    return merged;
}

} // namespace

void IdentityResolver::addMetadata(const ParsedFile &file)
{
    m_metadata.insert(folderKey(file.path, file.sourceKey), &std::get<RunMetadata>(file.payload));
    m_metadataFiles.append(&file);
}

void IdentityResolver::addSidecar(const ParsedFile &file, ParseIssues &issues)
{
    const RunSidecar &sidecar = std::get<RunSidecar>(file.payload);
    const QString &runId = sidecar.run.runId;
    if (const auto known = m_sidecars.constFind(runId); known != m_sidecars.cend()) {
        // Two output folders of the same fetch given together: the API said the same.
        issues.append({file.path, 0,
                       QStringLiteral("ignored: the metadata of run %1 is read from %2")
                           .arg(runId, known->path),
                       Severity::Note});
    } else {
        m_sidecars.insert(runId, Sidecar{&sidecar.run, file.path});
    }
    for (const QString &folder : sidecar.folders) {
        const QString key = keyOf(file.sourceKey, folder);
        const auto owner = m_runOfFolder.constFind(key);
        if (owner == m_runOfFolder.cend())
            m_runOfFolder.insert(key, runId);
        else if (*owner != runId)
            issues.append({file.path, 0,
                           QStringLiteral("ignored: folder %1 is listed for run %2 already")
                               .arg(folder, *owner),
                           Severity::Warning});
    }
}

const RunMetadata *IdentityResolver::ownMetadata(const QString &path,
                                                 const QString &sourceKey) const
{
    if (m_metadata.isEmpty())
        return nullptr;
    return m_metadata.value(folderKey(path, sourceKey), nullptr);
}

QString IdentityResolver::sidecarRunOfFolder(const QString &path, const QString &sourceKey) const
{
    if (m_runOfFolder.isEmpty())
        return QString();
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : m_runOfFolder.value(keyOf(sourceKey, path.left(slash)));
}

void IdentityResolver::noteDifferences(ParseIssues &issues) const
{
    if (m_sidecars.isEmpty() && m_runOfFolder.isEmpty())
        return;
    for (const ParsedFile *file : m_metadataFiles) {
        const RunMetadata &own = std::get<RunMetadata>(file->payload);
        const QString listedAs = sidecarRunOfFolder(file->path, file->sourceKey);
        if (!own.runId.isEmpty() && !listedAs.isEmpty() && own.runId != listedAs)
            issues.append({file->path, 0,
                           QStringLiteral("run_id %1 here, but %2 lists this folder for run "
                                          "%3; the artifact's run_id is used")
                               .arg(own.runId, m_sidecars.value(listedAs).path, listedAs),
                           Severity::Note});
        const QString runId = !own.runId.isEmpty()  ? own.runId
                              : !listedAs.isEmpty() ? listedAs
                                                    : runIdFromPath(file->path);
        const auto sidecar = m_sidecars.constFind(runId);
        if (runId.isEmpty() || sidecar == m_sidecars.cend())
            continue;
        for (const Field &field : kFields) {
            const QString mine = field.text(own), theirs = field.text(*sidecar->run);
            if (!mine.isEmpty() && !theirs.isEmpty() && mine != theirs)
                issues.append({file->path, 0,
                               QStringLiteral("%1 is \"%2\" here but \"%3\" in the run metadata "
                                              "from GitHub (%4); the artifact's value is used")
                                   .arg(QLatin1String(field.name), mine, theirs, sidecar->path),
                               Severity::Note});
        }
    }
}

RunIdentity IdentityResolver::resolve(const RelativePath &relativePath, const QString &sourceKey,
                                      const QString &ownRunId, const QDateTime &ownTimestamp) const
{
    const QString path = relativePath.toString();
    const RunMetadata *meta = ownMetadata(path, sourceKey);
    RunIdentity id;
    id.path = relativePath; // shares the parse's text
    id.sourceKey = sourceKey;
    id.runId = ownRunId;
    if (id.runId.isEmpty() && meta)
        id.runId = meta->runId;
    // Before the digits of the folder name: a fetched folder may be named after another
    // run (the same artifact name in two runs) or carry the artifact id.
    if (id.runId.isEmpty())
        id.runId = sidecarRunOfFolder(path, sourceKey);
    if (id.runId.isEmpty())
        id.runId = runIdFromPath(path);
    if (id.runId.isEmpty())
        id.runId = path;
    if (ownTimestamp.isValid()) {
        id.timestamp = ownTimestamp;
    } else if (meta && meta->createdAt.isValid()) {
        id.timestamp = meta->createdAt;
    } else if (const auto sidecar = m_sidecars.constFind(id.runId); sidecar != m_sidecars.cend()) {
        id.timestamp = sidecar->run->createdAt;
    }
    return id;
}

std::optional<RunMetadata> IdentityResolver::metadataFor(const RelativePath &path,
                                                         const QString &sourceKey,
                                                         const QString &runId) const
{
    const RunMetadata *own = ownMetadata(path.toString(), sourceKey);
    const auto sidecar = m_sidecars.constFind(runId);
    if (sidecar == m_sidecars.cend())
        return own ? std::optional<RunMetadata>(*own) : std::nullopt;
    return own ? completed(*own, *sidecar->run) : *sidecar->run;
}

} // namespace gatehouse
