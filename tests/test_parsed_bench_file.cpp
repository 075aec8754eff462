// A parsed benchmark file as the merge gets it (core/sources/ParsedFile.h): every file is
// held until the merge, so files of the same shape share their tables of detectors, units
// and series instead of each holding a copy, and sharing never changes what a file says.
#include "SourcesTestSupport.h"
#include "sources/ParsedFile.h"

#include <QtTest>

using namespace gatehouse;
using namespace gatehouse::sources_test;

namespace {

// Benchmark output with `samplesOfB` result lines for BenchmarkB (two for A).
QByteArray benchOutput(int samplesOfB, const char *pkg = "example.com/p")
{
    QByteArray text = QByteArray("goos: linux\ngoarch: amd64\npkg: ") + pkg + "\n";
    text += "BenchmarkA-2   100   10 ns/op   16 B/op   1 allocs/op\n";
    text += "BenchmarkA-2   100   11 ns/op   16 B/op   1 allocs/op\n";
    for (int i = 0; i < samplesOfB; ++i)
        text += "BenchmarkB-2   100   20 ns/op   32 B/op   2 allocs/op\n";
    return text + "PASS\n";
}

BenchFileData parsed(const QByteArray &text, const QString &path)
{
    ParsedFile file;
    file.path = path;
    file.kind = ArtifactKind::BenchCandidate;
    TaskOutput out;
    parseArtifactBytes(text, std::move(file), out);
    if (out.files.size() != 1 || !std::holds_alternative<BenchFileData>(out.files.first().payload))
        return {};
    return std::get<BenchFileData>(out.files.first().payload);
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

        const QStringList threeOfB{"A B/op 2", "A allocs/op 2", "A ns/op 2",
                                   "B B/op 3", "B allocs/op 3", "B ns/op 3"};
        QTest::newRow("same detectors, units and counts")
            << benchOutput(3) << benchOutput(3) << true << true << threeOfB;
        QTest::newRow("one detector with fewer samples")
            << benchOutput(3) << benchOutput(1) << false << true
            << QStringList{"A B/op 2", "A allocs/op 2", "A ns/op 2",
                           "B B/op 1", "B allocs/op 1", "B ns/op 1"};
        QTest::newRow("other package, same table of series")
            << benchOutput(3) << benchOutput(3, "example.com/q") << true << false << threeOfB;
    }

    void sameShapeSharesTables()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QFETCH(bool, seriesShared);
        QFETCH(bool, keysShared);
        QFETCH(QStringList, secondSeries);

        const BenchFileData a = parsed(first, QStringLiteral("a/bench.txt"));
        const BenchFileData b = parsed(second, QStringLiteral("b/bench.txt"));
        QVERIFY(!a.series.isEmpty());
        QCOMPARE(describe(b), secondSeries);
        QCOMPARE(b.series.isSharedWith(a.series), seriesShared);
        QCOMPARE(b.keys.isSharedWith(a.keys), keysShared);
        QVERIFY(b.units.isSharedWith(a.units)); // the same three units every time
        // Held until the merge: no list keeps slack it does not use.
        QCOMPARE(b.series.capacity(), b.series.size());
        QCOMPARE(b.values.size(), size_t(6 + 3 * secondSeries.last().section(' ', 2).toInt()));
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
