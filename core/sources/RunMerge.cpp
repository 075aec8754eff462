#include "RunMerge.h"

#include "IdentityResolver.h"
#include "SampleStoreFromFiles.h"
#include "common/RunOrder.h"
#include "common/StringPool.h"

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
        issues.append({runs.at(i).identity.path.toString(), 0,
                       QStringLiteral("duplicate of run %1: %2 is used instead (%3)")
                           .arg(runs.at(i).identity.runId,
                                runs.at(winner).identity.path.toString(), reason),
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
    std::vector<ParsedFile *> files; // metadata, sidecars, whitelists, baselines, unusable
    std::vector<ReadBenchFile *> benches;
    qsizetype installCount = 0, gateCount = 0;
    for (TaskOutput &out : outputs) {
        compactOutput(out);
        dataset.counters.filesSeen += out.filesSeen;
        dataset.counters.filesIgnored += out.filesIgnored;
        dataset.counters.zipsRead += out.zipsRead;
        dataset.counters.symlinksSkipped += out.symlinksSkipped;
        dataset.counters.filesSkippedByKind += out.filesSkippedByKind;
        dataset.counters.filesReused += out.filesReused;
        dataset.counters.storesFailed += out.storesFailed;
        dataset.issues += out.issues;
        out.issues = ParseIssues();
        for (ParsedFile &file : out.files)
            files.push_back(&file);
        for (ReadBenchFile &bench : out.benches)
            benches.push_back(&bench);
        installCount += out.installs.size();
        gateCount += out.gates.size();
    }
    // Path order: bench files of one run merge in this order, and the first whitelist,
    // baseline, metadata.json or sidecar is the first by (path, source), whatever the
    // source order. Install and gate runs need no order here: which of two runs of one id
    // is kept, and run order, are total orders over files.
    auto byPath = [](const auto *a, const auto *b) {
        return std::tie(a->path, a->sourceKey) < std::tie(b->path, b->sourceKey);
    };
    std::sort(files.begin(), files.end(), byPath);
    std::sort(benches.begin(), benches.end(), byPath);

    // Runs from the files. The resolver points into the parsed files: it ends with this
    // block, and so may they.
    FilesOfRun benchFiles; // per run, by its index before sorting
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

        // One string per run id: a run's bench, install and gate files each made their own
        // copy as they were parsed (at 100k runs, 7 MB of equal strings).
        StringPool runIds;
        // Sized once (grown by appending they held up to half again what they need); each
        // task's list is freed as soon as its runs are moved out.
        dataset.installRuns.reserve(installCount);
        dataset.gateRuns.reserve(gateCount);
        for (TaskOutput &out : outputs) {
            for (InstallRun &run : out.installs) {
                const RunIdentity &read = run.identity;
                run.identity = resolver.resolve(read.path, read.sourceKey);
                run.identity.runId = runIds.intern(run.identity.runId);
                run.metadata = resolver.metadataFor(run.identity.path, run.identity.sourceKey,
                                                    run.identity.runId);
                dataset.installRuns.append(std::move(run));
            }
            QList<InstallRun>().swap(out.installs);
            for (GateRun &run : out.gates) {
                const RunIdentity &read = run.identity;
                run.identity =
                    resolver.resolve(read.path, read.sourceKey, read.runId, read.timestamp);
                run.identity.runId = runIds.intern(run.identity.runId);
                dataset.gateRuns.append(std::move(run));
            }
            QList<GateRun>().swap(out.gates);
        }

        dataset.benchRuns.reserve(static_cast<qsizetype>(benches.size()));
        std::vector<qsizetype> runOfFile(benches.size());
        QHash<QString, qsizetype> benchIndex; // run id -> index + 1 into dataset.benchRuns
        for (size_t i = 0; i < benches.size(); ++i) {
            ReadBenchFile &file = *benches[i];
            RunIdentity id = resolver.resolve(file.path, file.sourceKey);
            id.runId = runIds.intern(id.runId);
            qsizetype &index = benchIndex[id.runId];
            if (index == 0) {
                BenchRun run;
                run.identity = id;
                run.identity.timestamp = QDateTime(); // set from the first file that has one
                run.row = dataset.benchRuns.size();
                dataset.benchRuns.append(std::move(run));
                index = dataset.benchRuns.size();
            }
            appendBench(dataset.benchRuns[index - 1], file.data, id);
            runOfFile[i] = index - 1;
            ++dataset.counters.filesUsed;
        }
        // Grouped by run, path order kept within each.
        benchFiles.first.assign(static_cast<size_t>(dataset.benchRuns.size()) + 1, 0);
        for (const qsizetype run : runOfFile)
            ++benchFiles.first[static_cast<size_t>(run) + 1];
        for (size_t r = 1; r < benchFiles.first.size(); ++r)
            benchFiles.first[r] += benchFiles.first[r - 1];
        benchFiles.files.resize(benches.size());
        std::vector<qsizetype> next(benchFiles.first.begin(), benchFiles.first.end() - 1);
        for (size_t i = 0; i < benches.size(); ++i)
            benchFiles.files[static_cast<size_t>(next[static_cast<size_t>(runOfFile[i])]++)] =
                &benches[i]->data;

        chooseFirst(files, ArtifactKind::Whitelist, "unknown_whitelist.json", sourceBases,
                    dataset.whitelist, dataset.whitelistPath, dataset.whitelistFile, dataset);
        chooseFirst(files, ArtifactKind::Baseline, "baselines.json", sourceBases, dataset.baseline,
                    dataset.baselinePath, dataset.baselineFile, dataset);
    }
    // Everything needed is out of the parsed files but the bench values: free the rest
    // before the runs are sorted and the sample store is built.
    std::vector<ParsedFile *>().swap(files);
    std::vector<ReadBenchFile *>().swap(benches);
    for (TaskOutput &out : outputs)
        QList<ParsedFile>().swap(out.files);

    keepOnePerRunId(
        dataset.installRuns,
        [](const InstallRun &r) { return r.metadata ? r.metadata->runAttempt : 0; },
        dataset.issues);
    keepOnePerRunId(
        dataset.gateRuns, [](const GateRun &r) { return r.runAttempt; }, dataset.issues);
    dataset.counters.filesUsed +=
        static_cast<int>(dataset.installRuns.size() + dataset.gateRuns.size());

    for (BenchRun &run : dataset.benchRuns) {
        // Read-only first: a run of one file keeps the list it shares with other runs.
        const QList<MachineInfo> &machines = std::as_const(run.machines);
        if (std::is_sorted(machines.cbegin(), machines.cend()) &&
            std::adjacent_find(machines.cbegin(), machines.cend()) == machines.cend())
            continue;
        std::sort(run.machines.begin(), run.machines.end());
        run.machines.erase(std::unique(run.machines.begin(), run.machines.end()),
                           run.machines.end());
    }
    auto identityOf = [](const auto &run) -> const RunIdentity & { return run.identity; };
    sortInRunOrder(dataset.benchRuns, identityOf);
    buildSampleStore(dataset.benchRuns, benchFiles, benchUnits);
    outputs.clear();
    outputs.squeeze();
#if defined(__GLIBC__)
    // Hand the freed pages back to the system. What the analyses allocate next does not
    // fit in the holes the parsed files leave between the runs' strings, so pages kept
    // for them only add to the peak (at 100k runs, `report`: 30 MB less after the load,
    // 10-20 MB off the peak).
    malloc_trim(0);
#endif
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
