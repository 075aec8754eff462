// Known answers for benchstat's statistics (SPEC §10), computed by the real Go code:
// tools/benchstat-reference (golang.org/x/perf benchmath over go-moremath stats) printed
// every number below; they must hold to 1e-9 relative. Cases cover the exact U
// distribution with and without ties and at both size limits (50 / 25), the normal
// approximation either side, too few samples for an interval, all samples equal, and the
// exact (n <= 30) and normal (n > 30) median intervals.
#include "compare/BenchMath.h"
#include "compare/Comparison.h"
#include "compare/MannWhitney.h"

#include <QtTest>
#include <cmath>
#include <limits>
#include <vector>

using namespace gatehouse::compare;

namespace {

using Values = std::vector<double>;
constexpr double kNull = std::numeric_limits<double>::quiet_NaN(); // benchstat's ±inf bound

// The reference program's samples: base + ((i * mul) % mod) * step, exact in binary.
Values seq(int n, double base, int mul, int mod, double step)
{
    Values out;
    for (int i = 0; i < n; ++i)
        out.push_back(base + ((i * mul) % mod) * step);
    return out;
}

struct Side
{
    int n;
    double median;
    double low;  // kNull: no bound
    double high; // kNull: no bound
};

enum class Path
{
    Exact,
    Normal,
    Any
};

bool close(double actual, double expected)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    if (actual == expected)
        return true;
    return std::fabs(actual - expected) <= 1e-9 * std::max(std::fabs(actual), std::fabs(expected));
}

double orNull(const std::optional<double> &v)
{
    return v ? *v : kNull;
}

} // namespace

Q_DECLARE_METATYPE(Values)
Q_DECLARE_METATYPE(Side)
Q_DECLARE_METATYPE(Path)

class TestCompareStats : public QObject
{
    Q_OBJECT
private slots:
    void benchstatKnownAnswers_data();
    void benchstatKnownAnswers();
    void alphaDecidesSignificanceAndWarning_data();
    void alphaDecidesSignificanceAndWarning();
    void quantileCiOrders_data();
    void quantileCiOrders();
    void exactLimitsChooseThePath_data();
    void exactLimitsChooseThePath();
    void midRanksGiveTheUStatistic_data();
    void midRanksGiveTheUStatistic();
    void uDistributionSmallTables_data();
    void uDistributionSmallTables();
    void goFloatTextLikeGo_data();
    void goFloatTextLikeGo();
    void geoMeanAndDelta();
    void badInputsNeverThrow();
};

