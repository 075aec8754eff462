#include "Loader.h"

#include "FileReader.h"
#include "FolderScanner.h"
#include "LoadCacheImpl.h"
#include "RunMerge.h"
#include "SourceResolver.h"
#include "StoreSnapshot.h"
#include "StoreSource.h"
#include "ZipWalker.h"
#include "history/StoreUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <atomic>

// The demo lives in a static library: without this reference the linker would drop the
// object file that registers ":/demo". Must sit outside any namespace (Qt requirement).
static void registerDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace gatehouse {

namespace {

// One unit of parallel work: a few files of a folder, a whole zip, or a few subfolders to
// walk and read (walking is half the cost of a folder of small artifacts, so it is spread
// too). Small batches, not one task per file: 100k runs would otherwise carry 300k tasks,
// each with its own output lists, until the merge.
struct Task
{
    QList<SourceFile> files;
    QStringList subfolders; // source-relative folders to walk
    QString sourceKey;
    bool zipIsSource = false;
    bool done = false;
    TaskOutput out;
    CachedFiles remembered; // with a LoadCache: what this task read, for the next load
    FolderStamps folders;   // with a LoadCache: the folders this task listed
};

constexpr qsizetype kTaskBatch = 16;

// What every task of one load shares.
struct LoadContext
{
    const LoadOptions &options;
    ZipLimits limits;
    const CachedFiles *cached = nullptr; // the cache's files when it applies to this load
};

void readUncached(const SourceFile &f, const QString &sourceKey, bool zipIsSource,
                  const LoadContext &context, TaskOutput &out, FileLocation at)
{
    const LoadOptions &options = context.options;
    if (f.kind == ArtifactKind::Zip)
        readZip(f.absolutePath, f.relativePath, sourceKey, zipIsSource, context.limits, out,
                options.kinds);
    else
        readArtifactFile(f, sourceKey, options.maxFileBytes, out, at);
}

// With a cache, a file whose stamp is unchanged is taken from it; any other is read into
// an output of its own, remembered with the stamp taken before the read (a change during
// the read then shows at the next load).
void readSourceFile(const SourceFile &f, const QString &sourceKey, bool zipIsSource,
                    const LoadContext &context, Task &task, FileLocation at = {})
{
    if (!context.cached) {
        readUncached(f, sourceKey, zipIsSource, context, task.out, at);
        return;
    }
    const QString key = cacheKey(sourceKey, f.relativePath);
    const std::optional<FileStamp> stamp =
        f.size >= 0 ? FileStamp{f.size, f.mtimeNs} : stampOf(f.absolutePath);
    if (stamp) {
        const auto known = context.cached->constFind(key);
        if (known != context.cached->cend() && known->stamp == *stamp) {
            appendOutput(known->output, task.out);
            ++task.out.filesReused;
            task.remembered.insert(key, *known);
            return;
        }
    }
    CachedFile read;
    read.output.benchUnits = context.options.benchUnits;
    readUncached(f, sourceKey, zipIsSource, context, read.output, at);
    compactOutput(read.output); // remembered as runs, as the task keeps them
    appendOutput(read.output, task.out);
    if (stamp) {
        read.stamp = *stamp;
        read.output.files.squeeze();
        task.remembered.insert(key, std::move(read));
    }
}

void absorb(FolderScan &scan, TaskOutput &out)
{
    out.filesSeen += scan.filesSeen;
    out.filesIgnored += scan.filesIgnored;
    out.symlinksSkipped += scan.symlinksSkipped;
    out.filesSkippedByKind += scan.filesSkippedByKind;
    out.issues += scan.issues;
}

void runTask(Task &task, const LoadContext &context)
{
    const LoadOptions &options = context.options;
    task.out.benchUnits = options.benchUnits;
    for (const SourceFile &f : std::as_const(task.files))
        readSourceFile(f, task.sourceKey, task.zipIsSource, context, task);
    if (!task.subfolders.isEmpty()) {
        FolderScan scan;
        scan.wanted = options.kinds;
        scan.stamp = context.cached != nullptr;
        // Files are read as their folder is listed, opened relative to it; only zips
        // are left in scan.files.
        scanFolders(task.sourceKey, task.subfolders, true, scan,
                    [&](const SourceFile &f, int folderFd, const char *name) {
                        readSourceFile(f, task.sourceKey, false, context, task,
                                       FileLocation{folderFd, name});
                    });
        absorb(scan, task.out);
        task.folders.merge(scan.folders);
        for (const SourceFile &f : std::as_const(scan.files))
            readSourceFile(f, task.sourceKey, false, context, task);
    }
    // Kept until the merge in the runs' own form, without the growth slack of the lists
    // (a sixth of the peak memory of a large load).
    compactOutput(task.out);
    task.out.files.squeeze();
    task.out.installs.squeeze();
    task.out.gates.squeeze();
    task.out.benches.squeeze();
    task.out.issues.squeeze();
    task.files.clear();
    task.subfolders.clear();
}

// A folder source becomes tasks for the files its top levels hold and for the subfolders
// below. Narrow trees (everything under one "artifacts/" folder) are opened up a level at
// a time until there are enough subfolders to keep every thread busy.
void planFolder(const Source &source, const LoadOptions &options, TaskOutput &scan,
                FolderStamps &folders, QList<Task> &tasks)
{
    constexpr int kEnoughSubfolders = 64;
    constexpr int kMaxPlannedDepth = 6;
    QStringList frontier{QString()};
    for (int depth = 0; depth < kMaxPlannedDepth && !frontier.isEmpty() &&
                        (depth == 0 || frontier.size() < kEnoughSubfolders);
         ++depth) {
        FolderScan level;
        level.wanted = options.kinds;
        level.stamp = options.cache != nullptr;
        scanFolders(source.key, frontier, false, level);
        absorb(level, scan);
        folders.merge(level.folders);
        for (qsizetype i = 0; i < level.files.size(); i += kTaskBatch)
            tasks.append(
                Task{level.files.mid(i, kTaskBatch), {}, source.key, false, false, {}, {}, {}});
        frontier = std::move(level.subfolders);
    }
    for (qsizetype i = 0; i < frontier.size(); i += kTaskBatch)
        tasks.append(Task{{}, frontier.mid(i, kTaskBatch), source.key, false, false, {}, {}, {}});
}

// Builds the task list; what the walk itself found (skipped files, counts) goes to `scan`.
QList<Task> planTasks(const QList<Source> &sources, const LoadOptions &options, TaskOutput &scan,
                      FolderStamps &folders)
{
    const ArtifactKindSet kinds = options.kinds;
    QList<Task> tasks;
    for (const Source &source : sources) {
        if (source.type == SourceType::Folder) {
            planFolder(source, options, scan, folders, tasks);
            continue;
        }
        const QFileInfo info(source.key);
        SourceFile f{source.key, info.fileName(), classifyArtifact(info.fileName()), true, -1, 0};
        if (source.type == SourceType::SingleFile) {
            ++scan.filesSeen;
            if (f.kind == ArtifactKind::Ignored) {
                ++scan.filesIgnored;
                continue;
            }
            if (!kinds.contains(f.kind)) {
                ++scan.filesSkippedByKind;
                continue;
            }
        }
        tasks.append(Task{{f}, {}, source.key, source.type == SourceType::Zip, false, {}, {}, {}});
    }
    return tasks;
}

// Runs the tasks on a private pool (a caller already on the global pool cannot starve it)
// and reports progress from the calling thread. Returns false when cancelled.
bool runTasks(QList<Task> &tasks, const LoadOptions &options, const CachedFiles *cached)
{
    LoadContext context{options, {}, cached};
    context.limits.maxFileBytes = options.maxFileBytes;
    context.limits.maxTotalBytes = options.maxZipTotalBytes;
    context.limits.maxEntries = options.maxZipEntries;

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    std::atomic<int> done{0};
    QSemaphore finished;
    QFuture<void> future = QtConcurrent::map(&pool, tasks, [&](Task &task) {
        runTask(task, context);
        task.done = true;
        done.fetch_add(1, std::memory_order_relaxed);
        finished.release();
    });
    const int total = static_cast<int>(tasks.size());
    bool cancelled = false;
    if (options.progress) {
        int reported = -1;
        while (!cancelled) {
            const bool allDone = future.isFinished();
            const int now = done.load(std::memory_order_relaxed);
            if (now != reported) {
                reported = now;
                cancelled = !options.progress(now, total);
            }
            if (allDone)
                break;
            finished.tryAcquire(std::max(1, finished.available()), 50);
        }
        if (cancelled)
            future.cancel();
    }
    future.waitForFinished();
    return !cancelled;
}

} // namespace

Dataset loadSources(const LoadOptions &options, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    // A history store has no file stamps to compare: with one among the sources the whole
    // previous result is never reused (its folder files still are, one by one).
    const bool anyStore = std::any_of(options.sources.cbegin(), options.sources.cend(),
                                      [](const QString &s) { return looksLikeStoreUrl(s); });
    if (options.cache && !anyStore) {
        if (std::optional<Dataset> same = LoadCacheAccess::unchanged(*options.cache, options)) {
            if (options.progress)
                options.progress(1, 1);
            return std::move(*same);
        }
    }
    // A store alone as the source: its last load may have left a snapshot of exactly what
    // this load would make (StoreSnapshot.h).
    const std::optional<QString> onlyStore = onlyStoreSource(options);
    if (onlyStore) {
        if (std::optional<Dataset> kept = loadStoreSnapshot(*onlyStore, options)) {
            const bool stop = options.progress && !options.progress(1, 1);
            if (cancelled)
                *cancelled = stop;
            return std::move(*kept);
        }
    }
    Dataset dataset;
    TaskOutput scan;
    // History stores (SPEC §12) are read by their own hook; the rest below.
    StoreSourcesRead stores = readStoreSources(options);
    const QList<Source> sources = resolveSources(stores.otherSources, scan.issues);
    QHash<QString, QString> bases = stores.bases;
    for (const Source &s : sources)
        bases.insert(s.key, s.base);

    FolderStamps folders;
    QList<Task> tasks = planTasks(sources, options, scan, folders);
    const QString signature = options.cache ? loadSignature(options) : QString();
    const CachedFiles cached =
        options.cache ? LoadCacheAccess::snapshot(*options.cache, signature) : CachedFiles();
    const bool finished =
        !stores.cancelled && runTasks(tasks, options, options.cache ? &cached : nullptr);
    if (cancelled)
        *cancelled = !finished;
    // Exactly the files this load met: removed ones are forgotten.
    CachedFiles remembered;
    for (Task &task : tasks) {
        for (auto it = task.remembered.begin(); it != task.remembered.end(); ++it)
            remembered.insert(it.key(), std::move(it.value()));
        task.remembered.clear();
        folders.merge(task.folders);
    }

    QList<TaskOutput> outputs = std::move(stores.outputs);
    outputs.reserve(outputs.size() + tasks.size() + 1);
    outputs.append(std::move(scan));
    for (Task &task : tasks)
        if (task.done)
            outputs.append(std::move(task.out));
    // Free the plan before the merge builds the runs: clear() would keep its array (at 100k
    // runs, 8 MB of task slots alive through the merge).
    QList<Task>().swap(tasks);
    mergeIntoDataset(outputs, bases, options.benchUnits, dataset);
    if (onlyStore && finished && stores.versionDigests.contains(*onlyStore))
        saveStoreSnapshot(*onlyStore, options, stores.versionDigests.value(*onlyStore), dataset);
    if (options.cache && finished)
        LoadCacheAccess::replace(*options.cache, signature, std::move(remembered), dataset,
                                 std::move(folders), resolvedSourceKeys(options));
    return dataset;
}

QString demoSourcePath()
{
    static const bool registered = (registerDemoResources(), true);
    Q_UNUSED(registered);
    return QStringLiteral(":/demo");
}

} // namespace gatehouse
