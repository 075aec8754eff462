// Shared building blocks: number text, CSV cells, run ids and run order, statistics.
#include "common/Csv.h"
#include "common/NumberFormat.h"
#include "common/RunIdentity.h"
#include "common/RunOrder.h"
#include "common/TextTable.h"
#include "stats/Descriptive.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace gatehouse;

class TestCommon : public QObject
{
    Q_OBJECT
private slots:
    void shortestNumbers_data();
    void shortestNumbers();
    void shortestNumbersIgnoreLocale();
    void shortestNumbersRoundTrip();
    void csvCells_data();
    void csvCells();
    void csvRowsEndWithNewline();
    void runIdFromPath_data();
    void runIdFromPath();
    void runIdFromJson_data();
    void runIdFromJson();
    void timestamps_data();
    void timestamps();
    void runOrderById();
    void runOrderByTimestampOnlyWhenAllHaveOne();
    void runOrderTiesBreakOnPath();
    void runOrderSortIsStableAndMovesEveryItem_data();
    void runOrderSortIsStableAndMovesEveryItem();
    void lastN();
    void descriptive();
    void medianEvenCountAveragesMiddlePair();
    void modeTiesGoToSmallestValue();
    void textTableAligns();
};

void TestCommon::shortestNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::addRow("0.08") << 0.08 << "0.08";
    QTest::addRow("0.0001 no exponent") << 0.0001 << "0.0001";
    QTest::addRow("1 integral") << 1.0 << "1";
    QTest::addRow("0") << 0.0 << "0";
    QTest::addRow("negative zero") << -0.0 << "0";
    QTest::addRow("1e-7") << 1e-7 << "0.0000001";
    QTest::addRow("large") << 12345678901.0 << "12345678901";
    QTest::addRow("1e21 no exponent") << 1e21 << "1000000000000000000000";
    QTest::addRow("one third") << 1.0 / 3.0 << "0.3333333333333333";
    QTest::addRow("0.1+0.2") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::addRow("negative") << -2.5 << "-2.5";
    QTest::addRow("150.5") << 150.5 << "150.5";
}

void TestCommon::shortestNumbers()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(formatShortest(value), text);
}

void TestCommon::shortestNumbersIgnoreLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    std::setlocale(LC_ALL, "de_DE.UTF-8");
    QCOMPARE(formatShortest(0.08), QStringLiteral("0.08"));
    QCOMPARE(formatFixed(41.5227, 2), QStringLiteral("41.52"));
    std::setlocale(LC_ALL, "C");
    QLocale::setDefault(saved);
}

void TestCommon::shortestNumbersRoundTrip()
{
    const double values[] = {0.1,
                             0.07,
                             0.123456789012345,
                             5e-324,
                             1.7976931348623157e308,
                             299.99999999999994,
                             0.049999999999999996};
    for (double v : values) {
        const QString text = formatShortest(v);
        QVERIFY2(!text.contains(QLatin1Char('e')), qPrintable(text));
        QCOMPARE(text.toDouble(), v);
    }
    QCOMPARE(formatShortest(std::numeric_limits<double>::quiet_NaN()), QString());
    QCOMPARE(formatFixed(-0.0001, 2), QStringLiteral("0.00"));
}

void TestCommon::csvCells_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::addRow("plain") << "flaky_test"
                           << "flaky_test";
    QTest::addRow("empty") << ""
                           << "";
    QTest::addRow("comma quoted") << "a,b"
                                  << "\"a,b\"";
    QTest::addRow("quote doubled") << "say \"hi\""
                                   << "\"say \"\"hi\"\"\"";
    QTest::addRow("newline quoted") << "a\nb"
                                    << "\"a\nb\"";
    QTest::addRow("formula =") << "=SUM(A1)"
                               << "'=SUM(A1)";
    QTest::addRow("formula +") << "+1"
                               << "'+1";
    QTest::addRow("formula -") << "-1"
                               << "'-1";
    QTest::addRow("formula @") << "@cmd"
                               << "'@cmd";
    QTest::addRow("formula tab") << "\tx"
                                 << "'\tx";
    QTest::addRow("formula CR quoted") << "\rx"
                                       << "\"'\rx\"";
    QTest::addRow("formula and comma") << "=a,b"
                                       << "\"'=a,b\"";
    QTest::addRow("inner minus fine") << "a-b"
                                      << "a-b";
}

void TestCommon::csvCells()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(csvCell(value), cell);
}

void TestCommon::csvRowsEndWithNewline()
{
    CsvWriter w;
    w.addRow({QStringLiteral("a"), QStringLiteral("b")});
    w.addRow({QStringLiteral("ü"), QString()});
    QCOMPARE(w.data(), QByteArray("a,b\n\xc3\xbc,\n"));
}