void TestCompareStats::benchstatKnownAnswers_data()
{
    QTest::addColumn<Values>("oldValues");
    QTest::addColumn<Values>("newValues");
    QTest::addColumn<double>("confidence");
    QTest::addColumn<Path>("path");
    QTest::addColumn<Side>("oldSide");
    QTest::addColumn<Side>("newSide");
    QTest::addColumn<double>("pvalue");
    QTest::addColumn<bool>("significant");
    QTest::addColumn<double>("delta");
    QTest::addColumn<QStringList>("warnings");
    QTest::addRow("exact_ties") << Values{1, 2, 2, 3, 3, 3, 4} << Values{2, 3, 3, 4, 4, 5, 5, 6}
                                << 0.95 << Path::Exact << Side{7, 3.0, 1.0, 4.0}
                                << Side{8, 4.0, 2.0, 5.0} << 0.06153846153846154 << false
                                << 33.33333333333333 << QStringList{};
    QTest::addRow("exact_no_ties")
        << Values{10.1, 10.3, 10.2, 10.5, 10.4, 10.0} << Values{10.6, 10.8, 10.7, 10.9, 11.0, 10.35}
        << 0.95 << Path::Exact << Side{6, 10.25, 10.0, 10.5} << Side{6, 10.75, 10.35, 11.0}
        << 0.00865800865800866 << true << 4.878048780487809 << QStringList{};
    QTest::addRow("exact_equal_u")
        << Values{1, 4, 5, 8} << Values{2, 3, 6, 7} << 0.95 << Path::Exact
        << Side{4, 4.5, kNull, kNull} << Side{4, 4.5, kNull, kNull} << 1.0 << false << 0.0
        << QStringList{QStringLiteral("need >= 6 samples for confidence interval at level 0.95")};
    QTest::addRow("exact_ties_25")
        << seq(25, 100, 3, 7, 1) << seq(25, 102, 2, 5, 1) << 0.95 << Path::Exact
        << Side{25, 103.0, 102.0, 104.0} << Side{25, 104.0, 103.0, 105.0} << 0.07029336912682098
        << false << 0.9708737864077666 << QStringList{};
    QTest::addRow("exact_no_ties_50")
        << seq(50, 100, 37, 53, 0.125) << seq(50, 101.0625, 29, 51, 0.125) << 0.95 << Path::Exact
        << Side{50, 103.1875, 102.25, 104.125} << Side{50, 104.25, 103.1875, 105.0625}
        << 0.014932038192253829 << true << 1.0296789824348895 << QStringList{};
    QTest::addRow("normal_no_ties")
        << seq(60, 100, 37, 61, 0.125) << seq(55, 100.5625, 29, 59, 0.125) << 0.95 << Path::Normal
        << Side{60, 103.8125, 102.625, 104.75} << Side{55, 104.1875, 103.1875, 105.3125}
        << 0.19492341116531908 << false << 0.36122817579771205 << QStringList{};
    QTest::addRow("normal_ties") << seq(30, 100, 1, 7, 1) << seq(28, 102, 1, 5, 1) << 0.95
                                 << Path::Normal << Side{30, 103.0, 101.0, 104.0}
                                 << Side{28, 104.0, 103.0, 105.0} << 0.044637962473905696 << true
                                 << 0.9708737864077666 << QStringList{};
    QTest::addRow("normal_ties_down")
        << seq(30, 103, 1, 7, 1) << seq(28, 101, 1, 5, 1) << 0.95 << Path::Normal
        << Side{30, 106.0, 104.0, 107.0} << Side{28, 103.0, 102.0, 104.0} << 1.4146698084083198e-06
        << true << -2.8301886792452824 << QStringList{};
    // z > 0 and p ~ 1e-14: benchstat's 1 - Phi(z) keeps only a few digits; equal anyway.
    QTest::addRow("normal_tiny_p_down")
        << seq(60, 104.5, 37, 61, 0.125) << seq(55, 100.0625, 29, 59, 0.125) << 0.95 << Path::Normal
        << Side{60, 108.3125, 107.125, 109.25} << Side{55, 103.6875, 102.6875, 104.8125}
        << 1.4654943925052066e-14 << true << -4.270051933064057 << QStringList{};
    QTest::addRow("normal_ties_26")
        << seq(26, 100, 3, 7, 1) << seq(26, 101, 2, 5, 1) << 0.95 << Path::Normal
        << Side{26, 103.0, 102.0, 105.0} << Side{26, 103.0, 102.0, 104.0} << 0.8239993989289351
        << false << 0.0 << QStringList{};
    QTest::addRow("too_few")
        << Values{1, 2, 3} << Values{4, 5, 6} << 0.95 << Path::Exact << Side{3, 2.0, kNull, kNull}
        << Side{3, 5.0, kNull, kNull} << 0.10000000000000002 << false << 150.0
        << QStringList{
               QStringLiteral("need >= 6 samples for confidence interval at level 0.95"),
               QStringLiteral("need >= 4 samples to detect a difference at alpha level 0.05")};
    QTest::addRow("too_few_99") << Values{1, 2, 3, 4, 5, 6, 7} << Values{8, 9, 10, 11, 12, 13, 14}
                                << 0.99 << Path::Exact << Side{7, 4.0, kNull, 7.0}
                                << Side{7, 11.0, kNull, 14.0} << 0.0005827505827505829 << true
                                << 175.0
                                << QStringList{QStringLiteral(
                                       "need >= 8 samples for confidence interval at level 0.99")};
    QTest::addRow("all_equal")
        << Values{5, 5, 5, 5} << Values{5, 5, 5} << 0.95 << Path::Exact
        << Side{4, 5.0, kNull, kNull} << Side{3, 5.0, kNull, kNull} << 1.0 << false << 0.0
        << QStringList{QStringLiteral("need >= 6 samples for confidence interval at level 0.95"),
                       QStringLiteral("all samples are equal")};
    QTest::addRow("all_equal_normal")
        << seq(30, 7, 0, 1, 0) << seq(40, 7, 0, 1, 0) << 0.95 << Path::Normal
        << Side{30, 7.0, 7.0, 7.0} << Side{40, 7.0, 7.0, 7.0} << 1.0 << false << 0.0
        << QStringList{QStringLiteral("all samples are equal")};
    QTest::addRow("ci_n30") << seq(30, 50, 7, 31, 0.5) << seq(30, 51, 11, 31, 0.5) << 0.95
                            << Path::Any << Side{30, 57.25, 54.5, 60.0}
                            << Side{30, 58.25, 55.5, 61.5} << 0.3828765167057585 << false
                            << 1.7467248908296984 << QStringList{};
    QTest::addRow("ci_n31") << seq(31, 50, 7, 37, 0.5) << seq(31, 51, 11, 37, 0.5) << 0.95
                            << Path::Any << Side{31, 59.0, 55.5, 62.5} << Side{31, 60.0, 56.5, 63.5}
                            << 0.4140403724988342 << false << 1.6949152542372836 << QStringList{};
    QTest::addRow("ci_n10_90") << seq(10, 1, 3, 11, 0.25) << seq(10, 1.5, 7, 11, 0.25) << 0.9
                               << Path::Any << Side{10, 2.125, 1.25, 2.75}
                               << Side{10, 2.875, 1.75, 3.5} << 0.14785988005802247 << false
                               << 35.29411764705883 << QStringList{};
    QTest::addRow("ci_n100") << seq(100, 10, 13, 101, 0.25) << seq(90, 10.5, 17, 97, 0.25) << 0.95
                             << Path::Any << Side{100, 22.375, 19.75, 24.75}
                             << Side{90, 22.375, 19.75, 24.75} << 0.9473335646951013 << false << 0.0
                             << QStringList{};
}

