#include "GitHubClient.h"

#include "ApiErrors.h"
#include "GitHubRequest.h"
#include "LinkHeader.h"
#include "Token.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <algorithm>

namespace gatehouse::github {

namespace {

constexpr qint64 kMaxJsonBytes = 32 * 1024 * 1024; // a page of 100 runs is ~1 MiB
constexpr qint64 kMaxErrorBodyBytes = 64 * 1024;   // enough for GitHub's {"message": …}
constexpr qint64 kChunkBytes = 256 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// QNetworkReply codes below 200 are connection, proxy and transfer failures (refused,
// closed mid-body, timeout): worth another attempt. 2xx–4xx codes mirror HTTP statuses,
// which are classified by the status itself.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError &&
           (error < QNetworkReply::ContentAccessDenied || error == QNetworkReply::ProtocolFailure);
}

} // namespace

GitHubClient::GitHubClient(const QUrl &apiBase, const QString &token, const NetworkPolicy &policy,
                           QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_apiBase(apiBase),
      m_token(token), m_policy(policy)
{
    // Redirects are followed by hand (send() decides per hop whether the token goes along),
    // so the manager must never follow one itself.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

GitHubClient::~GitHubClient()
{
    // Callbacks may point into objects being destroyed too: drop them instead of calling.
    for (const RequestPtr &request : std::as_const(m_active)) {
        request->done = nullptr;
        request->cancelled = true;
        if (request->reply)
            request->reply->abort();
    }
}

QString GitHubClient::userAgent()
{
    // GitHub rejects requests without a User-Agent and asks for one naming the client.
    return QStringLiteral("Gatehouse/%1 (+gatehouse-cli; Qt %2)")
        .arg(QStringLiteral(GATEHOUSE_VERSION), QString::fromLatin1(qVersion()));
}

QUrl GitHubClient::endpoint(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_apiBase;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    // Encoded by hand: QUrlQuery leaves '+' and '&' alone, and the API would read a branch
    // "a+b" as "a b".
    QStringList items;
    for (const auto &[key, value] : query)
        items.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                         QUrl::toPercentEncoding(value)));
    if (!items.isEmpty())
        url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

bool GitHubClient::isApiOrigin(const QUrl &url) const
{
    return isSameOrigin(url, m_apiBase);
}

void GitHubClient::getJson(const QUrl &url, Callback done)
{
    auto request = std::make_shared<Request>();
    request->kind = Request::Json;
    request->originalUrl = request->url = url;
    request->done = std::move(done);
    start(request);
}

void GitHubClient::download(const QUrl &url, const QString &targetPath, Callback done)
{
    auto request = std::make_shared<Request>();
    request->kind = Request::Download;
    request->originalUrl = request->url = url;
    request->targetPath = targetPath;
    request->done = std::move(done);
    start(request);
}

void GitHubClient::start(const RequestPtr &request)
{
    m_active.append(request);
    // Even the first request goes out from the event loop, so a caller never sees its
    // callback run before the call that started it has returned.
    scheduleResend(request, 0);
}

void GitHubClient::cancelAll()
{
    const QList<RequestPtr> active = m_active;
    for (const RequestPtr &request : active) {
        request->cancelled = true;
        if (request->reply)
            request->reply->abort(); // onFinished completes it
        else
            fail(request, Failure::Cancelled, 0, QStringLiteral("cancelled"));
    }
}

QDateTime GitHubClient::now() const
{
    return m_policy.now ? m_policy.now() : QDateTime::currentDateTimeUtc();
}

void GitHubClient::send(const RequestPtr &request)
{
    if (const QString problem = transportProblem(request->url); !problem.isEmpty()) {
        fail(request, Failure::Protocol, 0, problem);
        return;
    }
    QNetworkRequest http(request->url);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    http.setTransferTimeout(m_policy.transferTimeoutMs);
    http.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // The token and the API headers go to the API origin only. A download's 302 points at
    // a blob host that authorises by the signature in its URL; Qt 6.4 would forward the
    // Authorization header there if it followed the redirect itself.
    if (isApiOrigin(request->url)) {
        http.setRawHeader("Accept", "application/vnd.github+json");
        http.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
        if (!m_token.isEmpty())
            http.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    }
    request->body.clear();
    request->bodyTooLarge = false;
    QNetworkReply *reply = m_network->get(http);
    request->reply = reply;
    if (request->kind == Request::Download)
        reply->setReadBufferSize(4 * kChunkBytes); // back-pressure instead of buffering all
    connect(reply, &QNetworkReply::readyRead, this, [this, request] { readAvailable(request); });
    connect(reply, &QNetworkReply::finished, this, [this, request] { onFinished(request); });
}

void GitHubClient::readAvailable(const RequestPtr &request)
{
    QNetworkReply *reply = request->reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (request->kind == Request::Download && status == 200) {
        if (!request->file) {
            request->file = std::make_unique<QSaveFile>(request->targetPath);
            if (!request->file->open(QIODevice::WriteOnly)) {
                request->storageError = QStringLiteral("cannot write %1: %2")
                                            .arg(request->targetPath, request->file->errorString());
                reply->abort();
                return;
            }
        }
        while (reply->bytesAvailable() > 0) {
            const QByteArray chunk = reply->read(kChunkBytes);
            if (request->file->write(chunk) != chunk.size()) {
                request->storageError = QStringLiteral("cannot write %1: %2")
                                            .arg(request->targetPath, request->file->errorString());
                reply->abort();
                return;
            }
            request->written += chunk.size();
        }
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        emit downloadProgress(request->written, length.isValid() ? length.toLongLong() : -1);
        return;
    }
    // A JSON page (capped), or the body of an error or redirect: only its head is kept.
    const qint64 cap = request->kind == Request::Json && status >= 200 && status < 300
                           ? kMaxJsonBytes
                           : kMaxErrorBodyBytes;
    while (reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(kChunkBytes);
        if (request->body.size() + chunk.size() <= cap) {
            request->body.append(chunk);
        } else if (cap == kMaxJsonBytes) {
            request->bodyTooLarge = true;
            reply->abort();
            return;
        }
    }
}

void GitHubClient::onFinished(const RequestPtr &request)
{
    QNetworkReply *reply = request->reply;
    if (!reply || !m_active.contains(request))
        return;
    readAvailable(request);
    reply->deleteLater();
    request->reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();

    if (request->cancelled) {
        fail(request, Failure::Cancelled, status, QStringLiteral("cancelled"));
    } else if (!request->storageError.isEmpty()) {
        fail(request, Failure::Storage, status, request->storageError);
    } else if (request->bodyTooLarge) {
        fail(request, Failure::Protocol, status,
             QStringLiteral("the API answer from %1 is larger than %2 MiB")
                 .arg(displayUrl(request->url))
                 .arg(kMaxJsonBytes / (1024 * 1024)));
    } else if (status == 0 || isTransportError(error)) {
        // No answer at all, or the connection broke mid-body (Qt reports the transfer
        // timeout as OperationCanceledError; a real cancel was handled above).
        const QString what =
            error == QNetworkReply::OperationCanceledError
                ? QStringLiteral("no data for %1 s (transfer timeout)")
                      .arg(m_policy.transferTimeoutMs / 1000.0)
                // Qt may quote the whole URL: drop the signature a
                // download URL carries in its query.
                : reply->errorString().replace(request->url.toString(), displayUrl(request->url));
        retryTransient(request, Failure::Network, status,
                       QStringLiteral("%1: %2").arg(displayUrl(request->url), what));
    } else if (isRedirect(status)) {
        followRedirect(request, reply);
    } else if (status >= 200 && status < 300) {
        handleSuccess(request, reply, status);
    } else {
        handleHttpError(request, reply, status);
    }
}

void GitHubClient::handleSuccess(const RequestPtr &request, QNetworkReply *reply, int status)
{
    Result result;
    result.httpStatus = status;
    if (request->kind == Request::Download) {
        bool known = false;
        const qint64 expected =
            reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        // With a Content-Encoding, Content-Length counts the compressed bytes, not ours.
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        known = known && (encoding.isEmpty() || encoding == "identity");
        if (known && expected != request->written) {
            retryTransient(request, Failure::Network, status,
                           QStringLiteral("%1: the download was cut short (%2 of %3 bytes)")
                               .arg(displayUrl(request->url))
                               .arg(request->written)
                               .arg(expected));
            return;
        }
        if (!request->file) { // an empty body: still a (useless) file, for the caller to judge
            request->file = std::make_unique<QSaveFile>(request->targetPath);
            request->file->open(QIODevice::WriteOnly);
        }
        if (!request->file->commit()) {
            fail(request, Failure::Storage, status,
                 QStringLiteral("cannot write %1: %2")
                     .arg(request->targetPath, request->file->errorString()));
            return;
        }
        request->file.reset();
        result.bytes = request->written;
        complete(request, result);
        return;
    }
    QJsonParseError parseError;
    result.json = QJsonDocument::fromJson(request->body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(request, Failure::Protocol, status,
             QStringLiteral("%1 did not answer with JSON (%2); is --api-url the "
                            "API root (GHES: https://HOST/api/v3)?")
                 .arg(displayUrl(request->url), parseError.errorString()));
        return;
    }
    const QUrl next = nextPageUrl(reply->rawHeader("Link"), request->url);
    // A next page off the API origin would either get the token or fail without it: stop
    // rather than guess.
    if (next.isValid() && !isApiOrigin(next)) {
        fail(request, Failure::Protocol, status,
             QStringLiteral("the next-page link leaves the API host: %1").arg(displayUrl(next)));
        return;
    }
    result.nextPage = next;
    complete(request, result);
}

void GitHubClient::fail(const RequestPtr &request, Failure failure, int status,
                        const QString &error)
{
    Result result;
    result.failure = failure;
    result.httpStatus = status;
    result.error = error;
    complete(request, std::move(result));
}

void GitHubClient::complete(const RequestPtr &request, Result result)
{
    if (!m_active.removeOne(request))
        return; // already completed (a cancel racing a finish)
    if (request->timer)
        request->timer->deleteLater();
    if (request->reply) {
        request->reply->disconnect(this);
        request->reply->abort();
        request->reply->deleteLater();
    }
    request->file.reset();
    result.error = redacted(result.error, m_token);
    if (Callback done = std::move(request->done))
        done(result);
}

} // namespace gatehouse::github
