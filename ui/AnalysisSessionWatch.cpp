// AnalysisSession: Watch sources. A check asks the load cache whether any source changed
// (sizes and modification times, no file is read) on a worker thread, so a slow disk or a
// large tree never blocks the window; a change starts a reload like F5, which re-reads only
// the files that changed. No check starts while a load runs, and a check's answer is
// ignored when a load started after it (that load sees the change anyway).
#include "AnalysisSession.h"

#include "sources/Loader.h"

#include <QtConcurrent>

namespace gatehouse::ui {

void AnalysisSession::setWatchSources(bool on)
{
    if (on == m_watchTimer.isActive())
        return;
    if (on)
        m_watchTimer.start();
    else
        m_watchTimer.stop();
}

void AnalysisSession::checkSourcesNow()
{
    if (m_loading || m_checkWatcher.isRunning() || m_sources.isEmpty() || isDemo())
        return;
    LoadOptions options;
    options.sources = m_sources;
    options.cache = m_cache;
    m_checkJob = m_jobId;
    m_checkWatcher.setFuture(
        QtConcurrent::run([cache = m_cache, options] { return cache->sourcesChanged(options); }));
}

void AnalysisSession::onSourcesChecked()
{
    const bool changed = m_checkWatcher.result();
    // A load since (or running now) reads the sources as they are: nothing to add.
    if (!changed || m_loading || m_checkJob != m_jobId || !m_watchTimer.isActive())
        return;
    const bool reloading = !m_mayReload || m_mayReload();
    emit sourcesChangedOnDisk(reloading);
    if (reloading)
        reload();
}

} // namespace gatehouse::ui