void TestCompareStats::benchstatKnownAnswers()
{
    QFETCH(Values, oldValues);
    QFETCH(Values, newValues);
    QFETCH(double, confidence);
    QFETCH(Path, path);
    QFETCH(Side, oldSide);
    QFETCH(Side, newSide);
    QFETCH(double, pvalue);
    QFETCH(bool, significant);
    QFETCH(double, delta);
    QFETCH(QStringList, warnings);

    CompareOptions options;
    options.confidence = confidence;
    const CompareRow row = compareSamples(oldValues, newValues, options);
    const auto checkSide = [](const MedianSummary &s, const Side &e) {
        QCOMPARE(s.n, e.n);
        QVERIFY2(close(s.median, e.median), qPrintable(QString::number(s.median, 'g', 17)));
        QVERIFY2(close(orNull(s.low), e.low), qPrintable(QString::number(orNull(s.low), 'g', 17)));
        QVERIFY2(close(orNull(s.high), e.high),
                 qPrintable(QString::number(orNull(s.high), 'g', 17)));
    };
    checkSide(row.oldSummary, oldSide);
    checkSide(row.newSummary, newSide);
    QVERIFY2(close(row.pvalue, pvalue), qPrintable(QString::number(row.pvalue, 'g', 17)));
    QCOMPARE(row.significant, significant);
    QVERIFY(row.deltaPercent);
    QVERIFY2(close(*row.deltaPercent, delta),
             qPrintable(QString::number(*row.deltaPercent, 'g', 17)));
    QCOMPARE(row.warnings, warnings);
    if (path != Path::Any && row.test.status == MannWhitneyResult::Status::Ok)
        QCOMPARE(row.test.exact, path == Path::Exact);
}

