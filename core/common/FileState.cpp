#include "FileState.h"
#include "common/Translate.h"

#include "common/StoredText.h"

#include <QJsonValue>

namespace gatehouse {

QString fileStateName(FileStateKind state)
{
    switch (state) {
    case FileStateKind::Absent:
        return QStringLiteral("absent");
    case FileStateKind::Loaded:
        return QStringLiteral("loaded");
    case FileStateKind::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QString();
}

QJsonObject fileStateToJson(const FileState &file)
{
    QJsonObject json;
    json.insert(QStringLiteral("path"),
                file.path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(file.path));
    json.insert(QStringLiteral("state"), fileStateName(file.state));
    json.insert(QStringLiteral("error"),
                file.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(file.error));
    return json;
}

QString describeFileState(const FileState &file)
{
    switch (file.state) {
    case FileStateKind::Absent:
        return Tr::translate("GateChecks", "none found");
    case FileStateKind::Loaded:
        return file.path;
    case FileStateKind::Unreadable:
        return Tr::translate("GateChecks", "unreadable: %1 (%2)")
            .arg(file.path, inReportLanguage(file.error));
    }
    return QString();
}

QString readableCheckDetail(const FileState &file)
{
    switch (file.state) {
    case FileStateKind::Absent:
        return Tr::translate("GateChecks", "none found");
    case FileStateKind::Loaded:
        return file.path.isEmpty() ? Tr::translate("GateChecks", "loaded")
                                   : Tr::translate("GateChecks", "read %1").arg(file.path);
    case FileStateKind::Unreadable:
        return Tr::translate("GateChecks", "%1 cannot be read: %2")
            .arg(file.path, inReportLanguage(file.error));
    }
    return QString();
}

} // namespace gatehouse
