#include "Loader.h"

#include "FileReader.h"
#include "FolderScanner.h"
#include "RunMerge.h"
#include "StoreSource.h"
#include "ZipWalker.h"

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

enum class SourceType
{
    Folder,
    Zip,
    SingleFile
};

struct Source
{
    QString given; // as the user wrote it, for messages
    QString key;   // canonical path (cleaned path for ":/" resources)
    QString base;  // folder the relative paths start from
    SourceType type = SourceType::Folder;
};

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
};

constexpr qsizetype kTaskBatch = 16;

void addIssue(ParseIssues &issues, const QString &path, const QString &message,
              Severity severity = Severity::Error)
{
    issues.append({path, 0, message, severity});
}

QList<Source> resolveSources(const QStringList &given, ParseIssues &issues)
{
    QList<Source> sources;
    for (const QString &path : given) {
        if (path.trimmed().isEmpty()) {
            addIssue(issues, path, QStringLiteral("empty source path"));
            continue;
        }
        const QFileInfo info(path);
        if (!info.exists()) {
            addIssue(issues, path, QStringLiteral("source not found"));
            continue;
        }
        Source s;
        s.given = path;
        s.key =
            path.startsWith(QLatin1Char(':')) ? QDir::cleanPath(path) : info.canonicalFilePath();
        if (info.isDir()) {
            s.type = SourceType::Folder;
            s.base = s.key;
        } else if (info.isFile()) {
            s.type = classifyArtifact(info.fileName()) == ArtifactKind::Zip
                         ? SourceType::Zip
                         : SourceType::SingleFile;
            s.base = QFileInfo(s.key).path();
        } else {
            // A FIFO or device given by name: never opened, an open could block forever.
            addIssue(issues, path, QStringLiteral("source is not a folder, zip or regular file"));
            continue;
        }
        sources.append(s);
    }
    // Key order makes everything below independent of the order sources were given in.
    std::sort(sources.begin(), sources.end(),
              [](const Source &a, const Source &b) { return a.key < b.key; });
    sources.erase(std::unique(sources.begin(), sources.end(),
                              [](const Source &a, const Source &b) { return a.key == b.key; }),
                  sources.end());
    // A source inside another would be read twice and its bench samples counted twice.
    QList<Source> outermost;
    for (const Source &s : sources) {
        const auto outer = std::find_if(sources.cbegin(), sources.cend(), [&](const Source &o) {
            return o.type == SourceType::Folder && o.key != s.key && isInside(s.key, o.key);
        });
        if (outer != sources.cend())
            addIssue(issues, s.given,
                     QStringLiteral("skipped: already read as part of source %1").arg(outer->given),
                     Severity::Warning);
        else
            outermost.append(s);
    }
    return outermost;
}

void readSourceFile(const SourceFile &f, const QString &sourceKey, bool zipIsSource,
                    const LoadOptions &options, const ZipLimits &limits, TaskOutput &out)
{
    if (f.kind == ArtifactKind::Zip)
        readZip(f.absolutePath, f.relativePath, sourceKey, zipIsSource, limits, out, options.kinds);
    else
        readArtifactFile(f, sourceKey, options.maxFileBytes, out);
}

void absorb(FolderScan &scan, TaskOutput &out)
{
    out.filesSeen += scan.filesSeen;
    out.filesIgnored += scan.filesIgnored;
    out.symlinksSkipped += scan.symlinksSkipped;
    out.filesSkippedByKind += scan.filesSkippedByKind;
    out.issues += scan.issues;
}

void runTask(Task &task, const LoadOptions &options, const ZipLimits &limits)
{
    for (const SourceFile &f : std::as_const(task.files))
        readSourceFile(f, task.sourceKey, task.zipIsSource, options, limits, task.out);
    for (const QString &folder : std::as_const(task.subfolders)) {
        FolderScan scan;
        scan.wanted = options.kinds;
        scanFolder(task.sourceKey, folder, true, scan);
        absorb(scan, task.out);
        for (const SourceFile &f : std::as_const(scan.files))
            readSourceFile(f, task.sourceKey, false, options, limits, task.out);
    }
    // Kept until the merge: without the growth slack of the lists (a sixth of the peak
    // memory of a large load).
    task.out.files.squeeze();
    task.out.issues.squeeze();
    task.files.clear();
    task.subfolders.clear();
}

