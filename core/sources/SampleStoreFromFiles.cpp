#include "SampleStoreFromFiles.h"

#include <tuple>

namespace gatehouse {

namespace {

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

} // namespace

void buildSampleStore(QList<BenchRun> &runs, FilesOfRun &filesOfRun, const QStringList &benchUnits)
{
    BenchSampleStoreBuilder builder(benchUnits);
    ShapeColumns shape;
    // Calls use(column, values, count) for every series of a file that has samples.
    auto eachSeries = [&](const BenchFileData &data, auto &&use) {
        const std::vector<int> &columns = shape.of(data, builder);
        PackedValues::Reader kept(data.values);
        for (qsizetype i = 0; i < data.series.size(); ++i) {
            const BenchFileData::Series &series = data.series.at(i);
            const SampleSpan values = series.kept ? kept.next(series.count) : SampleSpan();
            if (series.count > 0)
                use(columns[static_cast<size_t>(i)], values, series.count);
        }
    };
    for (const BenchFileData *data : filesOfRun.files)
        eachSeries(*data, [&](int column, const SampleSpan &values, quint32 count) {
            builder.planColumn(column, values, count);
        });
    builder.reservePlanned(runs.size());
    for (BenchRun &run : runs) {
        builder.beginRow();
        const auto row = static_cast<size_t>(run.row);
        for (qsizetype f = filesOfRun.first[row]; f < filesOfRun.first[row + 1]; ++f) {
            BenchFileData &data = *filesOfRun.files[static_cast<size_t>(f)];
            eachSeries(data, [&](int column, const SampleSpan &values, quint32 count) {
                builder.addColumn(column, values, count);
            });
            data = BenchFileData();
        }
        builder.endRow();
    }
    std::shared_ptr<const BenchSampleStore> store = builder.take();
    for (qsizetype i = 0; i < runs.size(); ++i) {
        runs[i].store = store;
        runs[i].row = i;
    }
}

} // namespace gatehouse
