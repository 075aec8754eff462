#include "Token.h"

#include <QHostAddress>

namespace gatehouse::github {

TokenSource tokenFromEnvironment()
{
    for (const char *name : {"GH_TOKEN", "GITHUB_TOKEN"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return {value, QString::fromLatin1(name)};
    }
    return {};
}

bool isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1); // "localhost." is the fully qualified spelling
    if (h == QLatin1String("localhost"))
        return true;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

QString transportProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("not a valid http(s) URL: %1").arg(displayUrl(url));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return QString();
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return QString();
    if (scheme == QLatin1String("http"))
        return QStringLiteral("%1 is plain HTTP: HTTPS is required except for loopback "
                              "addresses (127.0.0.1, ::1, localhost)")
            .arg(displayUrl(url));
    return QStringLiteral("unsupported URL scheme '%1' in %2").arg(scheme, displayUrl(url));
}

QString apiUrlProblem(const QUrl &url)
{
    if (!url.userInfo().isEmpty())
        return QStringLiteral("the API URL must not carry a user name or password; pass "
                              "the token through GH_TOKEN instead");
    if (url.hasQuery() || url.hasFragment())
        return QStringLiteral("the API URL must not have a query or fragment: %1")
            .arg(displayUrl(url));
    return transportProblem(url);
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort) == b.port(defaultPort);
}

QString displayUrl(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString redacted(QString text, const QString &token)
{
    if (!token.isEmpty())
        text.replace(token, QStringLiteral("***"));
    return text;
}

} // namespace gatehouse::github
