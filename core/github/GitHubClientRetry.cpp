// GitHubClient: what happens after an answer that is not a plain success: HTTP errors,
// rate-limit waits, redirects, and transient failures retried with back-off.
#include "ApiErrors.h"
#include "GitHubClient.h"
#include "GitHubRequest.h"
#include "Token.h"

#include <algorithm>

namespace gatehouse::github {

void GitHubClient::handleHttpError(const RequestPtr &request, QNetworkReply *reply, int status)
{
    if (status == 403 || status == 429) {
        const auto wait = rateLimitWait(
            status, reply->rawHeader("Retry-After"), reply->rawHeader("x-ratelimit-remaining"),
            reply->rawHeader("x-ratelimit-reset"), request->body, now());
        if (wait) {
            waitForRateLimit(request, status, *wait);
            return;
        }
    }
    const QString message =
        httpErrorMessage(status, displayUrl(request->url), request->body, !m_token.isEmpty());
    switch (status) {
    case 401:
        fail(request, Failure::Unauthorized, status, message);
        return;
    case 403:
        fail(request, Failure::Forbidden, status, message);
        return;
    case 404:
        fail(request, Failure::NotFound, status, message);
        return;
    case 410:
        fail(request, Failure::Gone, status, message);
        return;
    default:
        break;
    }
    if (status >= 500 || status == 408)
        retryTransient(request, Failure::Http, status, message);
    else
        fail(request, Failure::Http, status, message);
}

void GitHubClient::waitForRateLimit(const RequestPtr &request, int status,
                                    const RateLimitWait &wait)
{
    if (wait.seconds > m_policy.maxRateLimitWaitSeconds ||
        request->rateLimitWaits >= m_policy.maxRateLimitRetries) {
        fail(request, Failure::RateLimited, status,
             QStringLiteral("rate limited (%1): waiting %2 more is beyond what this fetch "
                            "waits; try again later%3")
                 .arg(wait.reason, humanDuration(wait.seconds),
                      m_token.isEmpty() ? QStringLiteral(", or set GH_TOKEN (requests "
                                                         "with a token get a far higher "
                                                         "limit)")
                                        : QString()));
        return;
    }
    ++request->rateLimitWaits;
    emit waiting(static_cast<int>(wait.seconds), wait.reason);
    scheduleResend(request, wait.seconds * 1000);
}

void GitHubClient::followRedirect(const RequestPtr &request, QNetworkReply *reply)
{
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (!target.isValid() || target.isEmpty()) {
        fail(request, Failure::Protocol, 0,
             QStringLiteral("%1 redirected without a Location").arg(displayUrl(request->url)));
        return;
    }
    if (++request->redirects > m_policy.maxRedirects) {
        fail(request, Failure::Protocol, 0,
             QStringLiteral("too many redirects from %1").arg(displayUrl(request->originalUrl)));
        return;
    }
    request->url = request->url.resolved(target);
    send(request); // refuses a plain-HTTP target, and leaves the token off other origins
}

void GitHubClient::retryTransient(const RequestPtr &request, Failure failure, int status,
                                  const QString &reason)
{
    request->file.reset(); // an unfinished QSaveFile removes its temporary file
    request->written = 0;
    if (request->attempt >= m_policy.maxAttempts) {
        fail(request, failure, status,
             QStringLiteral("%1 (gave up after %2 attempts)").arg(reason).arg(request->attempt));
        return;
    }
    const qint64 delay =
        std::min<qint64>(qint64(m_policy.backoffBaseMs) << std::min(request->attempt - 1, 20),
                         m_policy.backoffMaxMs);
    emit retrying(request->attempt, m_policy.maxAttempts, reason);
    ++request->attempt;
    scheduleResend(request, delay);
}

void GitHubClient::scheduleResend(const RequestPtr &request, qint64 delayMs)
{
    request->file.reset();
    request->written = 0;
    request->url = request->originalUrl;
    request->redirects = 0;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    request->timer = timer;
    connect(timer, &QTimer::timeout, this, [this, request, timer] {
        timer->deleteLater();
        if (m_active.contains(request) && !request->cancelled)
            send(request);
    });
    timer->start(static_cast<int>(std::clamp<double>(delayMs * m_policy.waitScale, 0, 3.6e6)));
}

} // namespace gatehouse::github
