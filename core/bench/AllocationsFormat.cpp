// Numbers for people in the allocations tables and checks (declared in
// AllocationsAnalysis.h): compact, signed, and on the right side of a threshold.
#include "AllocationsAnalysis.h"

#include "common/NumberFormat.h"

#include <cmath>

namespace gatehouse {

QString formatCompact(double value, int decimals)
{
    if (std::isnan(value))
        return QString();
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    QString text = formatFixed(value, decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString formatSigned(double value, int decimals)
{
    const QString text = formatCompact(value, decimals);
    return value > 0 && text != QLatin1String("0") ? QLatin1Char('+') + text : text;
}

QString formatAgainstThreshold(double value, double threshold, int decimals)
{
    // Enough decimals that the shown number sits on the same side of the threshold as the
    // real one: a CV of 0.99996 must not read "1" next to "OK (<1%)".
    for (int d = decimals; d <= 10; ++d) {
        const QString text = formatCompact(value, d);
        if ((text.toDouble() < threshold) == (value < threshold))
            return text;
    }
    return formatShortest(value);
}

} // namespace gatehouse
