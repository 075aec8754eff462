#pragma once
// Descriptive statistics shared by the three analyses. Inputs are not required to be
// sorted; empty inputs give NaN (callers report "no data" before asking).
#include <QVector>

namespace gatehouse::stats {

double mean(const QVector<double> &values);
// Sample standard deviation (divisor n - 1); 0 for a single value.
double sampleStdev(const QVector<double> &values);
// Median; an even count averages the two middle values.
double median(QVector<double> values);
// Unscaled median absolute deviation: median(|x - median(x)|).
double medianAbsoluteDeviation(const QVector<double> &values);
double minimum(const QVector<double> &values);
double maximum(const QVector<double> &values);

struct Mode
{
    double value = 0;
    int count = 0; // samples equal to the mode
};
// Most frequent value; ties go to the smallest value.
Mode mode(const QVector<double> &values);

} // namespace gatehouse::stats
