// The stat-only side of the loader for LoadCache (LoadCacheImpl.h): the walk that stamps
// every file a load would read, and the sources as a load resolves them.
#include "FolderScanner.h"
#include "LoadCacheImpl.h"
#include "Loader.h"
#include "SourceResolver.h"

#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace gatehouse {

namespace {

constexpr qsizetype kFoldersPerBatch = 64;

// The files of a folder source, stamped by the walk: the top level here, the subfolders
// below it walked in parallel batches (the walk is all a sourcesChanged() check costs).
QList<SourceFile> listStamped(const Source &source, ArtifactKindSet kinds)
{
    FolderScan top;
    top.wanted = kinds;
    top.stamp = true;
    scanFolder(source.key, QString(), false, top);
    QList<SourceFile> files = std::move(top.files);
    QList<QStringList> batches;
    for (qsizetype i = 0; i < top.subfolders.size(); i += kFoldersPerBatch)
        batches.append(top.subfolders.mid(i, kFoldersPerBatch));
    QThreadPool pool; // private, as the load's: a caller on the global pool cannot starve it
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    const QList<QList<SourceFile>> found = QtConcurrent::blockingMapped<QList<QList<SourceFile>>>(
        &pool, batches, [&](const QStringList &batch) {
            FolderScan scan;
            scan.wanted = kinds;
            scan.stamp = true;
            for (const QString &folder : batch)
                scanFolder(source.key, folder, true, scan);
            return scan.files;
        });
    for (const QList<SourceFile> &part : found)
        files += part;
    return files;
}

} // namespace

bool stampSources(const LoadOptions &options, QHash<QString, FileStamp> &stamps)
{
    ParseIssues ignored;
    for (const Source &source : resolveSources(options.sources, ignored)) {
        QList<SourceFile> files;
        if (source.type == SourceType::Folder) {
            files = listStamped(source, options.kinds);
        } else {
            const QFileInfo info(source.key);
            const ArtifactKind kind = classifyArtifact(info.fileName());
            if (source.type == SourceType::SingleFile &&
                (kind == ArtifactKind::Ignored || !options.kinds.contains(kind)))
                continue; // never read by a load either
            files.append(SourceFile{source.key, info.fileName(), kind, true, -1, 0});
        }
        for (const SourceFile &f : std::as_const(files)) {
            const std::optional<FileStamp> stamp =
                f.size >= 0 ? FileStamp{f.size, f.mtimeNs} : stampOf(f.absolutePath);
            if (!stamp)
                return false;
            stamps.insert(cacheKey(source.key, f.relativePath), *stamp);
        }
    }
    return true;
}

QStringList resolvedSourceKeys(const LoadOptions &options)
{
    ParseIssues ignored;
    QStringList keys;
    for (const Source &source : resolveSources(options.sources, ignored))
        keys.append(QString::number(int(source.type)) + QLatin1Char(':') + source.key);
    return keys;
}

} // namespace gatehouse
