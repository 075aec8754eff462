#include "DatasetCodec.h"

#include "DatasetCodecParts.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace gatehouse {

namespace {

using namespace codec;

// A field added to any of these and not to the codec would be lost by every snapshot
// without a test noticing (the fingerprint only keeps old snapshots out): their sizes as
// the codec below knows them, on the platform CI builds on. Changed? Encode the new
// field, then update the size here.
#if defined(__x86_64__) && defined(__linux__) && defined(__GLIBCXX__)
static_assert(sizeof(Dataset) == 376 && sizeof(LoadCounters) == 32, "encode the new field");
static_assert(sizeof(BenchRun) == 152 && sizeof(RunIdentity) == 72, "encode the new field");
static_assert(sizeof(BenchSampleStore::Column) == 72 && sizeof(DetectorKey) == 48 &&
                  sizeof(MachineInfo) == 72,
              "encode the new field");
static_assert(sizeof(InstallRun) == 96 && sizeof(RunMetadata) == 144, "encode the new field");
static_assert(sizeof(GateRun) == 160 && sizeof(Whitelist) == 40 && sizeof(WhitelistClass) == 128,
              "encode the new field");
static_assert(sizeof(Baseline) == 32 && sizeof(FileState) == 56 && sizeof(ParseIssue) == 64,
              "encode the new field");
#endif

// Bumped whenever the layout below changes (the build fingerprint changes with it too).
constexpr quint32 kFormat = 1;
constexpr char kMagic[4] = {'G', 'H', 'D', 'S'};

void putStore(Writer &w, const BenchSampleStore &store)
{
    w.putCount(store.detectors().size());
    for (const DetectorKey &k : store.detectors())
        putKey(w, k);
    w.putStrings(store.units());
    w.putI64(store.rowCount());
    w.putCount(qsizetype(store.columns().size()));
    for (const BenchSampleStore::Column &c : store.columns()) {
        w.putI32(c.detector);
        w.putI32(c.unit);
        w.putBool(c.valuesKept);
        w.putArray(*c.offsets);
        w.putArray(c.values.toDoubles());
    }
}

std::shared_ptr<BenchSampleStore> getStore(Reader &r)
{
    qsizetype count = 0;
    if (!r.getCount(count, kMinKey))
        return nullptr;
    QList<DetectorKey> detectors(count);
    for (DetectorKey &k : detectors)
        if (!getKey(r, k))
            return nullptr;
    QStringList units;
    qint64 rows = 0;
    if (!r.getStrings(units) || !r.getI64(rows) || rows < 0 || !r.getCount(count, kMinColumn))
        return nullptr;
    std::vector<BenchSampleStore::Column> columns(static_cast<size_t>(count));
    for (BenchSampleStore::Column &c : columns) {
        std::vector<double> values;
        std::vector<quint32> offsets;
        if (!r.getI32(c.detector) || !r.getI32(c.unit) || !r.getBool(c.valuesKept) ||
            !r.getArray(offsets) || !r.getArray(values))
            return nullptr;
        c.values = EncodedValues::encode(values);
        // What the readers index by must hold: offsets per row, rising, within the values.
        if (c.detector < 0 || c.detector >= detectors.size() || c.unit < 0 ||
            c.unit >= units.size() || offsets.size() != static_cast<size_t>(rows) + 1 ||
            offsets.front() != 0 || !std::is_sorted(offsets.begin(), offsets.end()) ||
            (c.valuesKept && offsets.back() != c.values.size()) ||
            (!c.valuesKept && !c.values.empty()))
            return nullptr;
        c.offsets = std::make_shared<const std::vector<quint32>>(std::move(offsets));
    }
    return BenchSampleStore::fromColumns(std::move(detectors), std::move(units), std::move(columns),
                                         rows);
}

void putBenchRuns(Writer &w, const QList<BenchRun> &runs)
{
    // Runs share their sample stores (one per load): each store once, runs by index.
    std::unordered_map<const BenchSampleStore *, qint32> stores;
    std::vector<const BenchSampleStore *> order;
    for (const BenchRun &run : runs)
        if (run.store && stores.emplace(run.store.get(), qint32(order.size())).second)
            order.push_back(run.store.get());
    w.putCount(qsizetype(order.size()));
    for (const BenchSampleStore *store : order)
        putStore(w, *store);
    w.putCount(runs.size());
    for (const BenchRun &run : runs) {
        putIdentity(w, run.identity);
        w.putStrings(toStringList(run.files));
        w.putCount(run.failures.size());
        for (auto it = run.failures.cbegin(); it != run.failures.cend(); ++it) {
            putKey(w, it.key());
            w.putI32(it.value());
        }
        w.putCount(run.machines.size());
        for (const MachineInfo &m : run.machines)
            for (const QString *s : {&m.goos, &m.goarch, &m.cpu})
                w.putString(*s);
        w.putI32(run.store ? stores.at(run.store.get()) : -1);
        w.putI64(run.row);
    }
}

bool getBenchRuns(Reader &r, QList<BenchRun> &runs)
{
    qsizetype count = 0;
    if (!r.getCount(count, kMinStore))
        return false;
    std::vector<std::shared_ptr<const BenchSampleStore>> stores;
    for (qsizetype i = 0; i < count; ++i) {
        std::shared_ptr<BenchSampleStore> store = getStore(r);
        if (!store)
            return false;
        stores.push_back(std::move(store));
    }
    if (!r.getCount(count, kMinBenchRun))
        return false;
    runs.resize(count);
    for (BenchRun &run : runs) {
        qsizetype n = 0;
        QStringList files;
        if (!getIdentity(r, run.identity) || !r.getStrings(files) || !r.getCount(n, kMinKey + 4))
            return false;
        run.files = RelativePaths(files.cbegin(), files.cend());
        for (qsizetype i = 0; i < n; ++i) {
            DetectorKey key;
            qint32 failures = 0;
            if (!getKey(r, key) || !r.getI32(failures))
                return false;
            run.failures.insert(key, failures);
        }
        if (!r.getCount(n, kMinMachine))
            return false;
        run.machines.resize(n);
        for (MachineInfo &m : run.machines)
            for (QString *s : {&m.goos, &m.goarch, &m.cpu})
                if (!r.getString(*s))
                    return false;
        qint32 store = 0;
        qint64 row = 0;
        if (!r.getI32(store) || !r.getI64(row) || store < -1 || store >= qint32(stores.size()))
            return false;
        if (store >= 0) {
            run.store = stores[size_t(store)];
            if (row < 0 || row >= run.store->rowCount())
                return false;
        }
        run.row = row;
    }
    return true;
}

} // namespace

QByteArray encodeDataset(const Dataset &dataset)
{
    Writer w;
    w.putRaw(kMagic, sizeof kMagic);
    w.putU32(kFormat);
    w.putU32(codec::kHostOrder);
    putBenchRuns(w, dataset.benchRuns);
    putOthers(w, dataset);
    w.putRaw(kMagic, sizeof kMagic); // the end: a cut-short snapshot never decodes
    return w.take();
}

std::optional<Dataset> decodeDataset(const QByteArray &bytes)
{
    Reader r(bytes);
    char magic[4] = {};
    quint32 format = 0, order = 0;
    if (!r.getRaw(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof kMagic) != 0 ||
        !r.getU32(format) || format != kFormat || !r.getU32(order) || order != codec::kHostOrder)
        return std::nullopt;
    Dataset dataset;
    if (!getBenchRuns(r, dataset.benchRuns) || !getOthers(r, dataset) ||
        !r.getRaw(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof kMagic) != 0 ||
        !r.atEnd())
        return std::nullopt;
    return dataset;
}

} // namespace gatehouse