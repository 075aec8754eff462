#pragma once
// The versioned schema (docs/history.md): the numbered scripts in schema/, applied in one
// transaction from the store's version up to the target. A store newer than this build
// is refused, never written to.
#include <QSqlDatabase>
#include <QString>

namespace gatehouse {

// *version: the store's version after the call. False with *reason on failure (the
// transaction is rolled back: the store stays at its old version).
bool migrateSchema(QSqlDatabase &db, bool postgres, int targetVersion, int *version,
                   QString *reason);

} // namespace gatehouse
