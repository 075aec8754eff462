#pragma once
// Tells the whitelist editor when its file was changed by someone else. Watches the file
// and its folder: an atomic save (ours or another editor's) replaces the file, which drops
// it from QFileSystemWatcher, so the path is added again whenever it reappears. Changes
// are judged by content against what the editor last loaded or saved, so our own saves
// and touch-only changes never prompt.
#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace gatehouse::ui {

class WhitelistFileWatcher : public QObject
{
    Q_OBJECT
public:
    explicit WhitelistFileWatcher(QObject *parent = nullptr);

    // Starts watching path (stops for an empty path or one that is not a real file, e.g.
    // inside Qt resources or a zip). knownContent is what the editor holds as on disk.
    void watch(const QString &path, const QByteArray &knownContent);
    void stop();
    QString path() const { return m_path; }
    // After the editor saved or reloaded: this content is no longer news.
    void setKnownContent(const QByteArray &content) { m_known = content; }

signals:
    // The file's bytes differ from the known content (it may also have been deleted:
    // then exists is false).
    void changedOnDisk(const QString &path, bool exists);

private:
    void scheduleCheck();
    void check();
    void rewatch();

    QFileSystemWatcher m_watcher;
    QTimer m_settle; // editors write in several steps: look once they are done
    QString m_path;
    QByteArray m_known;
    bool m_knownMissing = false;
};

} // namespace gatehouse::ui
