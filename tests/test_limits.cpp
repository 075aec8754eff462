// Limits and traps (SPEC §1: "size caps bound what one file or one zip may make the program
// read"; only regular files are read). What test_sources_zip, test_sources_fs and
// test_gobench already cover (zip slip names, symlink entries, declared-size caps, FIFOs in
// a folder, symlink loops inside a folder, a 20 MiB line in the parser) is not repeated;
// this file adds the hostile inputs they do not build: a real deflate bomb, a zip whose
// headers lie about its sizes, zips nested too deep, files on disk over the cap, /dev/zero
// behind symlinks (in a folder and as the source), FIFOs and devices given as sources, a
// symlink loop as the source, and a 20 MiB line through the whole loader, on disk and in a zip.
#include "SourcesTestSupport.h"
#include "ZipTestSupport.h"
#include "sources/Loader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
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

const QByteArray kGate = R"({"policy_hash": "a6f53e", "outcome": "COMMENT", )"
                         R"("unknown_rate": 0.1, "top_reasons": []})";

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

bool hasIssue(const Dataset &d, const QString &path, const QString &part = QString())
{
    return std::any_of(d.issues.cbegin(), d.issues.cend(), [&](const ParseIssue &i) {
        return i.path == path && i.message.contains(part) && i.severity != Severity::Note;
    });
}

QStringList benchRunIds(const Dataset &d)
{
    QStringList ids;
    for (const BenchRun &r : d.benchRuns)
        ids.append(r.identity.runId);
    return ids;
}

QVector<double> allocsOf(const BenchRun &run)
{
    return run.samplesMap()
        .value({QStringLiteral("example.com/det"), QStringLiteral("Secrets")})
        .value(QStringLiteral("allocs/op"));
}

// Sets the uncompressed size of every entry, in the local headers and the central
// directory, to `size`: a zip that lies about what it will inflate to.
QByteArray withLyingSizes(QByteArray zipData, quint32 size)
{
    auto patch = [&](const QByteArray &signature, int offset) {
        for (qsizetype at = zipData.indexOf(signature); at >= 0;
             at = zipData.indexOf(signature, at + 4)) {
            if (at + offset + 4 > zipData.size())
                break;
            for (int b = 0; b < 4; ++b)
                zipData[at + offset + b] = static_cast<char>((size >> (8 * b)) & 0xff);
        }
    };
    patch(QByteArray("PK\x03\x04", 4), 22); // local file header
    patch(QByteArray("PK\x01\x02", 4), 24); // central directory header
    return zipData;
}

constexpr qint64 kMiB = 1024 * 1024;

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void deflateBombRefusedBeforeInflating_data();
    void deflateBombRefusedBeforeInflating();
    void zipWithLyingSizesNeverYieldsUncheckedBytes();
    void zipNestedTooDeepIsSkipped();
    void fileOnDiskOverTheCap_data();
    void fileOnDiskOverTheCap();
    void devZeroBehindSymlinksInAFolder();
    void specialFilesAsSources_data();
    void specialFilesAsSources();
    void deviceFileInAFolderIsSkipped();
    void hugeLineThroughTheLoader_data();
    void hugeLineThroughTheLoader();
};

void TestLimits::deflateBombRefusedBeforeInflating_data()
{
    QTest::addColumn<qint64>("maxFile");
    QTest::addColumn<qint64>("maxTotal");
    QTest::addColumn<QStringList>("runIds");
    QTest::addColumn<QString>("issuePath");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("entry cap refuses the entry")
        << 1 * kMiB << 1024 * kMiB << QStringList{"2"} << "bomb.zip/bomb-1/bench.txt"
        << "more than the limit";
    QTest::addRow("zip total cap stops the zip")
        << 256 * kMiB << 8 * kMiB << QStringList{} << "bomb.zip"
        << "more than 8388608 bytes uncompressed";
}

void TestLimits::deflateBombRefusedBeforeInflating()
{
    // 64 MiB of zeros deflate to ~64 KiB: a 1000:1 bomb, before a normal artifact.
    QFETCH(qint64, maxFile);
    QFETCH(qint64, maxTotal);
    QFETCH(QStringList, runIds);
    QFETCH(QString, issuePath);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const QString zipPath = dir.filePath("bomb.zip");
    writeFile(zipPath, zipBytes({{"bomb-1/bench.txt", bench(1) + QByteArray(64 * kMiB, '\0')},
                                 {"good-2/bench.txt", bench(2)}}));
    QVERIFY(QFileInfo(zipPath).size() < 1 * kMiB);
    QElapsedTimer timer;
    timer.start();
    const Dataset d = load({zipPath}, maxFile, maxTotal);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(benchRunIds(d) == runIds, qPrintable(issuesText(d)));
    QVERIFY2(hasIssue(d, issuePath, messagePart), qPrintable(issuesText(d)));
}

