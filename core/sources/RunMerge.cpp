#include "RunMerge.h"

#include "IdentityResolver.h"
#include "common/RunOrder.h"

#include <algorithm>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <tuple>
#include <vector>

namespace gatehouse {

namespace {

// Two results for one run id (SPEC §4.1 order, also used for install durations): higher
// run_attempt, then later timestamp (a timestamp beats none), then later (path, source).
struct Contender
{
    int attempt = 0;
    const RunIdentity *identity = nullptr;
};

int compareContenders(const Contender &a, const Contender &b, QString *reason = nullptr)
{
    auto set = [&](const char *text) {
        if (reason)
            *reason = QLatin1String(text);
    };
    if (a.attempt != b.attempt) {
        set("higher run_attempt");
        return a.attempt < b.attempt ? -1 : 1;
    }
    const QDateTime &ta = a.identity->timestamp, &tb = b.identity->timestamp;
    if (ta.isValid() != tb.isValid() || (ta.isValid() && ta != tb)) {
        set("later timestamp");
        return !ta.isValid() || (tb.isValid() && ta < tb) ? -1 : 1;
    }
    set("later path");
    const auto ka = std::tie(a.identity->path, a.identity->sourceKey);
    const auto kb = std::tie(b.identity->path, b.identity->sourceKey);
    return ka < kb ? -1 : (kb < ka ? 1 : 0);
}

// Keeps one run per run id and reports every other one as a Note naming the one kept. In
// place: the kept runs close up, in input order (the caller sorts them in run order next,
// a total order over files, so where a kept run stood before does not matter).
template <typename Run, typename AttemptOf>
void keepOnePerRunId(QList<Run> &runs, AttemptOf attemptOf, ParseIssues &issues)
{
    auto contender = [&](qsizetype i) {
        return Contender{attemptOf(runs.at(i)), &runs.at(i).identity};
    };
    QHash<QString, qsizetype> best; // run id -> index of the run kept so far
    best.reserve(runs.size());
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const auto known = best.find(runs.at(i).identity.runId);
        if (known == best.end())
            best.insert(runs.at(i).identity.runId, i);
        else if (compareContenders(contender(i), contender(*known)) > 0)
            *known = i;
    }
    if (best.size() == runs.size())
        return;
    std::vector<bool> kept(static_cast<size_t>(runs.size()), false);
    for (const qsizetype i : std::as_const(best))
        kept[static_cast<size_t>(i)] = true;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (kept[static_cast<size_t>(i)])
            continue;
        const qsizetype winner = best.value(runs.at(i).identity.runId);
        QString reason;
        compareContenders(contender(winner), contender(i), &reason);
        issues.append({runs.at(i).identity.path, 0,
                       QStringLiteral("duplicate of run %1: %2 is used instead (%3)")
                           .arg(runs.at(i).identity.runId, runs.at(winner).identity.path, reason),
                       Severity::Note});
    }
    qsizetype next = 0;
    for (qsizetype i = 0; i < runs.size(); ++i)
        if (kept[static_cast<size_t>(i)]) {
            if (next != i)
                runs[next] = std::move(runs[i]);
            ++next;
        }
    runs.resize(next);
}

void appendBench(BenchRun &run, BenchFileData &file, const RunIdentity &id)
{
    run.files.append(id.path);
    if (!run.identity.timestamp.isValid())
        run.identity.timestamp = id.timestamp;
    if (run.failures.isEmpty() && run.machines.isEmpty()) {
        run.failures = std::move(file.failures);
        run.machines = std::move(file.machines);
        return;
    }
    for (auto it = file.failures.cbegin(); it != file.failures.cend(); ++it)
        run.failures[it.key()] += it.value();
    run.machines += file.machines;
}

// The store's column of each series of a file; -1 for series without samples (they make
// no column). Files of one shape share their keys, units and series tables
// (BenchFileData; per worker thread, so in run order the shapes of the threads
// alternate), so the columns are looked up once per shape table, not once per file. A
// file still alive cannot have its tables where a freed file's were.
class ShapeColumns
{
public:
    ShapeColumns() { m_recent.reserve(kRecent); } // what of() returned stays where it is
    const std::vector<int> &of(const BenchFileData &data, BenchSampleStoreBuilder &builder)
    {
        const Tables tables{data.keys.constData(), data.units.constData(), data.series.constData()};
        for (Shape &shape : m_recent)
            if (shape.tables == tables)
                return shape.columns;
        if (m_recent.size() < kRecent)
            m_recent.emplace_back();
        Shape &shape = m_recent[m_next];
        m_next = (m_next + 1) % kRecent;
        shape.tables = tables;
        shape.columns.clear();
        for (const BenchFileData::Series &series : data.series)
            shape.columns.push_back(series.count > 0 ? builder.columnFor(data.keys.at(series.key),
                                                                         data.units.at(series.unit))
                                                     : -1);
        return shape.columns;
    }

private:
    using Tables = std::tuple<const void *, const void *, const void *>;
    struct Shape
    {
        Tables tables{nullptr, nullptr, nullptr};
        std::vector<int> columns;
    };
    static constexpr size_t kRecent = 8; // a few per worker thread
    std::vector<Shape> m_recent;
    size_t m_next = 0;
};

