#include "LoadCacheImpl.h"
#include "Loader.h"

#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

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

bool LoadCache::sourcesChanged(const LoadOptions &options) const
{
    CachedFiles files;
    {
        QMutexLocker lock(&d->mutex);
        if (d->signature != loadSignature(options))
            return true;
        files = d->files;
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
    to.issues += from.issues;
    to.filesSeen += from.filesSeen;
    to.filesIgnored += from.filesIgnored;
    to.zipsRead += from.zipsRead;
    to.symlinksSkipped += from.symlinksSkipped;
    to.filesSkippedByKind += from.filesSkippedByKind;
    to.storesFailed += from.storesFailed;
}

} // namespace gatehouse
