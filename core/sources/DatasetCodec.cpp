#include "DatasetCodec.h"

#include "DatasetCodecIo.h"

#include <QCborMap>
#include <QCborValue>
#include <QTimeZone>
#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace gatehouse {

namespace {

using codec::Reader;
using codec::Writer;

// A field added to any of these and not to the codec would be lost by every snapshot
// without a test noticing (the fingerprint only keeps old snapshots out): their sizes as
// the codec below knows them, on the platform CI builds on. Changed? Encode the new
// field, then update the size here.
#if defined(__x86_64__) && defined(__linux__) && defined(__GLIBCXX__)
static_assert(sizeof(Dataset) == 376 && sizeof(LoadCounters) == 32, "encode the new field");
static_assert(sizeof(BenchRun) == 160 && sizeof(RunIdentity) == 80, "encode the new field");
static_assert(sizeof(BenchSampleStore::Column) == 64 && sizeof(DetectorKey) == 48 &&
                  sizeof(MachineInfo) == 72,
              "encode the new field");
static_assert(sizeof(InstallRun) == 240 && sizeof(RunMetadata) == 144, "encode the new field");
static_assert(sizeof(GateRun) == 168 && sizeof(Whitelist) == 40 && sizeof(WhitelistClass) == 128,
              "encode the new field");
static_assert(sizeof(Baseline) == 32 && sizeof(FileState) == 56 && sizeof(ParseIssue) == 64,
              "encode the new field");
#endif

// The fewest bytes each item takes encoded (a string: its 4-byte id; a time: its valid
// flag): a count of more items than the bytes left could hold is damage, so a damaged or
// crafted snapshot can make the decoder allocate little more than its own size.
constexpr qsizetype kMinString = 4, kMinTime = 1;
constexpr qsizetype kMinKey = 2 * kMinString;
constexpr qsizetype kMinIdentity = 3 * kMinString + kMinTime;
constexpr qsizetype kMinMachine = 3 * kMinString;
constexpr qsizetype kMinColumn = 4 + 4 + 1 + 4 + 4;
constexpr qsizetype kMinStore = 4 + 4 + 8 + 4;
constexpr qsizetype kMinBenchRun = kMinIdentity + 4 + 4 + 4 + 4 + 8;
constexpr qsizetype kMinInstallRun = kMinIdentity + 8 + 1;
constexpr qsizetype kMinGateRun = kMinIdentity + 2 * kMinString + 8 + 4 + 4;
constexpr qsizetype kMinClass = 5 * kMinString + 4;
constexpr qsizetype kMinIssue = kMinString + 4 + kMinString + 4;

// Bumped whenever the layout below changes (the build fingerprint changes with it too).
constexpr quint32 kFormat = 1;
constexpr char kMagic[4] = {'G', 'H', 'D', 'S'};

void putTime(Writer &w, const QDateTime &t)
{
    w.putBool(t.isValid());
    if (!t.isValid())
        return;
    w.putI64(t.toMSecsSinceEpoch());
    w.putI32(int(t.timeSpec()));
    w.putI32(t.offsetFromUtc());
    w.putString(t.timeSpec() == Qt::TimeZone ? QString::fromUtf8(t.timeZone().id()) : QString());
}

bool getTime(Reader &r, QDateTime &t)
{
    bool valid = false;
    if (!r.getBool(valid))
        return false;
    if (!valid) {
        t = QDateTime();
        return true;
    }
    qint64 ms = 0;
    qint32 spec = 0, offset = 0;
    QString zone;
    if (!r.getI64(ms) || !r.getI32(spec) || !r.getI32(offset) || !r.getString(zone))
        return false;
    if (spec < Qt::LocalTime || spec > Qt::TimeZone)
        return false;
    switch (Qt::TimeSpec(spec)) {
    case Qt::UTC:
        t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return true;
    case Qt::OffsetFromUTC:
        t = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
        return true;
    case Qt::LocalTime:
        t = QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime);
        return true;
    case Qt::TimeZone:
        t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(zone.toUtf8()));
        return true;
    }
    return false;
}

