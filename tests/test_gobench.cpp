// Go benchmark output reader: SPEC §2.1 and its edge cases, one fixture per case under
// tests/data/gobench/, plus a real `go test -bench` capture of the strconv package.
#include "bench/GoBenchParser.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QtTest>

using namespace gatehouse;

namespace {

GoBenchFile parseFixture(const QString &name, const GoBenchOptions &options = {})
{
    QFile file(QStringLiteral(GATEHOUSE_TEST_DATA "/gobench/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return parseGoBench(file, name, options);
}

GoBenchFile parseBytes(const QByteArray &bytes, const GoBenchOptions &options = {})
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return parseGoBench(buffer, QStringLiteral("mem.txt"), options);
}

// Everything a parse produced, as text, so two parses can be compared whole.
QString describe(const GoBenchFile &file)
{
    QString text;
    QTextStream out(&text);
    for (auto d = file.samples.cbegin(); d != file.samples.cend(); ++d)
        for (auto u = d.value().cbegin(); u != d.value().cend(); ++u) {
            out << d.key().pkg << ' ' << d.key().name << ' ' << u.key() << ':';
            for (double v : u.value())
                out << ' ' << v;
            out << '\n';
        }
    for (auto f = file.failures.cbegin(); f != file.failures.cend(); ++f)
        out << "fail " << f.key().name << ' ' << f.value() << '\n';
    for (const MachineInfo &m : file.machines)
        out << "machine " << describeMachine(m) << '\n';
    for (const ParseIssue &issue : file.issues)
        out << "issue " << issue.line << ' ' << issue.message << '\n';
    out << "lines " << file.resultLines << '\n';
    return text;
}

int totalFailures(const GoBenchFile &file)
{
    int total = 0;
    for (int n : file.failures)
        total += n;
    return total;
}

QVector<double> allocs(const GoBenchFile &file, const QString &pkg, const QString &name)
{
    return file.samples.value({pkg, name}).value(QStringLiteral("allocs/op"));
}

// "line:message" of every issue, for readable failure output.
QStringList issueTexts(const GoBenchFile &file)
{
    QStringList out;
    for (const ParseIssue &issue : file.issues)
        out.append(QString::number(issue.line) + QLatin1Char(':') + issue.message);
    return out;
}

const QString kPkg = QStringLiteral("example.com/detectors");

} // namespace

class TestGoBench : public QObject
{
    Q_OBJECT

private slots:
    // One row per fixture: what the file yields in numbers, and which warnings (by line
    // and a piece of their text) it must raise; no other issues are allowed.
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("detectors");
        QTest::addColumn<int>("resultLines");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("machines");
        QTest::addColumn<QStringList>("warnings"); // "line:text piece"