// The samples of every run into one column store, rows in run order, each run's files in
// path order; every file's values are freed once copied.
void buildSampleStore(QList<BenchRun> &runs, std::vector<std::vector<BenchFileData>> &filesOfRun,
                      const QStringList &benchUnits)
{
    BenchSampleStoreBuilder builder(benchUnits);
    ShapeColumns shape;
    // Calls use(column, values, count) for every series of a file that has samples.
    auto eachSeries = [&](const BenchFileData &data, auto &&use) {
        const std::vector<int> &columns = shape.of(data, builder);
        size_t next = 0;
        for (qsizetype i = 0; i < data.series.size(); ++i) {
            const BenchFileData::Series &series = data.series.at(i);
            if (series.count > 0)
                use(columns[static_cast<size_t>(i)],
                    series.kept ? data.values.span(next, series.count) : SampleSpan(),
                    series.count);
            if (series.kept)
                next += series.count;
        }
    };
    for (const std::vector<BenchFileData> &files : filesOfRun)
        for (const BenchFileData &data : files)
            eachSeries(data, [&](int column, const SampleSpan &values, quint32 count) {
                builder.planColumn(column, values, count);
            });
    builder.reservePlanned(runs.size());
    for (BenchRun &run : runs) {
        builder.beginRow();
        std::vector<BenchFileData> &files = filesOfRun[static_cast<size_t>(run.row)];
        for (const BenchFileData &data : files)
            eachSeries(data, [&](int column, const SampleSpan &values, quint32 count) {
                builder.addColumn(column, values, count);
            });
        std::vector<BenchFileData>().swap(files);
        builder.endRow();
    }
    std::shared_ptr<const BenchSampleStore> store = builder.take();
    for (qsizetype i = 0; i < runs.size(); ++i) {
        runs[i].store = store;
        runs[i].row = i;
    }
}

QString absoluteLocation(const ParsedFile &file, const QHash<QString, QString> &sourceBases)
{
    const QString base = sourceBases.value(file.sourceKey, file.sourceKey);
    return base.endsWith(QLatin1Char('/')) ? base + file.path : base + QLatin1Char('/') + file.path;
}

// The first usable file of a kind (by path, then source) wins; the others get a Warning.
template <typename T>
void chooseFirst(const std::vector<ParsedFile *> &files, ArtifactKind kind, const char *what,
                 const QHash<QString, QString> &sourceBases, std::optional<T> &chosen,
                 QString &chosenPath, FileState &state, Dataset &dataset)
{
    // The first file of the kind by (path, source) applies. When it cannot be read, its
    // data is missing: no later file stands in for it silently (SPEC §8).
    const ParsedFile *first = nullptr;
    for (ParsedFile *file : files) {
        if (file->kind != kind)
            continue;
        if (!first) {
            first = file;
            if (!file->hasData()) {
                QString error = QStringLiteral("not usable");
                for (const ParseIssue &issue : file->issues)
                    if (issue.severity == Severity::Error) {
                        error =
                            issue.line > 0
                                ? QStringLiteral("line %1: %2").arg(issue.line).arg(issue.message)
                                : issue.message;
                        break;
                    }
                state = FileState::unreadable(file->path, error);
                chosenPath = absoluteLocation(*file, sourceBases); // the GUI names and guards it
                continue;
            }
            chosen = std::move(std::get<T>(file->payload));
            chosenPath = absoluteLocation(*file, sourceBases);
            state = FileState::loaded(file->path);
            ++dataset.counters.filesUsed;
        } else {
            dataset.issues.append({file->path, 0,
                                   QStringLiteral("ignored: another %1 is used (%2)")
                                       .arg(QLatin1String(what), first->path),
                                   Severity::Warning});
        }
    }
}

} // namespace

