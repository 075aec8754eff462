#include "HistoryStore.h"

#include "HistorySchema.h"
#include "HistoryStatements.h"
#include "StorePasswords.h"
#include "common/RunIdentity.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <tuple>
#include <unistd.h>

namespace gatehouse {

namespace {

// SQLITE_BUSY, plain or extended (BUSY_RECOVERY, BUSY_SNAPSHOT, ...).
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == 5;
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("gatehouse-history-%1").arg(counter.fetch_add(1));
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

// NOT NULL text columns: a null QString would bind as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant numberOrNull(qint64 value)
{
    return value == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(value);
}

// Whether this process may write the SQLite file and make files beside it (its -wal, -shm).
bool mayWrite(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0 &&
           ::access(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), W_OK) == 0;
}

} // namespace

HistoryStore::HistoryStore() : m_connection(newConnectionName()) {}

HistoryStore::~HistoryStore()
{
    m_insertArtifact.reset(); // before the connection goes
    m_insertFile.reset();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryStore::fail(const QString &what, const QString &reason) const
{
    return QStringLiteral("history store %1: %2: %3").arg(m_url.display(), what, reason);
}

bool HistoryStore::connect(OpenMode mode, QString *error)
{
    const bool postgres = m_url.backend == StoreUrl::Backend::Postgres;
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        *error = fail(QStringLiteral("cannot open"),
                      QStringLiteral("the Qt SQL driver %1 is not installed (Debian: %2)")
                          .arg(driver, postgres ? QStringLiteral("libqt6sql6-psql")
                                                : QStringLiteral("libqt6sql6-sqlite")));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connection);
    if (postgres) {
        db.setDatabaseName(m_url.database);
        if (!m_url.host.isEmpty())
            db.setHostName(m_url.host);
        if (m_url.port > 0)
            db.setPort(m_url.port);
        if (!m_url.user.isEmpty())
            db.setUserName(m_url.user);
        // Empty: libpq takes PGPASSWORD or ~/.pgpass itself.
        const QString password =
            m_url.password.isEmpty() ? rememberedStorePassword(m_url) : m_url.password;
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        const QFileInfo file(m_url.path);
        if (mode == OpenMode::MustExist && !file.exists()) {
            *error = fail(QStringLiteral("cannot open"), QStringLiteral("no such file"));
            return false;
        }
        if (!file.exists() && !QDir().mkpath(file.path())) {
            *error = fail(QStringLiteral("cannot create"),
                          QStringLiteral("cannot create folder %1").arg(file.path()));
            return false;
        }
        if (mode == OpenMode::MustExist && !mayWrite(m_url.path))
            return openSqliteReadOnly(db, error);
        if (mode == OpenMode::CreateIfMissing && file.exists() && !mayWrite(m_url.path)) {
            *error = fail(QStringLiteral("cannot write"),
                          QStringLiteral("the file or its folder is read-only"));
            return false;
        }
        db.setDatabaseName(m_url.path);
        // Concurrent ingests wait for each other's (short) artifact transactions.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=60000"));
    }
    if (!db.open()) {
        *error = fail(QStringLiteral("cannot connect"), sql::errorText(db.lastError()));
        return false;
    }
    if (!postgres) {
        // A corrupt file fails here: SQLite reads the header on the first statement.
        QSqlQuery query(db);
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                   "PRAGMA foreign_keys = ON",
                                   // 64 MiB of page cache (default 2 MiB): an ingest's
                                   // inserts land on index pages all over the file.
                                   "PRAGMA cache_size = -65536",
                                   // Checkpoint the WAL into the file every 64 MiB, not
                                   // every 4 MiB: an index page that many groups change
                                   // is copied once, not once per group.
                                   "PRAGMA wal_autocheckpoint = 16384"}) {
            // Setting the journal mode takes a lock SQLite does not wait for with its busy
            // timeout: while another ingest holds it (two starting at once), wait here.
            bool done = query.exec(QLatin1String(pragma));
            for (int attempt = 0; !done && attempt < 600 && isBusy(query.lastError()); ++attempt) {
                QThread::msleep(100);
                done = query.exec(QLatin1String(pragma));
            }
            if (!done) {
                *error = fail(QStringLiteral("cannot be read"), sql::errorText(query.lastError()));
                return false;
            }
        }
    } else {
        // One commit per artifact: without waiting for the WAL flush of each, a crash of the
        // server may lose the last few commits (whole artifacts; the next ingest adds them
        // again), never part of one.
        QSqlQuery query(db);
        query.exec(QStringLiteral("SET synchronous_commit = off"));
    }
    return true;
}

