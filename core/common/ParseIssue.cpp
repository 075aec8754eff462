#include "ParseIssue.h"

#include "common/StoredText.h"
#include "common/Translate.h"

#include <algorithm>
#include <tuple>

namespace gatehouse {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Note:
        return QStringLiteral("note");
    }
    return QString();
}

QString formatIssue(const ParseIssue &issue)
{
    QString where = issue.path;
    if (issue.line > 0)
        where += QLatin1Char(':') + QString::number(issue.line);
    return where + QStringLiteral(": ") + severityName(issue.severity) + QStringLiteral(": ") +
           issue.message;
}

QString formatIssueInReportLanguage(const ParseIssue &issue)
{
    QString where = issue.path;
    if (issue.line > 0)
        where += QLatin1Char(':') + QString::number(issue.line);
    const QString severity =
        issue.severity == Severity::Error     ? Tr::translate("ParseIssue", "error", "severity")
        : issue.severity == Severity::Warning ? Tr::translate("ParseIssue", "warning", "severity")
                                              : Tr::translate("ParseIssue", "note", "severity");
    return where + QStringLiteral(": ") + severity + QStringLiteral(": ") +
           inReportLanguage(issue.message);
}

void sortIssues(ParseIssues &issues)
{
    std::stable_sort(issues.begin(), issues.end(), [](const ParseIssue &a, const ParseIssue &b) {
        return std::tie(a.path, a.line, a.message) < std::tie(b.path, b.line, b.message);
    });
}

} // namespace gatehouse
