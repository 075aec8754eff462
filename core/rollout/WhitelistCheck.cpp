#include "WhitelistCheck.h"

#include "WhitelistFile.h"
#include "common/TextTable.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace gatehouse {

namespace {

QDate isoDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

ParseIssue issueAt(const QString &path, int line, const QString &message, Severity severity)
{
    ParseIssue issue;
    issue.path = path;
    issue.line = line;
    issue.message = message;
    issue.severity = severity;
    return issue;
}

// "classes[3]…" or "[3]…" at the start of a loader message: the index of the class.
int classIndexOf(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:classes)?\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = pattern.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The loader's "reason \"X\" is listed more than once" warning: the index of the
// second class with that reason (the one that never applies), or -1.
int duplicateIndexOf(const QString &message, const Whitelist &whitelist)
{
    static const QRegularExpression pattern(
        QStringLiteral("^reason \"(.*)\" is listed more than once"));
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return -1;
    int seen = 0;
    for (qsizetype i = 0; i < whitelist.classes.size(); ++i)
        if (whitelist.classes.at(i).reason == match.captured(1) && ++seen == 2)
            return static_cast<int>(i);
    return -1;
}

} // namespace

QString whitelistClassStateName(WhitelistClassState state)
{
    switch (state) {
    case WhitelistClassState::Due:
        return QStringLiteral("due");
    case WhitelistClassState::Stale:
        return QStringLiteral("stale");
    case WhitelistClassState::Active:
        break;
    }
    return QStringLiteral("active");
}

WhitelistClassState whitelistClassState(const WhitelistClass &cls, const QDate &today, int dueDays)
{
    if (isStale(cls, today))
        return WhitelistClassState::Stale;
    const QDate reviewBy = isoDate(cls.reviewBy);
    if (reviewBy.isValid() && today.isValid() && today.daysTo(reviewBy) <= dueDays)
        return WhitelistClassState::Due;
    return WhitelistClassState::Active;
}

int WhitelistCheckResult::exitCode() const
{
    if (!valid)
        return 2;
    return stale > 0 ? 1 : 0;
}

QList<int> whitelistClassLines(const QByteArray &data)
{
    QList<int> lines;
    int line = 1;
    int depth = 0;
    int listDepth = -1; // depth inside the class list while in it
    bool listDone = false;
    bool elementPending = false;
    bool inString = false, escaped = false;
    bool sawContainer = false;
    QByteArray text, lastString, key; // key: the last key of the top-level object
    for (const char c : data) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false, lastString = text;
            else
                text += c;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (elementPending && depth == listDepth && c != ']') {
            lines.append(line);
            elementPending = false;
        }
        switch (c) {
        case '"':
            inString = true;
            text.clear();
            break;
        case ':':
            if (depth == 1)
                key = lastString;
            break;
        case '[':
        case '{': {
            const bool first = !sawContainer;
            sawContainer = true;
            ++depth;
            const bool bareList = first && c == '[' && depth == 1;
            const bool objectList = c == '[' && depth == 2 && key == "classes";
            if (!listDone && listDepth < 0 && (bareList || objectList)) {
                listDepth = depth;
                elementPending = true;
            }
            break;
        }
        case ']':
        case '}':
            if (depth == listDepth) {
                listDepth = -1;
                listDone = true;
                elementPending = false;
            }
            --depth;
            break;
        case ',':
            if (depth == listDepth)
                elementPending = true;
            break;
        default:
            break;
        }
    }
    return lines;
}

WhitelistCheckResult checkWhitelist(const QByteArray &data, const QString &path, const QDate &today,
                                    int dueDays)
{
    WhitelistCheckResult result;
    result.path = path;
    result.today = today;
    result.dueDays = dueDays;
    const QList<int> lines = whitelistClassLines(data);
    const auto lineOf = [&lines](int index) {
        return index >= 0 && index < lines.size() ? lines.at(index) : 0;
    };

    ParseIssues loaderIssues;
    const std::optional<Whitelist> whitelist = parseWhitelist(data, path, loaderIssues);
    for (ParseIssue issue : loaderIssues) {
        // The loader's bad-date warning becomes an error below, with the same facts.
        if (issue.severity == Severity::Warning &&
            issue.message.contains(QLatin1String("is not a YYYY-MM-DD date")))
            continue;
        if (issue.line == 0)
            issue.line = lineOf(classIndexOf(issue.message));
        if (issue.line == 0 && whitelist)
            issue.line = lineOf(duplicateIndexOf(issue.message, *whitelist));
        result.issues.append(issue);
    }
    if (whitelist) {
        for (qsizetype i = 0; i < whitelist->classes.size(); ++i) {
            const WhitelistClass &cls = whitelist->classes.at(i);
            const int line = lineOf(static_cast<int>(i));
            for (const auto &[field, value] :
                 {std::pair<QString, QString>{QStringLiteral("added"), cls.added},
                  {QStringLiteral("review_by"), cls.reviewBy}}) {
                if (!value.trimmed().isEmpty() && !isoDate(value).isValid())
                    result.issues.append(issueAt(
                        path, line,
                        QStringLiteral("classes[%1] (\"%2\"): %3 \"%4\" is not a YYYY-MM-DD date")
                            .arg(i)
                            .arg(cls.reason, field, value),
                        Severity::Error));
            }
            WhitelistCheckedClass checked;
            checked.cls = cls;
            checked.line = line;
            checked.state = whitelistClassState(cls, today, dueDays);
            const QDate reviewBy = isoDate(cls.reviewBy);
            if (reviewBy.isValid() && today.isValid())
                checked.daysLeft = today.daysTo(reviewBy);
            result.classes.append(checked);
        }
    }
    std::stable_sort(result.classes.begin(), result.classes.end(),
                     [](const WhitelistCheckedClass &a, const WhitelistCheckedClass &b) {
                         return a.cls.reason < b.cls.reason;
                     });
    for (const WhitelistCheckedClass &checked : result.classes) {
        result.active += checked.state == WhitelistClassState::Active ? 1 : 0;
        result.due += checked.state == WhitelistClassState::Due ? 1 : 0;
        result.stale += checked.state == WhitelistClassState::Stale ? 1 : 0;
    }
    result.valid =
        whitelist.has_value() &&
        std::none_of(result.issues.cbegin(), result.issues.cend(),
                     [](const ParseIssue &issue) { return issue.severity == Severity::Error; });
    return result;
}

