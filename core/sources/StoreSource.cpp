#include "StoreSource.h"

#include "BytesAtPath.h"
#include "history/HistoryStore.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <deque>

namespace gatehouse {

namespace {

constexpr qsizetype kBatchFiles = 128;

struct Batch
{
    QList<LoadedFile> files;
    TaskOutput out;
};

// Reads one store; batches are parsed on the pool while the next rows are read, with at
// most a few batches in flight so memory stays bounded whatever the store's size.
bool readStore(const QString &given, const LoadOptions &options, StoreSourcesRead &read)
{
    QString error;
    const std::optional<StoreUrl> url = parseStoreUrl(given, &error);
    TaskOutput failure;
    if (!url) {
        failure.issues.append({withoutPassword(given), 0, error, Severity::Error});
        failure.storesFailed = 1;
        read.outputs.append(std::move(failure));
        return true;
    }
    HistoryStore store;
    if (!store.open(*url, HistoryStore::OpenMode::MustExist, &error)) {
        failure.issues.append({url->display(), 0, error, Severity::Error});
        failure.storesFailed = 1;
        read.outputs.append(std::move(failure));
        return true;
    }
    const QString storeKey = url->key();
    read.bases.insert(storeKey, QStringLiteral(":/history-store")); // nothing to write back

    QThreadPool pool;
    const int threads = std::max(1, QThread::idealThreadCount());
    pool.setMaxThreadCount(threads);
    QSemaphore inFlight(threads * 2);
    std::deque<Batch> batches; // stable addresses while workers fill them
    std::atomic<qint64> parsed{0};
    qint64 total = 0;
    bool cancelled = false;
    QHash<QString, QString> keys; // origin -> source key
    Batch pending;
    pending.out.benchUnits = options.benchUnits; // the bench command keeps its metric only

    auto submit = [&] {
        if (pending.files.isEmpty())
            return;
        inFlight.acquire();
        batches.push_back(std::move(pending));
        pending = Batch();
        pending.out.benchUnits = options.benchUnits;
        Batch *batch = &batches.back();
        pool.start([batch, &inFlight, &parsed, &options] {
            for (const LoadedFile &f : std::as_const(batch->files))
                parseBytesAtPath(f.content, f.path, f.atRoot, f.origin, options.kinds, batch->out);
            compactOutput(batch->out); // kept as runs until the merge, as a folder's tasks
            parsed.fetch_add(batch->files.size(), std::memory_order_relaxed);
            batch->files.clear();
            batch->files.squeeze();
            inFlight.release();
        });
        if (options.progress)
            cancelled =
                !options.progress(int(parsed.load() * 1000 / std::max<qint64>(1, total)), 1000);
    };
    HistoryStore::Versions versions;
    bool ok = store.readVersions(url->filter, &versions, &error);
    total = versions.files;
    ok = ok && store.readFiles(
                   url->filter, versions,
                   [&](LoadedFile &&file) {
                       const QString slot =
                           file.runApart.isEmpty()
                               ? file.origin
                               : file.origin + QStringLiteral("#run=") + file.runApart;
                       auto key = keys.constFind(slot);
                       if (key == keys.cend())
                           key = keys.insert(slot, storeSourceKey(storeKey, slot));
                       file.origin = *key; // parsed with the source key in place of the origin
                       pending.files.append(std::move(file));
                       if (pending.files.size() >= kBatchFiles)
                           submit();
                       return !cancelled;
                   },
                   &error);
    if (!cancelled)
        submit();
    pool.waitForDone();
    if (!ok) {
        failure.issues.append({url->display(), 0, error, Severity::Error});
        failure.storesFailed = 1;
        read.outputs.append(std::move(failure));
    } else if (!cancelled) {
        read.versionDigests.insert(given, versions.digest);
    }
    for (const QString &key : std::as_const(keys))
        read.bases.insert(key, QStringLiteral(":/history-store"));
    for (Batch &batch : batches)
        read.outputs.append(std::move(batch.out));
    return !cancelled;
}

} // namespace

QString storeSourceKey(const QString &storeKey, const QString &origin)
{
    return storeKey + QLatin1Char('#') + origin;
}

StoreSourcesRead readStoreSources(const LoadOptions &options)
{
    StoreSourcesRead read;
    for (const QString &source : options.sources) {
        if (!looksLikeStoreUrl(source)) {
            read.otherSources.append(source);
            continue;
        }
        if (!read.cancelled && !readStore(source, options, read))
            read.cancelled = true;
    }
    return read;
}

} // namespace gatehouse
