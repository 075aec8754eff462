#pragma once
// Locale-independent number text for CSV, Markdown and tables.
#include <QString>

namespace gatehouse {

// Shortest digits that round-trip to the same double, in plain positional notation with
// no exponent and '.' as the decimal point: 0.08, 0.0001, 1, 1234567, -2.5. NaN and
// infinities give an empty string (they never reach an export as numbers).
QString formatShortest(double value);

// Fixed number of decimals, '.' as the decimal point, "-0.00" normalised to "0.00".
QString formatFixed(double value, int decimals);

} // namespace gatehouse
