// The reading half of HistoryStore: which artifact versions a load reads, their files,
// and the load snapshots (schema 3) kept beside them.
#include "HistoryStatements.h"
#include "HistoryStore.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

namespace gatehouse {

namespace {

struct Where
{
    QString clause;
    QVariantList values;
};

Where whereFor(const StoreFilter &filter)
{
    Where where;
    if (!filter.repository.isEmpty()) {
        where.clause += sql::runFilter("repository = ?");
        where.values.append(filter.repository);
    }
    if (!filter.workflow.isEmpty()) {
        where.clause += sql::runFilter("workflow = ?");
        where.values.append(filter.workflow);
    }
    // created_at is stored as 2026-01-05T10:00:00Z (UTC), so text order is time order.
    if (filter.from.isValid()) {
        where.clause += sql::runFilter("created_at >= ?");
        where.values.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        where.clause += sql::runFilter("created_at < ?");
        where.values.append(filter.to.addDays(1).toString(Qt::ISODate));
    }
    return where;
}

// What a load reads is decided by the artifact rows its filter lets through: a row's key
// hashes the artifact's files and its origin, name and run never change; only ingested_at
// does (an artifact ingested again becomes its slot's latest). So a digest over every
// (key, ingested_at) pair tells whether two reads read the same bytes. It is a multiset
// hash — four lanes of sums of independently seeded 64-bit hashes, and the count — so it
// needs neither the rows in order nor the winners worked out (a load of a snapshot does
// little else than this).
class RowDigest
{
public:
    void add(const QString &key, const QString &ingestedAt)
    {
        const quint64 k = fnv(key), t = fnv(ingestedAt);
        for (size_t i = 0; i < std::size(m_lanes); ++i)
            m_lanes[i] += mix(k + kSeeds[i]) ^ mix(t ^ kSeeds[i]);
        ++m_count;
    }
    QString hex() const
    {
        QString text = QString::number(m_count, 16);
        for (quint64 lane : m_lanes)
            text += QLatin1Char('-') + QString::number(lane, 16);
        return text;
    }

private:
    // Qt's qHash is seeded per process even with a seed given: the digest is stored, so
    // its hashes must be the same in every process. FNV-1a over the UTF-16 code units.
    static quint64 fnv(const QString &s)
    {
        quint64 h = 0xcbf29ce484222325ull;
        for (QChar c : s)
            h = (h ^ c.unicode()) * 0x100000001b3ull;
        return h;
    }
    static quint64 mix(quint64 z) // splitmix64's finaliser
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    static constexpr quint64 kSeeds[4] = {0x243f6a8885a308d3ull, 0x13198a2e03707344ull,
                                          0xa4093822299f31d0ull, 0x082efa98ec4e6c89ull};
    quint64 m_lanes[4] = {};
    quint64 m_count = 0;
};

// Where an artifact was stored from: its origin and name; a slot adds its run.
struct Place
{
    QString origin, name;
    bool operator==(const Place &o) const { return origin == o.origin && name == o.name; }
};
struct Slot
{
    Place place;
    QString runId;
    bool operator==(const Slot &o) const { return place == o.place && runId == o.runId; }
};
size_t qHash(const Place &p, size_t seed = 0) noexcept
{
    return qHashMulti(seed, p.origin, p.name);
}
size_t qHash(const Slot &s, size_t seed = 0) noexcept
{
    return qHashMulti(seed, s.place, s.runId);
}

} // namespace

bool HistoryStore::runFiltered(QSqlQuery &query, const char *head, const StoreFilter &filter,
                               QString *error)
{
    if (m_version < 2 && (!filter.repository.isEmpty() || !filter.workflow.isEmpty())) {
        *error = fail(QStringLiteral("cannot be filtered by repository or workflow"),
                      QStringLiteral("schema version 1 has neither; ") + m_notice);
        return false;
    }
    const Where where = whereFor(filter);
    query.setForwardOnly(true);
    query.prepare(QLatin1String(head) + where.clause);
    for (const QVariant &v : where.values)
        query.addBindValue(v);
    if (query.exec())
        return true;
    *error = fail(QStringLiteral("cannot be read"), sql::errorText(query.lastError()));
    return false;
}

bool HistoryStore::readVersions(const StoreFilter &filter, Versions *versions, QString *error)
{
    // Over the artifacts alone (no file rows, no bytes): the latest ingested version of
    // each (origin, artifact name, run id), and how many files the load reads.
    struct Version
    {
        QString ingestedAt, key, runId;
        qint64 files = 0;
        bool operator<(const Version &o) const
        {
            return std::tie(ingestedAt, key) < std::tie(o.ingestedAt, o.key);
        }
    };
    QHash<Slot, Version> latest;   // the latest version of each slot
    QHash<Place, int> runsAtPlace; // runs stored at each origin and name
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!runFiltered(query, sql::kSelectVersionsHead, filter, error))
        return false;
    RowDigest digest;
    while (query.next()) {
        Slot slot{{query.value(0).toString(), query.value(3).toString()},
                  query.value(5).toString()};
        Version version{query.value(1).toString(), query.value(2).toString(), slot.runId,
                        query.value(4).toLongLong()};
        digest.add(version.key, version.ingestedAt); // each column converted once
        auto it = latest.find(slot);
        if (it == latest.end()) {
            ++runsAtPlace[slot.place];
            latest.insert(std::move(slot), std::move(version));
        } else if (*it < version) {
            *it = std::move(version);
        }
    }
    if (query.lastError().isValid()) {
        *error = fail(QStringLiteral("cannot be read"), sql::errorText(query.lastError()));
        return false;
    }
    // key -> the run to load it apart under, when other runs share its origin and name
    // (a folder re-ingested run after run): "" for the usual one run per path.
    versions->winners.clear();
    versions->winners.reserve(latest.size());
    versions->files = 0;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        versions->winners.insert(it->key,
                                 runsAtPlace.value(it.key().place) > 1 ? it->runId : QString());
        versions->files += it->files;
    }
    versions->digest = digest.hex();
    return true;
}

