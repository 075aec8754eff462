#include "BenchSamples.h"

#include <QHashFunctions>
#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace gatehouse {

namespace {

QString columnKey(const DetectorKey &key, const QString &unit)
{
    return key.pkg + QChar(0) + key.name + QChar(0) + unit;
}

// Plain doubles become the narrowest format that holds them (a no-op when none is).
void compact(BenchSampleStore::Column &column)
{
    if (column.values.format().isRaw() && !column.values.empty())
        column.values = EncodedValues::encode(column.values.all());
    else
        column.values.shrink_to_fit();
}

} // namespace

size_t qHash(const DetectorKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.pkg, key.name);
}

int BenchSampleStore::columnOf(const DetectorKey &key, const QString &unit) const
{
    return m_columnIndex.value(columnKey(key, unit), -1);
}

void BenchSampleStore::indexColumns()
{
    m_columnIndex.clear();
    for (size_t i = 0; i < m_columns.size(); ++i) {
        const Column &column = m_columns[i];
        m_columnIndex.insert(columnKey(m_detectors.at(column.detector), m_units.at(column.unit)),
                             static_cast<int>(i));
    }
}

void BenchSampleStore::shareEqualOffsets()
{
    // Tables by a hash of their contents, so each is read once: comparing every table with
    // every other would cost columns x tables x rows where many differ only in late rows.
    std::unordered_set<const std::vector<quint32> *> kept; // tables columns already share
    std::unordered_multimap<size_t, std::shared_ptr<const std::vector<quint32>>> byHash;
    for (Column &column : m_columns) {
        if (kept.count(column.offsets.get()) > 0)
            continue; // shares a kept table already (a follower in the builder)
        const std::vector<quint32> &table = *column.offsets;
        const size_t hash = qHashBits(table.data(), table.size() * sizeof(quint32));
        bool shared = false;
        for (auto [it, end] = byHash.equal_range(hash); it != end && !shared; ++it)
            if (*it->second == table) {
                column.offsets = it->second;
                shared = true;
            }
        if (!shared) {
            byHash.emplace(hash, column.offsets);
            kept.insert(column.offsets.get());
        }
    }
}

std::shared_ptr<BenchSampleStore> BenchSampleStore::fromColumns(QList<DetectorKey> detectors,
                                                                QStringList units,
                                                                std::vector<Column> columns,
                                                                qsizetype rows)
{
    auto store = std::make_shared<BenchSampleStore>();
    store->m_detectors = std::move(detectors);
    store->m_units = std::move(units);
    store->m_columns = std::move(columns);
    for (Column &column : store->m_columns)
        compact(column);
    store->shareEqualOffsets();
    store->m_rows = rows;
    store->indexColumns();
    return store;
}

std::shared_ptr<BenchSampleStore>
BenchSampleStore::fromMaps(const QList<QMap<DetectorKey, UnitSamples>> &maps)
{
    BenchSampleStoreBuilder builder;
    for (const auto &map : maps) {
        builder.beginRow();
        for (auto d = map.cbegin(); d != map.cend(); ++d)
            for (auto u = d.value().cbegin(); u != d.value().cend(); ++u)
                builder.add(d.key(), u.key(), SampleSpan(u.value().constData(), u.value().size()),
                            u.value().size());
        builder.endRow();
    }
    return builder.take();
}

BenchSampleStoreBuilder::BenchSampleStoreBuilder(QStringList keptUnits)
    : m_keptUnits(std::move(keptUnits))
{
}

void BenchSampleStoreBuilder::planColumn(int column, SampleSpan values, qsizetype size)
{
    if (size <= 0)
        return;
    const auto index = static_cast<size_t>(column);
    if (m_planned.size() <= index) {
        m_planned.resize(index + 1, 0);
        m_formats.resize(index + 1);
    }
    m_planned[index] += size;
    m_formats[index].add(values);
}

void BenchSampleStoreBuilder::reservePlanned(qsizetype rows)
{
    for (size_t i = 0; i < m_store->m_columns.size(); ++i) {
        BenchSampleStore::Column &column = m_store->m_columns[i];
        if (!follows(i))
            m_offsets[i].reserve(static_cast<size_t>(m_store->m_rows + rows) + 1);
        if (column.valuesKept && i < m_planned.size()) {
            if (column.values.empty())
                column.values = EncodedValues(m_formats[i].format());
            column.values.reserve(static_cast<size_t>(m_planned[i]));
        }
    }
}

void BenchSampleStoreBuilder::beginRow() {}

