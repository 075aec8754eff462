#pragma once
// Whether a file the analyses depend on (a whitelist, a baseline, a rules file) was found
// and read. SPEC §8: a file that was found but cannot be read is never shown as "none";
// it is named with its error wherever its data would show.
#include <QJsonObject>
#include <QString>

namespace gatehouse {

enum class FileStateKind
{
    Absent,    // no such file in the sources: fine, the analysis goes without it
    Loaded,    // read and used
    Unreadable // found, but it could not be read or parsed: its data is missing
};

struct FileState
{
    FileStateKind state = FileStateKind::Absent;
    QString path;  // absolute location (empty when absent)
    QString error; // why it could not be read (empty unless unreadable)

    bool isUnreadable() const { return state == FileStateKind::Unreadable; }
    bool isLoaded() const { return state == FileStateKind::Loaded; }
    static FileState loaded(const QString &path) { return {FileStateKind::Loaded, path, {}}; }
    static FileState unreadable(const QString &path, const QString &error)
    {
        return {FileStateKind::Unreadable, path, error};
    }
};

// "absent", "loaded", "unreadable"
QString fileStateName(FileStateKind state);
// {"path", "state", "error"}: path and error null when they do not apply.
QJsonObject fileStateToJson(const FileState &file);
// One line for people, in the report language: "/p/baselines.json", "none found",
// "unreadable: /p/baselines.json (line 3: expected a value)".
QString describeFileState(const FileState &file);

// The detail of a "*_readable" check: "read baselines.json", "none found",
// "baselines.json cannot be read: line 3: …".
QString readableCheckDetail(const FileState &file);

} // namespace gatehouse
