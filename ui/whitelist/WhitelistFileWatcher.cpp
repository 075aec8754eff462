#include "WhitelistFileWatcher.h"

#include <QFile>
#include <QFileInfo>

namespace gatehouse::ui {

namespace {
constexpr int kSettleMsecs = 150;
}

WhitelistFileWatcher::WhitelistFileWatcher(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMsecs);
    connect(&m_settle, &QTimer::timeout, this, &WhitelistFileWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this,
            &WhitelistFileWatcher::scheduleCheck);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &WhitelistFileWatcher::scheduleCheck);
}

void WhitelistFileWatcher::watch(const QString &path, const QByteArray &knownContent)
{
    stop();
    const QFileInfo info(path);
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')) || !info.isFile())
        return;
    m_path = info.absoluteFilePath();
    m_known = knownContent;
    m_knownMissing = false;
    rewatch();
}

void WhitelistFileWatcher::stop()
{
    m_settle.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_path.clear();
    m_known.clear();
}

void WhitelistFileWatcher::rewatch()
{
    if (m_path.isEmpty())
        return;
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void WhitelistFileWatcher::scheduleCheck()
{
    m_settle.start();
}

void WhitelistFileWatcher::check()
{
    if (m_path.isEmpty())
        return;
    rewatch();
    QFile file(m_path);
    if (!file.exists()) {
        // Reported once; an atomic replace that is still under way settles again below.
        if (!m_knownMissing) {
            m_knownMissing = true;
            emit changedOnDisk(m_path, false);
        }
        return;
    }
    if (!file.open(QIODevice::ReadOnly))
        return; // a writer still holds it; its close triggers another check
    const QByteArray content = file.readAll();
    const bool wasMissing = m_knownMissing;
    m_knownMissing = false;
    if (content != m_known || wasMissing) {
        m_known = content; // prompt once per change, not on every later event
        emit changedOnDisk(m_path, true);
    }
}

} // namespace gatehouse::ui