// A store this process may not write — a read-only file or folder: an archive, a share —
// is opened read-only, its journal mode left alone. SQLite reads a WAL-mode file so when
// its -shm file exists or can be made. Where it cannot (a folder we cannot write) and
// neither -shm nor -wal is there — no connection open anywhere, since every one keeps a
// -shm, and nothing written that is not in the file itself — it is opened as immutable.
// With a -wal but no -shm, the file alone would lack committed writes: that is refused.
bool HistoryStore::openSqliteReadOnly(QSqlDatabase &db, QString *error)
{
    const bool besides = QFileInfo::exists(m_url.path + QStringLiteral("-wal")) ||
                         QFileInfo::exists(m_url.path + QStringLiteral("-shm"));
    QString reason;
    for (const bool immutable : {false, true}) {
        if (immutable && besides) {
            reason += QStringLiteral(" (read-only, with a write-ahead log SQLite cannot read "
                                     "here: open it once with write access to its folder)");
            break;
        }
        db.close();
        QUrl uri = QUrl::fromLocalFile(m_url.path);
        uri.setQuery(immutable ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=60000"));
        if (!db.open()) {
            reason = sql::errorText(db.lastError());
            continue;
        }
        // A corrupt file fails here: SQLite reads the header on the first statement.
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && probe.next()) {
            probe.exec(QStringLiteral("PRAGMA cache_size = -65536"));
            return true;
        }
        reason = sql::errorText(probe.lastError());
    }
    *error = fail(QStringLiteral("cannot be read"), reason);
    return false;
}

bool HistoryStore::open(const StoreUrl &url, OpenMode mode, QString *error, int targetVersion)
{
    m_url = url;
    if (!connect(mode, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString reason;
    if (!migrateSchema(db, url.backend == StoreUrl::Backend::Postgres, targetVersion, &m_version,
                       &reason)) {
        // An older store that cannot be migrated here (a read-only file, a role that may
        // only SELECT) is read as it is: a load needs nothing newer than version 1 (only
        // the repository/workflow filter, version 2; snapshots, version 3, are skipped).
        if (mode == OpenMode::MustExist && m_version >= 1 && m_version < targetVersion) {
            m_notice = QStringLiteral("read as it is, at schema version %1 (not migrated: %2)")
                           .arg(m_version)
                           .arg(reason);
            return true;
        }
        *error = fail(QStringLiteral("cannot be used"), reason);
        return false;
    }
    return true;
}

bool HistoryStore::begin(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.transaction())
        return true;
    *error = fail(QStringLiteral("cannot write"), sql::errorText(db.lastError()));
    return false;
}

bool HistoryStore::commit(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.commit())
        return true;
    *error = fail(QStringLiteral("cannot write"), sql::errorText(db.lastError()));
    db.rollback();
    return false;
}

void HistoryStore::rollback()
{
    QSqlDatabase::database(m_connection, false).rollback();
}

HistoryStore::AddResult HistoryStore::add(const StoredArtifact &artifact, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!m_insertArtifact) {
        m_insertArtifact = std::make_unique<QSqlQuery>(db);
        m_insertArtifact->prepare(QLatin1String(sql::kInsertArtifact));
        m_insertFile = std::make_unique<QSqlQuery>(db);
        m_insertFile->prepare(QLatin1String(sql::kInsertFile));
        m_renewArtifact = std::make_unique<QSqlQuery>(db);
        m_renewArtifact->prepare(QLatin1String(sql::kRenewArtifact));
    }
    const QString key = artifact.key();
    auto failed = [&](const QSqlError &e) {
        *error = fail(QStringLiteral("cannot store %1").arg(artifact.name), sql::errorText(e));
        return AddResult::Failed;
    };
    QSqlQuery &insert = *m_insertArtifact;
    const RunMetadata &run = artifact.run;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QVariant &value :
         {QVariant(key), text(artifact.runId), text(artifact.name),
          QVariant(artifact.contentHash()), QVariant(artifact.origin),
          QVariant(int(artifact.files.size())), QVariant(now), numberOrNull(run.runNumber),
          numberOrNull(run.runAttempt), textOrNull(run.headBranch), textOrNull(run.headSha),
          textOrNull(run.conclusion),
          textOrNull(run.createdAt.isValid() ? formatTimestamp(run.createdAt) : QString()),
          textOrNull(run.htmlUrl), textOrNull(artifact.repository), textOrNull(artifact.workflow)})
        insert.addBindValue(value);
    if (!insert.exec())
        return failed(insert.lastError());
    if (insert.numRowsAffected() == 0) {
        // Stored before; ingested again now, so it is this slot's latest version again.
        QSqlQuery &renew = *m_renewArtifact;
        renew.addBindValue(now);
        renew.addBindValue(key);
        if (!renew.exec())
            return failed(renew.lastError());
        return AddResult::AlreadyStored;
    }
    QSqlQuery &file = *m_insertFile;
    for (const StoredFile &f : artifact.files) {
        file.addBindValue(key);
        file.addBindValue(f.path);
        file.addBindValue(f.atRoot ? 1 : 0);
        file.addBindValue(qint64(f.content.size()));
        file.addBindValue(f.sha256);
        file.addBindValue(f.content);
        if (!file.exec())
            return failed(file.lastError());
    }
    return AddResult::Added;
}

} // namespace gatehouse
