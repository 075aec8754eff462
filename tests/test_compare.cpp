// SPEC §10 on real data: two rounds of `go test -run '^$' -bench . -benchmem -count 10`
// over unicode/utf16 and hash/fnv (Go 1.19, tests/data/compare/old and new, the second
// round run while the machine was busy, hence its regressions). Expected numbers come
// from the real benchstat statistics: tests/data/compare/benchstat-reference.json is the
// output of `tools/benchstat-reference/run.sh files old/*.txt -- new/*.txt`.
// Also the `gatehouse-cli compare` contract: exit codes, --metric, --last, single files,
// the CSV.
#include "CliTestSupport.h"
#include "compare/CompareExport.h"
#include "sources/Loader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>

using namespace gatehouse;
using namespace gatehouse::compare;

namespace {

const QString kData = QStringLiteral(GATEHOUSE_TEST_DATA "/compare");

using cli_test::CliRun;

CliRun runCli(const QStringList &args, const QString &locale = QStringLiteral("C.UTF-8"))
{
    return cli_test::runCli(args, {{QStringLiteral("LC_ALL"), locale}});
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<BenchRun> load(const QString &source)
{
    LoadOptions options;
    options.sources = {source};
    return loadSources(options).benchRuns;
}

// Relative difference within 1e-9, null equal to null only.
bool close(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    const double x = a.toDouble();
    const double y = b.toDouble();
    return x == y || std::fabs(x - y) <= 1e-9 * std::max(std::fabs(x), std::fabs(y));
}

QString describe(const QJsonObject &row)
{
    return row.value(QStringLiteral("unit")).toString() + QLatin1Char(' ') +
           row.value(QStringLiteral("pkg")).toString() + QLatin1Char(' ') +
           row.value(QStringLiteral("name")).toString();
}

// Every number and flag of our JSON against benchstat's.
void compareWithReference(const QJsonObject &ours, const QJsonObject &reference)
{
    const QJsonArray rows = ours.value(QStringLiteral("rows")).toArray();
    const QJsonArray refRows = reference.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), refRows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject r = rows.at(i).toObject();
        const QJsonObject e = refRows.at(i).toObject();
        const QString what = describe(e);
        QCOMPARE(describe(r), what);
        for (const char *side : {"old", "new"}) {
            const QJsonObject s = r.value(QLatin1String(side)).toObject();
            const QJsonObject es = e.value(QLatin1String(side)).toObject();
            QCOMPARE(s.value(QStringLiteral("n")).toInt(), es.value(QStringLiteral("n")).toInt());
            for (const char *key : {"median", "ci_low", "ci_high"})
                QVERIFY2(close(s.value(QLatin1String(key)), es.value(QLatin1String(key))),
                         qPrintable(what + QLatin1Char(' ') + QLatin1String(side) +
                                    QLatin1Char('.') + QLatin1String(key)));
        }
        for (const char *key : {"delta_percent", "pvalue"})
            QVERIFY2(close(r.value(QLatin1String(key)), e.value(QLatin1String(key))),
                     qPrintable(what + QLatin1Char(' ') + QLatin1String(key)));
        QCOMPARE(r.value(QStringLiteral("significant")), e.value(QStringLiteral("significant")));
        // The reference keeps benchstat's per-summary warnings beside the comparison's;
        // a Gatehouse row lists them all once, in that order.
        QJsonArray expectedWarnings;
        for (const QJsonValue &list : {e.value(QStringLiteral("old"))[QStringLiteral("warnings")],
                                       e.value(QStringLiteral("new"))[QStringLiteral("warnings")],
                                       e.value(QStringLiteral("warnings"))})
            for (const QJsonValue &w : list.toArray())
                if (!expectedWarnings.contains(w))
                    expectedWarnings.append(w);
        QCOMPARE(r.value(QStringLiteral("warnings")).toArray(), expectedWarnings);
    }
    const QJsonArray geo = ours.value(QStringLiteral("geomean")).toArray();
    const QJsonArray refGeo = reference.value(QStringLiteral("geomean")).toArray();
    QCOMPARE(geo.size(), refGeo.size());
    for (qsizetype i = 0; i < geo.size(); ++i) {
        const QJsonObject g = geo.at(i).toObject();
        const QJsonObject e = refGeo.at(i).toObject();
        QCOMPARE(g.value(QStringLiteral("unit")), e.value(QStringLiteral("unit")));
        for (const char *key : {"old", "new", "delta_percent"})
            QVERIFY2(close(g.value(QLatin1String(key)), e.value(QLatin1String(key))),
                     qPrintable(e.value(QStringLiteral("unit")).toString() + QLatin1Char(' ') +
                                QLatin1String(key)));
    }
}

