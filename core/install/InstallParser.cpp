#include "InstallParser.h"

#include "common/StoredText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>
#include <limits>

namespace gatehouse {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A short, printable excerpt of what the file held, for messages.
QString excerpt(const QByteArray &text)
{
    constexpr int kMax = 40;
    QString shown = QString::fromUtf8(text.left(kMax));
    for (QChar &c : shown)
        if (!c.isPrint())
            c = QLatin1Char('?');
    if (text.size() > kMax)
        shown += QStringLiteral("...");
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

void addError(ParseIssues &issues, const QString &path, const QString &message, int line = 0)
{
    issues.append({path, line, message, Severity::Error});
}

// Why the trimmed text is not one non-negative integer, in words an operator can act on.
QString whyNotWholeSeconds(const QByteArray &text)
{
    const QList<QByteArray> tokens = text.simplified().split(' ');
    if (tokens.size() > 1) {
        const bool allNumbers =
            std::all_of(tokens.cbegin(), tokens.cend(), [](const QByteArray &t) {
                bool ok = false;
                t.toDouble(&ok);
                return ok;
            });
        return allNumbers
                   ? QStringLiteral("expected one number of seconds, found several: ") +
                         excerpt(text)
                   : QStringLiteral("expected a whole number of seconds, found ") + excerpt(text);
    }
    bool isNumber = false;
    const double value = text.toDouble(&isNumber);
    isNumber = isNumber && std::isfinite(value) && isDigit(text.back());
    if (isNumber && value < 0)
        return QStringLiteral("the duration is negative: ") + excerpt(text);
    if (isNumber && text.startsWith('+'))
        return QStringLiteral("expected plain digits without a sign, found ") + excerpt(text);
    if (isNumber)
        return QStringLiteral("expected whole seconds, found ") + excerpt(text);
    return QStringLiteral("expected a whole number of seconds, found ") + excerpt(text);
}

int lineAtOffset(const QByteArray &data, int offset)
{
    const int end = std::min<int>(offset, static_cast<int>(data.size()));
    return 1 + static_cast<int>(std::count(data.constBegin(), data.constBegin() + end, '\n'));
}

// Reads an optional string field; null counts as absent (GitHub writes "conclusion": null
// for runs still in progress).
bool readString(const QJsonObject &obj, const char *key, QString &out, QString &error)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString()) {
        error = QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key));
        return false;
    }
    out = v.toString();
    return true;
}

template <typename Int>
bool readInteger(const QJsonObject &obj, const char *key, Int &out, QString &error)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !std::isfinite(d) || d < 0 || std::floor(d) != d ||
        d > static_cast<double>(std::numeric_limits<Int>::max())) {
        error =
            QStringLiteral("\"%1\" must be a non-negative whole number").arg(QLatin1String(key));
        return false;
    }
    out = static_cast<Int>(d);
    return true;
}

} // namespace

std::optional<qint64> parseInstallSeconds(const QByteArray &data, const QString &path,
                                          ParseIssues &issues)
{
    qsizetype begin = 0;
    qsizetype end = data.size();
    // Editors on Windows like to start files with a UTF-8 byte-order mark; it carries no data.
    if (data.startsWith("\xEF\xBB\xBF"))
        begin = 3;
    while (begin < end && isAsciiSpace(data.at(begin)))
        ++begin;
    while (end > begin && isAsciiSpace(data.at(end - 1)))
        --end;
    const QByteArray text = data.mid(begin, end - begin);
    if (text.isEmpty()) {
        addError(issues, path,
                 QStringLiteral("the file is empty; expected one whole number of "
                                "seconds"));
        return std::nullopt;
    }
    if (!std::all_of(text.cbegin(), text.cend(), isDigit)) {
        addError(issues, path, whyNotWholeSeconds(text));
        return std::nullopt;
    }
    qint64 value = 0;
    for (char c : text) {
        const int digit = c - '0';
        if (value > (std::numeric_limits<qint64>::max() - digit) / 10) {
            addError(issues, path, QStringLiteral("the number is too large: ") + excerpt(text));
            return std::nullopt;
        }
        value = value * 10 + digit;
    }
    return value;
}

std::optional<RunMetadata> parseRunMetadata(const QByteArray &data, const QString &path,
                                            ParseIssues &issues)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        addError(issues, path,
                 QStringLiteral("malformed JSON: %1").arg(jsonErrorText(parseError.error)),
                 lineAtOffset(data, parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        addError(issues, path, QStringLiteral("expected a JSON object with run metadata"));
        return std::nullopt;
    }
    const QJsonObject obj = doc.object();
    RunMetadata meta;
    QString error;

    const QJsonValue runId = obj.value(QLatin1String("run_id"));
    if (!runId.isUndefined() && !runId.isNull()) {
        meta.runId = runIdFromJson(runId);
        if (meta.runId.isEmpty())
            error = QStringLiteral("\"run_id\" must be a whole number or a non-empty string");
    }
    QString createdAt;
    const bool typesOk = error.isEmpty() && readString(obj, "head_sha", meta.headSha, error) &&
                         readString(obj, "head_branch", meta.headBranch, error) &&
                         readString(obj, "conclusion", meta.conclusion, error) &&
                         readString(obj, "html_url", meta.htmlUrl, error) &&
                         readString(obj, "created_at", createdAt, error) &&
                         readInteger(obj, "run_attempt", meta.runAttempt, error) &&
                         readInteger(obj, "run_number", meta.runNumber, error);
    if (typesOk && !createdAt.isEmpty()) {
        meta.createdAt = parseTimestamp(createdAt);
        if (!meta.createdAt.isValid())
            error = QStringLiteral("\"created_at\" is not an ISO 8601 timestamp: \"%1\"")
                        .arg(createdAt.left(40));
    }
    if (!error.isEmpty()) {
        addError(issues, path, error);
        return std::nullopt;
    }
    return meta;
}

} // namespace gatehouse