void TestCommon::runIdFromPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("runId");
    QTest::addRow("artifact folder") << "bench-detectors-raw-9182736455/bench.txt"
                                     << "9182736455";
    QTest::addRow("zip name") << "helm-install-duration-77.zip/install_to_ready_seconds.txt"
                              << "77";
    QTest::addRow("nearest wins") << "run-1/gate-result-42/gate_result.json"
                                  << "42";
    QTest::addRow("walks up") << "run-5/out/gate_result.json"
                              << "5";
    QTest::addRow("last digit run") << "a-12-b-34/x.txt"
                                    << "34";
    QTest::addRow("file name ignored") << "bench/run123.txt"
                                       << "";
    QTest::addRow("no folder") << "gate_result.json"
                               << "";
}

void TestCommon::runIdFromPath()
{
    QFETCH(QString, path);
    QFETCH(QString, runId);
    QCOMPARE(gatehouse::runIdFromPath(path), runId);
}

void TestCommon::runIdFromJson_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("runId");
    QTest::addRow("number") << QJsonValue(9182736455.0) << "9182736455";
    QTest::addRow("string") << QJsonValue(QStringLiteral("abc")) << "abc";
    QTest::addRow("fraction") << QJsonValue(1.5) << "";
    QTest::addRow("negative") << QJsonValue(-3) << "";
    QTest::addRow("null") << QJsonValue() << "";
    QTest::addRow("bool") << QJsonValue(true) << "";
}

void TestCommon::runIdFromJson()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, runId);
    QCOMPARE(gatehouse::runIdFromJson(value), runId);
}

void TestCommon::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    QTest::addRow("Z") << "2026-10-01T12:00:00Z"
                       << "2026-10-01T12:00:00Z";
    QTest::addRow("offset") << "2026-10-01T14:00:00+02:00"
                            << "2026-10-01T12:00:00Z";
    QTest::addRow("millis") << "2026-10-01T12:00:00.250Z"
                            << "2026-10-01T12:00:00Z";
    QTest::addRow("no zone is UTC") << "2026-10-01T12:00:00"
                                    << "2026-10-01T12:00:00Z";
    QTest::addRow("garbage") << "yesterday"
                             << "";
    QTest::addRow("empty") << ""
                           << "";
}

void TestCommon::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    QCOMPARE(formatTimestamp(parseTimestamp(text)), utc);
}

static RunIdentity ident(const QString &id, const QString &ts = QString(),
                         const QString &path = QStringLiteral("p"))
{
    return RunIdentity{id, parseTimestamp(ts), path, QStringLiteral("/src")};
}

static QStringList idsInOrder(QList<RunIdentity> runs)
{
    sortInRunOrder(runs, [](const RunIdentity &r) { return r; });
    QStringList ids;
    for (const auto &r : runs)
        ids << r.runId;
    return ids;
}

void TestCommon::runOrderById()
{
    const QList<RunIdentity> runs = {ident(QStringLiteral("10")), ident(QStringLiteral("b")),
                                     ident(QStringLiteral("9")), ident(QStringLiteral("a")),
                                     ident(QStringLiteral("100"))};
    QCOMPARE(idsInOrder(runs), QStringList({"9", "10", "100", "a", "b"}));
}

void TestCommon::runOrderByTimestampOnlyWhenAllHaveOne()
{
    QList<RunIdentity> runs = {ident(QStringLiteral("1"), QStringLiteral("2026-01-03T00:00:00Z")),
                               ident(QStringLiteral("2"), QStringLiteral("2026-01-01T00:00:00Z")),
                               ident(QStringLiteral("3"), QStringLiteral("2026-01-02T00:00:00Z"))};
    QCOMPARE(idsInOrder(runs), QStringList({"2", "3", "1"}));
    runs.append(ident(QStringLiteral("0")));
    QCOMPARE(idsInOrder(runs), QStringList({"0", "1", "2", "3"}));
}

void TestCommon::runOrderTiesBreakOnPath()
{
    const QList<RunIdentity> runs = {ident(QStringLiteral("5"), {}, QStringLiteral("b/x")),
                                     ident(QStringLiteral("5"), {}, QStringLiteral("a/x")),
                                     ident(QStringLiteral("05"), {}, QStringLiteral("0/x"))};
    QList<RunIdentity> sorted = runs;
    sortInRunOrder(sorted, [](const RunIdentity &r) { return r; });
    QCOMPARE(sorted.at(0).path, QStringLiteral("0/x"));
    QCOMPARE(sorted.at(1).path, QStringLiteral("a/x"));
    QCOMPARE(sorted.at(2).path, QStringLiteral("b/x"));
}

