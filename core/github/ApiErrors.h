#pragma once
// How the GitHub API says "no": rate limits and the statuses that need a plain-language
// hint (token, scope, private repository). Pure functions, so that each rule is tested
// without a server.
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace gatehouse::github {

struct RateLimitWait
{
    qint64 seconds = 0;
    QString reason; // "API rate limit used up; it resets at 12:00:05 UTC"
};

// The wait a 403 or 429 asks for: Retry-After (seconds or an HTTP date), else
// x-ratelimit-remaining: 0 with x-ratelimit-reset (epoch seconds), else a secondary rate
// limit (429, or a 403 whose body says so: GitHub asks for at least a minute). nullopt
// when the answer is not a rate limit (a 403 for a missing scope).
std::optional<RateLimitWait> rateLimitWait(int status, const QByteArray &retryAfter,
                                           const QByteArray &remaining, const QByteArray &reset,
                                           const QByteArray &body, const QDateTime &now);

// The message for a 401, 403 or 404 naming the likely cause, or a generic one for any
// other status. where: the URL for display; body: the head of the error answer.
QString httpErrorMessage(int status, const QString &where, const QByteArray &body, bool hasToken);

// GitHub's {"message": "..."} as ` ("...")`, or empty.
QString apiMessageSuffix(const QByteArray &body);

// "45 s", "15 min".
QString humanDuration(qint64 seconds);

} // namespace gatehouse::github
