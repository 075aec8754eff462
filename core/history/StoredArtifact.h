#pragma once
// What the history store keeps of one artifact (docs/history.md): its files byte for byte
// under their source-relative paths, and the run it belongs to. The key is (run id,
// artifact name, content hash): ingesting the same artifact again adds nothing.
#include "install/InstallTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gatehouse {

struct StoredFile
{
    QString path;        // source-relative, '/'-separated (zip entries: "a.zip/entry")
    bool atRoot = false; // where the loader would have met it at the source root
    QByteArray content;
    QString sha256; // hex
};

struct StoredArtifact
{
    QString name;   // top-level folder or zip, or the path of a file at the source root
    QString runId;  // "" for files that belong to no run (whitelist, baselines)
    QString origin; // the source it was ingested from (canonical path)
    RunMetadata run;
    QString repository;      // OWNER/NAME, from html_url
    QString workflow;        // from the run sidecar
    QList<StoredFile> files; // sorted by path

    // sha-256 over every file's path, size and hash: what "the same content" means.
    QString contentHash() const;
    // sha-256 of (run id, name, content hash): the row's primary key.
    QString key() const;
    // Works both out once, for the two above to return (the files and run are final).
    void computeKeys();

private:
    QString m_contentHash, m_key; // empty until computeKeys()
};

// One file as a load reads it back.
struct LoadedFile
{
    QString origin;
    QString path;
    bool atRoot = false;
    QByteArray content;
    // Set when other runs' artifacts were stored at the same origin and name: the load
    // reads this one as a source of its own, so the runs never resolve together.
    QString runApart;
};

QString sha256Hex(const QByteArray &data);
// "acme/tracecore" from "https://github.com/acme/tracecore/actions/runs/1"; "" otherwise.
QString repositoryFromHtmlUrl(const QString &htmlUrl);

} // namespace gatehouse
