#pragma once
// Who a parsed file belongs to (SPEC §1) and which run metadata applies to it: the
// metadata.json of its own folder, and the run sidecar fetch wrote for its run id (SPEC §6).
// Where both give a field and disagree, the artifact's metadata.json wins and the
// difference is a Note; where only the sidecar gives it, the sidecar's value is used.
// Without sidecars everything here behaves as before fetch wrote them.
#include "ParsedFile.h"

#include <QHash>
#include <optional>

namespace gatehouse {

class IdentityResolver
{
public:
    // Files must be added in (path, source) order: the first sidecar for a run id, or
    // for a folder, is the one that applies.
    void addMetadata(const ParsedFile &file);
    void addSidecar(const ParsedFile &file, ParseIssues &issues);
    // After everything is added: a Note for every field where a metadata.json and its
    // run's sidecar disagree.
    void noteDifferences(ParseIssues &issues) const;

    // SPEC §1: the file's own JSON run_id, else its folder's metadata.json, else the run
    // whose sidecar lists the file's artifact folder, else the digits of the nearest
    // artifact folder or zip name, else the relative path itself.
    // A file is named by its source-relative path and its source's key.
    RunIdentity resolve(const RelativePath &path, const QString &sourceKey,
                        const QString &ownRunId = QString(),
                        const QDateTime &ownTimestamp = QDateTime()) const;
    // The metadata for a file of run runId: its folder's metadata.json completed by the
    // run's sidecar; nullopt when neither exists.
    std::optional<RunMetadata> metadataFor(const RelativePath &path, const QString &sourceKey,
                                           const QString &runId) const;

private:
    struct Sidecar
    {
        const RunMetadata *run = nullptr;
        QString path;
    };
    const RunMetadata *ownMetadata(const QString &path, const QString &sourceKey) const;
    QString sidecarRunOfFolder(const QString &path, const QString &sourceKey) const;

    QHash<QString, const RunMetadata *> m_metadata; // source + folder -> metadata.json
    QList<const ParsedFile *> m_metadataFiles;      // in path order, for the notes
    QHash<QString, Sidecar> m_sidecars;             // run id -> its sidecar
    QHash<QString, QString> m_runOfFolder;          // source + artifact folder -> run id
};

} // namespace gatehouse
