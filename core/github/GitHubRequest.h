#pragma once
// One request of GitHubClient as it moves through hops (redirects), retries and waits.
// Private to the client's implementation files.
#include "GitHubClient.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>
#include <memory>

namespace gatehouse::github {

struct GitHubClient::Request
{
    enum Kind
    {
        Json,
        Download
    } kind = Json;
    QUrl originalUrl; // retries start here again: download redirect targets expire
    QUrl url;         // the current hop
    QString targetPath;
    Callback done;
    int attempt = 1;
    int rateLimitWaits = 0;
    int redirects = 0;
    bool cancelled = false;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> timer;
    std::unique_ptr<QSaveFile> file;
    QByteArray body; // JSON page, or the head of an error body
    qint64 written = 0;
    bool bodyTooLarge = false;
    QString storageError;
};

} // namespace gatehouse::github
