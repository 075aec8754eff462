#include "HistoryStatements.h"

#include <QFile>
#include <QSqlError>

static void registerSchemaResources()
{
    Q_INIT_RESOURCE(schema);
}

namespace gatehouse::sql {

QString schemaScript(int version, bool postgres)
{
    static const bool registered = (registerSchemaResources(), true);
    Q_UNUSED(registered);
    static const char *const kFiles[] = {":/history/schema/001-initial.sql",
                                         ":/history/schema/002-repository-workflow.sql",
                                         ":/history/schema/003-load-snapshots.sql"};
    if (version < 1 || version > int(std::size(kFiles)))
        return QString();
    QFile file{QString::fromLatin1(kFiles[version - 1])}; // braces: no vexing parse in clang
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QString text = QString::fromUtf8(file.readAll());
    // The one type the dialects spell differently.
    text.replace(QLatin1String("@BLOB@"),
                 postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return text;
}

QString errorText(const QSqlError &e)
{
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return text.trimmed();
}

QString beginForMigration(bool postgres)
{
    // SQLite: take the write lock at once, so two processes opening a new store do not
    // both create it. PostgreSQL: an advisory lock does that (lockForMigration).
    return postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString lockForMigration(bool postgres)
{
    return postgres ? QStringLiteral("SELECT pg_advisory_xact_lock(4711202612)") : QString();
}

QString schemaTableExists(bool postgres)
{
    return postgres ? QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                     "WHERE table_schema = current_schema() "
                                     "AND table_name = 'schema_version'")
                    : QStringLiteral("SELECT count(*) FROM sqlite_master "
                                     "WHERE type = 'table' AND name = 'schema_version'");
}

const char *const kReadVersion = "SELECT max(version) FROM schema_version";
const char *const kInsertVersion = "INSERT INTO schema_version (version) VALUES (?)";
const char *const kUpdateVersion = "UPDATE schema_version SET version = ?";

// ON CONFLICT DO NOTHING: SQLite 3.24+ and PostgreSQL 9.5+ alike. A concurrent ingest of
// the same artifact waits for the other's transaction, then adds nothing.
const char *const kInsertArtifact =
    "INSERT INTO artifacts (artifact_key, run_id, name, content_hash, origin, file_count, "
    "ingested_at, run_number, run_attempt, head_branch, head_sha, conclusion, created_at, "
    "html_url, repository, workflow) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT DO NOTHING";
const char *const kInsertFile =
    "INSERT INTO files (artifact_key, path, at_root, size, sha256, content) "
    "VALUES (?, ?, ?, ?, ?, ?)";

// An artifact ingested again (its content reverted to this version, say) becomes the
// latest of its slot again: the load reads the version ingested last. Only where another
// version of its slot is later than it: the latest one stays as it is, so ingesting an
// unchanged folder again changes nothing a load reads (and its load snapshot stays good).
const char *const kRenewArtifact =
    "UPDATE artifacts SET ingested_at = ? WHERE artifact_key = ? AND EXISTS ("
    "SELECT 1 FROM artifacts o WHERE o.run_id = artifacts.run_id AND o.name = artifacts.name "
    "AND o.origin = artifacts.origin AND o.artifact_key <> artifacts.artifact_key "
    "AND (o.ingested_at > artifacts.ingested_at OR (o.ingested_at = artifacts.ingested_at "
    "AND o.artifact_key > artifacts.artifact_key)))";

const char *const kSelectHtmlUrls =
    "SELECT artifact_key, html_url FROM artifacts WHERE html_url IS NOT NULL";
const char *const kUpdateRepository = "UPDATE artifacts SET repository = ? WHERE artifact_key = ?";

// Files without a run (whitelist, baselines) pass every filter: they hold no run. A run
// passes when any of its artifacts has the field and it matches, and then all its
// artifacts do: a gate result carries no html_url or date, its run's metadata.json does.
const char *const kSelectVersionsHead =
    "SELECT a.origin, a.ingested_at, a.artifact_key, a.name, a.file_count, a.run_id "
    "FROM artifacts a WHERE 1 = 1";
const char *const kSelectRowsHead =
    "SELECT a.artifact_key, a.ingested_at FROM artifacts a WHERE 1 = 1";
const char *const kSelectFilesHead =
    "SELECT a.origin, a.artifact_key, f.path, f.at_root, f.content "
    "FROM artifacts a JOIN files f ON f.artifact_key = a.artifact_key WHERE 1 = 1";
QString runFilter(const char *condition)
{
    return QStringLiteral(" AND (a.run_id = '' OR a.run_id IN "
                          "(SELECT r.run_id FROM artifacts r WHERE r.%1))")
        .arg(QLatin1String(condition));
}

// Load snapshots (schema 3): one row per load options; a load of other options or of a
// newer build replaces its own row only. ON CONFLICT ... DO UPDATE: SQLite 3.24+ and
// PostgreSQL 9.5+ alike.
const char *const kSelectSnapshot =
    "SELECT versions_digest, fingerprint, content FROM load_snapshots WHERE snapshot_key = ?";
const char *const kUpsertSnapshot =
    "INSERT INTO load_snapshots (snapshot_key, fingerprint, versions_digest, created_at, content) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (snapshot_key) DO UPDATE SET "
    "fingerprint = excluded.fingerprint, versions_digest = excluded.versions_digest, "
    "created_at = excluded.created_at, content = excluded.content";
const char *const kDeleteForeignSnapshots = "DELETE FROM load_snapshots WHERE fingerprint <> ?";
// At most eight snapshots (so many load options in use at once): the oldest go first.
const char *const kDeleteOldSnapshots =
    "DELETE FROM load_snapshots WHERE snapshot_key <> ? AND snapshot_key NOT IN "
    "(SELECT snapshot_key FROM load_snapshots WHERE snapshot_key <> ? "
    "ORDER BY created_at DESC LIMIT 7)";

const char *const kSummary =
    "SELECT a.artifact_key, a.run_id, a.name, a.file_count, f.path, f.sha256 "
    "FROM artifacts a LEFT JOIN files f ON f.artifact_key = a.artifact_key "
    "ORDER BY a.artifact_key, f.path";

} // namespace gatehouse::sql
