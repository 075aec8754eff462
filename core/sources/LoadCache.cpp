// PLACEHOLDER (branch gui) for the core engineer's LoadCache (branch scale): take theirs
// at merge. Stand-in behaviour: the loader does not fill this cache, so sourcesChanged()
// compares a stat-only fingerprint of the folder sources (path, size, modification time of
// every file) with the one it saw on its previous call; the first call records it.
#include "LoadCache.h"

#include "Loader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>

namespace gatehouse {

struct LoadCache::State
{
    mutable QMutex mutex;
    mutable QByteArray fingerprint;
};

LoadCache::LoadCache() : m_state(std::make_unique<State>()) {}
LoadCache::~LoadCache() = default;

void LoadCache::clear()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->fingerprint.clear();
}

int LoadCache::fileCount() const
{
    return 0;
}

bool LoadCache::sourcesChanged(const LoadOptions &options) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &source : options.sources) {
        if (source.startsWith(QLatin1Char(':')))
            continue; // embedded resources never change
        const QFileInfo root(source);
        QStringList entries;
        if (root.isDir()) {
            QDirIterator it(source, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QFileInfo info(it.next());
                entries << QStringLiteral("%1|%2|%3")
                               .arg(info.filePath())
                               .arg(info.size())
                               .arg(info.lastModified().toMSecsSinceEpoch());
            }
        } else {
            entries << QStringLiteral("%1|%2|%3")
                           .arg(source)
                           .arg(root.size())
                           .arg(root.lastModified().toMSecsSinceEpoch());
        }
        entries.sort();
        for (const QString &e : std::as_const(entries))
            hash.addData(e.toUtf8());
    }
    const QByteArray now = hash.result();
    QMutexLocker lock(&m_state->mutex);
    const bool changed = !m_state->fingerprint.isEmpty() && m_state->fingerprint != now;
    m_state->fingerprint = now;
    return changed;
}

} // namespace gatehouse