// A folder source becomes tasks for the files its top levels hold and for the subfolders
// below. Narrow trees (everything under one "artifacts/" folder) are opened up a level at
// a time until there are enough subfolders to keep every thread busy.
void planFolder(const Source &source, ArtifactKindSet kinds, TaskOutput &scan, QList<Task> &tasks)
{
    constexpr int kEnoughSubfolders = 64;
    constexpr int kMaxPlannedDepth = 6;
    QStringList frontier{QString()};
    for (int depth = 0; depth < kMaxPlannedDepth && !frontier.isEmpty() &&
                        (depth == 0 || frontier.size() < kEnoughSubfolders);
         ++depth) {
        FolderScan level;
        level.wanted = kinds;
        for (const QString &folder : std::as_const(frontier))
            scanFolder(source.key, folder, false, level);
        absorb(level, scan);
        for (qsizetype i = 0; i < level.files.size(); i += kTaskBatch)
            tasks.append(Task{level.files.mid(i, kTaskBatch), {}, source.key, false, false, {}});
        frontier = std::move(level.subfolders);
    }
    for (qsizetype i = 0; i < frontier.size(); i += kTaskBatch)
        tasks.append(Task{{}, frontier.mid(i, kTaskBatch), source.key, false, false, {}});
}

// Builds the task list; what the walk itself found (skipped files, counts) goes to `scan`.
QList<Task> planTasks(const QList<Source> &sources, ArtifactKindSet kinds, TaskOutput &scan)
{
    QList<Task> tasks;
    for (const Source &source : sources) {
        if (source.type == SourceType::Folder) {
            planFolder(source, kinds, scan, tasks);
            continue;
        }
        const QFileInfo info(source.key);
        SourceFile f{source.key, info.fileName(), classifyArtifact(info.fileName()), true};
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
        tasks.append(Task{{f}, {}, source.key, source.type == SourceType::Zip, false, {}});
    }
    return tasks;
}

// Runs the tasks on a private pool (a caller already on the global pool cannot starve it)
// and reports progress from the calling thread. Returns false when cancelled.
bool runTasks(QList<Task> &tasks, const LoadOptions &options)
{
    ZipLimits limits;
    limits.maxFileBytes = options.maxFileBytes;
    limits.maxTotalBytes = options.maxZipTotalBytes;
    limits.maxEntries = options.maxZipEntries;

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    std::atomic<int> done{0};
    QSemaphore finished;
    QFuture<void> future = QtConcurrent::map(&pool, tasks, [&](Task &task) {
        runTask(task, options, limits);
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
    Dataset dataset;
    TaskOutput scan;
    // History stores (SPEC §12) are read by their own hook; the rest below.
    StoreSourcesRead stores = readStoreSources(options);
    const QList<Source> sources = resolveSources(stores.otherSources, scan.issues);
    QHash<QString, QString> bases = stores.bases;
    for (const Source &s : sources)
        bases.insert(s.key, s.base);

    QList<Task> tasks = planTasks(sources, options.kinds, scan);
    const bool finished = !stores.cancelled && runTasks(tasks, options);
    if (cancelled)
        *cancelled = !finished;

    QList<TaskOutput> outputs = std::move(stores.outputs);
    outputs.reserve(outputs.size() + tasks.size() + 1);
    outputs.append(std::move(scan));
    for (Task &task : tasks)
        if (task.done)
            outputs.append(std::move(task.out));
    tasks.clear(); // free the plan before the merge builds the runs
    mergeIntoDataset(outputs, bases, dataset);
    return dataset;
}

QString demoSourcePath()
{
    static const bool registered = (registerDemoResources(), true);
    Q_UNUSED(registered);
    return QStringLiteral(":/demo");
}

} // namespace gatehouse
