#include "RunOrder.h"

#include <tuple>

namespace gatehouse {

static bool isAllDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// Leading zeros dropped (one digit always kept): a view, no copy, since run order is
// sorted on for every load and a copy per comparison was a visible cost.
static QStringView withoutLeadingZeros(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() - 1 && s.at(i) == QLatin1Char('0'))
        ++i;
    return s.mid(i);
}

bool runIdLess(const QString &a, const QString &b)
{
    const bool aNum = isAllDigits(a);
    const bool bNum = isAllDigits(b);
    if (aNum != bNum)
        return aNum; // numeric ids first
    if (aNum) {
        // Digit strings compare numerically without overflow: shorter (after leading
        // zeros) is smaller, then lexicographic.
        const QStringView sa = withoutLeadingZeros(a), sb = withoutLeadingZeros(b);
        if (sa.size() != sb.size())
            return sa.size() < sb.size();
        return sa.compare(sb) < 0;
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

namespace detail {

RunOrderKey runOrderKey(const RunIdentity &identity, bool useTimestamps)
{
    RunOrderKey key;
    if (useTimestamps) {
        // Valid timestamps are equal, and ordered, exactly as their instants are.
        key.msecs = identity.timestamp.toMSecsSinceEpoch();
        return key;
    }
    if (!isAllDigits(identity.runId)) {
        key.idClass = 2;
        return key;
    }
    const QStringView digits = withoutLeadingZeros(identity.runId);
    if (digits.size() > 18) { // beyond what 64 bits hold for every such id
        key.idClass = 1;
        return key;
    }
    for (const QChar c : digits)
        key.number = key.number * 10 + static_cast<quint64>(c.unicode() - '0');
    return key;
}

bool runOrderLess(const RunOrderKey &ka, const RunIdentity &a, const RunOrderKey &kb,
                  const RunIdentity &b, bool useTimestamps)
{
    if (useTimestamps) {
        if (ka.msecs != kb.msecs)
            return ka.msecs < kb.msecs;
    } else if (ka.idClass == 0 && kb.idClass == 0) {
        if (ka.number != kb.number)
            return ka.number < kb.number;
    } else if (ka.idClass != kb.idClass) {
        // Numeric before other ids; a numeric id of more digits is the larger.
        return ka.idClass < kb.idClass;
    } else {
        if (runIdLess(a.runId, b.runId))
            return true;
        if (runIdLess(b.runId, a.runId))
            return false;
    }
    return std::tie(a.path, a.sourceKey) < std::tie(b.path, b.sourceKey);
}

} // namespace detail

} // namespace gatehouse