QJsonObject reference(const QString &file = QStringLiteral("benchstat-reference.json"))
{
    return QJsonDocument::fromJson(readAll(kData + QLatin1Char('/') + file)).object();
}

} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
private slots:
    void realDataMatchesBenchstat();
    void sampleSizesAroundEveryLimitMatchBenchstat();
    void realDataJsonHasExactlyTheSpecKeys();
    void realDataTable();
    void cliTableAndJsonMatchBenchstat();
    void cliExitCodes_data();
    void cliExitCodes();
    void cliMetricSelectsUnits();
    void cliSingleFiles();
    void cliLastNAgainstTheNBefore();
    void cliCsvIsLocaleIndependent();
};

void TestCompare::realDataMatchesBenchstat()
{
    const QList<BenchRun> oldRuns = load(kData + QStringLiteral("/old"));
    const QList<BenchRun> newRuns = load(kData + QStringLiteral("/new"));
    QCOMPARE(oldRuns.size(), 2); // one run per file: no run id in these paths
    QCOMPARE(newRuns.size(), 2);
    const CompareResult result = compareRuns(oldRuns, newRuns, CompareOptions());
    QCOMPARE(result.rows.size(), 42); // 12 detectors x 3 units, + MB/s for the 6 of hash/fnv
    compareWithReference(compareToJson(result), reference());
    QVERIFY(result.hasRegression());
}

void TestCompare::sampleSizesAroundEveryLimitMatchBenchstat()
{
    // 96 synthetic detectors (tools/benchstat-reference/random_samples.py): 1 to 80
    // samples a side, ties, no ties, few distinct values, skew; exact and normal paths of
    // both the U test and the median interval.
    const QList<BenchRun> oldRuns = load(kData + QStringLiteral("/random/old"));
    const QList<BenchRun> newRuns = load(kData + QStringLiteral("/random/new"));
    const CompareResult result = compareRuns(oldRuns, newRuns, CompareOptions());
    QCOMPARE(result.rows.size(), 96);
    int exact = 0;
    int normal = 0;
    for (const CompareRow &row : result.rows)
        (row.test.exact ? exact : normal) += row.test.status == MannWhitneyResult::Status::Ok;
    QVERIFY(exact > 10 && normal > 10);
    compareWithReference(compareToJson(result), reference(QStringLiteral("random-reference.json")));
}

void TestCompare::realDataJsonHasExactlyTheSpecKeys()
{
    const CompareResult result =
        compareRuns(load(kData + QStringLiteral("/old")), load(kData + QStringLiteral("/new")), {});
    const QJsonObject json = compareToJson(result);
    const QStringList topKeys = json.keys();
    QCOMPARE(QSet<QString>(topKeys.cbegin(), topKeys.cend()),
             (QSet<QString>{QStringLiteral("rows"), QStringLiteral("geomean")}));
    const QJsonObject row = json.value(QStringLiteral("rows")).toArray().first().toObject();
    const QStringList rowKeys = row.keys();
    QCOMPARE(QSet<QString>(rowKeys.cbegin(), rowKeys.cend()),
             (QSet<QString>{QStringLiteral("pkg"), QStringLiteral("name"), QStringLiteral("unit"),
                            QStringLiteral("old"), QStringLiteral("new"),
                            QStringLiteral("delta_percent"), QStringLiteral("pvalue"),
                            QStringLiteral("significant"), QStringLiteral("warnings")}));
    const QStringList sideKeys = row.value(QStringLiteral("old")).toObject().keys();
    QCOMPARE(QSet<QString>(sideKeys.cbegin(), sideKeys.cend()),
             (QSet<QString>{QStringLiteral("n"), QStringLiteral("median"), QStringLiteral("ci_low"),
                            QStringLiteral("ci_high")}));
    const QStringList geoKeys =
        json.value(QStringLiteral("geomean")).toArray().first().toObject().keys();
    QCOMPARE(QSet<QString>(geoKeys.cbegin(), geoKeys.cend()),
             (QSet<QString>{QStringLiteral("unit"), QStringLiteral("old"), QStringLiteral("new"),
                            QStringLiteral("delta_percent")}));
}