void putJson(Writer &w, const QJsonObject &o)
{
    w.putBytes(QCborValue(QCborMap::fromJsonObject(o)).toCbor());
}

bool getJson(Reader &r, QJsonObject &o)
{
    QByteArray bytes;
    if (!r.getBytes(bytes))
        return false;
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return false;
    o = value.toMap().toJsonObject();
    return true;
}

void putIdentity(Writer &w, const RunIdentity &id)
{
    w.putString(id.runId);
    putTime(w, id.timestamp);
    w.putString(id.path);
    w.putString(id.sourceKey);
}

bool getIdentity(Reader &r, RunIdentity &id)
{
    return r.getString(id.runId) && getTime(r, id.timestamp) && r.getString(id.path) &&
           r.getString(id.sourceKey);
}

void putKey(Writer &w, const DetectorKey &k)
{
    w.putString(k.pkg);
    w.putString(k.name);
}

bool getKey(Reader &r, DetectorKey &k)
{
    return r.getString(k.pkg) && r.getString(k.name);
}

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
        w.putArray(c.offsets);
        w.putArray(c.values);
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
        if (!r.getI32(c.detector) || !r.getI32(c.unit) || !r.getBool(c.valuesKept) ||
            !r.getArray(c.offsets) || !r.getArray(c.values))
            return nullptr;
        // What the readers index by must hold: offsets per row, rising, within the values.
        if (c.detector < 0 || c.detector >= detectors.size() || c.unit < 0 ||
            c.unit >= units.size() || c.offsets.size() != static_cast<size_t>(rows) + 1 ||
            c.offsets.front() != 0 || !std::is_sorted(c.offsets.begin(), c.offsets.end()) ||
            (c.valuesKept && c.offsets.back() != c.values.size()) ||
            (!c.valuesKept && !c.values.empty()))
            return nullptr;
    }
    return BenchSampleStore::fromColumns(std::move(detectors), std::move(units), std::move(columns),
                                         rows);
}

void putMetadata(Writer &w, const RunMetadata &m)
{
    for (const QString *s : {&m.runId, &m.headSha, &m.headBranch, &m.conclusion, &m.htmlUrl})
        w.putString(*s);
    putTime(w, m.createdAt);
    w.putI32(m.runAttempt);
    w.putI64(m.runNumber);
}

bool getMetadata(Reader &r, RunMetadata &m)
{
    for (QString *s : {&m.runId, &m.headSha, &m.headBranch, &m.conclusion, &m.htmlUrl})
        if (!r.getString(*s))
            return false;
    return getTime(r, m.createdAt) && r.getI32(m.runAttempt) && r.getI64(m.runNumber);
}

void putFile(Writer &w, const FileState &f)
{
    w.putI32(int(f.state));
    w.putString(f.path);
    w.putString(f.error);
}