void TestCompareStats::alphaDecidesSignificanceAndWarning_data()
{
    QTest::addColumn<Values>("oldValues");
    QTest::addColumn<Values>("newValues");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("pvalue");
    QTest::addColumn<QStringList>("warnings");
    // benchstat-reference cases alpha_0005 and alpha_tiny: fully separated samples whose
    // smallest possible p (2 / C(2n, n)) is above alpha.
    QTest::addRow("alpha 0.005, n 5")
        << Values{1, 2, 3, 4, 5} << Values{6, 7, 8, 9, 10} << 0.005 << 0.007936507936507938
        << QStringList{QStringLiteral("need >= 6 samples for confidence "
                                      "interval at level 0.95"),
                       QStringLiteral("need >= 6 samples to detect a "
                                      "difference at alpha level 0.005")};
    QTest::addRow("alpha 1e-6 beyond benchmath's table")
        << Values{1, 2, 3, 4, 5, 6, 7} << Values{8, 9, 10, 11, 12, 13, 14} << 1e-6
        << 0.0005827505827505829
        << QStringList{QStringLiteral("need > 10 samples to detect a difference at alpha "
                                      "level 1e-06")};
}

void TestCompareStats::alphaDecidesSignificanceAndWarning()
{
    QFETCH(Values, oldValues);
    QFETCH(Values, newValues);
    QFETCH(double, alpha);
    QFETCH(double, pvalue);
    QFETCH(QStringList, warnings);
    CompareOptions options;
    options.alpha = alpha;
    const CompareRow row = compareSamples(oldValues, newValues, options);
    QVERIFY(close(row.pvalue, pvalue));
    QVERIFY(!row.significant);
    QCOMPARE(row.warnings, warnings);
    // The same samples at the default alpha 0.05 are significant and need no more.
    const CompareRow atDefault = compareSamples(oldValues, newValues, CompareOptions());
    QVERIFY(atDefault.significant);
}

void TestCompareStats::quantileCiOrders_data()
{
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("orders"); // "lo:hi" for n = 1, 2, … 120, from stats.QuantileCI
    QTest::addRow("confidence 0.9")
        << 0.9
        << QStringLiteral(
               "0:2 0:3 0:4 0:4 1:5 1:6 1:6 2:7 2:8 2:8 3:9 3:9 4:10 4:11 4:11 5:12 5:12 6:13 "
               "6:14 6:14 7:15 8:16 8:16 8:17 8:17 9:18 9:18 10:19 11:20 11:20 11:21 11:21 "
               "12:22 12:22 13:23 13:24 13:24 14:25 14:25 15:26 15:26 16:27 16:27 17:28 17:29 "
               "17:29 18:30 18:30 19:31 19:31 20:32 20:32 21:33 21:34 21:34 22:35 22:35 23:36 "
               "23:36 24:37 24:37 25:38 25:39 25:39 26:40 26:40 27:41 27:41 28:42 28:42 29:43 "
               "29:44 29:44 30:45 30:45 31:46 31:46 32:47 32:47 33:48 33:48 34:49 34:50 34:50 "
               "35:51 35:51 36:52 36:52 37:53 37:53 38:54 38:54 39:55 39:56 39:56 40:57 40:57 "
               "41:58 41:58 42:59 42:59 43:60 43:60 44:61 44:61 45:62 45:63 45:63 46:64 46:64 "
               "47:65 47:65 48:66 48:66 49:67 49:67 50:68 50:68 51:69 51:70 ");
    QTest::addRow("confidence 0.95")
        << 0.95
        << QStringLiteral(
               "0:2 0:3 0:4 0:5 0:5 1:6 1:7 1:7 2:8 2:9 2:9 3:10 3:11 3:11 4:12 4:12 5:13 5:14 "
               "5:14 6:15 6:16 6:16 7:17 8:18 8:18 8:19 8:19 9:20 9:20 10:21 10:22 10:22 11:23 "
               "11:23 12:24 12:24 13:25 13:26 13:26 14:27 14:27 15:28 15:29 15:29 16:30 16:30 "
               "17:31 17:31 18:32 18:32 19:33 19:34 19:34 20:35 20:35 21:36 21:36 22:37 22:38 "
               "22:38 23:39 23:39 24:40 24:40 25:41 25:42 25:42 26:43 26:43 27:44 27:44 28:45 "
               "28:45 29:46 29:47 29:47 30:48 30:48 31:49 31:49 32:50 32:50 33:51 33:52 33:52 "
               "34:53 34:53 35:54 35:54 36:55 36:55 37:56 37:57 37:57 38:58 38:58 39:59 39:59 "
               "40:60 40:60 41:61 41:61 42:62 42:63 42:63 43:64 43:64 44:65 44:65 45:66 45:66 "
               "46:67 46:67 47:68 47:69 47:69 48:70 48:70 49:71 49:71 ");
    QTest::addRow("confidence 0.99")
        << 0.99
        << QStringLiteral(
               "0:2 0:3 0:4 0:5 0:6 0:7 0:7 1:8 1:9 1:10 1:10 2:11 2:12 2:12 3:13 3:14 3:14 "
               "4:15 4:16 4:16 5:17 5:18 5:18 6:19 6:19 7:20 7:21 8:22 8:22 8:23 8:23 9:24 9:25 "
               "9:25 10:26 10:26 11:27 11:28 11:28 12:29 12:29 13:30 13:31 13:31 14:32 14:32 "
               "15:33 15:34 15:34 16:35 16:35 17:36 17:36 18:37 18:38 18:38 19:39 19:39 20:40 "
               "20:41 20:41 21:42 21:42 22:43 22:43 23:44 23:45 23:45 24:46 24:46 25:47 25:48 "
               "25:48 26:49 26:49 27:50 27:50 28:51 28:52 28:52 29:53 29:53 30:54 30:54 31:55 "
               "31:56 31:56 32:57 32:57 33:58 33:58 34:59 34:59 35:60 35:61 35:61 36:62 36:62 "
               "37:63 37:63 38:64 38:65 38:65 39:66 39:66 40:67 40:67 41:68 41:69 41:69 42:70 "
               "42:70 43:71 43:71 44:72 44:72 45:73 45:74 45:74 46:75 ");
}

