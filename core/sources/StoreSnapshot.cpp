#include "StoreSnapshot.h"

#include "CoreFingerprint.h"
#include "DatasetCodec.h"
#include "history/HistoryStore.h"

#include <QCryptographicHash>
#include <atomic>

namespace gatehouse {

namespace {

std::atomic<int> g_used{0};
std::atomic<int> g_written{0};

QString fingerprint()
{
    return QStringLiteral(GATEHOUSE_CORE_FINGERPRINT) + QLatin1Char('/') +
           QString::fromLatin1(qVersion());
}

// Everything besides the store's content that decides what a load makes of it.
QString snapshotKey(const StoreUrl &url, const LoadOptions &options)
{
    QStringList parts{QStringLiteral("load-snapshot"), url.key()};
    QString kinds;
    for (int k = 0; k < kArtifactKindCount; ++k)
        kinds += options.kinds.contains(ArtifactKind(k)) ? QLatin1Char('1') : QLatin1Char('0');
    // The count first: no units (keep them all) and one empty unit must differ.
    parts << kinds
          << QString::number(options.benchUnits.size()) + QLatin1Char(':') +
                 options.benchUnits.join(QChar(1))
          << QString::number(options.maxFileBytes) << QString::number(options.maxZipTotalBytes)
          << QString::number(options.maxZipEntries);
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0)).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

std::optional<StoreUrl> openable(const QString &store)
{
    QString error;
    return parseStoreUrl(store, &error);
}

} // namespace

std::optional<QString> onlyStoreSource(const LoadOptions &options)
{
    if (options.sources.size() != 1 || !looksLikeStoreUrl(options.sources.first()))
        return std::nullopt;
    return options.sources.first();
}

std::optional<Dataset> loadStoreSnapshot(const QString &store, const LoadOptions &options)
{
    const std::optional<StoreUrl> url = openable(store);
    if (!url)
        return std::nullopt;
    HistoryStore history;
    QString error;
    QString digest;
    if (!history.open(*url, HistoryStore::OpenMode::MustExist, &error) ||
        !history.readVersionsDigest(url->filter, &digest, &error))
        return std::nullopt;
    const std::optional<QByteArray> bytes =
        history.readSnapshot(snapshotKey(*url, options), fingerprint(), digest);
    if (!bytes)
        return std::nullopt;
    std::optional<Dataset> dataset = decodeDataset(*bytes);
    if (dataset)
        g_used.fetch_add(1, std::memory_order_relaxed);
    return dataset;
}

void saveStoreSnapshot(const QString &store, const LoadOptions &options, const QString &digest,
                       const Dataset &dataset)
{
    // A partial read is no picture of the store.
    if (dataset.counters.storesFailed != 0)
        return;
    const std::optional<StoreUrl> url = openable(store);
    if (!url)
        return;
    HistoryStore history;
    QString error;
    if (!history.open(*url, HistoryStore::OpenMode::MustExist, &error))
        return;
    if (history.writeSnapshot(snapshotKey(*url, options), fingerprint(), digest,
                              encodeDataset(dataset), &error))
        g_written.fetch_add(1, std::memory_order_relaxed);
}

SnapshotCounts snapshotCounts()
{
    return {g_used.load(), g_written.load()};
}

void resetSnapshotCounts()
{
    g_used = 0;
    g_written = 0;
}

} // namespace gatehouse