void TestCompare::realDataTable()
{
    const CompareResult result =
        compareRuns(load(kData + QStringLiteral("/old")), load(kData + QStringLiteral("/new")), {});
    const QString table = compareTable(result);
    QCOMPARE(table, QString::fromUtf8(readAll(kData + QStringLiteral("/compare-table.txt"))));
    // The delta cells say what benchstat's numbers say: "~" exactly where p > alpha, else
    // benchstat's delta to two decimals.
    const QJsonArray refRows = reference().value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &v : refRows) {
        const QJsonObject e = v.toObject();
        const auto row = std::find_if(result.rows.cbegin(), result.rows.cend(), [&](const auto &r) {
            return r.unit == e.value(QStringLiteral("unit")).toString() &&
                   r.key.pkg == e.value(QStringLiteral("pkg")).toString() &&
                   r.key.name == e.value(QStringLiteral("name")).toString();
        });
        QVERIFY(row != result.rows.cend());
        const double delta = e.value(QStringLiteral("delta_percent")).toDouble();
        QString expected = QStringLiteral("~");
        if (e.value(QStringLiteral("significant")).toBool())
            expected = (delta >= 0 ? QStringLiteral("+") : QString()) +
                       QString::number(delta, 'f', 2) + QLatin1Char('%');
        QCOMPARE(formatDelta(*row), expected);
    }
    QVERIFY(table.contains(QLatin1String("[1] all samples are equal\n")));
    QVERIFY(table.contains(QLatin1String("15 significant regression(s), 1 significant "
                                         "improvement(s), 42 row(s)\n")));
}

void TestCompare::cliTableAndJsonMatchBenchstat()
{
    const QString oldDir = kData + QStringLiteral("/old");
    const QString newDir = kData + QStringLiteral("/new");
    const CliRun table = runCli({QStringLiteral("compare"), oldDir, newDir});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out, readAll(kData + QStringLiteral("/compare-table.txt")));
    const CliRun json = runCli(
        {QStringLiteral("compare"), oldDir, newDir, QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(json.exitCode, 0);
    compareWithReference(json.json(), reference());
}

void TestCompare::cliExitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString o = kData + QStringLiteral("/old");
    const QString n = kData + QStringLiteral("/new");
    QTest::addRow("soft gate passes despite regressions") << QStringList{o, n} << 0;
    QTest::addRow("hard gate fails on a significant regression")
        << QStringList{o, n, QStringLiteral("--gate"), QStringLiteral("hard")} << 1;
    QTest::addRow("hard gate passes when only unchanged units are compared")
        << QStringList{o,
                       n,
                       QStringLiteral("--gate"),
                       QStringLiteral("hard"),
                       QStringLiteral("--metric"),
                       QStringLiteral("allocs/op")}
        << 0;
    // Old against itself: nothing differs.
    QTest::addRow("hard gate passes on identical runs")
        << QStringList{o, o, QStringLiteral("--gate"), QStringLiteral("hard")} << 0;
    // New against old: mostly improvements, but EncodeValidASCII got faster in new, so
    // reversed it is a regression.
    QTest::addRow("hard gate on the reverse comparison")
        << QStringList{n, o, QStringLiteral("--gate"), QStringLiteral("hard")} << 1;
    QTest::addRow("one source without --last") << QStringList{o} << 2;
    QTest::addRow("three sources") << QStringList{o, n, o} << 2;
    QTest::addRow("missing source") << QStringList{o, kData + QStringLiteral("/nope")} << 2;
    QTest::addRow("unknown unit") << QStringList{o, n, QStringLiteral("--metric"),
                                                 QStringLiteral("furlongs/op")}
                                  << 2;
    QTest::addRow("alpha 0") << QStringList{o, n, QStringLiteral("--alpha"), QStringLiteral("0")}
                             << 2;
    QTest::addRow("confidence 1") << QStringList{o, n, QStringLiteral("--confidence"),
                                                 QStringLiteral("1")}
                                  << 2;
    QTest::addRow("bad gate") << QStringList{o, n, QStringLiteral("--gate"), QStringLiteral("firm")}
                              << 2;
    QTest::addRow("--last 0") << QStringList{o, QStringLiteral("--last"), QStringLiteral("0")} << 2;
    QTest::addRow("--last 2 of 2 runs")
        << QStringList{o, QStringLiteral("--last"), QStringLiteral("2")} << 2;
    QTest::addRow("help") << QStringList{QStringLiteral("--help")} << 0;
}

void TestCompare::cliExitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    args.prepend(QStringLiteral("compare"));
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
}

