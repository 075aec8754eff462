#pragma once
// `gatehouse-cli ingest` and `fetch --store` (SPEC §12): every artifact of the sources
// into a history store, one transaction each; what is stored already is skipped.
#include "StoreUrl.h"
#include "common/ParseIssue.h"

#include <QStringList>
#include <functional>

namespace gatehouse {

struct IngestSummary
{
    int added = 0;
    int skipped = 0;       // already stored (same run id, name and content)
    int failed = 0;        // unreadable in the source, or refused by the store
    bool storeOk = true;   // false: the store could not be opened or stopped taking writes
    bool sourcesOk = true; // false: a source does not exist
    QString storeError;    // names the store
    ParseIssues issues;    // source problems (path, reason)
    bool ok() const { return storeOk && sourcesOk && failed == 0; }
};

// line(text) gets one line per artifact ("added NAME (run ID, N files)", "skipped …").
IngestSummary ingestSources(const QStringList &sources, const StoreUrl &url,
                            const std::function<void(const QString &)> &line);

} // namespace gatehouse
