// The offline parts of the GitHub download: Link headers, token and URL rules, rate-limit
// and error wording, and safe extraction (the stored layout: test_fetch_layout.cpp).
#include "github/ApiErrors.h"
#include "github/ArtifactStore.h"
#include "github/LinkHeader.h"
#include "github/Token.h"
#include "test_fetch_support.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(QList<gatehouse::fetch_test::ZipItem>)

using namespace gatehouse;
using namespace gatehouse::github;
using namespace gatehouse::fetch_test;

class TestFetchStore : public QObject
{
    Q_OBJECT

    static QString writeZip(const QTemporaryDir &dir, const QList<ZipItem> &items)
    {
        const QString path = dir.filePath(QStringLiteral("download.zip"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the test zip");
        file.write(makeZip(items));
        return path;
    }
    static WorkflowRun run(qint64 id)
    {
        WorkflowRun r;
        r.id = id;
        r.runNumber = 42;
        r.runAttempt = 2;
        r.headBranch = QStringLiteral("main");
        r.headSha = QStringLiteral("abc123");
        r.conclusion = QStringLiteral("success");
        r.createdAt = QStringLiteral("2026-01-05T10:00:00Z");
        r.htmlUrl = QStringLiteral("https://github.com/acme/widgets/actions/runs/%1").arg(id);
        return r;
    }
    static Artifact artifact(qint64 id, const QString &name, qint64 runId)
    {
        Artifact a;
        a.id = id;
        a.name = name;
        a.runId = runId;
        return a;
    }

private slots:
    void linkHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("next");
        const QByteArray github =
            R"(<https://api.github.com/repositories/1/actions/runs?page=2>; rel="next", )"
            R"(<https://api.github.com/repositories/1/actions/runs?page=9>; rel="last")";
        QTest::addRow("github") << github
                                << "https://api.github.com/repositories/1/actions/runs?page=2";
        QTest::addRow("last page") << QByteArray(R"(<https://x/?page=1>; rel="prev")") << QString();
        QTest::addRow("empty") << QByteArray() << QString();
        QTest::addRow("unquoted, reordered")
            << QByteArray("<https://x/b>; title=\"a, b\"; rel=next") << "https://x/b";
        QTest::addRow("comma in target")
            << QByteArray(R"(<https://x/?a=1,2>; rel="next")") << "https://x/?a=1,2";
        QTest::addRow("several rels")
            << QByteArray(R"(<https://x/n>; rel="last next")") << "https://x/n";
        QTest::addRow("relative") << QByteArray(R"(</api/v3/runs?cursor=Y>; rel="next")")
                                  << "https://ghes.example/api/v3/runs?cursor=Y";
        QTest::addRow("malformed") << QByteArray(R"(https://x/n; rel="next")") << QString();
    }
    void linkHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, next);
        const QUrl url = nextPageUrl(header, QUrl(QStringLiteral("https://ghes.example/api/v3/x")));
        QCOMPARE(url.toString(), next);
    }

    void loopbackAndHttps_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("github https") << "https://api.github.com" << true;
        QTest::addRow("ghes https") << "https://ghes.example/api/v3" << true;
        QTest::addRow("plain http") << "http://ghes.example/api/v3" << false;
        QTest::addRow("127.0.0.1") << "http://127.0.0.1:8080/api" << true;
        QTest::addRow("127.3.4.5") << "http://127.3.4.5/" << true;
        QTest::addRow("::1") << "http://[::1]:9000/" << true;
        QTest::addRow("localhost") << "http://LocalHost:9000/" << true;
        QTest::addRow("localhost.evil") << "http://localhost.evil.example/" << false;
        QTest::addRow("10.0.0.1") << "http://10.0.0.1/" << false;
        QTest::addRow("ftp") << "ftp://127.0.0.1/" << false;
        QTest::addRow("user info") << "https://user:pw@api.github.com" << false;
        QTest::addRow("no host") << "https://" << false;
    }
    void loopbackAndHttps()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(apiUrlProblem(QUrl(url)).isEmpty(), allowed);
    }

    void sameOrigin()
    {
        const QUrl api(QStringLiteral("https://API.github.com/repos"));
        QVERIFY(isSameOrigin(api, QUrl(QStringLiteral("https://api.github.com:443/x"))));
        QVERIFY(
            !isSameOrigin(api, QUrl(QStringLiteral("https://objects.githubusercontent.com/x"))));
        QVERIFY(!isSameOrigin(api, QUrl(QStringLiteral("http://api.github.com/x"))));
        QVERIFY(!isSameOrigin(QUrl(QStringLiteral("http://127.0.0.1:5/")),
                              QUrl(QStringLiteral("http://localhost:5/"))));
    }

    void tokenFromEnvironmentOrder()
    {
        qputenv("GH_TOKEN", " first \n");
        qputenv("GITHUB_TOKEN", "second");
        QCOMPARE(tokenFromEnvironment().token, QStringLiteral("first"));
        QCOMPARE(tokenFromEnvironment().origin, QStringLiteral("GH_TOKEN"));
        qunsetenv("GH_TOKEN");
        QCOMPARE(tokenFromEnvironment().token, QStringLiteral("second"));
        qunsetenv("GITHUB_TOKEN");
        QVERIFY(tokenFromEnvironment().token.isEmpty());
        QCOMPARE(redacted(QStringLiteral("a ") + kToken + QStringLiteral(" b"), kToken),
                 QStringLiteral("a *** b"));
        QVERIFY(!displayUrl(QUrl(QStringLiteral("https://blob/x?sig=SECRET")))
                     .contains(QLatin1String("SECRET")));
    }

    void rateLimit_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QByteArray>("remaining");
        QTest::addColumn<QByteArray>("reset");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("seconds"); // -1: not a rate limit
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const QByteArray in30 = QByteArray::number(now.toSecsSinceEpoch() + 30);
        QTest::addRow("retry-after")
            << 403 << QByteArray("7") << QByteArray() << QByteArray() << QByteArray() << qint64(7);
        QTest::addRow("retry-after date")
            << 429 << now.addSecs(90).toString(Qt::RFC2822Date).toLatin1() << QByteArray()
            << QByteArray() << QByteArray() << qint64(90);
        QTest::addRow("primary exhausted")
            << 403 << QByteArray() << QByteArray("0") << in30 << QByteArray() << qint64(31);
        QTest::addRow("reset in the past") << 403 << QByteArray() << QByteArray("0")
                                           << QByteArray("1000") << QByteArray() << qint64(1);
        QTest::addRow("remaining left")
            << 403 << QByteArray() << QByteArray("12") << in30 << QByteArray() << qint64(-1);
        QTest::addRow("secondary body")
            << 403 << QByteArray() << QByteArray() << QByteArray()
            << QByteArray(R"({"message":"You have exceeded a secondary rate limit."})")
            << qint64(60);
        QTest::addRow("429 bare") << 429 << QByteArray() << QByteArray() << QByteArray()
                                  << QByteArray() << qint64(60);
        QTest::addRow("403 scope")
            << 403 << QByteArray() << QByteArray() << QByteArray()
            << QByteArray(R"({"message":"Resource not accessible"})") << qint64(-1);
        QTest::addRow("500") << 500 << QByteArray("5") << QByteArray() << QByteArray()
                             << QByteArray() << qint64(-1);
    }
    void rateLimit()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QByteArray, remaining);
        QFETCH(QByteArray, reset);
        QFETCH(QByteArray, body);
        QFETCH(qint64, seconds);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const auto wait = rateLimitWait(status, retryAfter, remaining, reset, body, now);
        QCOMPARE(wait ? wait->seconds : -1, seconds);
    }

    void errorMessagesNameTheCause()
    {
        QVERIFY(httpErrorMessage(401, {}, {}, true).contains(QLatin1String("GH_TOKEN")));
        QVERIFY(httpErrorMessage(401, {}, {}, false).contains(QLatin1String("GH_TOKEN")));
        const QString notFound = httpErrorMessage(404, QStringLiteral("https://x/repos/a/b"),
                                                  R"({"message":"Not Found"})", true);
        QVERIFY(notFound.contains(QLatin1String("private")));
        QVERIFY(notFound.contains(QLatin1String("scope")));
        QVERIFY(httpErrorMessage(403, {}, {}, true).contains(QLatin1String("SSO")));
        QVERIFY(httpErrorMessage(418, QStringLiteral("u"), R"({"message":"teapot"})", true)
                    .contains(QLatin1String("teapot")));
    }

    void safeFolderNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("folder");
        QTest::addRow("plain") << "bench-detectors-raw-9182736455"
                               << "bench-detectors-raw-9182736455";
        QTest::addRow("slash") << "a/../b"
                               << "a_.._b";
        QTest::addRow("backslash") << "..\\x"
                                   << ".._x";
        QTest::addRow("dotdot") << ".." << QString();
        QTest::addRow("dot") << "." << QString();
        QTest::addRow("ours") << ".gatehouse-tmp" << QString();
        QTest::addRow("our state folder") << ".gatehouse" << QString();
        QTest::addRow("empty") << "" << QString();
    }
    void safeFolderNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, folder);
        QCOMPARE(safeFolderName(name), folder);
    }

    void unsafeZipRefused_data()
    {
        QTest::addColumn<QList<ZipItem>>("items");
        QTest::addColumn<QString>("why");
        QTest::addRow("dot-dot") << QList<ZipItem>{{"ok.txt", "x"}, {"../escape.txt", "x"}} << "..";
        QTest::addRow("deep dot-dot") << QList<ZipItem>{{"a/b/../../../escape.txt", "x"}} << "..";
        QTest::addRow("backslash dot-dot")
            << QList<ZipItem>{{"a\\..\\..\\escape.txt", "x"}} << "..";
        QTest::addRow("absolute") << QList<ZipItem>{{"/tmp/escape.txt", "x"}} << "absolute";
        QTest::addRow("drive letter") << QList<ZipItem>{{"C:/escape.txt", "x"}} << "absolute";
        QTest::addRow("symlink") << QList<ZipItem>{{"link", "/etc/passwd", 0120777}} << "symlink";
        QTest::addRow("fifo") << QList<ZipItem>{{"pipe", "", 0010644}} << "regular";
        QTest::addRow("too big") << QList<ZipItem>{{"big.txt", QByteArray(5000, 'x')}} << "limit";
        QTest::addRow("too many") << QList<ZipItem>{{"1", ""}, {"2", ""}, {"3", ""},
                                                    {"4", ""}, {"5", ""}, {"6", ""}}
                                  << "entries";
        QTest::addRow("not a zip") << QList<ZipItem>{} << "zip";
    }
    void unsafeZipRefused()
    {
        QFETCH(QList<ZipItem>, items);
        QFETCH(QString, why);
        QTemporaryDir root;
        const QString out = root.filePath(QStringLiteral("out"));
        ExtractLimits limits;
        limits.maxEntryBytes = 4096;
        limits.maxEntries = 5;
        ArtifactStore store(out, limits);
        QString error;
        QVERIFY(store.open(&error));
        QString zip = root.filePath(QStringLiteral("download.zip"));
        QFile file(zip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(items.isEmpty() ? QByteArray("PK\x03\x04 truncated") : makeZip(items));
        file.close();
        const auto folder =
            store.store(zip, artifact(3, QStringLiteral("evil"), 1), run(1), &error);
        QVERIFY(!folder);
        QVERIFY2(error.contains(why, Qt::CaseInsensitive), qPrintable(error));
        store.cleanUp();
        QCOMPARE(filesUnder(out), QStringList()); // nothing half-extracted left behind
        QVERIFY(!QFile::exists(root.filePath(QStringLiteral("escape.txt"))));
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestFetchStore)
#include "test_fetch_store.moc"
