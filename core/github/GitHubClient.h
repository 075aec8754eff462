#pragma once
// HTTP access to the GitHub REST API (and GitHub Enterprise Server) on one
// QNetworkAccessManager: JSON pages and streamed downloads, with the API's headers,
// manual redirects that drop the token off the API origin, rate-limit waits, bounded
// retries with back-off, and a transfer timeout on every request. Asynchronous: every
// call ends in exactly one callback, on the thread that owns the client.
#include "GitHubTypes.h"

#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace gatehouse::github {

struct RateLimitWait;

class GitHubClient : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        None,
        Cancelled,
        Unauthorized, // 401
        Forbidden,    // 403 that is not a rate limit
        NotFound,     // 404
        Gone,         // 410: an expired artifact
        RateLimited,  // waited as often or as long as allowed
        Http,         // another status, or 5xx after the last attempt
        Network,      // connection, timeout, truncated body, after the last attempt
        Protocol,     // not JSON, too many redirects, a redirect to plain HTTP, …
        Storage,      // the download could not be written to disk
    };
    struct Result
    {
        Failure failure = Failure::None;
        int httpStatus = 0;
        QString error;      // plain language, naming the likely cause; never the token
        QJsonDocument json; // getJson
        QUrl nextPage;      // getJson: the Link header's rel="next" (invalid on the last page)
        qint64 bytes = 0;   // download: bytes written
        bool ok() const { return failure == Failure::None; }
    };
    using Callback = std::function<void(const Result &)>;

    // apiBase must pass apiUrlProblem(); the token goes only to its origin.
    GitHubClient(const QUrl &apiBase, const QString &token, const NetworkPolicy &policy,
                 QObject *parent = nullptr);
    ~GitHubClient() override;

    // apiBase + path ("/repos/o/r/actions/runs") with the query values percent-encoded.
    QUrl endpoint(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    bool isApiOrigin(const QUrl &url) const;

    void getJson(const QUrl &url, Callback done);
    // Streams the body into targetPath through a QSaveFile: the file appears complete or
    // not at all (a cancelled, failed or truncated transfer leaves nothing behind).
    void download(const QUrl &url, const QString &targetPath, Callback done);
    // Ends every pending request; each callback runs with Failure::Cancelled.
    void cancelAll();

    static QString userAgent();

signals:
    void waiting(int seconds, const QString &reason); // a rate-limit wait begins
    void retrying(int attempt, int maxAttempts, const QString &reason);
    void downloadProgress(qint64 received, qint64 total); // total -1 when unknown

private:
    struct Request;
    using RequestPtr = std::shared_ptr<Request>;

    void start(const RequestPtr &request);
    void send(const RequestPtr &request);
    void readAvailable(const RequestPtr &request);
    void onFinished(const RequestPtr &request);
    void handleSuccess(const RequestPtr &request, QNetworkReply *reply, int status);
    void handleHttpError(const RequestPtr &request, QNetworkReply *reply, int status);
    void waitForRateLimit(const RequestPtr &request, int status, const RateLimitWait &wait);
    void followRedirect(const RequestPtr &request, QNetworkReply *reply);
    void retryTransient(const RequestPtr &request, Failure failure, int status,
                        const QString &reason);
    void scheduleResend(const RequestPtr &request, qint64 delayMs);
    void complete(const RequestPtr &request, Result result);
    void fail(const RequestPtr &request, Failure failure, int status, const QString &error);
    QDateTime now() const;

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_apiBase;
    QString m_token;
    NetworkPolicy m_policy;
    QList<RequestPtr> m_active;
};

} // namespace gatehouse::github
