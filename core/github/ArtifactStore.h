#pragma once
// The output folder of a fetch, in the layout `gh run download` produces:
//   OUT/<artifact-name>/…                       the artifact's files, extracted safely
//   OUT/<artifact-name>/metadata.json           the run (SPEC §3 fields; the loader reads it)
//   OUT/<artifact-name>/.gatehouse-artifact.json which artifact this is: a second fetch
//                                                skips what is already there
// Downloads and extraction happen under OUT/.gatehouse-tmp/ and reach their final folder
// by one rename, so an interrupted fetch never leaves half an artifact where the loader
// looks.
#include "GitHubTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace gatehouse::github {

// Bounds on what one artifact zip may make us write: a zip bomb or a zip with millions of
// entries fails instead of filling the disk.
struct ExtractLimits
{
    qint64 maxEntryBytes = qint64(256) * 1024 * 1024;
    qint64 maxTotalBytes = qint64(2) * 1024 * 1024 * 1024;
    qint64 maxEntries = 10000;
};

class ArtifactStore
{
public:
    static constexpr char kMarkerFile[] = ".gatehouse-artifact.json";
    static constexpr char kMetadataFile[] = "metadata.json";
    static constexpr char kTempFolder[] = ".gatehouse-tmp";

    explicit ArtifactStore(const QString &outDir, const ExtractLimits &limits = {});

    // Creates OUT, removes what an interrupted fetch left in OUT/.gatehouse-tmp and reads
    // the markers of stored artifacts. False with *error when OUT is unusable.
    bool open(QString *error);
    QString outDir() const { return m_outDir; }

    // The OUT-relative folder that already holds this artifact: one whose marker names its
    // id, or a folder of its name without a marker (put there by `gh run download`).
    // Empty when it must be downloaded.
    QString storedFolder(const Artifact &artifact) const;

    // Where the zip of this artifact is downloaded to (inside the temporary folder).
    QString downloadPath(const Artifact &artifact) const;

    // Extracts the zip into a new OUT/<folder> with metadata.json and the marker, then
    // deletes the zip. Returns the OUT-relative folder, or nullopt with *error when the
    // zip is unreadable or unsafe (an entry leaving its folder, an absolute path, a
    // symlink, a device file, a size cap exceeded); then nothing is left behind.
    std::optional<QString> store(const QString &zipPath, const Artifact &artifact,
                                 const WorkflowRun &run, QString *error);

    // Removes the temporary folder when it is empty (end of a fetch).
    void cleanUp() const;

private:
    QString chooseFolder(const Artifact &artifact, const WorkflowRun &run) const;
    bool extract(const QString &zipPath, const QString &targetDir, QStringList *fileFolders,
                 QString *error) const;

    QString m_outDir;
    ExtractLimits m_limits;
    QHash<qint64, QString> m_folderById;
};

// The artifact name as one safe path component, or empty when it cannot be one (".",
// "..", our own ".gatehouse-" names). Characters that are not allowed in file names on
// some systems become '_'.
QString safeFolderName(const QString &artifactName);

// metadata.json for a run: run_id, run_number, run_attempt, head_branch, head_sha,
// conclusion, created_at, html_url.
QJsonObject runMetadataJson(const WorkflowRun &run);

} // namespace gatehouse::github