void TestCompareStats::quantileCiOrders()
{
    QFETCH(double, confidence);
    QFETCH(QString, orders);
    const QStringList expected = orders.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QCOMPARE(expected.size(), 120);
    for (int n = 1; n <= expected.size(); ++n) {
        const QuantileCIResult ci = quantileCI(n, 0.5, confidence);
        const QString got = QStringLiteral("%1:%2").arg(ci.loOrder).arg(ci.hiOrder);
        QVERIFY2(got == expected.at(n - 1),
                 qPrintable(
                     QStringLiteral("n=%1: %2, benchstat %3").arg(n).arg(got, expected.at(n - 1))));
        QVERIFY(ci.confidence >= confidence || (ci.loOrder == 0 && ci.hiOrder == n + 1));
    }
}

void TestCompareStats::exactLimitsChooseThePath_data()
{
    QTest::addColumn<Values>("a");
    QTest::addColumn<Values>("b");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<bool>("ties");
    QTest::addRow("50 + 50 without ties: exact")
        << seq(50, 0, 1, 50, 1) << seq(50, 0.5, 1, 50, 1) << true << false;
    QTest::addRow("51 + 50 without ties: normal")
        << seq(51, 0, 1, 51, 1) << seq(50, 0.5, 1, 50, 1) << false << false;
    QTest::addRow("25 + 25 with ties: exact")
        << seq(25, 0, 1, 5, 1) << seq(25, 0, 1, 7, 1) << true << true;
    QTest::addRow("26 + 25 with ties: normal")
        << seq(26, 0, 1, 5, 1) << seq(25, 0, 1, 7, 1) << false << true;
    QTest::addRow("one tie across samples") << Values{1, 2, 3} << Values{3, 4, 5} << true << true;
}

void TestCompareStats::exactLimitsChooseThePath()
{
    QFETCH(Values, a);
    QFETCH(Values, b);
    QFETCH(bool, exact);
    QFETCH(bool, ties);
    const MannWhitneyResult r = mannWhitneyUTest(a, b);
    QCOMPARE(r.status, MannWhitneyResult::Status::Ok);
    QCOMPARE(r.exact, exact);
    QCOMPARE(r.ties, ties);
    QVERIFY(r.p > 0 && r.p <= 1);
}