int BenchSampleStoreBuilder::columnFor(const DetectorKey &key, const QString &unit)
{
    auto detector = m_detectorIndex.constFind(key);
    if (detector == m_detectorIndex.cend()) {
        detector = m_detectorIndex.insert(key, static_cast<int>(m_store->m_detectors.size()));
        m_store->m_detectors.append(key);
    }
    auto unitIt = m_unitIndex.constFind(unit);
    if (unitIt == m_unitIndex.cend()) {
        unitIt = m_unitIndex.insert(unit, static_cast<int>(m_store->m_units.size()));
        m_store->m_units.append(unit);
    }
    const quint64 id = (quint64(*detector) << 32) | quint64(*unitIt);
    auto column = m_columnIndex.constFind(id);
    if (column != m_columnIndex.cend())
        return *column;
    BenchSampleStore::Column created;
    created.detector = *detector;
    created.unit = *unitIt;
    created.valuesKept = m_keptUnits.isEmpty() || m_keptUnits.contains(unit);
    // Rows before this one hold nothing of the new column.
    // Before the first row every table is {0}: a new column follows the first one.
    const bool followsFirst = m_store->m_rows == 0 && !m_offsets.empty();
    m_offsets.emplace_back(followsFirst ? 0 : static_cast<size_t>(m_store->m_rows) + 1, 0);
    m_store->m_columns.push_back(std::move(created));
    m_columnCounts.push_back(0);
    const int index = static_cast<int>(m_store->m_columns.size() - 1);
    m_columnIndex.insert(id, index);
    return index;
}

void BenchSampleStoreBuilder::addColumn(int index, SampleSpan values, qsizetype size)
{
    if (size <= 0)
        return;
    BenchSampleStore::Column &column = m_store->m_columns[static_cast<size_t>(index)];
    if (column.valuesKept)
        column.values.append(values);
    m_columnCounts[static_cast<size_t>(index)] += size;
}

void BenchSampleStoreBuilder::endRow()
{
    ++m_store->m_rows;
    // The first column never follows and comes first, so its table already holds this row.
    for (size_t i = 0; i < m_offsets.size(); ++i) {
        const auto count = static_cast<quint32>(m_columnCounts[i]);
        if (!follows(i)) {
            m_offsets[i].push_back(count);
        } else if (m_columnCounts[0] != m_columnCounts[i]) {
            // The first row where the two differ: a table of its own from here on.
            const std::vector<quint32> &first = m_offsets[0];
            m_offsets[i].reserve(first.capacity());
            m_offsets[i].assign(first.cbegin(), first.cend());
            m_offsets[i].back() = count;
        }
    }
}

std::shared_ptr<BenchSampleStore> BenchSampleStoreBuilder::take()
{
    BenchSampleStore &store = *m_store;
    // Detectors and units in sorted order, columns by (detector, unit): readers iterate
    // a run's series in the order the nested maps gave.
    std::vector<int> detectorOrder(static_cast<size_t>(store.m_detectors.size()));
    std::iota(detectorOrder.begin(), detectorOrder.end(), 0);
    std::sort(detectorOrder.begin(), detectorOrder.end(),
              [&](int a, int b) { return store.m_detectors.at(a) < store.m_detectors.at(b); });
    std::vector<int> unitOrder(static_cast<size_t>(store.m_units.size()));
    std::iota(unitOrder.begin(), unitOrder.end(), 0);
    std::sort(unitOrder.begin(), unitOrder.end(),
              [&](int a, int b) { return store.m_units.at(a) < store.m_units.at(b); });
    std::vector<int> detectorRank(detectorOrder.size()), unitRank(unitOrder.size());
    QList<DetectorKey> detectors;
    QStringList units;
    for (size_t i = 0; i < detectorOrder.size(); ++i) {
        detectorRank[static_cast<size_t>(detectorOrder[i])] = static_cast<int>(i);
        detectors.append(store.m_detectors.at(detectorOrder[i]));
    }
    for (size_t i = 0; i < unitOrder.size(); ++i) {
        unitRank[static_cast<size_t>(unitOrder[i])] = static_cast<int>(i);
        units.append(store.m_units.at(unitOrder[i]));
    }
    for (size_t i = 0; i < store.m_columns.size(); ++i) { // the first before its followers
        BenchSampleStore::Column &column = store.m_columns[i];
        column.detector = detectorRank[static_cast<size_t>(column.detector)];
        column.unit = unitRank[static_cast<size_t>(column.unit)];
        if (follows(i)) {
            column.offsets = store.m_columns[0].offsets;
        } else {
            m_offsets[i].shrink_to_fit();
            column.offsets = std::make_shared<const std::vector<quint32>>(std::move(m_offsets[i]));
        }
        compact(column);
    }
    store.shareEqualOffsets();
    std::sort(store.m_columns.begin(), store.m_columns.end(), [](const auto &a, const auto &b) {
        return std::tie(a.detector, a.unit) < std::tie(b.detector, b.unit);
    });
    store.m_detectors = std::move(detectors);
    store.m_units = std::move(units);
    store.indexColumns();
    auto taken = std::move(m_store);
    m_store = std::make_shared<BenchSampleStore>();
    m_detectorIndex.clear();
    m_unitIndex.clear();
    m_columnIndex.clear();
    m_columnCounts.clear();
    m_offsets.clear();
    m_planned.clear();
    m_formats.clear();
    return taken;
}

} // namespace gatehouse
