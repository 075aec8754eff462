#pragma once
// A fake GitHub API for the fetch tests: a QTcpServer on loopback, so that every header,
// redirect, truncation and stall is under the test's control. The API answers on
// http://127.0.0.1:P/api/v3 (a GHES-style prefix); download redirects go to
// http://localhost:Q/, another host name, where the token must never arrive.
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#include <zip.h>

namespace gatehouse::fetch_test {

inline const QString kToken = QStringLiteral("ghp_TESTTOKENxyz0123456789abcdefSECRET");

struct FakeResponse
{
    enum Mode
    {
        Complete,
        Truncate,
        Stall
    };
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Mode mode = Complete; // Truncate: promise the whole body, send half, close.
                          // Stall: send half and keep the connection open, silent.
};

struct RecordedRequest
{
    QByteArray host;                       // Host header
    QByteArray target;                     // path?query
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

class FakeGitHub : public QObject
{
public:
    bool listen()
    {
        for (QTcpServer *server : {&m_api, &m_blob, &m_blob6})
            connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
        // The blob host must be another host name than the API's 127.0.0.1: "localhost"
        // where it resolves, else (a bare chroot without /etc/hosts) 127.0.0.2, which is
        // loopback too on Linux.
        const QHostAddress blobAddress = blobHost() == QLatin1String("localhost")
                                             ? QHostAddress(QHostAddress::LocalHost)
                                             : QHostAddress(blobHost());
        if (!m_api.listen(QHostAddress::LocalHost) || !m_blob.listen(blobAddress))
            return false;
        // "localhost" may resolve to ::1 first; answer there too when the host has IPv6.
        m_blob6.listen(QHostAddress::LocalHostIPv6, m_blob.serverPort());
        return true;
    }
    QUrl apiUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v3").arg(m_api.serverPort()));
    }
    QByteArray apiPrefix() const { return "/api/v3"; }
    static QString blobHost()
    {
        static const QString host =
            QHostInfo::fromName(QStringLiteral("localhost")).addresses().isEmpty()
                ? QStringLiteral("127.0.0.2")
                : QStringLiteral("localhost");
        return host;
    }
    QString blobUrl(const QString &path) const
    {
        return QStringLiteral("http://%1:%2%3").arg(blobHost()).arg(m_blob.serverPort()).arg(path);
    }
    QString apiLink(const QString &target) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_api.serverPort()).arg(target);
    }

    // Answers for a target (path?query, or a path for any query). Queued answers are used
    // in order; the last one repeats.
    void route(const QByteArray &target, const FakeResponse &response)
    {
        m_routes[target].append(response);
    }
    void clearRoute(const QByteArray &target) { m_routes.remove(target); }
    void json(const QByteArray &target, const QJsonObject &body,
              const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        route(target, {200, QJsonDocument(body).toJson(QJsonDocument::Compact), headers});
    }

    QList<RecordedRequest> requests;
    int countPrefix(const QByteArray &prefix) const
    {
        return static_cast<int>(
            std::count_if(requests.cbegin(), requests.cend(),
                          [&](const RecordedRequest &r) { return r.target.startsWith(prefix); }));
    }

private:
    void accept(QTcpServer *server)
    {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    FakeResponse responseFor(const QByteArray &target)
    {
        QByteArray key = target;
        if (!m_routes.contains(key))
            key = target.left(target.indexOf('?'));
        if (!m_routes.contains(key))
            return {404, R"({"message":"Not Found"})", {}};
        QList<FakeResponse> &queue = m_routes[key];
        return queue.size() > 1 ? queue.takeFirst() : queue.constFirst();
    }

    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.clear();
        RecordedRequest request;
        request.target = lines.value(0).split(' ').value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        request.host = request.headers.value("host");
        requests.append(request);

        const FakeResponse response = responseFor(request.target);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        head += "Connection: close\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        socket->write(head + "\r\n");
        if (response.mode == FakeResponse::Complete) {
            socket->write(response.body);
            socket->disconnectFromHost();
        } else {
            socket->write(response.body.left(response.body.size() / 2));
            socket->flush();
            if (response.mode == FakeResponse::Truncate)
                socket->disconnectFromHost();
        }
    }

    QTcpServer m_api, m_blob, m_blob6;
    QHash<QByteArray, QList<FakeResponse>> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

inline QJsonObject runJson(qint64 id, int number, const QString &branch = QStringLiteral("main"))
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("run_number"), number},
        {QStringLiteral("run_attempt"), 1},
        {QStringLiteral("head_branch"), branch},
        {QStringLiteral("head_sha"), QStringLiteral("%1").arg(id, 40, 16, QLatin1Char('a'))},
        {QStringLiteral("conclusion"), QStringLiteral("success")},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("created_at"),
         QStringLiteral("2026-01-%1T10:00:00Z").arg(number % 28 + 1, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("html_url"),
         QStringLiteral("https://github.com/acme/widgets/actions/runs/%1").arg(id)},
        {QStringLiteral("name"), QStringLiteral("Bench")},
        {QStringLiteral("path"), QStringLiteral(".github/workflows/bench.yml")},
    };
}

inline QJsonObject runsPage(const QList<QJsonObject> &runs, int total = -1)
{
    QJsonArray array;
    for (const QJsonObject &run : runs)
        array.append(run);
    return {{QStringLiteral("total_count"), total < 0 ? runs.size() : total},
            {QStringLiteral("workflow_runs"), array}};
}

inline QJsonObject artifactJson(qint64 id, const QString &name, qint64 runId, bool expired = false,
                                qint64 size = 1234)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("size_in_bytes"), size},
            {QStringLiteral("expired"), expired},
            {QStringLiteral("workflow_run"), QJsonObject{{QStringLiteral("id"), runId}}}};
}

inline QJsonObject artifactsPage(const QList<QJsonObject> &artifacts)
{
    QJsonArray array;
    for (const QJsonObject &a : artifacts)
        array.append(a);
    return {{QStringLiteral("total_count"), artifacts.size()},
            {QStringLiteral("artifacts"), array}};
}

struct ZipItem
{
    QByteArray name;
    QByteArray data;
    quint32 unixMode = 0100644; // 0120777: a symlink whose target is data
};

// A zip built with libzip; names are stored as given, so unsafe ones can be made too.
inline QByteArray makeZip(const QList<ZipItem> &items)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("a.zip")));
    int error = 0;
    zip_t *archive = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        qFatal("zip_open failed: %d", error);
    for (const ZipItem &item : items) {
        zip_source_t *source =
            zip_source_buffer(archive, item.data.constData(), zip_uint64_t(item.data.size()), 0);
        const zip_int64_t index =
            zip_file_add(archive, item.name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0)
            qFatal("zip_file_add failed: %s", zip_strerror(archive));
        zip_file_set_external_attributes(archive, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX,
                                         item.unixMode << 16);
    }
    if (zip_close(archive) != 0)
        qFatal("zip_close failed");
    QFile file(QString::fromLocal8Bit(path));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// Every file under dir, relative, sorted (hidden ones included).
inline QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

inline bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    for (const QString &file : filesUnder(dir)) {
        QFile f(QDir(dir).filePath(file));
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace gatehouse::fetch_test
