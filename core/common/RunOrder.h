#pragma once
// Run order for "the last N runs" (SPEC §1): by timestamp when every run of the analysis
// has one, else by run id (numeric ids numerically, other ids lexicographically after
// them); ties break on the source-relative path, then on the source.
#include "RunIdentity.h"

#include <QList>
#include <algorithm>
#include <functional>
#include <vector>

namespace gatehouse {

// True when a sorts before b by run id alone (numeric before non-numeric).
bool runIdLess(const QString &a, const QString &b);
// Full comparison; useTimestamps must be true only when every run has a timestamp.
bool runOrderLess(const RunIdentity &a, const RunIdentity &b, bool useTimestamps);

// Sorts items in run order. identityOf maps an item to its RunIdentity. Sorts positions,
// then moves each item once: std::stable_sort on the items themselves would take a buffer
// as large as the list (a quarter of a gigabyte for 100k install runs).
template <typename T, typename IdentityOf>
void sortInRunOrder(QList<T> &items, IdentityOf identityOf)
{
    const bool useTimestamps = std::all_of(items.cbegin(), items.cend(), [&](const T &item) {
        return identityOf(item).timestamp.isValid();
    });
    std::vector<qsizetype> order(static_cast<size_t>(items.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<qsizetype>(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return runOrderLess(identityOf(items.at(a)), identityOf(items.at(b)), useTimestamps);
    });
    // Position i takes the item at order[i]: follow each cycle of the permutation once.
    std::vector<bool> placed(order.size(), false);
    for (size_t start = 0; start < order.size(); ++start) {
        if (placed[start] || order[start] == static_cast<qsizetype>(start))
            continue;
        T held = std::move(items[static_cast<qsizetype>(start)]);
        size_t at = start;
        while (true) {
            placed[at] = true;
            const size_t from = static_cast<size_t>(order[at]);
            if (from == start) {
                items[static_cast<qsizetype>(at)] = std::move(held);
                break;
            }
            items[static_cast<qsizetype>(at)] = std::move(items[static_cast<qsizetype>(from)]);
            at = from;
        }
    }
}

// The last n items of a list already in run order (all when n <= 0 or n >= size).
template <typename T> QList<T> lastN(const QList<T> &ordered, int n)
{
    if (n <= 0 || n >= ordered.size())
        return ordered;
    return ordered.mid(ordered.size() - n);
}

} // namespace gatehouse
