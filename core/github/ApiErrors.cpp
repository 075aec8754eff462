#include "ApiErrors.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace gatehouse::github {

namespace {
constexpr qint64 kSecondaryRateLimitSeconds = 60;
}

QString humanDuration(qint64 seconds)
{
    if (seconds < 120)
        return QStringLiteral("%1 s").arg(seconds);
    return QStringLiteral("%1 min").arg((seconds + 59) / 60);
}

QString apiMessageSuffix(const QByteArray &body)
{
    const QString message =
        QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString();
    return message.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(message.left(200));
}

std::optional<RateLimitWait> rateLimitWait(int status, const QByteArray &retryAfter,
                                           const QByteArray &remaining, const QByteArray &reset,
                                           const QByteArray &body, const QDateTime &now)
{
    if (status != 403 && status != 429)
        return std::nullopt;
    bool ok = false;
    const QByteArray after = retryAfter.trimmed();
    if (!after.isEmpty()) {
        qint64 seconds = after.toLongLong(&ok);
        if (!ok) {
            const QDateTime at = QDateTime::fromString(QString::fromLatin1(after), Qt::RFC2822Date);
            ok = at.isValid();
            seconds = ok ? now.secsTo(at) : 0;
        }
        if (ok) {
            seconds = std::max<qint64>(seconds, 0);
            return RateLimitWait{
                seconds,
                QStringLiteral("GitHub asked to retry after %1").arg(humanDuration(seconds))};
        }
    }
    if (remaining.trimmed() == "0") {
        const qint64 resetAt = reset.trimmed().toLongLong(&ok);
        if (ok) {
            // +1: the reset second itself may still count against the old window.
            const qint64 seconds = std::max<qint64>(1, resetAt - now.toSecsSinceEpoch() + 1);
            return RateLimitWait{seconds,
                                 QStringLiteral("API rate limit used up; it resets at %1 UTC")
                                     .arg(QDateTime::fromSecsSinceEpoch(resetAt, Qt::UTC)
                                              .toString(QStringLiteral("HH:mm:ss")))};
        }
    }
    if (status == 429 || body.toLower().contains("secondary rate limit"))
        return RateLimitWait{kSecondaryRateLimitSeconds, QStringLiteral("secondary rate limit")};
    return std::nullopt;
}

QString httpErrorMessage(int status, const QString &where, const QByteArray &body, bool hasToken)
{
    const QString message = apiMessageSuffix(body);
    switch (status) {
    case 401:
        return hasToken ? QStringLiteral("GitHub refused the token (HTTP 401%1): it is wrong, "
                                         "expired or revoked; set a valid one in GH_TOKEN or "
                                         "GITHUB_TOKEN")
                              .arg(message)
                        : QStringLiteral("GitHub wants a token (HTTP 401%1): set GH_TOKEN or "
                                         "GITHUB_TOKEN; artifact downloads always need one")
                              .arg(message);
    case 403:
        return QStringLiteral("access denied at %1 (HTTP 403%2): the token lacks a scope "
                              "(classic token: 'repo' for a private repository; fine-grained "
                              "token: 'Actions: read'), or the organisation requires SSO "
                              "authorisation of the token")
            .arg(where, message);
    case 404:
        return QStringLiteral("not found: %1 (HTTP 404). Check the owner/name and the "
                              "workflow file name. A private repository also answers 404 when "
                              "%2")
            .arg(where, hasToken ? QStringLiteral("the token cannot see it: it needs the "
                                                  "'repo' scope (classic) or 'Actions: read' "
                                                  "(fine-grained)")
                                 : QStringLiteral("no token is sent: set GH_TOKEN"));
    case 410:
        return QStringLiteral("GitHub no longer keeps it (HTTP 410 Gone)");
    default:
        return QStringLiteral("%1 answered HTTP %2%3").arg(where).arg(status).arg(message);
    }
}

} // namespace gatehouse::github
