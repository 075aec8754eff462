#pragma once
// A problem found while reading an input file. Every unusable file becomes one of these
// (never a crash, never a silent skip); warnings mark files that were used but look off.
#include <QList>
#include <QString>

namespace gatehouse {

enum class Severity { Error, Warning, Note };

struct ParseIssue
{
    QString path;  // source-relative path of the file (zip entries as "a.zip/entry")
    int line = 0;  // 1-based line number, 0 when unknown or not line-based
    QString message;
    Severity severity = Severity::Error;

    bool operator==(const ParseIssue &o) const
    {
        return path == o.path && line == o.line && message == o.message &&
               severity == o.severity;
    }
};

using ParseIssues = QList<ParseIssue>;

QString severityName(Severity severity);
// "path:line: error: message" (line omitted when 0), for logs and the CLI.
QString formatIssue(const ParseIssue &issue);
// The same in the report language ("…: Warnung: Benchmark … fehlgeschlagen …"); exactly
// formatIssue in English.
QString formatIssueInReportLanguage(const ParseIssue &issue);
// Stable order for display and output: path, line, message.
void sortIssues(ParseIssues &issues);

} // namespace gatehouse