void TestLimits::zipWithLyingSizesNeverYieldsUncheckedBytes()
{
    // The headers say 100 bytes; the entry inflates to 8 MiB. Reading must stop at the cap
    // or fail the size/CRC check: never a run built from a prefix of the real content, and
    // never the whole 8 MiB when the cap is 1 MiB. The honest entry after it still loads.
    const QByteArray bombBody = bench(1) + QByteArray(8 * kMiB, '\n');
    const QByteArray honest = zipBytes({{"good-2/bench.txt", bench(2)}});
    QByteArray lying = withLyingSizes(zipBytes({{"bomb-1/bench.txt", bombBody}}), 100);
    QTemporaryDir dir;
    writeFile(dir.filePath("src/lying.zip"), lying);
    writeFile(dir.filePath("src/honest.zip"), honest);
    QElapsedTimer timer;
    timer.start();
    const Dataset d = load({dir.filePath("src")}, /*maxFile*/ 1 * kMiB, /*maxTotal*/ 4 * kMiB);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(benchRunIds(d), QStringList{"2"});
    QVERIFY2(std::any_of(d.issues.cbegin(), d.issues.cend(),
                         [](const ParseIssue &i) {
                             return i.path.startsWith(QLatin1String("lying.zip")) &&
                                    i.severity == Severity::Error;
                         }),
             qPrintable(issuesText(d)));
}

void TestLimits::zipNestedTooDeepIsSkipped()
{
    // gate-result-1.zip inside 6 zips: deeper than the nesting limit (4), so the innermost
    // ones are skipped with an issue instead of being opened level after level.
    QByteArray inner = zipBytes({{"gate_result.json", kGate}});
    for (int level = 0; level < 6; ++level)
        inner = zipBytes({{QStringLiteral("level%1.zip").arg(level), inner}});
    QTemporaryDir dir;
    writeFile(dir.filePath("gate-result-1.zip"), inner);
    const Dataset d = load({dir.filePath("gate-result-1.zip")});
    QVERIFY(d.gateRuns.isEmpty());
    QVERIFY2(std::any_of(d.issues.cbegin(), d.issues.cend(),
                         [](const ParseIssue &i) { return i.message.contains("nested"); }),
             qPrintable(issuesText(d)));
}

void TestLimits::fileOnDiskOverTheCap_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("data");

    QTest::addRow("bench output") << "bench-1/bench.txt" << bench(1) + QByteArray(5000, '\n');
    QTest::addRow("gate result") << "gate-1/gate_result.json" << kGate + QByteArray(5000, ' ');
    QTest::addRow("install seconds")
        << "install-1/install_to_ready_seconds.txt" << QByteArray(5000, ' ') + "120\n";
    QTest::addRow("metadata") << "install-1/metadata.json"
                              << QByteArray("{\"run_id\": 1") + QByteArray(5000, ' ') + "}";
}

void TestLimits::fileOnDiskOverTheCap()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, data);

    QTemporaryDir dir;
    writeFile(dir.filePath(path), data);
    writeFile(dir.filePath("bench-2/bench.txt"), bench(2));
    const Dataset d = load({dir.path()}, /*maxFile*/ 4096);
    QVERIFY2(hasIssue(d, path, "more than the limit of 4096"), qPrintable(issuesText(d)));
    QCOMPARE(benchRunIds(d), QStringList{"2"});
    QVERIFY(d.gateRuns.isEmpty());
}

void TestLimits::devZeroBehindSymlinksInAFolder()
{
    // Each name would be read if it were a regular file; behind each is an endless device.
    QTemporaryDir dir;
    const QStringList names{"bench-1/bench.txt", "gate-1/gate_result.json", "artifact-1.zip",
                            "unknown_whitelist.json", "baselines.json"};
    for (const QString &name : names) {
        QDir().mkpath(QFileInfo(dir.filePath(name)).path());
        QVERIFY(QFile::link("/dev/zero", dir.filePath(name)));
    }
    writeFile(dir.filePath("bench-2/bench.txt"), bench(2));
    QElapsedTimer timer;
    timer.start();
    const Dataset d = load({dir.path()});
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(benchRunIds(d), QStringList{"2"});
    QVERIFY(d.gateRuns.isEmpty());
    QVERIFY(!d.whitelist && !d.baseline);
    for (const QString &name : names)
        QVERIFY2(hasIssue(d, name), qPrintable(name + "\n" + issuesText(d)));
}

