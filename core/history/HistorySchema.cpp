#include "HistorySchema.h"

#include "HistoryStatements.h"
#include "HistoryStore.h"
#include "StoredArtifact.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gatehouse {

namespace {

QString errorOf(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

bool exec(QSqlDatabase &db, const QString &statement, QString *reason)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *reason = errorOf(query);
    return false;
}

// -1 on error; 0 for a store without a schema yet.
int readVersion(QSqlDatabase &db, bool postgres, QString *reason)
{
    QSqlQuery query(db);
    if (!query.exec(sql::schemaTableExists(postgres)) || !query.next()) {
        *reason = errorOf(query);
        return -1;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QLatin1String(sql::kReadVersion)) || !query.next()) {
        *reason = errorOf(query);
        return -1;
    }
    return query.value(0).toInt();
}

// Version 2 added the repository column: fill it in for what version 1 stored.
bool backfillRepository(QSqlDatabase &db, QString *reason)
{
    QSqlQuery select(db);
    if (!select.exec(QLatin1String(sql::kSelectHtmlUrls))) {
        *reason = errorOf(select);
        return false;
    }
    QList<QPair<QString, QString>> updates;
    while (select.next()) {
        const QString repository = repositoryFromHtmlUrl(select.value(1).toString());
        if (!repository.isEmpty())
            updates.append({select.value(0).toString(), repository});
    }
    QSqlQuery update(db);
    update.prepare(QLatin1String(sql::kUpdateRepository));
    for (const auto &[key, repository] : std::as_const(updates)) {
        update.addBindValue(repository);
        update.addBindValue(key);
        if (!update.exec()) {
            *reason = errorOf(update);
            return false;
        }
    }
    return true;
}

bool applyVersion(QSqlDatabase &db, bool postgres, int version, QString *reason)
{
    const QString script = sql::schemaScript(version, postgres);
    if (script.isEmpty()) {
        *reason = QStringLiteral("schema script %1 is missing from this build").arg(version);
        return false;
    }
    QStringList lines;
    for (const QString &line : script.split(QLatin1Char('\n')))
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines.append(line);
    for (const QString &statement : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!exec(db, statement, reason)) {
            *reason = QStringLiteral("migration to schema version %1 failed: %2")
                          .arg(version)
                          .arg(*reason);
            return false;
        }
    }
    if (version == 2 && !backfillRepository(db, reason))
        return false;
    QSqlQuery query(db);
    query.prepare(QLatin1String(version == 1 ? sql::kInsertVersion : sql::kUpdateVersion));
    query.addBindValue(version);
    if (!query.exec()) {
        *reason = errorOf(query);
        return false;
    }
    return true;
}

QString newerStore(int version)
{
    return QStringLiteral("has schema version %1, newer than this Gatehouse reads (%2): "
                          "use a newer Gatehouse")
        .arg(version)
        .arg(HistoryStore::kSchemaVersion);
}

} // namespace

bool migrateSchema(QSqlDatabase &db, bool postgres, int targetVersion, int *version,
                   QString *reason)
{
    // A look without a lock first: a store already at the target (every load) takes no
    // write lock and works on a read-only copy too.
    *version = readVersion(db, postgres, reason);
    if (*version < 0)
        return false;
    if (*version > HistoryStore::kSchemaVersion) {
        *reason = newerStore(*version);
        return false;
    }
    if (*version >= targetVersion)
        return true;

    if (!exec(db, sql::beginForMigration(postgres), reason))
        return false;
    auto rollback = [&] {
        QString ignored;
        exec(db, QStringLiteral("ROLLBACK"), &ignored);
        return false;
    };
    const QString lock = sql::lockForMigration(postgres);
    if (!lock.isEmpty() && !exec(db, lock, reason))
        return rollback();
    // Again under the lock: another process may have migrated meanwhile.
    int current = readVersion(db, postgres, reason);
    if (current < 0)
        return rollback();
    if (current > HistoryStore::kSchemaVersion) {
        *reason = newerStore(current);
        return rollback();
    }
    for (int v = current + 1; v <= targetVersion; ++v)
        if (!applyVersion(db, postgres, v, reason))
            return rollback();
    if (!exec(db, QStringLiteral("COMMIT"), reason))
        return rollback();
    *version = std::max(current, targetVersion);
    return true;
}

} // namespace gatehouse
