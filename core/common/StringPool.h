#pragma once
// Shares equal strings between parsed files. 100k CI runs name the same few detectors,
// units, packages, machines, outcomes and reasons over and over; pooled, each of those
// is held once (QString is implicitly shared) instead of once per file, which is a large
// part of what a loaded dataset weighs.
//
// One pool per thread, so the parallel load takes no lock: a string may be held once per
// worker thread, never once per file. A pool lives as long as its thread; the strings
// handed out live on in the data that holds them.
#include <QSet>
#include <QString>
#include <QStringList>

namespace gatehouse {

class StringPool
{
public:
    // The pooled copy of s (s itself the first time it is seen).
    QString intern(const QString &s);
    void internAll(QStringList &list);

private:
    QSet<QString> m_strings;
};

// This thread's pool.
StringPool &threadStringPool();

} // namespace gatehouse
