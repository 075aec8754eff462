#include "HistoryIngest.h"

#include "ArtifactCollector.h"
#include "HistoryStore.h"

#include <QElapsedTimer>
#include <QThread>

#include <utility>

namespace gatehouse {

namespace {

// Whole artifacts per transaction: committing each of 30,000 small artifacts alone made
// SQLite rewrite the same b-tree pages 30,000 times (an ingest of 10k runs took 18 s; at
// 256 per group, 7 s: the random keys spread every group's inserts over the indexes).
// An artifact never spans two transactions, so a kill or a failure still leaves only whole
// artifacts and a repeated ingest adds what is missing; a group is at most this large,
// and committed once it has been open a second (it holds SQLite's write lock meanwhile;
// checked as artifacts arrive, so one artifact slow to read can hold it longer).
constexpr int kGroupArtifacts = 2048;
constexpr qint64 kGroupBytes = 32 * 1024 * 1024;
constexpr qint64 kGroupMilliseconds = 1000;
constexpr qint64 kLongIngestMilliseconds = 10000;

struct Pending
{
    StoredArtifact artifact;
    HistoryStore::AddResult result = HistoryStore::AddResult::Failed;
};

bool writeGroup(HistoryStore &store, QList<Pending> &group, qsizetype from, qsizetype to,
                QString *error)
{
    if (!store.begin(error))
        return false;
    for (qsizetype i = from; i < to; ++i) {
        group[i].result = store.add(group[i].artifact, error);
        if (group[i].result == HistoryStore::AddResult::Failed) {
            store.rollback();
            return false;
        }
    }
    return store.commit(error);
}

// The open transaction of a group: each artifact is written as it arrives, while the
// worker threads read the next ones (writing a whole group only when it was full left the
// readers idle during the writes and the writer idle during the reads: the ingest took
// the sum of the two). A group that fails is rolled back whole and written again one
// artifact at a time by flush, as before.
struct OpenGroup
{
    bool open = false;
    bool failed = false;
    QString error;

    void write(HistoryStore &store, Pending &pending)
    {
        if (failed)
            return;
        if (!open && !(open = store.begin(&error))) {
            failed = true;
            return;
        }
        pending.result = store.add(pending.artifact, &error);
        if (pending.result == HistoryStore::AddResult::Failed) {
            store.rollback();
            open = false;
            failed = true;
        }
    }
    // Commits what was written; false when the group must be written again one by one.
    bool finish(HistoryStore &store)
    {
        const bool wasOpen = std::exchange(open, false);
        const bool ok = !std::exchange(failed, false) && (!wasOpen || store.commit(&error));
        return ok;
    }
};

} // namespace

IngestSummary ingestSources(const QStringList &sources, const StoreUrl &url,
                            const std::function<void(const QString &)> &line)
{
    IngestSummary summary;
    HistoryStore store;
    if (!store.open(url, HistoryStore::OpenMode::CreateIfMissing, &summary.storeError)) {
        summary.storeOk = false;
        return summary;
    }
    auto describe = [](const StoredArtifact &a) {
        const QString files = a.files.size() == 1 ? QStringLiteral("1 file")
                                                  : QStringLiteral("%1 files").arg(a.files.size());
        return a.runId.isEmpty() ? QStringLiteral("%1 (%2)").arg(a.name, files)
                                 : QStringLiteral("%1 (run %2, %3)").arg(a.name, a.runId, files);
    };
    auto report = [&](const Pending &p) {
        if (p.result == HistoryStore::AddResult::Added) {
            ++summary.added;
            line(QStringLiteral("added   ") + describe(p.artifact));
        } else {
            ++summary.skipped;
            line(QStringLiteral("skipped ") + describe(p.artifact) +
                 QStringLiteral(": already stored"));
        }
    };
    QList<Pending> group;
    OpenGroup open;
    qint64 groupBytes = 0;
    QElapsedTimer sinceCommit, sinceStart;
    sinceCommit.start();
    sinceStart.start();
    // False once the store refused a write: it refuses the next too (disk full, connection
    // lost), so the ingest stops with nothing of the refused artifacts written.
    auto flush = [&]() {
        const qsizetype count = group.size();
        QString error;
        bool ok = open.finish(store);
        // SQLite has one writer at a time and no queue: with the group open while the next
        // artifacts are read, this ingest takes the lock back microseconds after each
        // commit, so another ingest waiting for it (with a 60 s busy timeout) waits for the
        // whole of this one. Fine for an ingest shorter than that; a longer one pauses a
        // moment after each commit from then on, so the other (its busy handler polls up to
        // every 100 ms) gets in within seconds.
        if (ok && count > 0 && url.backend == StoreUrl::Backend::Sqlite &&
            sinceStart.elapsed() > kLongIngestMilliseconds)
            QThread::msleep(3);
        if (ok) {
            for (const Pending &p : std::as_const(group))
                report(p);
        } else {
            // One at a time, to tell which artifact the store refuses (and to get past a
            // PostgreSQL deadlock with a concurrent ingest of the same group).
            for (qsizetype i = 0; i < count; ++i) {
                if (ok || i == 0) {
                    ok = writeGroup(store, group, i, i + 1, &error);
                    if (ok) {
                        report(group.at(i));
                        continue;
                    }
                    summary.storeOk = false;
                    summary.storeError = error;
                }
                ++summary.failed;
                line(QStringLiteral("failed  ") + describe(group.at(i).artifact));
            }
        }
        group.clear();
        groupBytes = 0;
        sinceCommit.restart();
        return ok;
    };
    summary.sourcesOk = collectArtifacts(
        sources,
        [&](StoredArtifact &&artifact) {
            for (const StoredFile &f : std::as_const(artifact.files))
                groupBytes += f.content.size();
            group.append(Pending{std::move(artifact)});
            open.write(store, group.last());
            if (group.size() >= kGroupArtifacts || groupBytes >= kGroupBytes ||
                sinceCommit.elapsed() >= kGroupMilliseconds)
                return flush();
            return true;
        },
        summary.issues, &summary.failed);
    if (summary.storeOk)
        flush();
    return summary;
}

} // namespace gatehouse