bool HistoryStore::readVersionsDigest(const StoreFilter &filter, QString *digest, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!runFiltered(query, sql::kSelectRowsHead, filter, error))
        return false;
    RowDigest rows;
    while (query.next())
        rows.add(query.value(0).toString(), query.value(1).toString());
    if (query.lastError().isValid()) {
        *error = fail(QStringLiteral("cannot be read"), sql::errorText(query.lastError()));
        return false;
    }
    *digest = rows.hex();
    return true;
}

bool HistoryStore::readFiles(const StoreFilter &filter, const Versions &versions,
                             const std::function<bool(LoadedFile &&)> &visit, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!runFiltered(query, sql::kSelectFilesHead, filter, error))
        return false;
    while (query.next()) {
        const auto winner = versions.winners.constFind(query.value(1).toString());
        if (winner == versions.winners.cend())
            continue; // an older version, or stored since the versions were read
        LoadedFile file{query.value(0).toString(), query.value(2).toString(),
                        query.value(3).toInt() != 0, query.value(4).toByteArray(), *winner};
        if (!visit(std::move(file)))
            return true;
    }
    if (query.lastError().isValid()) {
        *error = fail(QStringLiteral("cannot be read"), sql::errorText(query.lastError()));
        return false;
    }
    return true;
}

std::optional<QByteArray> HistoryStore::readSnapshot(const QString &key, const QString &fingerprint,
                                                     const QString &digest)
{
    if (m_version < 3)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QLatin1String(sql::kSelectSnapshot));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    if (query.value(0).toString() != digest || query.value(1).toString() != fingerprint)
        return std::nullopt; // made from other versions, or by another build
    return query.value(2).toByteArray();
}

bool HistoryStore::writeSnapshot(const QString &key, const QString &fingerprint,
                                 const QString &digest, const QByteArray &content, QString *error)
{
    if (m_version < 3) {
        *error = fail(QStringLiteral("cannot write"), QStringLiteral("schema before version 3"));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool sqlite = m_url.backend == StoreUrl::Backend::Sqlite;
    QSqlQuery query(db);
    // A cache is not worth waiting for: while an ingest holds SQLite's write lock, give up
    // within a moment instead of the minute an ingest waits for another.
    if (sqlite)
        query.exec(QStringLiteral("PRAGMA busy_timeout = 200"));
    const bool written = writeSnapshotRow(query, key, fingerprint, digest, content, error);
    if (sqlite)
        query.exec(QStringLiteral("PRAGMA busy_timeout = 60000"));
    return written;
}

bool HistoryStore::writeSnapshotRow(QSqlQuery &query, const QString &key,
                                    const QString &fingerprint, const QString &digest,
                                    const QByteArray &content, QString *error)
{
    if (!begin(error))
        return false;
    // Snapshots of other builds can never be used by this one again: one build's rows at
    // a time keep the table to a row per load options.
    query.prepare(QLatin1String(sql::kDeleteForeignSnapshots));
    query.addBindValue(fingerprint);
    bool ok = query.exec();
    if (ok) {
        query.prepare(QLatin1String(sql::kDeleteOldSnapshots));
        query.addBindValue(key);
        query.addBindValue(key);
        ok = query.exec();
    }
    if (ok) {
        query.prepare(QLatin1String(sql::kUpsertSnapshot));
        for (const QVariant &value :
             {QVariant(key), QVariant(fingerprint), QVariant(digest),
              QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)),
              QVariant(content)})
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        *error = fail(QStringLiteral("cannot write"), sql::errorText(query.lastError()));
        rollback();
        return false;
    }
    return commit(error);
}

QStringList HistoryStore::contentsSummary(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    QStringList lines;
    if (!query.exec(QLatin1String(sql::kSummary))) {
        *error = fail(QStringLiteral("cannot be read"), sql::errorText(query.lastError()));
        return lines;
    }
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 6; ++i)
            fields.append(query.value(i).toString());
        lines.append(fields.join(QLatin1Char(' ')));
    }
    return lines;
}

} // namespace gatehouse
