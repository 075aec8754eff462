#pragma once
// The loader's side of LoadCache: the remembered files and how a load reads and refreshes
// them. Internal to core/sources.
#include "Dataset.h"
#include "FolderScanner.h"
#include "LoadCache.h"
#include "ParsedFile.h"

#include <QHash>
#include <QMutex>
#include <optional>

namespace gatehouse {

// What identifies a file's content for the cache: size and modification time (ns).
struct FileStamp
{
    qint64 size = -1;
    qint64 mtimeNs = 0;
    bool operator==(const FileStamp &o) const { return size == o.size && mtimeNs == o.mtimeNs; }
    bool operator!=(const FileStamp &o) const { return !(*this == o); }
};

// lstat of a file on disk (a resource: its size); nullopt when it cannot be looked at
// (such a file is always read).
std::optional<FileStamp> stampOf(const QString &absolutePath);

// One file (or zip, with everything inside it) as reading it last gave it.
struct CachedFile
{
    FileStamp stamp;
    TaskOutput output; // only what reading this one file added
};

// source key + '\0' + source-relative path -> file
using CachedFiles = QHash<QString, CachedFile>;

QString cacheKey(const QString &sourceKey, const QString &relativePath);

// Everything a load's options decide about what a file gives: a cache filled under other
// options is not used.
QString loadSignature(const LoadOptions &options);

// The files a load of options would read, with their stamps (stat-only; implemented in
// Loader.cpp beside the walk it mirrors). False when a file cannot be stamped.
bool stampSources(const LoadOptions &options, QHash<QString, FileStamp> &stamps);
// The sources options name as a load resolves them ("type:canonical path"; Loader.cpp).
QStringList resolvedSourceKeys(const LoadOptions &options);
// "0:" is a folder source in those keys (SourceType::Folder).
inline bool isFolderSourceKey(const QString &resolvedKey)
{
    return resolvedKey.startsWith(QLatin1String("0:"));
}

struct LoadCache::Impl
{
    mutable QMutex mutex;
    QString signature;
    CachedFiles files;
    // The last load's result: when not one file changed, the next load is this (its lists
    // are implicitly shared, so keeping it costs no copy).
    std::optional<Dataset> last;
    // The folders that load listed and the sources as it resolved them: what lets
    // sourcesChanged() stat instead of walk (FolderStamps.h).
    FolderStamps folders;
    QStringList resolved;
};

struct LoadCacheAccess
{
    // A snapshot to read from during a load (implicitly shared, so taking it is cheap).
    static CachedFiles snapshot(const LoadCache &cache, const QString &signature)
    {
        QMutexLocker lock(&cache.d->mutex);
        return cache.d->signature == signature ? cache.d->files : CachedFiles();
    }
    static void replace(LoadCache &cache, const QString &signature, CachedFiles &&files,
                        const Dataset &result, FolderStamps &&folders, QStringList &&resolved)
    {
        QMutexLocker lock(&cache.d->mutex);
        cache.d->signature = signature;
        cache.d->files = std::move(files);
        cache.d->last = result;
        cache.d->folders = std::move(folders);
        cache.d->resolved = std::move(resolved);
    }
    // The last result when it was loaded under these options and no file changed since.
    static std::optional<Dataset> unchanged(const LoadCache &cache, const LoadOptions &options);
};

// Adds what one file's read produced to a task's output.
void appendOutput(const TaskOutput &from, TaskOutput &to);

} // namespace gatehouse