void TestCompareStats::midRanksGiveTheUStatistic_data()
{
    QTest::addColumn<Values>("a");
    QTest::addColumn<Values>("b");
    QTest::addColumn<double>("u");
    // U counts pairs with a > b, ties as 0.5: {1,2,2} vs {2,3}: (1,2)=0 (1,3)=0 (2,2)=.5 x2
    // (2,3)=0 → 1; mid-ranks give R1 = 1 + 3 + 3 = 7, U1 = 7 - 6 = 1.
    QTest::addRow("ties across samples") << Values{1, 2, 2} << Values{2, 3} << 1.0;
    QTest::addRow("no ties") << Values{4, 5, 6} << Values{1, 2, 3} << 9.0;
    QTest::addRow("ties within a sample only") << Values{1, 1, 5} << Values{2, 3} << 2.0;
    QTest::addRow("all tied across") << Values{2, 2} << Values{2, 2, 2} << 3.0;
}

void TestCompareStats::midRanksGiveTheUStatistic()
{
    QFETCH(Values, a);
    QFETCH(Values, b);
    QFETCH(double, u);
    QCOMPARE(mannWhitneyUTest(a, b).u, u);
}

void TestCompareStats::uDistributionSmallTables_data()
{
    QTest::addColumn<int>("n1");
    QTest::addColumn<int>("n2");
    QTest::addColumn<int>("u");
    QTest::addColumn<double>("cdf");
    // Counted by hand: the C(n1+n2, n1) rankings, how many have U <= u.
    QTest::addRow("2+2 u=0") << 2 << 2 << 0 << 1.0 / 6;
    QTest::addRow("2+2 u=1") << 2 << 2 << 1 << 2.0 / 6;
    QTest::addRow("2+2 u=2") << 2 << 2 << 2 << 4.0 / 6;
    QTest::addRow("3+2 u=1") << 3 << 2 << 1 << 2.0 / 10;
    QTest::addRow("1+3 u=3") << 1 << 3 << 3 << 1.0;
}

void TestCompareStats::uDistributionSmallTables()
{
    QFETCH(int, n1);
    QFETCH(int, n2);
    QFETCH(int, u);
    QFETCH(double, cdf);
    QVERIFY(close(uDistributionCdf(n1, n2, u), cdf));
    // Without ties the tie-aware count (groups of one) must agree.
    QVERIFY(close(uDistributionCdfTies(n1, n2, std::vector<int>(n1 + n2, 1), 2 * u), cdf));
}

void TestCompareStats::goFloatTextLikeGo_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    // fmt.Sprintf("%v", …) in Go 1.19.
    QTest::addRow("0.95") << 0.95 << "0.95";
    QTest::addRow("0.0001") << 0.0001 << "0.0001";
    QTest::addRow("1e-05") << 0.00001 << "1e-05";
    QTest::addRow("123456") << 123456.0 << "123456";
    QTest::addRow("1.234567e+06") << 1234567.0 << "1.234567e+06";
}

void TestCompareStats::goFloatTextLikeGo()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(goFloatText(value), text);
}

void TestCompareStats::geoMeanAndDelta()
{
    QVERIFY(close(geoMean({1, 4, 16}), 4));
    QVERIFY(std::isnan(geoMean({1, 0, 4})));
    QVERIFY(std::isnan(geoMean({})));
    CompareOptions options;
    const CompareRow zeroOld = compareSamples({0, 0, 0, 0, 0, 0}, {1, 1, 1, 2, 2, 2}, options);
    QVERIFY(!zeroOld.deltaPercent); // benchstat's "?"
}

void TestCompareStats::badInputsNeverThrow()
{
    // Boost.Math is told to report, not throw: odd levels give a result, not an abort.
    const QuantileCIResult nan = quantileCI(10, 0.5, std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(nan.n, 0);
    const QuantileCIResult zero = quantileCI(40, 0.5, 0.0);
    QVERIFY(zero.loOrder >= 0 && zero.hiOrder <= 41);
    const QuantileCIResult one = quantileCI(40, 0.5, 1.0);
    QCOMPARE(one.loOrder, 0);
    QCOMPARE(one.hiOrder, 41);
    QCOMPARE(mannWhitneyUTest({}, {1.0}).status, MannWhitneyResult::Status::EmptySample);
    QCOMPARE(medianSummary({}, 0.95).n, 0);
}

QTEST_GUILESS_MAIN(TestCompareStats)
#include "test_compare_stats.moc"