        QTest::addRow("basic") << "basic.txt" << 2 << 6 << 0 << 1 << QStringList();
        QTest::addRow("crlf") << "crlf.txt" << 2 << 6 << 0 << 1 << QStringList();
        QTest::addRow("unit metadata lines")
            << "unit_lines.txt" << 1 << 3 << 0 << 1 << QStringList();
        QTest::addRow("--- FAIL cut line")
            << "fail_cut.txt" << 2 << 19 << 1 << 1
            << QStringList{QStringLiteral("9:benchmark DNSParse failed (--- FAIL)")};
        QTest::addRow("panic/signal/coverage are not config")
            << "panic_signal_coverage.txt" << 1 << 3 << 0 << 1
            << QStringList{QStringLiteral("7:panic: runtime error"),
                           QStringLiteral("13:signal: killed")};
        QTest::addRow("interleaved log breaks a line")
            << "interleaved_log.txt" << 2 << 5 << 0 << 1
            << QStringList{QStringLiteral("9:result line for HTTPHeader is broken"),
                           QStringLiteral("0:detector HTTPHeader has 2 samples, others have 3 "
                                          "(a result line may have been broken by log output)")};
        QTest::addRow("broken result lines")
            << "broken_lines.txt" << 2 << 5 << 0 << 1
            << QStringList{QStringLiteral("9:result line for HTTPHeader is broken"),
                           QStringLiteral("10:result line for HTTPHeader is broken"),
                           QStringLiteral("11:result line for HTTPHeader is broken"),
                           QStringLiteral("12:result line for HTTPHeader has no values"),
                           QStringLiteral("0:detector HTTPHeader has 1 samples, others have 4")};
        QTest::addRow("mixed machines")
            << "mixed_machines.txt" << 1 << 4 << 0 << 2
            << QStringList{QStringLiteral("0:results come from 2 machines (darwin/arm64 Apple M1 "
                                          "Pro; linux/amd64 Intel(R) Xeon(R) Platinum 8370C CPU @ "
                                          "2.80GHz)")};
        QTest::addRow("float values") << "float_values.txt" << 1 << 2 << 0 << 1 << QStringList();
        QTest::addRow("sub-benchmarks")
            << "sub_benchmarks.txt" << 5 << 5 << 0 << 1 << QStringList();
        QTest::addRow("multiple pkg sections")
            << "multi_pkg.txt" << 2 << 4 << 0 << 1 << QStringList();
        QTest::addRow("go test -v failures")
            << "verbose_failures.txt" << 3 << 6 << 2 << 1
            << QStringList{QStringLiteral("7:benchmark Twice failed (--- FAIL, go test -v output)"),
                           QStringLiteral("19:benchmark Nest/bad failed (--- FAIL, go test -v"),
                           QStringLiteral("0:detector Twice has 1 samples, others have 3")};
        QTest::addRow("no benchmarks") << "no_benchmarks.log" << 0 << 0 << 0 << 0 << QStringList();
        QTest::addRow("real strconv") << "real_strconv.txt" << 10 << 100 << 0 << 1 << QStringList();
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, detectors);
        QFETCH(int, resultLines);
        QFETCH(int, failures);
        QFETCH(int, machines);
        QFETCH(QStringList, warnings);