void TestCompare::cliMetricSelectsUnits()
{
    const CliRun run = runCli(
        {QStringLiteral("compare"), kData + QStringLiteral("/old"), kData + QStringLiteral("/new"),
         QStringLiteral("--metric"), QStringLiteral("MB/s"), QStringLiteral("--metric"),
         QStringLiteral("B/op"), QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = run.json().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 18); // 6 MB/s (hash/fnv only) + 12 B/op, in --metric order
    QCOMPARE(rows.first().toObject().value(QStringLiteral("unit")).toString(),
             QStringLiteral("MB/s"));
    QCOMPARE(rows.last().toObject().value(QStringLiteral("unit")).toString(),
             QStringLiteral("B/op"));
    const QJsonArray geo = run.json().value(QStringLiteral("geomean")).toArray();
    QCOMPARE(geo.size(), 2);
    // B/op geomean only over the rows whose medians are all > 0 (4 of 12).
    QVERIFY(close(geo.at(1).toObject().value(QStringLiteral("old")),
                  reference()
                      .value(QStringLiteral("geomean"))
                      .toArray()
                      .at(0)
                      .toObject()
                      .value(QStringLiteral("old"))));
}

void TestCompare::cliSingleFiles()
{
    const CliRun run =
        runCli({QStringLiteral("compare"), kData + QStringLiteral("/old/hash_fnv.txt"),
                kData + QStringLiteral("/new/hash_fnv.txt"), QStringLiteral("--json"),
                QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = run.json().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 24);
    for (const QJsonValue &v : rows)
        QCOMPARE(v.toObject().value(QStringLiteral("pkg")).toString(), QStringLiteral("hash/fnv"));
}

void TestCompare::cliLastNAgainstTheNBefore()
{
    // Three runs named like CI artifacts; run order by run id. --last 1 compares run 300
    // (new) against run 200 (old); run 100 (a copy of new) must not take part.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto copyRun = [&](const QString &from, const QString &artifact) {
        QVERIFY(QDir().mkpath(dir.filePath(artifact)));
        for (const QString &f :
             {QStringLiteral("hash_fnv.txt"), QStringLiteral("unicode_utf16.txt")})
            QVERIFY(QFile::copy(kData + QLatin1Char('/') + from + QLatin1Char('/') + f,
                                dir.filePath(artifact + QLatin1Char('/') + f)));
    };
    copyRun(QStringLiteral("new"), QStringLiteral("bench-detectors-raw-100"));
    copyRun(QStringLiteral("old"), QStringLiteral("bench-detectors-raw-200"));
    copyRun(QStringLiteral("new"), QStringLiteral("bench-detectors-raw-300"));
    const CliRun run = runCli({QStringLiteral("compare"), dir.path(), QStringLiteral("--last"),
                               QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    compareWithReference(run.json(), reference());
    // --last 2 needs more than 2 runs: 2 new-ish (200, 300) against the 1 before them.
    const CliRun two = runCli({QStringLiteral("compare"), dir.path(), QStringLiteral("--last"),
                               QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(two.exitCode, 0);
    QVERIFY(two.err.contains("only 1 run(s) before the last 2"));
    const QJsonObject first = two.json().value(QStringLiteral("rows")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("old")).toObject().value(QStringLiteral("n")).toInt(), 10);
    QCOMPARE(first.value(QStringLiteral("new")).toObject().value(QStringLiteral("n")).toInt(), 20);
}

void TestCompare::cliCsvIsLocaleIndependent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString oldDir = kData + QStringLiteral("/old");
    const QString newDir = kData + QStringLiteral("/new");
    const QString c = dir.filePath(QStringLiteral("c.csv"));
    const QString de = dir.filePath(QStringLiteral("de.csv"));
    QCOMPARE(
        runCli({QStringLiteral("compare"), oldDir, newDir, QStringLiteral("--csv"), c}).exitCode,
        0);
    QCOMPARE(runCli({QStringLiteral("compare"), oldDir, newDir, QStringLiteral("--csv"), de},
                    QStringLiteral("de_DE.UTF-8"))
                 .exitCode,
             0);
    const QByteArray csv = readAll(c);
    QCOMPARE(readAll(de), csv);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first(), QByteArray("pkg,name,unit,old_n,old_median,old_ci_low,old_ci_high,"
                                       "new_n,new_median,new_ci_low,new_ci_high,delta_percent,"
                                       "pvalue,significant,regression,warnings"));
    QCOMPARE(lines.size(), 1 + 42 + 4 + 1); // header, rows, geomeans, final newline
    QVERIFY(csv.contains(",[geomean],ns/op,12,"));
    QVERIFY(!csv.contains(",'-")); // negative numbers stay numbers
}

QTEST_GUILESS_MAIN(TestCompare)
#include "test_compare.moc"
