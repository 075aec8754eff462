#pragma once
// Run order for "the last N runs" (SPEC §1): by timestamp when every run of the analysis
// has one, else by run id (numeric ids numerically, other ids lexicographically after
// them); ties break on the source-relative path, then on the source.
#include "RunIdentity.h"

#include <QList>
#include <algorithm>
#include <functional>

namespace gatehouse {

// True when a sorts before b by run id alone (numeric before non-numeric).
bool runIdLess(const QString &a, const QString &b);
// Full comparison; useTimestamps must be true only when every run has a timestamp.
bool runOrderLess(const RunIdentity &a, const RunIdentity &b, bool useTimestamps);

// Sorts items in run order. identityOf maps an item to its RunIdentity.
template <typename T, typename IdentityOf>
void sortInRunOrder(QList<T> &items, IdentityOf identityOf)
{
    const bool useTimestamps =
        std::all_of(items.cbegin(), items.cend(),
                    [&](const T &item) { return identityOf(item).timestamp.isValid(); });
    std::stable_sort(items.begin(), items.end(), [&](const T &a, const T &b) {
        return runOrderLess(identityOf(a), identityOf(b), useTimestamps);
    });
}

// The last n items of a list already in run order (all when n <= 0 or n >= size).
template <typename T>
QList<T> lastN(const QList<T> &ordered, int n)
{
    if (n <= 0 || n >= ordered.size())
        return ordered;
    return ordered.mid(ordered.size() - n);
}

} // namespace gatehouse
