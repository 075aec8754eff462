#include "OpenedFiles.h"

#include <QStringList>
#include <atomic>

namespace gatehouse {

namespace {

std::array<std::atomic<int>, kArtifactKindCount> g_opened{};

} // namespace

QString OpenedCounts::text() const
{
    QStringList parts;
    for (int k = 0; k < kArtifactKindCount; ++k) {
        const auto kind = static_cast<ArtifactKind>(k);
        if (kind != ArtifactKind::Ignored) // never opened: not worth a column
            parts.append(QStringLiteral("%1=%2").arg(artifactKindName(kind)).arg(of(kind)));
    }
    return parts.join(QLatin1Char(' '));
}

void noteOpened(ArtifactKind kind)
{
    g_opened[static_cast<size_t>(kind)].fetch_add(1, std::memory_order_relaxed);
}

OpenedCounts openedCounts()
{
    OpenedCounts counts;
    for (size_t k = 0; k < g_opened.size(); ++k)
        counts.byKind[k] = g_opened[k].load(std::memory_order_relaxed);
    return counts;
}

void resetOpenedCounts()
{
    for (std::atomic<int> &n : g_opened)
        n.store(0, std::memory_order_relaxed);
}

} // namespace gatehouse
