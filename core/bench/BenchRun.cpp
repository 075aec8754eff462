#include "BenchTypes.h"

namespace gatehouse {

SampleSpan BenchRun::values(const DetectorKey &key, const QString &unit) const
{
    if (!store)
        return {};
    const int column = store->columnOf(key, unit);
    return column < 0 ? SampleSpan() : store->values(store->columns()[column], row);
}

bool BenchRun::hasSamples() const
{
    return valueCount() > 0;
}

int BenchRun::detectorCount() const
{
    int count = 0;
    int last = -1;
    if (!store)
        return 0;
    for (const BenchSampleStore::Column &column : store->columns())
        if (column.detector != last && store->count(column, row) > 0) {
            last = column.detector;
            ++count;
        }
    return count;
}

qsizetype BenchRun::valueCount() const
{
    qsizetype total = 0;
    forEachSeries(
        [&](const DetectorKey &, const QString &, SampleSpan, qsizetype count) { total += count; });
    return total;
}

QStringList BenchRun::unitNames() const
{
    QStringList names;
    forEachSeries([&](const DetectorKey &, const QString &unit, SampleSpan, qsizetype) {
        if (!names.contains(unit))
            names.append(unit);
    });
    names.sort();
    return names;
}

QMap<DetectorKey, UnitSamples> BenchRun::samplesMap() const
{
    QMap<DetectorKey, UnitSamples> map;
    forEachSeries([&](const DetectorKey &key, const QString &unit, SampleSpan values, qsizetype) {
        map[key][unit] = values.toVector();
    });
    return map;
}

void BenchRun::setSamples(const QMap<DetectorKey, UnitSamples> &samples)
{
    store = BenchSampleStore::fromMaps({samples});
    row = 0;
}

} // namespace gatehouse