void TestLimits::specialFilesAsSources_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("/dev/zero") << "devzero";
    QTest::addRow("symlink to /dev/zero named like a zip") << "link-zip";
    QTest::addRow("symlink to /dev/zero named like bench output") << "link-txt";
    QTest::addRow("FIFO named like a zip") << "fifo-zip";
    QTest::addRow("FIFO named like gate_result.json") << "fifo-json";
    QTest::addRow("symlink loop") << "loop";
}

void TestLimits::specialFilesAsSources()
{
    // Given by name, none of these may be opened: an open or read could block or never end.
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString source;
    if (kind == "devzero") {
        source = "/dev/zero";
    } else if (kind.startsWith("link-")) {
        source = dir.filePath(kind == "link-zip" ? "artifact-1.zip" : "bench.txt");
        QVERIFY(QFile::link("/dev/zero", source));
    } else if (kind.startsWith("fifo-")) {
        source = dir.filePath(kind == "fifo-zip" ? "artifact-1.zip" : "gate_result.json");
        QCOMPARE(::mkfifo(QFile::encodeName(source).constData(), 0600), 0);
    } else {
        source = dir.filePath("a");
        QVERIFY(QFile::link(dir.filePath("b"), source));
        QVERIFY(QFile::link(source, dir.filePath("b")));
    }
    writeFile(dir.filePath("ok/bench-2/bench.txt"), bench(2));
    QElapsedTimer timer;
    timer.start();
    const Dataset d = load({source, dir.filePath("ok")});
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(benchRunIds(d), QStringList{"2"}); // the other source still loads
    QVERIFY2(hasIssue(d, source), qPrintable(issuesText(d)));
}

void TestLimits::deviceFileInAFolderIsSkipped()
{
    QTemporaryDir dir;
    const QString device = dir.filePath("bench-1/bench.txt");
    QDir().mkpath(QFileInfo(device).path());
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0644, makedev(1, 5)) != 0)
        QSKIP("creating a character device needs CAP_MKNOD");
    writeFile(dir.filePath("bench-2/bench.txt"), bench(2));
    QElapsedTimer timer;
    timer.start();
    const Dataset d = load({dir.path()});
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(benchRunIds(d), QStringList{"2"});
    QVERIFY2(hasIssue(d, "bench-1/bench.txt"), qPrintable(issuesText(d)));
}

void TestLimits::hugeLineThroughTheLoader_data()
{
    QTest::addColumn<bool>("inZip");
    QTest::addRow("file on disk") << false;
    QTest::addRow("zip entry") << true;
}

void TestLimits::hugeLineThroughTheLoader()
{
    // A 20 MiB line (a runaway log line) between two result lines: skipped with a warning,
    // both values kept, and the whole load stays quick.
    QFETCH(bool, inZip);
    QByteArray body = "pkg: example.com/det\nBenchmarkSecrets-4  1000  50 ns/op  1 allocs/op\n";
    body += QByteArray(20 * kMiB, 'x');
    body += "\nBenchmarkSecrets-4  1000  50 ns/op  2 allocs/op\n";
    QTemporaryDir dir;
    QString source = dir.filePath("src");
    if (inZip) {
        writeFile(dir.filePath("src/bench-7.zip"), zipBytes({{"bench.txt", body}}));
    } else {
        writeFile(dir.filePath("src/bench-7/bench.txt"), body);
    }
    QElapsedTimer timer;
    timer.start();
    const Dataset d = load({source});
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(benchRunIds(d), QStringList{"7"});
    QCOMPARE(allocsOf(d.benchRuns.first()), (QVector<double>{1, 2}));
    QVERIFY2(std::any_of(d.issues.cbegin(), d.issues.cend(),
                         [](const ParseIssue &i) { return i.line == 3; }),
             qPrintable(issuesText(d)));
}

QTEST_GUILESS_MAIN(TestLimits)
#include "test_limits.moc"
