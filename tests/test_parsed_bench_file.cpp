// What a parsed file holds until the merge (core/sources/ParsedFile.h): every file is held
// until then, so bench files of the same shape share their tables of detectors, units,
// series and machines, gate results their lists of reasons, instead of each holding a copy,
// and sharing never changes what a file says. A task's usable install, gate and bench files
// are kept as runs, not as whole ParsedFile entries (compactOutput), and lose nothing.
#include "SourcesTestSupport.h"
#include "sources/ParsedFile.h"

#include <QtTest>

using namespace gatehouse;
using namespace gatehouse::sources_test;

namespace {

// Benchmark output with `samplesOfB` result lines for BenchmarkB (two for A).
QByteArray benchOutput(int samplesOfB, const char *pkg = "example.com/p",
                       const char *goarch = "amd64")
{
    QByteArray text = QByteArray("goos: linux\ngoarch: ") + goarch + "\npkg: " + pkg + "\n";
    text += "BenchmarkA-2   100   10 ns/op   16 B/op   1 allocs/op\n";
    text += "BenchmarkA-2   100   11 ns/op   16 B/op   1 allocs/op\n";
    for (int i = 0; i < samplesOfB; ++i)
        text += "BenchmarkB-2   100   20 ns/op   32 B/op   2 allocs/op\n";
    return text + "PASS\n";
}

ParsedFile describedAs(const QString &path)
{
    ParsedFile file;
    file.path = path;
    file.sourceKey = QStringLiteral("/source");
    file.kind = classifyArtifact(path.section(QLatin1Char('/'), -1));
    return file;
}

BenchFileData parsed(const QByteArray &text, const QString &path)
{
    TaskOutput out;
    parseArtifactBytes(text, describedAs(path), out);
    if (out.files.size() != 1 || !std::holds_alternative<BenchFileData>(out.files.first().payload))
        return {};
    return std::get<BenchFileData>(out.files.first().payload);
}

GateRun parsedGate(const QByteArray &json)
{
    TaskOutput out;
    parseArtifactBytes(json, describedAs(QStringLiteral("g/gate_result.json")), out);
    if (out.files.size() != 1 || !std::holds_alternative<GateRun>(out.files.first().payload))
        return {};
    return std::get<GateRun>(out.files.first().payload);
}

// "kind path" of every file left whole, "install path seconds", "gate path run_id",
// "bench path values", "issue path message": all a TaskOutput holds, in order.
QStringList contents(const TaskOutput &out)
{
    QStringList lines;
    for (const ParsedFile &f : out.files)
        lines << QStringLiteral("file %1 %2").arg(int(f.kind)).arg(f.path);
    for (const InstallRun &r : out.installs)
        lines << QStringLiteral("install %1 %2 %3")
                     .arg(r.identity.path.toString(), r.identity.sourceKey)
                     .arg(r.seconds);
    for (const GateRun &r : out.gates)
        lines << QStringLiteral("gate %1 %2 %3 %4")
                     .arg(r.identity.path.toString(), r.identity.sourceKey, r.identity.runId, r.outcome);
    for (const ReadBenchFile &b : out.benches)
        lines
            << QStringLiteral("bench %1 %2 %3").arg(b.path.toString(), b.sourceKey).arg(b.data.values.size());
    for (const ParseIssue &i : out.issues)
        lines << QStringLiteral("issue %1 %2").arg(i.path, i.message.left(20));
    return lines;
}

// "detector unit count" per series, in order: what the table says, shared or not.
QStringList describe(const BenchFileData &data)
{
    QStringList lines;
    for (const BenchFileData::Series &s : data.series)
        lines << QStringLiteral("%1 %2 %3")
                     .arg(data.keys.at(s.key).name, data.units.at(s.unit))
                     .arg(s.count);
    return lines;
}

// Every sample of a run as "detector unit v1,v2,...", in the store's order.
QStringList samplesOf(const BenchRun &run)
{
    QStringList lines;
    const auto map = run.samplesMap();
    for (auto d = map.cbegin(); d != map.cend(); ++d)
        for (auto u = d.value().cbegin(); u != d.value().cend(); ++u) {
            QStringList values;
            for (double v : u.value())
                values << QString::number(v);
            lines << d.key().name + ' ' + u.key() + ' ' + values.join(',');
        }
    return lines;
}

} // namespace

