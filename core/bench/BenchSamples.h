#pragma once
// The bench samples of a load, stored by column: one column per (detector, unit), its
// values contiguous across runs, indexed by run row through per-row offsets (CSR). A
// run's samples cost 1 to 8 bytes per value (EncodedValues.h) plus 4 bytes per column,
// where the nested maps they replace cost about 4 KB per run. Detector keys and units are
// held once per store.
#include "BenchKeys.h"
#include "EncodedValues.h"

#include <QHash>
#include <algorithm>
#include <memory>
#include <vector>

namespace gatehouse {

class BenchSampleStore
{
public:
    struct Column
    {
        int detector = 0; // index into detectors()
        int unit = 0;     // index into units()
        // (*offsets)[row] .. (*offsets)[row + 1]: the row's samples (counted even when the
        // values of the unit are not kept, so every run still names its units). Columns
        // whose rows hold equally many samples share one table (at 100k runs of six
        // detectors and three units: 7 MB of equal tables before).
        std::shared_ptr<const std::vector<quint32>> offsets =
            std::make_shared<const std::vector<quint32>>(1, 0);
        EncodedValues values; // empty when the load kept no values of this unit
        bool valuesKept = true;
    };

    const QList<DetectorKey> &detectors() const { return m_detectors; }
    const QStringList &units() const { return m_units; }
    // Sorted by (detector key, unit): the order of the former nested maps.
    const std::vector<Column> &columns() const { return m_columns; }
    qsizetype rowCount() const { return m_rows; }
    int columnOf(const DetectorKey &key, const QString &unit) const; // -1 when absent

    qsizetype count(const Column &column, qsizetype row) const
    {
        const std::vector<quint32> &offsets = *column.offsets;
        return offsets[row + 1] - offsets[row];
    }
    SampleSpan values(const Column &column, qsizetype row) const
    {
        if (!column.valuesKept)
            return {};
        const std::vector<quint32> &offsets = *column.offsets;
        const quint32 from = offsets[row];
        return column.values.span(from, offsets[row + 1] - from);
    }

    // Builds a store from per-run maps (tests, tools, hand-made runs); row i is maps[i].
    static std::shared_ptr<BenchSampleStore>
    fromMaps(const QList<QMap<DetectorKey, UnitSamples>> &maps);
    // A store from its parts as columns() gives them, sorted (a decoded load snapshot).
    // Columns of plain doubles are stored in the narrowest format that holds them; equal
    // offset tables become one.
    static std::shared_ptr<BenchSampleStore> fromColumns(QList<DetectorKey> detectors,
                                                         QStringList units,
                                                         std::vector<Column> columns,
                                                         qsizetype rows);

private:
    friend class BenchSampleStoreBuilder;
    void indexColumns();
    void shareEqualOffsets();
    QList<DetectorKey> m_detectors;
    QStringList m_units;
    std::vector<Column> m_columns;
    QHash<QString, int> m_columnIndex; // "pkg\0name\0unit" -> column
    qsizetype m_rows = 0;
};

// Fills a store row by row: begin a row, add its series (several files of one run add
// to the same column in turn), end it. Columns are sorted when the store is taken.
class BenchSampleStoreBuilder
{
public:
    // Units whose values are kept; every unit when empty.
    explicit BenchSampleStoreBuilder(QStringList keptUnits = {});
    // Optional, before the first row: announcing every series first sizes each column once
    // (growing them row by row left up to half of their memory unused) and picks the
    // format its values fit (values may be empty when the unit's values are not kept).
    void plan(const DetectorKey &key, const QString &unit, SampleSpan values, qsizetype size)
    {
        if (size > 0) // a series without samples makes no column
            planColumn(columnFor(key, unit), values, size);
    }
    void reservePlanned(qsizetype rows);
    void beginRow();
    // values is empty, or holds size values.
    void add(const DetectorKey &key, const QString &unit, SampleSpan values, qsizetype size)
    {
        if (size > 0)
            addColumn(columnFor(key, unit), values, size);
    }
    void endRow();
    std::shared_ptr<BenchSampleStore> take();
    // Offset tables held so far (columns that follow another hold none): tests, diagnostics.
    qsizetype offsetTablesHeld() const
    {
        return std::count_if(m_offsets.cbegin(), m_offsets.cend(),
                             [](const auto &table) { return !table.empty(); });
    }

    // The same by column: a caller that meets the same (key, unit) pairs again and again
    // (bench files of one shape) looks each column up once.
    int columnFor(const DetectorKey &key, const QString &unit);
    void planColumn(int column, SampleSpan values, qsizetype size);
    void addColumn(int column, SampleSpan values, qsizetype size);

private:
    QStringList m_keptUnits;
    std::shared_ptr<BenchSampleStore> m_store = std::make_shared<BenchSampleStore>();
    QHash<DetectorKey, int> m_detectorIndex;
    QHash<QString, int> m_unitIndex;
    QHash<quint64, int> m_columnIndex;     // (detector << 32 | unit) -> column
    std::vector<qsizetype> m_columnCounts; // running count per column (values or not)
    // Per column until take() shares them. A column whose rows have held as many samples
    // as the first column's so far keeps no table of its own (an empty one: a table holds
    // at least {0}): 18 equal tables of 100k rows were 7 MB of a load's peak.
    std::vector<std::vector<quint32>> m_offsets;
    bool follows(size_t column) const { return m_offsets[column].empty(); }
    std::vector<qsizetype> m_planned;          // announced values per column
    std::vector<ValueFormatChooser> m_formats; // of the announced values per column
};

size_t qHash(const DetectorKey &key, size_t seed = 0) noexcept;

} // namespace gatehouse
