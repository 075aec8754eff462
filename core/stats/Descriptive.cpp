#include "Descriptive.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gatehouse::stats {

static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double mean(const QVector<double> &values)
{
    if (values.isEmpty())
        return kNaN;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / values.size();
}

double sampleStdev(const QVector<double> &values)
{
    if (values.isEmpty())
        return kNaN;
    if (values.size() == 1)
        return 0;
    const double m = mean(values);
    double sumSq = 0;
    for (double v : values)
        sumSq += (v - m) * (v - m);
    return std::sqrt(sumSq / (values.size() - 1));
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return kNaN;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return values.at(n / 2);
    return (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

double medianAbsoluteDeviation(const QVector<double> &values)
{
    if (values.isEmpty())
        return kNaN;
    const double m = median(values);
    QVector<double> deviations;
    deviations.reserve(values.size());
    for (double v : values)
        deviations.append(std::fabs(v - m));
    return median(deviations);
}

double minimum(const QVector<double> &values)
{
    return values.isEmpty() ? kNaN : *std::min_element(values.cbegin(), values.cend());
}

double maximum(const QVector<double> &values)
{
    return values.isEmpty() ? kNaN : *std::max_element(values.cbegin(), values.cend());
}

Mode mode(const QVector<double> &values)
{
    Mode best;
    if (values.isEmpty())
        return best;
    QVector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    qsizetype i = 0;
    while (i < sorted.size()) {
        qsizetype j = i;
        while (j < sorted.size() && sorted.at(j) == sorted.at(i))
            ++j;
        if (j - i > best.count) // strictly greater keeps the smallest value on ties
            best = {sorted.at(i), static_cast<int>(j - i)};
        i = j;
    }
    return best;
}

} // namespace gatehouse::stats