bool getFile(Reader &r, FileState &f)
{
    qint32 state = 0;
    if (!r.getI32(state) || state < 0 || state > int(FileStateKind::Unreadable))
        return false;
    f.state = FileStateKind(state);
    return r.getString(f.path) && r.getString(f.error);
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
        w.putStrings(run.files);
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
        if (!getIdentity(r, run.identity) || !r.getStrings(run.files) ||
            !r.getCount(n, kMinKey + 4))
            return false;
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

void putOthers(Writer &w, const Dataset &d)
{
    w.putCount(d.installRuns.size());
    for (const InstallRun &run : d.installRuns) {
        putIdentity(w, run.identity);
        w.putI64(run.seconds);
        w.putBool(run.metadata.has_value());
        if (run.metadata)
            putMetadata(w, *run.metadata);
    }
    w.putCount(d.gateRuns.size());
    for (const GateRun &run : d.gateRuns) {
        putIdentity(w, run.identity);
        w.putString(run.policyHash);
        w.putString(run.outcome);
        w.putDouble(run.unknownRate);
        w.putStrings(run.topReasons);
        w.putI32(run.runAttempt);
    }
    w.putBool(d.whitelist.has_value());
    if (d.whitelist) {
        w.putI32(d.whitelist->version);
        w.putCount(d.whitelist->classes.size());
        for (const WhitelistClass &c : d.whitelist->classes) {
            for (const QString *s : {&c.reason, &c.note, &c.owner, &c.added, &c.reviewBy})
                w.putString(*s);
            putJson(w, c.extra);
        }
        putJson(w, d.whitelist->extra);
    }
    w.putString(d.whitelistPath);
    w.putBool(d.baseline.has_value());
    if (d.baseline) {
        putJson(w, d.baseline->document);
        w.putString(d.baseline->wrapperKey);
    }
    w.putString(d.baselinePath);
    putFile(w, d.whitelistFile);
    putFile(w, d.baselineFile);
    w.putCount(d.issues.size());
    for (const ParseIssue &issue : d.issues) {
        w.putString(issue.path);
        w.putI32(issue.line);
        w.putString(issue.message);
        w.putI32(int(issue.severity));
    }
    const LoadCounters &c = d.counters;
    for (int value : {c.filesSeen, c.filesUsed, c.filesIgnored, c.zipsRead, c.symlinksSkipped,
                      c.filesSkippedByKind, c.filesReused, c.storesFailed})
        w.putI32(value);
}

bool getOthers(Reader &r, Dataset &d)
{
    qsizetype count = 0;
    if (!r.getCount(count, kMinInstallRun))
        return false;
    d.installRuns.resize(count);
    for (InstallRun &run : d.installRuns) {
        bool hasMetadata = false;
        if (!getIdentity(r, run.identity) || !r.getI64(run.seconds) || !r.getBool(hasMetadata))
            return false;
        if (hasMetadata && !getMetadata(r, run.metadata.emplace()))
            return false;
    }
    if (!r.getCount(count, kMinGateRun))
        return false;
    d.gateRuns.resize(count);
    for (GateRun &run : d.gateRuns)
        if (!getIdentity(r, run.identity) || !r.getString(run.policyHash) ||
            !r.getString(run.outcome) || !r.getDouble(run.unknownRate) ||
            !r.getStrings(run.topReasons) || !r.getI32(run.runAttempt))
            return false;
    bool has = false;
    if (!r.getBool(has))
        return false;
    if (has) {
        Whitelist &list = d.whitelist.emplace();
        if (!r.getI32(list.version) || !r.getCount(count, kMinClass))
            return false;
        list.classes.resize(count);
        for (WhitelistClass &c : list.classes) {
            for (QString *s : {&c.reason, &c.note, &c.owner, &c.added, &c.reviewBy})
                if (!r.getString(*s))
                    return false;
            if (!getJson(r, c.extra))
                return false;
        }
        if (!getJson(r, list.extra))
            return false;
    }
    if (!r.getString(d.whitelistPath) || !r.getBool(has))
        return false;
    if (has && !(getJson(r, d.baseline.emplace().document) && r.getString(d.baseline->wrapperKey)))
        return false;
    if (!r.getString(d.baselinePath) || !getFile(r, d.whitelistFile) ||
        !getFile(r, d.baselineFile) || !r.getCount(count, kMinIssue))
        return false;
    d.issues.resize(count);
    for (ParseIssue &issue : d.issues) {
        qint32 severity = 0;
        if (!r.getString(issue.path) || !r.getI32(issue.line) || !r.getString(issue.message) ||
            !r.getI32(severity) || severity < 0 || severity > int(Severity::Note))
            return false;
        issue.severity = Severity(severity);
    }
    LoadCounters &c = d.counters;
    for (int *value : {&c.filesSeen, &c.filesUsed, &c.filesIgnored, &c.zipsRead, &c.symlinksSkipped,
                       &c.filesSkippedByKind, &c.filesReused, &c.storesFailed})
        if (!r.getI32(*value))
            return false;
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
