#pragma once
// The output folder of a fetch, in the layout `gh run download` produces (SPEC §6):
//   OUT/<artifact-name>/…                   the artifact's files, byte for byte as CI
//                                           uploaded them; nothing is added or rewritten
//   OUT/.gatehouse/runs/<run_id>.json       the run as the API describes it, and which
//                                           folders hold its artifacts; the loader applies
//                                           it to them (sources/RunSidecar.h)
//   OUT/.gatehouse/artifacts/<id>.json      which artifact a folder holds: a second fetch
//                                           skips what is already there
// Folders fetched by earlier versions carry that marker inside, as
// OUT/<artifact-name>/.gatehouse-artifact.json, next to a merged metadata.json; both are
// still read and never touched. Downloads and extraction happen under OUT/.gatehouse-tmp/
// and reach their final folder by one rename, so an interrupted fetch never leaves half an
// artifact where the loader looks.
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
    static constexpr char kStateFolder[] = ".gatehouse";
    static constexpr char kRunsFolder[] = ".gatehouse/runs";
    static constexpr char kMarkersFolder[] = ".gatehouse/artifacts";
    static constexpr char kLegacyMarkerFile[] = ".gatehouse-artifact.json"; // inside a folder
    static constexpr char kTempFolder[] = ".gatehouse-tmp";

    explicit ArtifactStore(const QString &outDir, const ExtractLimits &limits = {});

    // Creates OUT, removes what an interrupted fetch left in OUT/.gatehouse-tmp and reads
    // the markers of stored artifacts. False with *error when OUT is unusable.
    bool open(QString *error);
    QString outDir() const { return m_outDir; }

    // The OUT-relative folder that already holds this artifact: one whose marker (either
    // location) names its id, or a folder of its name no marker claims (put there by
    // `gh run download`). Empty when it must be downloaded.
    QString storedFolder(const Artifact &artifact) const;

    // Where the zip of this artifact is downloaded to (inside the temporary folder).
    QString downloadPath(const Artifact &artifact) const;

    // Extracts every entry of the zip, unchanged, into a new OUT/<folder>, writes the
    // artifact's marker and records it in its run's sidecar, then deletes the zip. Returns
    // the OUT-relative folder, or nullopt with *error when the zip is unreadable or unsafe
    // (an entry leaving its folder, an absolute path, a symlink, a device file, a size cap
    // exceeded); then nothing is left behind.
    std::optional<QString> store(const QString &zipPath, const Artifact &artifact,
                                 const WorkflowRun &run, QString *error);

    // Writes OUT/.gatehouse/runs/<run_id>.json (atomically) with the run's API fields and
    // the artifact's folder added to those already listed. store() calls it; a fetch calls
    // it for an artifact already stored too, so that older folders get their run metadata.
    bool recordInRun(const WorkflowRun &run, const Artifact &artifact, const QString &folder,
                     QString *error) const;
    QString sidecarPath(qint64 runId) const;

    // Removes the temporary folder when it is empty (end of a fetch).
    void cleanUp() const;

private:
    QString chooseFolder(const Artifact &artifact, const WorkflowRun &run) const;
    bool extract(const QString &zipPath, const QString &targetDir, QString *error) const;
    bool writeMarker(const Artifact &artifact, const QString &folder, QString *error) const;

    QString m_outDir;
    ExtractLimits m_limits;
    QHash<qint64, QString> m_folderById;
    QHash<QString, qint64> m_idByFolder; // folders some marker claims
};

// The artifact name as one safe path component, or empty when it cannot be one (".",
// "..", our own ".gatehouse" names). Characters that are not allowed in file names on
// some systems become '_'.
QString safeFolderName(const QString &artifactName);

// The run fields of a sidecar: run_id, run_number, run_attempt, head_branch, head_sha,
// conclusion, created_at, html_url (the names metadata.json uses), and workflow /
// workflow_path when the API gave them.
QJsonObject runMetadataJson(const WorkflowRun &run);

} // namespace gatehouse::github
