#include "RunOrder.h"

#include <tuple>

namespace gatehouse {

static bool isAllDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool runIdLess(const QString &a, const QString &b)
{
    const bool aNum = isAllDigits(a);
    const bool bNum = isAllDigits(b);
    if (aNum != bNum)
        return aNum; // numeric ids first
    if (aNum) {
        // Compare digit strings numerically without overflow: strip leading zeros,
        // then shorter is smaller, then lexicographic.
        auto strip = [](const QString &s) {
            int i = 0;
            while (i < s.size() - 1 && s.at(i) == QLatin1Char('0'))
                ++i;
            return s.mid(i);
        };
        const QString sa = strip(a), sb = strip(b);
        if (sa.size() != sb.size())
            return sa.size() < sb.size();
        return sa < sb;
    }
    return a < b;
}

bool runOrderLess(const RunIdentity &a, const RunIdentity &b, bool useTimestamps)
{
    if (useTimestamps && a.timestamp != b.timestamp)
        return a.timestamp < b.timestamp;
    if (!useTimestamps) {
        if (runIdLess(a.runId, b.runId))
            return true;
        if (runIdLess(b.runId, a.runId))
            return false;
    }
    return std::tie(a.path, a.sourceKey) < std::tie(b.path, b.sourceKey);
}

} // namespace gatehouse
