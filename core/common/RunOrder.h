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
// Full comparison; useTimestamps must be true only when every run has a timestamp. The
// definition of run order: sortInRunOrder's keyed comparison below must agree with it
// (tests/test_common.cpp compares the two).
bool runOrderLess(const RunIdentity &a, const RunIdentity &b, bool useTimestamps);

namespace detail {
// What run order compares, taken once per item rather than once per comparison (parsing
// run ids and converting timestamps was most of a sort's time).
struct RunOrderKey
{
    qint64 msecs = 0;   // the timestamp, when run order uses timestamps
    int idClass = 0;    // 0: numeric, up to 18 digits after leading zeros; 1: longer; 2: other
    quint64 number = 0; // idClass 0: the id's value
};
RunOrderKey runOrderKey(const RunIdentity &identity, bool useTimestamps);
// runOrderLess(a, b, useTimestamps), given their keys.
bool runOrderLess(const RunOrderKey &ka, const RunIdentity &a, const RunOrderKey &kb,
                  const RunIdentity &b, bool useTimestamps);
} // namespace detail

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
    std::vector<detail::RunOrderKey> keys(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = static_cast<qsizetype>(i);
        keys[i] = detail::runOrderKey(identityOf(items.at(order[i])), useTimestamps);
    }
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return detail::runOrderLess(keys[static_cast<size_t>(a)], identityOf(items.at(a)),
                                    keys[static_cast<size_t>(b)], identityOf(items.at(b)),
                                    useTimestamps);
    });
    std::vector<detail::RunOrderKey>().swap(keys);
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
