#include "NumberFormat.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

namespace gatehouse {

QString formatShortest(double value)
{
    if (!std::isfinite(value))
        return QString();
    if (value == 0.0)
        return QStringLiteral("0"); // also folds -0
    // std::to_chars in scientific form gives the shortest round-trip digits; we then
    // place the decimal point ourselves so that no exponent ever appears.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    bool negative = false;
    if (!sci.empty() && sci[0] == '-') {
        negative = true;
        sci.erase(0, 1);
    }
    const auto ePos = sci.find('e');
    std::string mantissa = sci.substr(0, ePos);
    const int exponent = std::stoi(sci.substr(ePos + 1));
    std::string digits;
    for (char c : mantissa)
        if (c != '.')
            digits += c;
    // value = 0.d1d2d3... * 10^(exponent + 1)
    const int pointPos = exponent + 1; // digits before the decimal point
    std::string out;
    if (pointPos <= 0) {
        out = "0." + std::string(static_cast<size_t>(-pointPos), '0') + digits;
    } else if (pointPos >= static_cast<int>(digits.size())) {
        out = digits + std::string(static_cast<size_t>(pointPos - digits.size()), '0');
    } else {
        out = digits.substr(0, static_cast<size_t>(pointPos)) + "." +
              digits.substr(static_cast<size_t>(pointPos));
    }
    if (negative)
        out.insert(out.begin(), '-');
    return QString::fromLatin1(out.data(), static_cast<qsizetype>(out.size()));
}

QString formatFixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return QString();
    char buf[512];
    const auto res =
        std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
    QString out = QString::fromLatin1(buf, static_cast<qsizetype>(res.ptr - buf));
    if (out.startsWith(QLatin1Char('-'))) {
        bool allZero = true;
        for (int i = 1; i < out.size(); ++i)
            if (out.at(i) != QLatin1Char('0') && out.at(i) != QLatin1Char('.'))
                allZero = false;
        if (allZero)
            out.remove(0, 1);
    }
    return out;
}

} // namespace gatehouse
