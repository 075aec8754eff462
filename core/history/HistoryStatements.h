#pragma once
// Every SQL statement of the history store, in one place. Both back ends run the same
// text except where a dialect has no common spelling (the few *For(postgres) below).
#include <QString>

class QSqlError;

namespace gatehouse::sql {

QString schemaScript(int version, bool postgres); // the numbered .sql resource, split later
QString lockForMigration(bool postgres);          // "" when BEGIN takes the lock itself
QString beginForMigration(bool postgres);
QString schemaTableExists(bool postgres);
QString errorText(const QSqlError &e); // the driver's own words, else Qt's
// " AND …": the artifacts of no run, and those of every run with an artifact that meets
// condition ("repository = ?"; the filter's column of r, one placeholder).
QString runFilter(const char *condition);

extern const char *const kReadVersion;
extern const char *const kInsertVersion;
extern const char *const kUpdateVersion;
extern const char *const kInsertArtifact;
extern const char *const kInsertFile;
extern const char *const kRenewArtifact;
extern const char *const kSelectHtmlUrls;
extern const char *const kUpdateRepository;
extern const char *const kSelectVersionsHead; // the runFilter clauses follow
extern const char *const kSelectRowsHead;     // the rows a versions digest covers
extern const char *const kSelectFilesHead;
extern const char *const kSelectSnapshot;
extern const char *const kUpsertSnapshot;
extern const char *const kDeleteForeignSnapshots;
extern const char *const kDeleteOldSnapshots;
extern const char *const kSummary;

} // namespace gatehouse::sql