WhitelistCheckResult checkWhitelistFile(const QString &path, const QDate &today, int dueDays)
{
    const auto unreadable = [&](const QString &reason) {
        WhitelistCheckResult result;
        result.path = path;
        result.today = today;
        result.dueDays = dueDays;
        result.issues.append(issueAt(path, 0, reason, Severity::Error));
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return unreadable(QStringLiteral("no such file"));
    if (info.isDir())
        return unreadable(QStringLiteral("is a folder, not a whitelist file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(QStringLiteral("cannot read: %1").arg(file.errorString()));
    return checkWhitelist(file.readAll(), path, today, dueDays);
}

QJsonObject whitelistCheckToJson(const WhitelistCheckResult &result)
{
    QJsonArray classes;
    for (const WhitelistCheckedClass &checked : result.classes)
        classes.append(
            QJsonObject{{QStringLiteral("reason"), checked.cls.reason},
                        {QStringLiteral("owner"), checked.cls.owner},
                        {QStringLiteral("added"), checked.cls.added},
                        {QStringLiteral("review_by"), checked.cls.reviewBy},
                        {QStringLiteral("state"), whitelistClassStateName(checked.state)},
                        {QStringLiteral("days_left"),
                         checked.daysLeft ? QJsonValue(static_cast<double>(*checked.daysLeft))
                                          : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("line"), checked.line}});
    QJsonArray issues;
    for (const ParseIssue &issue : result.issues)
        issues.append(QJsonObject{{QStringLiteral("file"), issue.path},
                                  {QStringLiteral("line"), issue.line},
                                  {QStringLiteral("severity"), severityName(issue.severity)},
                                  {QStringLiteral("message"), issue.message}});
    const QString status = !result.valid      ? QStringLiteral("invalid")
                           : result.stale > 0 ? QStringLiteral("stale")
                                              : QStringLiteral("ok");
    return QJsonObject{{QStringLiteral("file"), result.path},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("valid"), result.valid},
                       {QStringLiteral("today"), result.today.toString(Qt::ISODate)},
                       {QStringLiteral("due_days"), result.dueDays},
                       {QStringLiteral("active"), result.active},
                       {QStringLiteral("due"), result.due},
                       {QStringLiteral("stale"), result.stale},
                       {QStringLiteral("classes"), classes},
                       {QStringLiteral("issues"), issues}};
}

QString whitelistCheckTable(const WhitelistCheckResult &result)
{
    QString text;
    if (!result.classes.isEmpty()) {
        TextTable table;
        table.addColumn(QStringLiteral("class"));
        table.addColumn(QStringLiteral("state"));
        table.addColumn(QStringLiteral("review_by"));
        table.addColumn(QStringLiteral("days_left"), TextTable::Align::Right);
        table.addColumn(QStringLiteral("owner"));
        for (const WhitelistCheckedClass &checked : result.classes)
            table.addRow({checked.cls.reason, whitelistClassStateName(checked.state).toUpper(),
                          checked.cls.reviewBy,
                          checked.daysLeft ? QString::number(*checked.daysLeft) : QString(),
                          checked.cls.owner});
        text += table.render();
    }
    if (!result.valid)
        text += QStringLiteral("%1: invalid whitelist\n").arg(result.path);
    else
        text += QStringLiteral("%1: %2 classes: %3 active, %4 due within %5 days, %6 stale\n")
                    .arg(result.path)
                    .arg(result.classes.size())
                    .arg(result.active)
                    .arg(result.due)
                    .arg(result.dueDays)
                    .arg(result.stale);
    return text;
}

} // namespace gatehouse
