#pragma once
// Where the GitHub token comes from and where it may go (SPEC §6). The token is sent only
// to the API origin, over HTTPS unless the API is on a loopback address (a local test
// server), and never appears in a message, a log line or a file.
#include <QString>
#include <QUrl>

namespace gatehouse::github {

struct TokenSource
{
    QString token;
    QString origin; // "GH_TOKEN", "GITHUB_TOKEN", or empty when none is set
};

// GH_TOKEN, then GITHUB_TOKEN (the same order as the gh CLI). Surrounding white space,
// which a pasted or echoed token often carries, is dropped.
TokenSource tokenFromEnvironment();

// 127.0.0.0/8, ::1 and "localhost": the only hosts reached over plain HTTP.
bool isLoopbackHost(const QString &host);

// Empty when url may be used as the API base URL; else a plain reason (not HTTPS,
// user info in the URL, no host, …).
QString apiUrlProblem(const QUrl &url);

// Empty when a request may go to url (API page or download redirect target): https, or
// http to a loopback host. Else a plain reason.
QString transportProblem(const QUrl &url);

// Same scheme, host (case-insensitive) and port (with the scheme's default port).
bool isSameOrigin(const QUrl &a, const QUrl &b);

// The URL without its query and user info, for messages: download redirect targets
// carry signatures in the query that are short-lived secrets of their own.
QString displayUrl(const QUrl &url);

// text with every occurrence of token replaced by "***"; a last guard on each message
// that leaves the fetch, in case an error string from a lower layer ever echoed it.
QString redacted(QString text, const QString &token);

} // namespace gatehouse::github
