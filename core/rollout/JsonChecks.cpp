#include "JsonChecks.h"

#include "common/NumberFormat.h"
#include "common/StoredText.h"

#include <QJsonParseError>
#include <algorithm>

namespace gatehouse {

void addJsonError(ParseIssues &issues, const QString &path, const QString &message)
{
    ParseIssue issue;
    issue.path = path;
    issue.message = message;
    issue.severity = Severity::Error;
    issues.append(issue);
}

std::optional<QJsonDocument> parseJsonDocument(const QByteArray &data, const QString &path,
                                               ParseIssues &issues)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        addJsonError(issues, path, QStringLiteral("the file is empty; expected a JSON object"));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // Report the offset in the file as given (BOM included) and the line it falls on,
        // so that an editor jumps straight to the damage.
        const int bomBytes = static_cast<int>(data.size() - bytes.size());
        const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, bytes.size());
        ParseIssue issue;
        issue.path = path;
        issue.line = static_cast<int>(bytes.left(offset).count('\n')) + 1;
        issue.message = QStringLiteral("not valid JSON: %1 at offset %2")
                            .arg(jsonErrorText(error.error))
                            .arg(offset + bomBytes);
        issue.severity = Severity::Error;
        issues.append(issue);
        return std::nullopt;
    }
    return document;
}

QString describeJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("number ") + formatShortest(value.toDouble());
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(40) + QStringLiteral("...");
        return QStringLiteral("string \"%1\"").arg(text);
    }
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace gatehouse