// sortInRunOrder sorts positions and then moves items along the permutation's cycles: it
// must give what std::stable_sort on the items gives, ties (equal identities) in input order.
void TestCommon::runOrderSortIsStableAndMovesEveryItem_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("distinctIds");
    QTest::addColumn<bool>("timestamps");
    QTest::addColumn<QStringList>("idPool"); // ids drawn from it; empty: the numbers below
    QTest::addRow("empty") << 0 << 1 << false << QStringList();
    QTest::addRow("one") << 1 << 1 << false << QStringList();
    QTest::addRow("two equal") << 2 << 1 << false << QStringList();
    QTest::addRow("many ties, by id") << 200 << 7 << false << QStringList();
    QTest::addRow("many ties, by time") << 200 << 7 << true << QStringList();
    QTest::addRow("all distinct") << 500 << 500 << false << QStringList();
    // Leading zeros, ids around what 64 bits hold, ids that are not numbers.
    const QStringList mixed{"5",
                            "05",
                            "0005",
                            "0",
                            "000",
                            "999999999999999999",
                            "1000000000000000000",
                            "18446744073709551616",
                            "00000000000000000000000000042",
                            "123456789012345678901234567890",
                            "a10",
                            "a9",
                            "b",
                            "5a",
                            "-5",
                            "run/7"};
    QTest::addRow("mixed ids") << 400 << int(mixed.size()) << false << mixed;
    QTest::addRow("mixed ids, by time") << 400 << int(mixed.size()) << true << mixed;
}

void TestCommon::runOrderSortIsStableAndMovesEveryItem()
{
    QFETCH(int, size);
    QFETCH(int, distinctIds);
    QFETCH(bool, timestamps);
    QFETCH(QStringList, idPool);
    struct Tagged
    {
        RunIdentity identity;
        int tag = 0; // input position: tells equal identities apart
    };
    QRandomGenerator random(size * 31 + distinctIds);
    QList<Tagged> items;
    for (int i = 0; i < size; ++i) {
        const int id = static_cast<int>(random.bounded(distinctIds));
        // Every other timestamp an hour ahead in its own zone: the same instant.
        const QString ts =
            !timestamps ? QString()
            : i % 2
                ? QStringLiteral("2026-01-%1T01:00:00+01:00")
                      .arg(id % 28 + 1, 2, 10, QLatin1Char('0'))
                : QStringLiteral("2026-01-%1T00:00:00Z").arg(id % 28 + 1, 2, 10, QLatin1Char('0'));
        const QString runId = idPool.isEmpty() ? QString::number(id) : idPool.at(id);
        items.append({ident(runId, ts, QStringLiteral("p%1").arg(i % 3)), i});
    }
    QList<Tagged> expected = items;
    std::stable_sort(expected.begin(), expected.end(), [&](const Tagged &a, const Tagged &b) {
        return runOrderLess(a.identity, b.identity, timestamps);
    });
    sortInRunOrder(items, [](const Tagged &t) -> const RunIdentity & { return t.identity; });
    QCOMPARE(items.size(), expected.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QCOMPARE(items.at(i).tag, expected.at(i).tag);
        QCOMPARE(items.at(i).identity.runId, expected.at(i).identity.runId);
    }
}

void TestCommon::lastN()
{
    const QList<int> list = {1, 2, 3, 4, 5};
    QCOMPARE(gatehouse::lastN(list, 2), QList<int>({4, 5}));
    QCOMPARE(gatehouse::lastN(list, 10), list);
    QCOMPARE(gatehouse::lastN(list, 0), list);
}

void TestCommon::descriptive()
{
    // SPEC known answer: three runs of 10 samples at 10, 20, 30 pooled.
    QVector<double> pooled;
    for (double v : {10.0, 20.0, 30.0})
        for (int i = 0; i < 10; ++i)
            pooled.append(v);
    QCOMPARE(pooled.size(), 30);
    QCOMPARE(stats::mean(pooled), 20.0);
    QVERIFY(std::fabs(stats::sampleStdev(pooled) - 8.3046) < 1e-4);
    QVERIFY(std::fabs(100 * stats::sampleStdev(pooled) / stats::mean(pooled) - 41.52) < 5e-3);
    QCOMPARE(stats::sampleStdev({7.0}), 0.0);
    QVERIFY(std::isnan(stats::mean({})));
    QCOMPARE(stats::medianAbsoluteDeviation({1, 1, 2, 2, 4, 6, 9}), 1.0);
    QCOMPARE(stats::minimum({3, 1, 2}), 1.0);
    QCOMPARE(stats::maximum({3, 1, 2}), 3.0);
}

void TestCommon::medianEvenCountAveragesMiddlePair()
{
    QCOMPARE(stats::median({100, 110, 120, 130, 140, 150, 160, 170, 180, 190}), 145.0);
    QCOMPARE(stats::median({3, 1, 2}), 2.0);
    QCOMPARE(stats::median({4, 1}), 2.5);
}

void TestCommon::modeTiesGoToSmallestValue()
{
    const auto m = stats::mode({13, 12, 13, 12, 5});
    QCOMPARE(m.value, 12.0);
    QCOMPARE(m.count, 2);
}

void TestCommon::textTableAligns()
{
    TextTable t;
    t.addColumn(QStringLiteral("NAME"));
    t.addColumn(QStringLiteral("N"), TextTable::Align::Right);
    t.addRow({QStringLiteral("alpha"), QStringLiteral("5")});
    t.addRow({QStringLiteral("b"), QStringLiteral("100")});
    QCOMPARE(t.render(), QStringLiteral("NAME     N\nalpha    5\nb      100\n"));
}

QTEST_GUILESS_MAIN(TestCommon)
#include "test_common.moc"
