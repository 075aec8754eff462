// Zip sources (SPEC §1): read in place (never extracted), as a source or inside a folder or
// another zip; unsafe entries refused; caps; broken archives. Zips are built at test time.
#include "SourcesTestSupport.h"
#include "ZipTestSupport.h"
#include "sources/Loader.h"
#include "sources/ZipArchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <zip.h>

using namespace gatehouse;

namespace {

using gatehouse::sources_test::writeFile;
using gatehouse::zip_test::Entry;
using gatehouse::zip_test::zipBytes;

QByteArray bench(int allocs)
{
    return QStringLiteral(
               "pkg: example.com/det\nBenchmarkSecrets-4  1000  50 ns/op  %1 allocs/op\n")
        .arg(allocs)
        .toUtf8();
}

Dataset load(const QStringList &sources, qint64 maxFile = 256ll << 20, qint64 maxTotal = 4ll << 30,
             int maxEntries = 200000)
{
    LoadOptions options;
    options.sources = sources;
    options.maxFileBytes = maxFile;
    options.maxZipTotalBytes = maxTotal;
    options.maxZipEntries = maxEntries;
    return loadSources(options);
}

QString issuesText(const Dataset &d)
{
    QStringList lines;
    for (const ParseIssue &i : d.issues)
        lines.append(formatIssue(i));
    return lines.join('\n');
}

bool hasIssue(const Dataset &d, const QString &path, const QString &part)
{
    return std::any_of(d.issues.cbegin(), d.issues.cend(), [&](const ParseIssue &i) {
        return i.path == path && i.message.contains(part) && i.severity != Severity::Note;
    });
}

QStringList listFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

class TestSourcesZip : public QObject
{
    Q_OBJECT

private slots:
    void zipGivenAsSource();
    void zipInsideFolderAndZip();
    void unsafeEntries_data();
    void unsafeEntries();
    void caps_data();
    void caps();
    void brokenZip();
    void whitelistRootInZips();
    void sourceOrderWithZips();
    void entryNames_data();
    void entryNames();
};

void TestSourcesZip::zipGivenAsSource()
{
    QTemporaryDir dir;
    const QString zipPath = dir.filePath("bench-detectors-raw-12.zip");
    writeFile(zipPath, zipBytes({{"bench.txt", bench(3)},
                                 {"notes.md", "hello"},
                                 {"unknown_whitelist.json", R"({"classes": []})"}}));
    const QStringList before = listFiles(dir.path());
    const Dataset d = load({zipPath});
    QVERIFY2(d.issues.isEmpty(), qPrintable(issuesText(d)));
    QCOMPARE(d.benchRuns.size(), 1);
    QCOMPARE(d.benchRuns.first().identity.runId, QStringLiteral("12"));
    QCOMPARE(d.benchRuns.first().identity.path,
             QStringLiteral("bench-detectors-raw-12.zip/bench.txt"));
    QCOMPARE(d.benchRuns.first().identity.sourceKey, QFileInfo(zipPath).canonicalFilePath());
    QVERIFY(d.whitelist); // top level of a zip source is the source root
    QCOMPARE(d.counters.zipsRead, 1);
    QCOMPARE(d.counters.filesSeen, 3);
    QCOMPARE(d.counters.filesIgnored, 1);
    QCOMPARE(listFiles(dir.path()), before); // read in place: nothing extracted
}

void TestSourcesZip::zipInsideFolderAndZip()
{
    QTemporaryDir dir;
    const QByteArray inner = zipBytes({{"gate_result.json",
                                        R"({"policy_hash": "p", "outcome": "PASS",
                                            "unknown_rate": 0, "top_reasons": []})"}});
    writeFile(dir.filePath("x/bench-detectors-raw-13.zip"),
              zipBytes({{"bench-detectors-raw-13/", {}, 040755},
                        {"bench-detectors-raw-13/bench.txt", bench(4)},
                        {"gate-result-14.zip", inner},
                        {"helm-install-duration-15/install_to_ready_seconds.txt", "250"},
                        {"helm-install-duration-15/metadata.json",
                         R"({"run_id": 1500, "created_at": "2026-09-01T00:00:00Z"})"}}));
    const Dataset d = load({dir.path()});
    QVERIFY2(d.issues.isEmpty(), qPrintable(issuesText(d)));
    QCOMPARE(d.benchRuns.value(0).identity.path,
             QStringLiteral("x/bench-detectors-raw-13.zip/bench-detectors-raw-13/bench.txt"));
    QCOMPARE(d.benchRuns.value(0).identity.runId, QStringLiteral("13"));
    QCOMPARE(d.gateRuns.value(0).identity.path,
             QStringLiteral("x/bench-detectors-raw-13.zip/gate-result-14.zip/gate_result.json"));
    QCOMPARE(d.gateRuns.value(0).identity.runId, QStringLiteral("14"));
    QCOMPARE(d.installRuns.value(0).identity.runId, QStringLiteral("1500")); // metadata in a zip
    QCOMPARE(d.counters.zipsRead, 2);
}

void TestSourcesZip::unsafeEntries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint32>("mode");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("climbs out") << "../bench-1/bench.txt" << 0100644u << "'..'";
    QTest::addRow("climbs out inside") << "a/../../bench.txt" << 0100644u << "'..'";
    QTest::addRow("windows climb") << "a\\..\\..\\bench.txt" << 0100644u << "'..'";
    QTest::addRow("absolute") << "/etc/bench.txt" << 0100644u << "absolute";
    QTest::addRow("drive letter") << "C:/bench.txt" << 0100644u << "absolute";
    QTest::addRow("symlink") << "bench-2/bench.txt" << 0120777u << "symlink";
    QTest::addRow("fifo") << "bench-3/bench.txt" << 0010644u << "not a regular file";
}

void TestSourcesZip::unsafeEntries()
{
    QFETCH(QString, name);
    QFETCH(quint32, mode);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    const QString zipPath = dir.filePath("artifacts-9.zip");
    writeFile(zipPath, zipBytes({{name, bench(7), mode}, {"good-5/bench.txt", bench(3)}}));
    const Dataset d = load({zipPath});
    QCOMPARE(d.benchRuns.size(), 1); // the safe entry is still read
    QCOMPARE(d.benchRuns.first().identity.runId, QStringLiteral("5"));
    QCOMPARE(d.issues.size(), 1);
    QCOMPARE(d.issues.first().path, QStringLiteral("artifacts-9.zip"));
    QVERIFY2(d.issues.first().message.contains(messagePart), qPrintable(issuesText(d)));
}

void TestSourcesZip::caps_data()
{
    QTest::addColumn<qint64>("maxFile");
    QTest::addColumn<qint64>("maxTotal");
    QTest::addColumn<int>("maxEntries");
    QTest::addColumn<QStringList>("runIds");
    QTest::addColumn<QString>("issuePath");
    QTest::addColumn<QString>("messagePart");

    // Entries in order: a-1 (small), b-2 (200 bytes), c-3 (small); smalls are ~70 bytes.
    QTest::addRow("no caps hit") << qint64(1000) << qint64(1000) << 10 << QStringList{"1", "2", "3"}
                                 << QString() << QString();
    QTest::addRow("entry over the file cap")
        << qint64(150) << qint64(1000) << 10 << QStringList{"1", "3"} << "z.zip/b-2/bench.txt"
        << "more than the limit of 150";
    QTest::addRow("total cap stops the zip")
        << qint64(1000) << qint64(200) << 10 << QStringList{"1"} << "z.zip"
        << "more than 200 bytes uncompressed";
    QTest::addRow("entry count cap")
        << qint64(1000) << qint64(1000) << 2 << QStringList{"1", "2"} << "z.zip"
        << "more than 2 zip entries";
}

void TestSourcesZip::caps()
{
    QFETCH(qint64, maxFile);
    QFETCH(qint64, maxTotal);
    QFETCH(int, maxEntries);
    QFETCH(QStringList, runIds);
    QFETCH(QString, issuePath);
    QFETCH(QString, messagePart);

    QTemporaryDir dir;
    const QByteArray padded = bench(4) + QByteArray(200 - bench(4).size(), '\n');
    writeFile(dir.filePath("z.zip"), zipBytes({{"a-1/bench.txt", bench(3)},
                                               {"b-2/bench.txt", padded},
                                               {"c-3/bench.txt", bench(5)}}));
    const Dataset d = load({dir.filePath("z.zip")}, maxFile, maxTotal, maxEntries);
    QStringList ids;
    for (const BenchRun &r : d.benchRuns)
        ids.append(r.identity.runId);
    QCOMPARE(ids, runIds);
    QCOMPARE(d.issues.size(), issuePath.isEmpty() ? 0 : 1);
    if (!issuePath.isEmpty())
        QVERIFY2(hasIssue(d, issuePath, messagePart), qPrintable(issuesText(d)));

    // The per-file cap holds for plain files in folders too.
    writeFile(dir.filePath("f/d-4/bench.txt"), padded);
    const Dataset folder = load({dir.filePath("f")}, 150);
    QVERIFY(folder.benchRuns.isEmpty());
    QVERIFY(hasIssue(folder, "d-4/bench.txt", "more than the limit of 150"));
}

void TestSourcesZip::brokenZip()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("garbage.zip"), "this is not a zip archive at all");
    QByteArray truncated = zipBytes({{"bench.txt", bench(3)}});
    truncated.chop(30); // central directory cut off
    writeFile(dir.filePath("truncated-2.zip"), truncated);
    QByteArray corrupt =
        zipBytes({{"bench-3/bench.txt", bench(3)}, {"bench-4/bench.txt", bench(4)}});
    corrupt[50] = static_cast<char>(corrupt.at(50) ^ 0x55); // inside the first entry's data
    writeFile(dir.filePath("corrupt.zip"), corrupt);
    writeFile(dir.filePath("install-7/install_to_ready_seconds.txt"), "240");

    const Dataset d = load({dir.path()});
    QCOMPARE(d.installRuns.size(), 1); // the rest still loads
    QVERIFY2(hasIssue(d, "garbage.zip", "cannot read zip"), qPrintable(issuesText(d)));
    QVERIFY(hasIssue(d, "truncated-2.zip", "cannot read zip"));
    QVERIFY2(hasIssue(d, "corrupt.zip/bench-3/bench.txt", "cannot read zip entry"),
             qPrintable(issuesText(d)));
    QCOMPARE(d.benchRuns.size(), 1); // the entry after the corrupt one
    QCOMPARE(d.benchRuns.first().identity.runId, QStringLiteral("4"));
}