void mergeIntoDataset(QList<TaskOutput> &outputs, const QHash<QString, QString> &sourceBases,
                      const QStringList &benchUnits, Dataset &dataset)
{
    std::vector<ParsedFile *> files;
    for (TaskOutput &out : outputs) {
        dataset.counters.filesSeen += out.filesSeen;
        dataset.counters.filesIgnored += out.filesIgnored;
        dataset.counters.zipsRead += out.zipsRead;
        dataset.counters.symlinksSkipped += out.symlinksSkipped;
        dataset.counters.filesSkippedByKind += out.filesSkippedByKind;
        dataset.counters.filesReused += out.filesReused;
        dataset.counters.storesFailed += out.storesFailed;
        dataset.issues += out.issues;
        for (ParsedFile &file : out.files)
            files.push_back(&file);
    }
    // Path order first: bench files of one run merge in this order, and the first
    // whitelist or baseline is the first by (path, source), whatever the source order.
    std::sort(files.begin(), files.end(), [](const ParsedFile *a, const ParsedFile *b) {
        return std::tie(a->path, a->sourceKey) < std::tie(b->path, b->sourceKey);
    });

    // Runs from the files. The resolver points into the parsed files: it ends with this
    // block, and so may they.
    std::vector<std::vector<BenchFileData>> benchFiles; // per run, by its index before sorting
    QList<InstallRun> &installs = dataset.installRuns;
    QList<GateRun> &gates = dataset.gateRuns;
    {
        IdentityResolver resolver;
        for (const ParsedFile *file : files) {
            dataset.issues += file->issues;
            if (file->kind == ArtifactKind::RunMetadata && file->hasData()) {
                resolver.addMetadata(*file);
                ++dataset.counters.filesUsed;
            } else if (file->kind == ArtifactKind::RunSidecar && file->hasData()) {
                resolver.addSidecar(*file, dataset.issues);
                ++dataset.counters.filesUsed;
            }
        }
        resolver.noteDifferences(dataset.issues);

        // Sized once: grown by appending they held up to half again what they need.
        auto countOf = [&](ArtifactKind kind) {
            return std::count_if(files.cbegin(), files.cend(), [kind](const ParsedFile *f) {
                return f->kind == kind && f->hasData();
            });
        };
        installs.reserve(countOf(ArtifactKind::InstallSeconds));
        gates.reserve(countOf(ArtifactKind::GateResult));
        dataset.benchRuns.reserve(countOf(ArtifactKind::BenchCandidate));
        QHash<QString, qsizetype> benchIndex; // run id -> index + 1 into dataset.benchRuns
        for (ParsedFile *file : files) {
            if (!file->hasData())
                continue;
            switch (file->kind) {
            case ArtifactKind::BenchCandidate: {
                const RunIdentity id = resolver.resolve(*file);
                qsizetype &index = benchIndex[id.runId];
                if (index == 0) {
                    BenchRun run;
                    run.identity = id;
                    run.identity.timestamp = QDateTime(); // set from the first file that has one
                    run.row = dataset.benchRuns.size();
                    dataset.benchRuns.append(std::move(run));
                    benchFiles.emplace_back();
                    index = dataset.benchRuns.size();
                }
                BenchFileData &data = std::get<BenchFileData>(file->payload);
                appendBench(dataset.benchRuns[index - 1], data, id);
                benchFiles[static_cast<size_t>(index - 1)].push_back(std::move(data));
                ++dataset.counters.filesUsed;
                break;
            }
            case ArtifactKind::InstallSeconds: {
                InstallRun run;
                run.identity = resolver.resolve(*file);
                run.seconds = std::get<qint64>(file->payload);
                run.metadata = resolver.metadataFor(*file, run.identity.runId);
                installs.append(std::move(run));
                break;
            }
            case ArtifactKind::GateResult: {
                GateRun run = std::move(std::get<GateRun>(file->payload));
                run.identity = resolver.resolve(*file, run.identity.runId, run.identity.timestamp);
                gates.append(std::move(run));
                break;
            }
            default:
                break;
            }
        }
        chooseFirst(files, ArtifactKind::Whitelist, "unknown_whitelist.json", sourceBases,
                    dataset.whitelist, dataset.whitelistPath, dataset.whitelistFile, dataset);
        chooseFirst(files, ArtifactKind::Baseline, "baselines.json", sourceBases, dataset.baseline,
                    dataset.baselinePath, dataset.baselineFile, dataset);
    }
    // Everything needed is out of the parsed files: free them (a third of the peak
    // memory of a large load) before the runs are sorted and the sample store is built.
    std::vector<ParsedFile *>().swap(files);
    outputs.clear();
    outputs.squeeze();
#if defined(__GLIBC__)
    // Hand the freed pages back to the system. What the analyses allocate next does not
    // fit in the holes the parsed files leave between the runs' strings, so pages kept
    // for them only add to the peak (at 100k runs, `report`: 30 MB less after the load,
    // 10-20 MB off the peak).
    malloc_trim(0);
#endif

    keepOnePerRunId(
        installs, [](const InstallRun &r) { return r.metadata ? r.metadata->runAttempt : 0; },
        dataset.issues);
    keepOnePerRunId(
        gates, [](const GateRun &r) { return r.runAttempt; }, dataset.issues);
    dataset.counters.filesUsed +=
        static_cast<int>(dataset.installRuns.size() + dataset.gateRuns.size());

    for (BenchRun &run : dataset.benchRuns) {
        std::sort(run.machines.begin(), run.machines.end());
        run.machines.erase(std::unique(run.machines.begin(), run.machines.end()),
                           run.machines.end());
    }
    auto identityOf = [](const auto &run) -> const RunIdentity & { return run.identity; };
    sortInRunOrder(dataset.benchRuns, identityOf);
    buildSampleStore(dataset.benchRuns, benchFiles, benchUnits);
    sortInRunOrder(dataset.installRuns, identityOf);
    sortInRunOrder(dataset.gateRuns, identityOf);
    // Full key, severity included: equal issues are then identical, so their order cannot
    // depend on which task finished first.
    std::sort(dataset.issues.begin(), dataset.issues.end(),
              [](const ParseIssue &a, const ParseIssue &b) {
                  return std::tie(a.path, a.line, a.message, a.severity) <
                         std::tie(b.path, b.line, b.message, b.severity);
              });
}

} // namespace gatehouse
