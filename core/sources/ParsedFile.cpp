#include "ParsedFile.h"

#include "bench/GoBenchParser.h"
#include "common/StringPool.h"
#include "install/InstallParser.h"
#include "rollout/GateResultParser.h"
#include "rollout/WhitelistFile.h"

#include <QSet>

#include <algorithm>

namespace gatehouse {

namespace {

template <typename T> void setPayload(ParsedFile &file, std::optional<T> &&value)
{
    if (value)
        file.payload = std::move(*value);
}

void finishBench(GoBenchFile &&bench, ParsedFile &&file, TaskOutput &out)
{
    // A .txt/.out/.log that holds no benchmark line is just some other text file: counted,
    // not reported (CI artifacts are full of logs).
    if (!bench.isBenchmarkOutput()) {
        ++out.filesIgnored;
        return;
    }
    file.issues = std::move(bench.issues);
    bench.issues.clear();
    file.payload = compactBenchFile(std::move(bench), out.benchUnits);
    out.files.append(std::move(file));
}

// Outcomes, policy hashes, reasons, branches and conclusions repeat across runs: held once.
// So do whole lists of reasons (a few hundred orders of a few reasons in 100k runs).
void shareStrings(GateRun &run)
{
    StringPool &pool = threadStringPool();
    run.policyHash = pool.intern(run.policyHash);
    run.outcome = pool.intern(run.outcome);
    pool.internAll(run.topReasons);
    thread_local QSet<QStringList> reasonLists;
    constexpr qsizetype kMaxReasonLists = 4096; // a bound for inputs where no list repeats
    if (run.topReasons.isEmpty())
        return;
    if (const auto known = reasonLists.constFind(run.topReasons); known != reasonLists.cend())
        run.topReasons = *known;
    else if (reasonLists.size() < kMaxReasonLists)
        reasonLists.insert(run.topReasons);
}

void shareStrings(RunMetadata &meta)
{
    StringPool &pool = threadStringPool();
    meta.headBranch = pool.intern(meta.headBranch);
    meta.conclusion = pool.intern(meta.conclusion);
}

// Reads up to limit bytes in blocks. Not QIODevice::read(limit): that allocates the whole
// limit (256 MiB) up front for every file, which cost a 256 MiB mmap per file and made the
// sanitizer build crawl.
QByteArray readAtMost(QIODevice &device, qint64 limit)
{
    QByteArray data;
    if (!device.isSequential())
        data.reserve(std::min(limit, std::max<qint64>(0, device.size() - device.pos()) + 1));
    constexpr qint64 kBlock = 64 * 1024;
    while (data.size() < limit) {
        const qint64 want = std::min(kBlock, limit - data.size());
        const qsizetype before = data.size();
        data.resize(before + want);
        const qint64 got = device.read(data.data() + before, want);
        data.resize(before + std::max<qint64>(0, got));
        if (got <= 0)
            break;
    }
    return data;
}

// Most files of a load name the same detectors and units: those share one list (implicit
// sharing) instead of each holding a copy until the merge (50 MB at 100k runs).
template <typename List> void shareIfSame(List &list, List &last)
{
    if (list == last)
        list = last;
    else
        last = list;
}

} // namespace

BenchFileData compactBenchFile(GoBenchFile &&file, const QStringList &keptUnits)
{
    thread_local QList<DetectorKey> lastKeys;
    thread_local QStringList lastUnits;
    thread_local QList<BenchFileData::Series> lastSeries;
    // Built here, then shared with the previous file or copied at its exact size: a file
    // of the usual shape allocates no table of its own.
    thread_local QList<BenchFileData::Series> seriesScratch;
    seriesScratch.clear(); // keeps its capacity (never shared, so never detached)
    BenchFileData data;
    qsizetype total = 0;
    for (const UnitSamples &units : std::as_const(file.samples))
        for (const QVector<double> &values : units)
            total += values.size();
    std::vector<double> values;
    values.reserve(static_cast<size_t>(total));
    thread_local std::vector<quint32> keptCounts;
    keptCounts.clear();
    data.keys.reserve(file.samples.size());
    for (auto d = file.samples.cbegin(); d != file.samples.cend(); ++d) {
        const int key = static_cast<int>(data.keys.size());
        data.keys.append(d.key());
        for (auto u = d.value().cbegin(); u != d.value().cend(); ++u) {
            if (u.value().isEmpty())
                continue;
            qsizetype unit = data.units.indexOf(u.key());
            if (unit < 0) {
                unit = data.units.size();
                data.units.append(u.key());
            }
            BenchFileData::Series series;
            series.key = key;
            series.unit = static_cast<int>(unit);
            series.count = static_cast<quint32>(u.value().size());
            series.kept = keptUnits.isEmpty() || keptUnits.contains(u.key());
            if (series.kept) {
                values.insert(values.end(), u.value().cbegin(), u.value().cend());
                keptCounts.push_back(series.count);
            }
            seriesScratch.append(series);
        }
    }
    data.values = PackedValues::pack(values, keptCounts);
    shareIfSame(data.keys, lastKeys);
    shareIfSame(data.units, lastUnits);
    // The table of series too (288 bytes a file on the generator's set, 29 MB at 100k runs).
    if (seriesScratch != lastSeries)
        lastSeries = QList<BenchFileData::Series>(seriesScratch.cbegin(), seriesScratch.cend());
    data.series = lastSeries;
    data.failures = std::move(file.failures);
    // The machine too: a load's bench files name one or a few (90 bytes a file).
    thread_local QList<MachineInfo> lastMachines;
    data.machines = std::move(file.machines);
    shareIfSame(data.machines, lastMachines);
    return data;
}

void compactOutput(TaskOutput &out)
{
    if (out.files.isEmpty())
        return;
    qsizetype kept = 0;
    for (qsizetype i = 0; i < out.files.size(); ++i) {
        ParsedFile &file = out.files[i];
        bool moved = true;
        if (auto *bench = std::get_if<BenchFileData>(&file.payload)) {
            out.benches.append({file.path, file.sourceKey, std::move(*bench)});
        } else if (auto *seconds = std::get_if<qint64>(&file.payload)) {
            InstallRun run;
            run.identity.path = file.path;
            run.identity.sourceKey = file.sourceKey;
            run.seconds = *seconds;
            out.installs.append(std::move(run));
        } else if (auto *gate = std::get_if<GateRun>(&file.payload)) {
            gate->identity.path = file.path;
            gate->identity.sourceKey = file.sourceKey;
            out.gates.append(std::move(*gate));
        } else {
            moved = false;
        }
        if (moved) {
            out.issues += file.issues;
        } else {
            if (kept != i)
                out.files[kept] = std::move(file);
            ++kept;
        }
    }
    out.files.resize(kept);
}

void parseArtifactBytes(const QByteArray &data, ParsedFile file, TaskOutput &out)
{
    switch (file.kind) {
    case ArtifactKind::BenchCandidate: {
        finishBench(parseGoBench(QByteArrayView(data), file.path), std::move(file), out);
        return;
    }
    case ArtifactKind::InstallSeconds:
        setPayload(file, parseInstallSeconds(data, file.path, file.issues));
        break;
    case ArtifactKind::RunMetadata:
        setPayload(file, parseRunMetadata(data, file.path, file.issues));
        if (auto *meta = std::get_if<RunMetadata>(&file.payload))
            shareStrings(*meta);
        break;
    case ArtifactKind::GateResult:
        setPayload(file, parseGateResult(data, file.path, file.issues));
        if (auto *run = std::get_if<GateRun>(&file.payload))
            shareStrings(*run);
        break;
    case ArtifactKind::RunSidecar:
        setPayload(file, parseRunSidecar(data, file.path, file.issues));
        if (auto *sidecar = std::get_if<RunSidecar>(&file.payload))
            shareStrings(sidecar->run);
        break;
    case ArtifactKind::Whitelist:
        setPayload(file, parseWhitelist(data, file.path, file.issues));
        break;
    case ArtifactKind::Baseline:
        setPayload(file, parseBaseline(data, file.path, file.issues));
        break;
    case ArtifactKind::Ignored:
    case ArtifactKind::Zip:
        ++out.filesIgnored; // callers handle zips themselves; nothing to parse here
        return;
    }
    out.files.append(std::move(file));
}

void parseArtifactDevice(QIODevice &device, qint64 maxBytes, ParsedFile file, TaskOutput &out)
{
    if (file.kind == ArtifactKind::BenchCandidate) {
        // Streamed: a large log is never held in memory whole.
        finishBench(parseGoBench(device, file.path), std::move(file), out);
        return;
    }
    const QByteArray data = readAtMost(device, maxBytes + 1);
    if (data.size() > maxBytes) {
        file.issues.append(
            {file.path, 0,
             QStringLiteral("skipped: larger than the limit of %1 bytes").arg(maxBytes),
             Severity::Error});
        out.files.append(std::move(file));
        return;
    }
    parseArtifactBytes(data, std::move(file), out);
}

} // namespace gatehouse
