#pragma once
// The loader's hook for history stores given as sources (SPEC §12): sources that name a
// store (history/StoreUrl.h) are read here — their files parsed through parseBytesAtPath,
// in parallel — and every other source goes on to the folder/zip loader. Kept apart from
// Loader.cpp so the two evolve independently.
#include "Loader.h"
#include "ParsedFile.h"

#include <QHash>

namespace gatehouse {

struct StoreSourcesRead
{
    QStringList otherSources;      // not stores: for the folder/zip loader
    QList<TaskOutput> outputs;     // one per parsed batch, plus one for store errors
    QHash<QString, QString> bases; // source key -> base (not a writable folder)
    // Per store read in full: the digest of the artifact versions read (HistoryStore::
    // Versions), what a load snapshot of it is checked by. Absent for a store that failed.
    QHash<QString, QString> versionDigests; // store as given -> digest
    bool cancelled = false;
};

StoreSourcesRead readStoreSources(const LoadOptions &options);

// A store's source key for one origin: the store as display() names it, then the folder
// the files were ingested from, so two folders in one store stay two sources.
QString storeSourceKey(const QString &storeKey, const QString &origin);

} // namespace gatehouse