void TestSourcesZip::whitelistRootInZips()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("folder/nested.zip"),
              zipBytes({{"unknown_whitelist.json", R"({"classes": []})"}}));
    const Dataset d = load({dir.filePath("folder")});
    QVERIFY(!d.whitelist); // a zip inside a folder is not the source root
    QCOMPARE(d.issues.size(), 1);
    QCOMPARE(d.issues.first().path, QStringLiteral("nested.zip/unknown_whitelist.json"));
    QCOMPARE(d.issues.first().severity, Severity::Note);
}

void TestSourcesZip::sourceOrderWithZips()
{
    QTemporaryDir dir;
    writeFile(dir.filePath("a/bench-detectors-raw-12.zip"),
              zipBytes({{"bench.txt", bench(3)}, {"metadata.json", R"({"run_id": 12})"}}));
    writeFile(dir.filePath("b/bench-detectors-raw-12/bench.txt"), bench(4));
    writeFile(dir.filePath("c.zip"), zipBytes({{"gate_result.json", "{"}}));
    const QStringList sources{dir.filePath("a"), dir.filePath("b"), dir.filePath("c.zip")};
    QStringList reversed = sources;
    std::reverse(reversed.begin(), reversed.end());
    const Dataset d1 = load(sources);
    const Dataset d2 = load(reversed);
    QCOMPARE(d1.benchRuns.size(), 1);
    QCOMPARE(d2.benchRuns.size(), 1);
    QCOMPARE(d1.benchRuns.first().files, d2.benchRuns.first().files);
    QCOMPARE(d1.benchRuns.first().samplesMap(), d2.benchRuns.first().samplesMap());
    QCOMPARE(d1.benchRuns.first().identity.sourceKey, d2.benchRuns.first().identity.sourceKey);
    QCOMPARE(d1.issues, d2.issues);
}

void TestSourcesZip::entryNames_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<bool>("refused");

    QTest::addRow("plain") << "a/b.txt"
                           << "a/b.txt" << false;
    QTest::addRow("dot parts") << "./a//./b.txt"
                               << "a/b.txt" << false;
    QTest::addRow("backslashes") << "a\\b.txt"
                                 << "a/b.txt" << false;
    QTest::addRow("dots in a name") << "a/..b/c...txt"
                                    << "a/..b/c...txt" << false;
    QTest::addRow("parent") << "a/../b.txt" << QString() << true;
    QTest::addRow("absolute") << "/b.txt" << QString() << true;
    QTest::addRow("drive") << "c:\\b.txt" << QString() << true;
}

void TestSourcesZip::entryNames()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalised);
    QFETCH(bool, refused);
    QString problem;
    QCOMPARE(normaliseZipEntryName(raw, &problem), normalised);
    QCOMPARE(!problem.isEmpty(), refused);
}

QTEST_GUILESS_MAIN(TestSourcesZip)
#include "test_sources_zip.moc"
