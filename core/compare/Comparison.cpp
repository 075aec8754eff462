#include "Comparison.h"

#include <QMap>
#include <QSet>
#include <cmath>
#include <limits>

namespace gatehouse::compare {
namespace {

void appendOnce(QStringList &list, const QStringList &more)
{
    for (const QString &s : more)
        if (!s.isEmpty() && !list.contains(s))
            list.append(s);
}

// Pooled samples per (detector, unit), in run order then file order.
using Pooled = QMap<DetectorKey, QMap<QString, std::vector<double>>>;

Pooled pool(const QList<BenchRun> &runs)
{
    Pooled pooled;
    for (const BenchRun &run : runs)
        run.forEachSeries(
            [&](const DetectorKey &key, const QString &unit, SampleSpan samples, qsizetype) {
                std::vector<double> &values = pooled[key][unit];
                values.insert(values.end(), samples.cbegin(), samples.cend());
            });
    return pooled;
}

QSet<QString> unitsOf(const Pooled &pooled)
{
    QSet<QString> units;
    for (const auto &perUnit : pooled)
        for (auto u = perUnit.cbegin(); u != perUnit.cend(); ++u)
            if (!u.value().empty())
                units.insert(u.key());
    return units;
}

QString seriesName(const DetectorKey &key, const QString &unit)
{
    return key.pkg.isEmpty() ? key.name + QLatin1Char(' ') + unit
                             : key.pkg + QLatin1Char(' ') + key.name + QLatin1Char(' ') + unit;
}

} // namespace

Direction unitDirection(const QString &unit)
{
    if (unit.endsWith(QLatin1String("/op")))
        return Direction::LowerIsBetter;
    if (unit.endsWith(QLatin1String("/s")))
        return Direction::HigherIsBetter;
    return Direction::Unknown;
}

bool CompareRow::isRegression() const
{
    if (!significant)
        return false;
    switch (unitDirection(unit)) {
    case Direction::LowerIsBetter:
        return newSummary.median > oldSummary.median;
    case Direction::HigherIsBetter:
        return newSummary.median < oldSummary.median;
    case Direction::Unknown:
        return false;
    }
    return false;
}

bool CompareRow::isImprovement() const
{
    if (!significant || newSummary.median == oldSummary.median)
        return false;
    return unitDirection(unit) != Direction::Unknown && !isRegression();
}

bool CompareResult::hasRegression() const
{
    return std::any_of(rows.cbegin(), rows.cend(),
                       [](const CompareRow &row) { return row.isRegression(); });
}

double geoMean(const std::vector<double> &values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    double m = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        if (!(values[i] > 0))
            return std::numeric_limits<double>::quiet_NaN();
        m += (std::log(values[i]) - m) / static_cast<double>(i + 1);
    }
    return std::exp(m);
}

CompareRow compareSamples(const std::vector<double> &oldValues,
                          const std::vector<double> &newValues, const CompareOptions &options)
{
    CompareRow row;
    row.oldSummary = medianSummary(oldValues, options.confidence);
    row.newSummary = medianSummary(newValues, options.confidence);
    row.test = mannWhitneyUTest(oldValues, newValues);
    // benchmath: a failed test counts as "no difference" (p = 1) and says why.
    row.pvalue = row.test.status == MannWhitneyResult::Status::Ok ? row.test.p : 1.0;
    row.significant = row.pvalue <= options.alpha;
    const double o = row.oldSummary.median;
    const double n = row.newSummary.median;
    if (o == n)
        row.deltaPercent = 0.0;
    else if (o != 0 && std::isfinite(o) && std::isfinite(n))
        row.deltaPercent = (n / o - 1.0) * 100.0;
    appendOnce(row.warnings, row.oldSummary.warnings);
    appendOnce(row.warnings, row.newSummary.warnings);
    if (row.test.status != MannWhitneyResult::Status::Ok)
        appendOnce(row.warnings, {mannWhitneyStatusText(row.test.status)});
    else
        appendOnce(row.warnings,
                   {uTestSamplesWarning(options.alpha, row.test.n1, row.test.n2, row.pvalue)});
    return row;
}

CompareResult compareRuns(const QList<BenchRun> &oldRuns, const QList<BenchRun> &newRuns,
                          const CompareOptions &options)
{
    CompareResult result;
    result.options = options;
    result.oldRuns = static_cast<int>(oldRuns.size());
    result.newRuns = static_cast<int>(newRuns.size());
    const Pooled oldPooled = pool(oldRuns);
    const Pooled newPooled = pool(newRuns);

    if (!options.metrics.isEmpty()) {
        for (const QString &unit : options.metrics)
            if (!result.units.contains(unit))
                result.units.append(unit);
    } else {
        const QSet<QString> both = unitsOf(oldPooled) & unitsOf(newPooled);
        result.units = QStringList(both.cbegin(), both.cend());
        result.units.sort();
    }

    for (const QString &unit : result.units) {
        std::vector<double> oldMedians;
        std::vector<double> newMedians;
        std::vector<double> ratios;
        // Detectors of either side, sorted: QMap keys are (pkg, name) ordered.
        QMap<DetectorKey, bool> keys;
        for (auto d = oldPooled.cbegin(); d != oldPooled.cend(); ++d)
            keys.insert(d.key(), true);
        for (auto d = newPooled.cbegin(); d != newPooled.cend(); ++d)
            keys.insert(d.key(), true);
        for (auto k = keys.cbegin(); k != keys.cend(); ++k) {
            const std::vector<double> oldValues = oldPooled.value(k.key()).value(unit);
            const std::vector<double> newValues = newPooled.value(k.key()).value(unit);
            if (oldValues.empty() || newValues.empty()) {
                if (!oldValues.empty())
                    result.onlyOld.append(seriesName(k.key(), unit));
                if (!newValues.empty())
                    result.onlyNew.append(seriesName(k.key(), unit));
                continue;
            }
            CompareRow row = compareSamples(oldValues, newValues, options);
            row.key = k.key();
            row.unit = unit;
            if (row.oldSummary.median > 0 && row.newSummary.median > 0) {
                oldMedians.push_back(row.oldSummary.median);
                newMedians.push_back(row.newSummary.median);
                ratios.push_back(row.newSummary.median / row.oldSummary.median);
            }
            result.rows.append(row);
        }
        if (oldMedians.empty())
            continue;
        GeomeanRow g;
        g.unit = unit;
        g.rows = static_cast<int>(oldMedians.size());
        g.oldValue = geoMean(oldMedians);
        g.newValue = geoMean(newMedians);
        // benchstat's delta is the geomean of the per-row ratios; equal to the ratio of
        // the two geomeans over the same rows up to rounding.
        const double ratio = geoMean(ratios);
        if (std::isfinite(ratio))
            g.deltaPercent = (ratio - 1.0) * 100.0;
        result.geomean.append(g);
    }
    return result;
}

} // namespace gatehouse::compare