class TestParsedBenchFile : public QObject
{
    Q_OBJECT

private slots:
    void sameShapeSharesTables_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<bool>("seriesShared");
        QTest::addColumn<bool>("keysShared");
        QTest::addColumn<QStringList>("secondSeries");
        QTest::addColumn<bool>("machinesShared");

        const QStringList threeOfB{"A B/op 2", "A allocs/op 2", "A ns/op 2",
                                   "B B/op 3", "B allocs/op 3", "B ns/op 3"};
        QTest::newRow("same detectors, units and counts")
            << benchOutput(3) << benchOutput(3) << true << true << threeOfB << true;
        QTest::newRow("one detector with fewer samples")
            << benchOutput(3) << benchOutput(1) << false << true
            << QStringList{"A B/op 2", "A allocs/op 2", "A ns/op 2",
                           "B B/op 1", "B allocs/op 1", "B ns/op 1"}
            << true;
        QTest::newRow("other package, same table of series")
            << benchOutput(3) << benchOutput(3, "example.com/q") << true << false << threeOfB
            << true;
        QTest::newRow("other machine") << benchOutput(3) << benchOutput(3, "example.com/p", "arm64")
                                       << true << true << threeOfB << false;
    }

    void sameShapeSharesTables()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QFETCH(bool, seriesShared);
        QFETCH(bool, keysShared);
        QFETCH(QStringList, secondSeries);
        QFETCH(bool, machinesShared);

        const BenchFileData a = parsed(first, QStringLiteral("a/bench.txt"));
        const BenchFileData b = parsed(second, QStringLiteral("b/bench.txt"));
        QVERIFY(!a.series.isEmpty());
        QCOMPARE(describe(b), secondSeries);
        QCOMPARE(b.series.isSharedWith(a.series), seriesShared);
        QCOMPARE(b.keys.isSharedWith(a.keys), keysShared);
        QVERIFY(b.units.isSharedWith(a.units)); // the same three units every time
        QCOMPARE(b.machines.isSharedWith(a.machines), machinesShared);
        QCOMPARE(b.machines.size(), 1);
        QCOMPARE(b.machines.first().goarch,
                 QString::fromLatin1(machinesShared ? "amd64" : "arm64"));
        // Held until the merge: no list keeps slack it does not use.
        QCOMPARE(b.series.capacity(), b.series.size());
        QCOMPARE(b.values.size(), size_t(6 + 3 * secondSeries.last().section(' ', 2).toInt()));
    }

    // Runs of one machine keep the list their files share through the merge; a run of two
    // files on two machines gets both, sorted, once each.
    void runsShareTheirMachineList()
    {
        Tree tree;
        tree.write("bench-1/bench.txt", benchOutput(2));
        tree.write("bench-2/bench.txt", benchOutput(3));
        tree.write("bench-3/a/bench.txt", benchOutput(2, "example.com/p", "arm64"));
        tree.write("bench-3/b/bench.txt", benchOutput(2));
        tree.write("bench-3/c/bench.txt", benchOutput(2, "example.com/p", "arm64"));
        const Dataset dataset = load({tree.root()});
        QCOMPARE(dataset.benchRuns.size(), 3);
        const QList<MachineInfo> &one = dataset.benchRuns.at(0).machines;
        const QList<MachineInfo> &two = dataset.benchRuns.at(1).machines;
        const QList<MachineInfo> &three = dataset.benchRuns.at(2).machines;
        QCOMPARE(dataset.benchRuns.at(2).identity.runId, QStringLiteral("3"));
        QCOMPARE(one.size(), 1);
        QVERIFY(one.isSharedWith(two));
        QCOMPARE(three.size(), 2);
        QCOMPARE(three.at(0).goarch, QStringLiteral("amd64"));
        QCOMPARE(three.at(1).goarch, QStringLiteral("arm64"));
    }

    // The bench, install and gate runs of one run id hold one string for it, wherever the
    // id came from (each file's parse made its own copy); other runs' ids stay their own.
    void runsOfOneIdShareItsString_data()
    {
        QTest::addColumn<QString>("gateRunId");     // the gate result's run_id ("": none)
        QTest::addColumn<QString>("metadataRunId"); // the install folder's metadata.json
        QTest::newRow("folder names") << QString() << QString();
        QTest::newRow("gate run_id") << QStringLiteral("41") << QString();
        QTest::newRow("metadata run_id") << QString() << QStringLiteral("41");
    }
    void runsOfOneIdShareItsString()
    {
        QFETCH(QString, gateRunId);
        QFETCH(QString, metadataRunId);
        Tree tree;
        for (const char *id : {"41", "42"}) {
            const QString run = QString::fromLatin1(id);
            tree.write("bench-" + run + "/bench.txt", benchOutput(2));
            tree.write("install-duration-" + run + "/install_to_ready_seconds.txt", "120\n");
            tree.write("gate-result-" + run + "/gate_result.json",
                       gate(run == QLatin1String("41") ? gateRunId : QString()));
        }
        if (!metadataRunId.isEmpty())
            tree.write("install-duration-41/metadata.json", metadata(metadataRunId));
        const Dataset dataset = load({tree.root()});
        QCOMPARE(runIds(dataset.benchRuns), QStringList({"41", "42"}));
        QCOMPARE(runIds(dataset.installRuns), QStringList({"41", "42"}));
        QCOMPARE(runIds(dataset.gateRuns), QStringList({"41", "42"}));
        for (int i = 0; i < 2; ++i) {
            const QChar *bench = dataset.benchRuns.at(i).identity.runId.constData();
            QCOMPARE(dataset.installRuns.at(i).identity.runId.constData(), bench);
            QCOMPARE(dataset.gateRuns.at(i).identity.runId.constData(), bench);
        }
        QVERIFY(dataset.benchRuns.at(0).identity.runId.constData() !=
                dataset.benchRuns.at(1).identity.runId.constData());
    }

    void gateResultsShareEqualReasonLists_data()
    {
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<bool>("shared");
        QTest::newRow("same reasons")
            << QStringList{"oom", "dns"} << QStringList{"oom", "dns"} << true;
        QTest::newRow("other order")
            << QStringList{"oom", "dns"} << QStringList{"dns", "oom"} << false;
        QTest::newRow("one more") << QStringList{"oom"} << QStringList{"oom", "dns"} << false;
    }

    void gateResultsShareEqualReasonLists()
    {
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QFETCH(bool, shared);
        auto json = [](int runId, const QStringList &reasons) {
            return QStringLiteral(R"({"run_id": %1, "policy_hash": "p", "outcome": "PASS",
                                      "unknown_rate": 0.1, "top_reasons": ["%2"]})")
                .arg(runId)
                .arg(reasons.join(QStringLiteral("\", \"")))
                .toUtf8();
        };
        const GateRun a = parsedGate(json(1, first));
        const GateRun b = parsedGate(json(2, second));
        QCOMPARE(a.topReasons, first);
        QCOMPARE(b.topReasons, second);
        QCOMPARE(b.topReasons.isSharedWith(a.topReasons), shared);
    }

    // compactOutput keeps a task's usable install, gate and bench files as runs and their
    // issues beside them; what the merge needs whole stays whole, issues with it.
    void compactOutputLosesNothing_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QList<QByteArray>>("bytes");
        QTest::addColumn<QStringList>("expected");
        const QByteArray gate = R"({"run_id": 7, "policy_hash": "p", "outcome": "WARN",
                                    "unknown_rate": 0.3, "top_reasons": []})";
        const QByteArray failed = benchOutput(1) + "--- FAIL: BenchmarkC-2\n";
        QTest::newRow("one of each")
            << QStringList{"r/bench.txt", "r/install_to_ready_seconds.txt", "r/gate_result.json",
                           "r/metadata.json", "unknown_whitelist.json"}
            << QList<QByteArray>{benchOutput(1), "263\n", gate, R"({"run_id": 7})",
                                 R"({"version": 1, "classes": []})"}
            << QStringList{"file 3 r/metadata.json",
                           "file 5 unknown_whitelist.json",
                           "install r/install_to_ready_seconds.txt /source 263",
                           "gate r/gate_result.json /source 7 WARN",
                           "bench r/bench.txt /source 9",
                           "issue r/bench.txt detector B has 1 sam"};
        QTest::newRow("unusable files stay whole, with their issues")
            << QStringList{"r/install_to_ready_seconds.txt", "r/gate_result.json"}
            << QList<QByteArray>{"soon\n", "{"}
            << QStringList{"file 2 r/install_to_ready_seconds.txt", "file 4 r/gate_result.json"};
        QTest::newRow("a usable file's issues move with it")
            << QStringList{"r/bench.txt"} << QList<QByteArray>{failed}
            << QStringList{"bench r/bench.txt /source 9", "issue r/bench.txt benchmark C failed (",
                           "issue r/bench.txt detector B has 1 sam"};
    }

    void compactOutputLosesNothing()
    {
        QFETCH(QStringList, paths);
        QFETCH(QList<QByteArray>, bytes);
        QFETCH(QStringList, expected);
        TaskOutput out;
        for (qsizetype i = 0; i < paths.size(); ++i)
            parseArtifactBytes(bytes.at(i), describedAs(paths.at(i)), out);
        qsizetype issuesBefore = out.issues.size();
        for (const ParsedFile &f : std::as_const(out.files))
            issuesBefore += f.issues.size();
        compactOutput(out);
        QCOMPARE(contents(out), expected);
        qsizetype issuesAfter = out.issues.size();
        for (const ParsedFile &f : std::as_const(out.files))
            issuesAfter += f.issues.size();
        QCOMPARE(issuesAfter, issuesBefore);
        // The unusable files keep their own issues (the merge reports a whitelist's reason).
        for (const ParsedFile &f : std::as_const(out.files))
            QCOMPARE(f.issues.isEmpty(), f.hasData());
        compactOutput(out); // idempotent
        QCOMPARE(contents(out), expected);
    }

    // The merge looks the store's columns up once per shared table of series, not once per
    // file: runs whose files share the detector and unit tables but not the series (a unit
    // missing, other counts) must still each get exactly their own samples.
    void runsKeepTheirOwnSamplesWhateverTheShape_data()
    {
        QTest::addColumn<QList<QByteArray>>("files"); // run i+1's bench.txt
        const QByteArray head = "goos: linux\ngoarch: amd64\npkg: example.com/p\n";
        const QByteArray all = head + "BenchmarkA-2 100 10 ns/op 16 B/op 1 allocs/op\n"
                                      "BenchmarkB-2 100 20 ns/op 32 B/op 2 allocs/op\n";
        const QByteArray bLacksBytes = head + "BenchmarkA-2 100 11 ns/op 17 B/op 3 allocs/op\n"
                                              "BenchmarkB-2 100 21 ns/op 4 allocs/op\n";
        const QByteArray bTwice = all + "BenchmarkB-2 100 22 ns/op 33 B/op 5 allocs/op\n";
        QTest::newRow("same shape") << QList<QByteArray>{all, all, all};
        QTest::newRow("a unit missing in between")
            << QList<QByteArray>{all, bLacksBytes, all, bLacksBytes};
        QTest::newRow("other counts") << QList<QByteArray>{all, bTwice, all, bTwice, bTwice};
    }

    void runsKeepTheirOwnSamplesWhateverTheShape()
    {
        QFETCH(QList<QByteArray>, files);
        Tree tree;
        for (qsizetype i = 0; i < files.size(); ++i)
            tree.write(QStringLiteral("bench-%1/bench.txt").arg(i + 1), files.at(i));
        const Dataset dataset = load({tree.root()});
        QCOMPARE(dataset.benchRuns.size(), files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            // The same file loaded alone: nothing to share with.
            Tree alone;
            alone.write(QStringLiteral("bench-%1/bench.txt").arg(i + 1), files.at(i));
            const Dataset expected = load({alone.root()});
            QCOMPARE(expected.benchRuns.size(), 1);
            QCOMPARE(samplesOf(dataset.benchRuns.at(i)), samplesOf(expected.benchRuns.first()));
        }
    }
};

QTEST_GUILESS_MAIN(TestParsedBenchFile)
#include "test_parsed_bench_file.moc"