        const GoBenchFile parsed = parseFixture(file);
        QCOMPARE(parsed.samples.size(), detectors);
        QCOMPARE(parsed.resultLines, resultLines);
        QCOMPARE(totalFailures(parsed), failures);
        QCOMPARE(parsed.machines.size(), machines);
        QCOMPARE(parsed.isBenchmarkOutput(), resultLines > 0 || failures > 0);
        const QStringList texts = issueTexts(parsed);
        QCOMPARE(texts.size(), warnings.size());
        for (const QString &expected : warnings) {
            const bool found = std::any_of(texts.cbegin(), texts.cend(), [&](const QString &t) {
                return t.startsWith(expected);
            });
            if (!found)
                QFAIL(qPrintable(QStringLiteral("no issue \"%1\" in:\n%2")
                                     .arg(expected, texts.join(QLatin1Char('\n')))));
        }
        for (const ParseIssue &issue : parsed.issues) {
            QCOMPARE(issue.severity, Severity::Warning);
            QCOMPARE(issue.path, file);
        }
    }

    // Files on disk are read whole and parsed from memory (the byte overload); zip entries
    // and large logs go through a device. Both must give the same, to the last issue.
    void bytesAndDeviceGiveTheSame_data() { fixtures_data(); }
    void bytesAndDeviceGiveTheSame()
    {
        QFETCH(QString, file);
        QFile f(QStringLiteral(GATEHOUSE_TEST_DATA "/gobench/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString fromBytes = describe(parseGoBench(QByteArrayView(bytes), file));
        QCOMPARE(fromBytes, describe(parseFixture(file)));
        QVERIFY(!fromBytes.isEmpty());
    }

    void basicValuesAndConfig()
    {
        const GoBenchFile parsed = parseFixture(QStringLiteral("basic.txt"));
        const UnitSamples dns = parsed.samples.value({kPkg, QStringLiteral("DNSParse")});
        QCOMPARE(dns.keys(), (QStringList{"B/op", "allocs/op", "ns/op"}));
        QCOMPARE(dns.value("allocs/op"), (QVector<double>{12, 12, 12}));
        QCOMPARE(dns.value("ns/op"), (QVector<double>{2400, 2400, 2400}));
        QCOMPARE(parsed.machines.constFirst().goos, QStringLiteral("linux"));
        QCOMPARE(parsed.machines.constFirst().goarch, QStringLiteral("amd64"));
        QCOMPARE(parsed.machines.constFirst().cpu,
                 QStringLiteral("Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz"));
    }

    void crlfGivesTheSameAsLf()
    {
        const GoBenchFile lf = parseFixture(QStringLiteral("basic.txt"));
        const GoBenchFile crlf = parseFixture(QStringLiteral("crlf.txt"));
        QCOMPARE(crlf.samples, lf.samples);
        QCOMPARE(crlf.machines.constFirst().cpu, lf.machines.constFirst().cpu); // no stray \r
    }

    // CRLF must not turn a `go test -v` bare name line into a "cut" result line.
    void crlfVerboseOutput()
    {
        QFile file(QStringLiteral(GATEHOUSE_TEST_DATA "/gobench/verbose_failures.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray lf = file.readAll();
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        const GoBenchFile a = parseBytes(lf);
        const GoBenchFile b = parseBytes(crlf);
        QCOMPARE(b.samples, a.samples);
        QCOMPARE(b.failures, a.failures);
        QCOMPARE(issueTexts(b), issueTexts(a));
    }

    void failedLineGivesNoValues()
    {
        const GoBenchFile parsed = parseFixture(QStringLiteral("fail_cut.txt"));
        QCOMPARE(parsed.failures.value({kPkg, QStringLiteral("DNSParse")}), 1);
        QCOMPARE(allocs(parsed, kPkg, QStringLiteral("DNSParse")).size(), 9);
        QCOMPARE(allocs(parsed, kPkg, QStringLiteral("HTTPHeader")).size(), 10);
    }

    void panicDoesNotChangeConfiguration()
    {
        const GoBenchFile parsed = parseFixture(QStringLiteral("panic_signal_coverage.txt"));
        QCOMPARE(parsed.samples.keys(), (QList<DetectorKey>{{kPkg, QStringLiteral("DNSParse")}}));
        QCOMPARE(allocs(parsed, kPkg, QStringLiteral("DNSParse")).size(), 3);
    }

    void floatValues()
    {
        const GoBenchFile parsed = parseFixture(QStringLiteral("float_values.txt"));
        const UnitSamples s = parsed.samples.value({kPkg, QStringLiteral("Decode")});
        QCOMPARE(s.value("ns/op"), (QVector<double>{1234.5, 1234.5}));
        QCOMPARE(s.value("MB/s"), (QVector<double>{150, 150}));
        QCOMPARE(s.value("allocs/op"), (QVector<double>{12.5, 12.5}));
        QCOMPARE(s.value("custom/op"), (QVector<double>{0.25, 0.25}));
    }

    void subBenchmarkNames()
    {
        const GoBenchFile parsed = parseFixture(QStringLiteral("sub_benchmarks.txt"));
        QStringList names;
        for (const DetectorKey &key : parsed.samples.keys())
            names.append(key.name);
        QCOMPARE(names, (QStringList{"NoProcs", "Parse/Decimal/size-64", "Parse/Decimal/small",
                                     "Parse/Hex", "_Underscore"}));
    }

    void multiplePackagesKeepTheirOwnDetectors()
    {
        const GoBenchFile parsed = parseFixture(QStringLiteral("multi_pkg.txt"));
        QCOMPARE(allocs(parsed, "example.com/a", "Encode"), (QVector<double>{1, 1}));
        QCOMPARE(allocs(parsed, "example.com/b", "Encode"), (QVector<double>{2, 2}));
    }

    void realStrconvOutput()
    {
        const GoBenchFile parsed = parseFixture(QStringLiteral("real_strconv.txt"));
        for (const QString &sign : {QStringLiteral("Pos"), QStringLiteral("Neg")})
            for (const char *bits : {"7bit", "26bit", "31bit", "56bit", "63bit"}) {
                const DetectorKey key{QStringLiteral("strconv"),
                                      QStringLiteral("Atoi/%1/%2").arg(sign, QLatin1String(bits))};
                QVERIFY2(parsed.samples.contains(key), qPrintable(key.name));
                const UnitSamples s = parsed.samples.value(key);
                QCOMPARE(s.value("allocs/op"), QVector<double>(10, 0));
                QCOMPARE(s.value("B/op").size(), 10);
                QCOMPARE(s.value("ns/op").size(), 10);
            }
        QCOMPARE(parsed.machines.constFirst().goos, QStringLiteral("linux"));
    }

    void detectorNames_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("detector");
        QTest::addRow("prefix and -P") << "BenchmarkFoo-8"
                                       << "Foo";
        QTest::addRow("no -P") << "BenchmarkFoo"
                               << "Foo";
        QTest::addRow("key without prefix") << "Foo-16"
                                            << "Foo";
        QTest::addRow("sub-benchmark") << "BenchmarkParse/Decimal-8"
                                       << "Parse/Decimal";
        QTest::addRow("dash inside kept") << "BenchmarkParse/size-64-8"
                                          << "Parse/size-64";
        QTest::addRow("dash not digits") << "BenchmarkFoo-bar"
                                         << "Foo-bar";
        QTest::addRow("lowercase after prefix") << "Benchmarking"
                                                << "Benchmarking";
        QTest::addRow("underscore") << "Benchmark_x-2"
                                    << "_x";
    }

    void detectorNames()
    {
        QFETCH(QString, raw);
        QFETCH(QString, detector);
        QCOMPARE(detectorNameFromBenchmark(raw), detector);
    }

    void lineLimitBoundary()
    {
        // "BenchmarkA 1 5 allocs/op" is 24 bytes: exactly at the limit it is read (a CRLF
        // does not count), one byte over it is skipped with a warning.
        GoBenchOptions options;
        options.maxLineBytes = 24;
        const GoBenchFile at = parseBytes("BenchmarkA 1 5 allocs/op\r\n", options);
        QCOMPARE(at.resultLines, 1);
        QVERIFY(at.issues.isEmpty());
        const GoBenchFile over = parseBytes("BenchmarkA 1 50 allocs/op\r\n", options);
        QCOMPARE(over.resultLines, 0);
        QCOMPARE(over.issues.size(), 1);
        QCOMPARE(over.issues.constFirst().line, 1);
        QVERIFY(over.issues.constFirst().message.contains(QStringLiteral("limit")));
    }

    void hugeLineDoesNotStall()
    {
        QByteArray data = "goos: linux\nBenchmarkA-2 1 1 allocs/op\n";
        data += QByteArray(20 * 1024 * 1024, 'x');
        data += "\nBenchmarkA-2 1 2 allocs/op"; // last line without a line end
        QElapsedTimer timer;
        timer.start();
        const GoBenchFile parsed = parseBytes(data);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(allocs(parsed, QString(), "A"), (QVector<double>{1, 2}));
        QCOMPARE(parsed.issues.size(), 1);
        QCOMPARE(parsed.issues.constFirst().line, 3);
    }

    void lineSpanningReadBlocks()
    {
        // Longer than one read block but under the line limit: still one result line.
        QByteArray data = "BenchmarkA-2" + QByteArray(300 * 1024, ' ') + "1\t7 allocs/op\n";
        data += "BenchmarkA-2 1 8 allocs/op\n";
        const GoBenchFile parsed = parseBytes(data);
        QCOMPARE(allocs(parsed, QString(), "A"), (QVector<double>{7, 8}));
        QVERIFY(parsed.issues.isEmpty());
    }

    void warningFloodIsCapped()
    {
        QByteArray data;
        for (int i = 0; i < 200; ++i)
            data += "BenchmarkA-2 \tsome log text here\n";
        GoBenchOptions options;
        options.maxLineWarnings = 10;
        const GoBenchFile parsed = parseBytes(data, options);
        QCOMPARE(parsed.issues.size(), 11);
        QVERIFY(parsed.issues.constLast().message.startsWith(QStringLiteral("190 more")));
    }

    void machinesWithUnknownCpuDoNotConflict()
    {
        QVERIFY(!machinesConflict({"linux", "amd64", ""}, {"linux", "amd64", "AMD EPYC"}));
        QVERIFY(machinesConflict({"linux", "amd64", "Intel"}, {"linux", "amd64", "AMD EPYC"}));
        QVERIFY(machinesConflict({"linux", "amd64", ""}, {"darwin", "amd64", ""}));
    }

    void unopenedDeviceIsAnError()
    {
        QBuffer buffer;
        const GoBenchFile parsed = parseGoBench(buffer, QStringLiteral("x.txt"));
        QCOMPARE(parsed.issues.size(), 1);
        QCOMPARE(parsed.issues.constFirst().severity, Severity::Error);
    }
};

QTEST_GUILESS_MAIN(TestGoBench)
#include "test_gobench.moc"
