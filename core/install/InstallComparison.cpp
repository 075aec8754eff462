#include "InstallComparison.h"

#include "InstallAnalysis.h"

namespace gatehouse {

std::optional<compare::CompareRow> installWindowComparison(const InstallResult &result, int n,
                                                           const compare::CompareOptions &options)
{
    const qsizetype total = result.series.size();
    if (n <= 0 || total <= n)
        return std::nullopt;
    const qsizetype before = std::min<qsizetype>(n, total - n);
    std::vector<double> oldValues, newValues;
    for (qsizetype i = total - n - before; i < total - n; ++i)
        oldValues.push_back(static_cast<double>(result.series.at(i).seconds));
    for (qsizetype i = total - n; i < total; ++i)
        newValues.push_back(static_cast<double>(result.series.at(i).seconds));
    compare::CompareRow row = compare::compareSamples(oldValues, newValues, options);
    row.unit = QStringLiteral("s");
    return row;
}

} // namespace gatehouse
