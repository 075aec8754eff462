#include "LoadCacheImpl.h"
#include "Loader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <atomic>
#include <sys/stat.h>
#include <thread>
#include <vector>

namespace gatehouse {

LoadCache::LoadCache() : d(std::make_unique<Impl>()) {}

LoadCache::~LoadCache() = default;

void LoadCache::clear()
{
    QMutexLocker lock(&d->mutex);
    d->signature.clear();
    d->files.clear();
    d->last.reset();
}

std::optional<Dataset> LoadCacheAccess::unchanged(const LoadCache &cache,
                                                  const LoadOptions &options)
{
    std::optional<Dataset> last;
    {
        QMutexLocker lock(&cache.d->mutex);
        if (!cache.d->last || cache.d->signature != loadSignature(options))
            return std::nullopt;
        last = cache.d->last;
    }
    // Stamps taken after the copy: a change in between makes this a miss, never stale.
    if (cache.sourcesChanged(options))
        return std::nullopt;
    last->counters.filesReused = cache.fileCount();
    return last;
}

int LoadCache::fileCount() const
{
    QMutexLocker lock(&d->mutex);
    return static_cast<int>(d->files.size());
}

namespace {

// The check without a walk (FolderStamps.h): every folder the load listed has its times
// still, so no entry came or went; then only the files read can have changed. The stats
// are spread over the cores, and stop at the first change.
bool changedSinceListing(const CachedFiles &files, const FolderStamps &folders,
                         const QStringList &resolved)
{
    QSet<QString> folderSources;
    for (const QString &key : resolved)
        if (isFolderSourceKey(key))
            folderSources.insert(key.mid(2));
    struct Look
    {
        QString path;
        const FolderStamp *folder = nullptr; // else file
        const FileStamp *file = nullptr;
    };
    std::vector<Look> looks;
    looks.reserve(size_t(folders.byPath.size() + files.size()));
    for (auto it = folders.byPath.cbegin(); it != folders.byPath.cend(); ++it)
        looks.push_back({it.key(), &it.value(), nullptr});
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const qsizetype cut = it.key().indexOf(QChar(0));
        const QString source = it.key().left(cut);
        // A zip or single file given as a source is its own key; a folder's file is below.
        looks.push_back({folderSources.contains(source)
                             ? source + QLatin1Char('/') + it.key().mid(cut + 1)
                             : source,
                         nullptr, &it->stamp});
    }
    std::atomic<bool> changed{false};
    auto lookAt = [&](size_t from, size_t to) {
        for (size_t i = from; i < to && !changed.load(std::memory_order_relaxed); ++i) {
            const Look &look = looks[i];
            const bool same = look.folder ? folderStampOf(look.path) == *look.folder
                                          : stampOf(look.path) == *look.file;
            if (!same)
                changed = true;
        }
    };
    const size_t threads = size_t(std::max(1, QThread::idealThreadCount()));
    const size_t share = (looks.size() + threads - 1) / threads;
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threads && t * share < looks.size(); ++t)
        helpers.emplace_back(lookAt, t * share, std::min(looks.size(), (t + 1) * share));
    lookAt(0, std::min(looks.size(), share));
    for (std::thread &helper : helpers)
        helper.join();
    return changed;
}

} // namespace

bool LoadCache::checksWithoutListing() const
{
    QMutexLocker lock(&d->mutex);
    return !d->signature.isEmpty() && !d->folders.untrusted && !d->resolved.isEmpty();
}

bool LoadCache::sourcesChanged(const LoadOptions &options) const
{
    CachedFiles files;
    FolderStamps folders;
    QStringList resolved;
    {
        QMutexLocker lock(&d->mutex);
        if (d->signature != loadSignature(options))
            return true;
        files = d->files;
        folders = d->folders;
        resolved = d->resolved;
    }
    if (!folders.untrusted && !resolved.isEmpty()) {
        if (resolvedSourceKeys(options) != resolved)
            return true;
        return changedSinceListing(files, folders, resolved);
    }
    QHash<QString, FileStamp> stamps;
    if (!stampSources(options, stamps) || stamps.size() != files.size())
        return true;
    for (auto it = stamps.cbegin(); it != stamps.cend(); ++it) {
        const auto known = files.constFind(it.key());
        if (known == files.cend() || known->stamp != it.value())
            return true;
    }
    return false;
}

std::optional<FileStamp> stampOf(const QString &absolutePath)
{
    if (absolutePath.startsWith(QLatin1Char(':'))) {
        // Qt resources cannot change while the process runs: the size stands for the content.
        const QFileInfo info(absolutePath);
        return info.exists() ? std::optional<FileStamp>(FileStamp{info.size(), 0}) : std::nullopt;
    }
    struct stat st;
    if (::lstat(QFile::encodeName(absolutePath).constData(), &st) != 0)
        return std::nullopt;
    return FileStamp{static_cast<qint64>(st.st_size),
                     static_cast<qint64>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

QString cacheKey(const QString &sourceKey, const QString &relativePath)
{
    return sourceKey + QChar(0) + relativePath;
}

QString loadSignature(const LoadOptions &options)
{
    QStringList parts = options.sources;
    parts << QString::number(options.maxFileBytes) << QString::number(options.maxZipTotalBytes)
          << QString::number(options.maxZipEntries);
    for (int k = 0; k < kArtifactKindCount; ++k)
        parts << (options.kinds.contains(static_cast<ArtifactKind>(k)) ? QStringLiteral("1")
                                                                       : QStringLiteral("0"));
    parts << options.benchUnits.join(QChar(1));
    return parts.join(QChar(0));
}

void appendOutput(const TaskOutput &from, TaskOutput &to)
{
    to.files += from.files;
    to.installs += from.installs;
    to.gates += from.gates;
    to.benches += from.benches;
    to.issues += from.issues;
    to.filesSeen += from.filesSeen;
    to.filesIgnored += from.filesIgnored;
    to.zipsRead += from.zipsRead;
    to.symlinksSkipped += from.symlinksSkipped;
    to.filesSkippedByKind += from.filesSkippedByKind;
    to.storesFailed += from.storesFailed;
}

} // namespace gatehouse
