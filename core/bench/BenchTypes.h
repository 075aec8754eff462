#pragma once
// Parsed Go benchmark data (SPEC §2.1), shared by the parser, the loader and the analysis.
#include "BenchKeys.h"
#include "BenchSamples.h"

#include <memory>

namespace gatehouse {

// One CI run of the benchmarks: every benchmark file with the same run id, merged in
// path order. Its samples live in a column store shared by all runs of the load (row =
// the run's place in it); read them through the accessors below.
struct BenchRun
{
    RunIdentity identity;
    RelativePaths files; // source-relative paths merged into this run, sorted
    QMap<DetectorKey, int> failures;
    QList<MachineInfo> machines; // distinct, sorted
    std::shared_ptr<const BenchSampleStore> store;
    qsizetype row = -1;

    // The samples of one detector and unit, in file order; empty when there are none
    // (or when the load kept no values of that unit, LoadOptions::benchUnits).
    SampleSpan values(const DetectorKey &key, const QString &unit) const;
    // Calls f(key, unit, values, count) for every series the run holds, in (detector,
    // unit) order; count is the number of samples even when their values were not kept.
    template <typename F> void forEachSeries(F &&f) const
    {
        if (!store)
            return;
        for (const BenchSampleStore::Column &column : store->columns()) {
            const qsizetype count = store->count(column, row);
            if (count > 0)
                f(store->detectors().at(column.detector), store->units().at(column.unit),
                  store->values(column, row), count);
        }
    }
    bool hasSamples() const;
    int detectorCount() const;     // detectors with at least one sample
    qsizetype valueCount() const;  // samples over all detectors and units
    QStringList unitNames() const; // units with samples, sorted

    // Copies out, or replaces by, nested maps: for runs built by hand (tests, tools).
    // setSamples gives the run a store of its own.
    QMap<DetectorKey, UnitSamples> samplesMap() const;
    void setSamples(const QMap<DetectorKey, UnitSamples> &samples);
    // f edits a copy of the samples as nested maps, which then become the run's own store.
    template <typename F> void editSamples(F &&f)
    {
        QMap<DetectorKey, UnitSamples> samples = samplesMap();
        f(samples);
        setSamples(samples);
    }
};

} // namespace gatehouse
