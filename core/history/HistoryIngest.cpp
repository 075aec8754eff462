#include "HistoryIngest.h"

#include "ArtifactCollector.h"
#include "HistoryStore.h"

namespace gatehouse {

IngestSummary ingestSources(const QStringList &sources, const StoreUrl &url,
                            const std::function<void(const QString &)> &line)
{
    IngestSummary summary;
    HistoryStore store;
    if (!store.open(url, HistoryStore::OpenMode::CreateIfMissing, &summary.storeError)) {
        summary.storeOk = false;
        return summary;
    }
    auto describe = [](const StoredArtifact &a) {
        return a.runId.isEmpty() ? QStringLiteral("%1 (%2 files)").arg(a.name).arg(a.files.size())
                                 : QStringLiteral("%1 (run %2, %3 files)")
                                       .arg(a.name, a.runId)
                                       .arg(a.files.size());
    };
    summary.sourcesOk = collectArtifacts(
        sources,
        [&](StoredArtifact &&artifact) {
            QString error;
            switch (store.add(artifact, &error)) {
            case HistoryStore::AddResult::Added:
                ++summary.added;
                line(QStringLiteral("added   ") + describe(artifact));
                return true;
            case HistoryStore::AddResult::AlreadyStored:
                ++summary.skipped;
                line(QStringLiteral("skipped ") + describe(artifact) +
                     QStringLiteral(": already stored"));
                return true;
            case HistoryStore::AddResult::Failed:
                break;
            }
            // A store that refuses one artifact (disk full, connection lost) refuses the
            // next too: stop at the first, with nothing of it written.
            ++summary.failed;
            summary.storeOk = false;
            summary.storeError = error;
            return false;
        },
        summary.issues, &summary.failed);
    return summary;
}

} // namespace gatehouse
