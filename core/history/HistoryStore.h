#pragma once
// The history store (SPEC §12): one interface, two back ends through Qt SQL — SQLite
// (QSQLITE, WAL mode) and PostgreSQL (QPSQL) — running the same statements
// (HistoryStatements.cpp). The schema is versioned and migrated on open
// (HistorySchema.cpp). Each artifact is written in one transaction, so a killed ingest
// leaves only whole artifacts behind. Every error message names the store.
//
// One HistoryStore is one connection: use it from the thread that opened it.
#include "StoreUrl.h"
#include "StoredArtifact.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace gatehouse {

class HistoryStore
{
public:
    static constexpr int kSchemaVersion = 3;

    enum class OpenMode
    {
        CreateIfMissing, // ingest: a new SQLite file (and its folder) is created
        MustExist        // a load: a missing SQLite file is an error, never created
    };
    enum class AddResult
    {
        Added,
        AlreadyStored,
        Failed
    };

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Connects and migrates to targetVersion (tests build older stores with it). A load
    // (MustExist) reads an older store it cannot migrate — a read-only file, a role that may
    // only SELECT — at its own version; schemaVersion() says which.
    bool open(const StoreUrl &url, OpenMode mode, QString *error,
              int targetVersion = kSchemaVersion);
    int schemaVersion() const { return m_version; }
    // Why an older store is read as it is ("" when it was migrated or is current).
    const QString &notice() const { return m_notice; }
    const StoreUrl &url() const { return m_url; }

    // Writes go in transactions of whole artifacts: add() inside begin()/commit() adds one
    // artifact to the open transaction; AlreadyStored when its key is there (another
    // ingest may have just added it). On Failed the caller must rollback(): nothing of
    // the transaction is written.
    bool begin(QString *error);
    AddResult add(const StoredArtifact &artifact, QString *error);
    bool commit(QString *error);
    void rollback();

    // Which artifact versions a load reads: of the artifacts the filter lets through, the
    // latest ingested version of each (origin, artifact name, run id) — a whitelist edited
    // between two ingests loads as its newer version, the older one stays in the store.
    struct Versions
    {
        // artifact key -> the run to load it apart under when other runs' artifacts share
        // its origin and name; "" for the usual one run per path.
        QHash<QString, QString> winners;
        qint64 files = 0;
        // Over the artifact rows the filter lets through (HistoryStoreRead.cpp): two reads
        // with one digest read the same bytes (what a load snapshot is checked by).
        QString digest;
    };
    bool readVersions(const StoreFilter &filter, Versions *versions, QString *error);
    // The digest alone, as readVersions gives it, at a fraction of the cost.
    bool readVersionsDigest(const StoreFilter &filter, QString *digest, QString *error);
    // The files of those versions, streamed to visit one at a time (the bytes of a 10k-run
    // store are never held at once); visit returning false stops.
    bool readFiles(const StoreFilter &filter, const Versions &versions,
                   const std::function<bool(LoadedFile &&)> &visit, QString *error);

    // Load snapshots (schema 3, docs/history.md): the content stored under key, when it was
    // made from the versions of digest by the build of fingerprint; nothing otherwise.
    std::optional<QByteArray> readSnapshot(const QString &key, const QString &fingerprint,
                                           const QString &digest);
    // Replaces key's snapshot (and drops those of other builds), in one transaction.
    bool writeSnapshot(const QString &key, const QString &fingerprint, const QString &digest,
                       const QByteArray &content, QString *error);

    // For tests and `ingest` summaries: artifact keys and file hashes, sorted.
    QStringList contentsSummary(QString *error);

private:
    bool connect(OpenMode mode, QString *error);
    bool openSqliteReadOnly(QSqlDatabase &db, QString *error);
    bool runFiltered(QSqlQuery &query, const char *head, const StoreFilter &filter, QString *error);
    bool writeSnapshotRow(QSqlQuery &query, const QString &key, const QString &fingerprint,
                          const QString &digest, const QByteArray &content, QString *error);
    QString fail(const QString &what, const QString &reason) const;

    std::unique_ptr<QSqlQuery> m_insertArtifact, m_insertFile, m_renewArtifact; // prepared once
    StoreUrl m_url;
    QString m_connection;
    int m_version = 0;
    QString m_notice;
};

} // namespace gatehouse
