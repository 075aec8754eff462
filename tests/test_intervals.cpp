// Wilson, Newcombe hybrid-score and Katz log intervals against published and hand-computed
// known answers (SPEC §4.5).
#include "stats/Intervals.h"

#include <QtTest>

using namespace gatehouse::stats;

class TestIntervals : public QObject
{
    Q_OBJECT

private slots:
    void wilson_data();
    void wilson();
    void newcombe_data();
    void newcombe();
    void katz_data();
    void katz();
    void rolloutKnownAnswerRoundsAsDocumented();
    void undefinedCases();
    void normalQuantile_data();
    void normalQuantile();
};

void TestIntervals::wilson_data()
{
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // Computed independently from the closed form with z = 1.959963984540054.
    QTest::addRow("12/200") << 12 << 200 << 0.0346521943 << 0.1019316930;
    QTest::addRow("3/200") << 3 << 200 << 0.0051142378 << 0.0431657288;
    QTest::addRow("1/2") << 1 << 2 << 0.0945312057 << 0.9054687943;
    QTest::addRow("0/10 lower bound exactly 0") << 0 << 10 << 0.0 << 0.2775327999;
    QTest::addRow("10/10 upper bound exactly 1") << 10 << 10 << 0.7224672001 << 1.0;
}

void TestIntervals::wilson()
{
    QFETCH(int, x);
    QFETCH(int, n);
    QFETCH(double, low);
    QFETCH(double, high);
    const Estimate e = wilsonInterval(x, n);
    QVERIFY(e.isDefined());
    QCOMPARE(e.value, static_cast<double>(x) / n);
    QVERIFY2(std::fabs(e.low - low) < 1e-9, qPrintable(QString::number(e.low, 'g', 17)));
    QVERIFY2(std::fabs(e.high - high) < 1e-9, qPrintable(QString::number(e.high, 'g', 17)));
    QVERIFY(e.low >= 0 && e.high <= 1);
}

void TestIntervals::newcombe_data()
{
    QTest::addColumn<int>("x1");
    QTest::addColumn<int>("n1");
    QTest::addColumn<int>("x2");
    QTest::addColumn<int>("n2");
    QTest::addColumn<double>("difference");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("tolerance");
    // The rollout's documented example, to 1e-4.
    QTest::addRow("12/200 - 3/200")
        << 12 << 200 << 3 << 200 << 0.045 << 0.0071078 << 0.0880813 << 1e-6;
    // Newcombe (1998), Statistics in Medicine 17:873, table II, method 10 (4 decimals).
    QTest::addRow("Newcombe 56/70 - 48/80")
        << 56 << 70 << 48 << 80 << 0.2 << 0.0524 << 0.3339 << 5e-5;
    QTest::addRow("Newcombe 9/10 - 3/10") << 9 << 10 << 3 << 10 << 0.6 << 0.1705 << 0.8090 << 5e-5;
    QTest::addRow("Newcombe 5/56 - 0/29")
        << 5 << 56 << 0 << 29 << 0.0892857 << -0.0381 << 0.1926 << 5e-5;
}

void TestIntervals::newcombe()
{
    QFETCH(int, x1);
    QFETCH(int, n1);
    QFETCH(int, x2);
    QFETCH(int, n2);
    QFETCH(double, difference);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, tolerance);
    const Estimate e = newcombeDifference(x1, n1, x2, n2);
    QVERIFY(e.isDefined());
    QVERIFY2(std::fabs(e.value - difference) < 1e-6, qPrintable(QString::number(e.value, 'g', 17)));
    QVERIFY2(std::fabs(e.low - low) < tolerance, qPrintable(QString::number(e.low, 'g', 17)));
    QVERIFY2(std::fabs(e.high - high) < tolerance, qPrintable(QString::number(e.high, 'g', 17)));
}

void TestIntervals::katz_data()
{
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("n1");
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("n2");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // exp(ln 4 -+ z * sqrt(1/12 - 1/200 + 1/3 - 1/200))
    QTest::addRow("12/200 / 3/200") << 12 << 200 << 3 << 200 << 4.0 << 1.1461598 << 13.9596588;
    // exp(ln 2 -+ z * sqrt(1/10 - 1/20 + 1/5 - 1/20)) = 2 * exp(-+ z * sqrt(0.2))
    QTest::addRow("10/20 / 5/20") << 10 << 20 << 5 << 20 << 2.0
                                  << 2.0 * std::exp(-kZ95 * std::sqrt(0.2))
                                  << 2.0 * std::exp(kZ95 * std::sqrt(0.2));
}

void TestIntervals::katz()
{
    QFETCH(int, a);
    QFETCH(int, n1);
    QFETCH(int, c);
    QFETCH(int, n2);
    QFETCH(double, ratio);
    QFETCH(double, low);
    QFETCH(double, high);
    const Estimate e = katzRiskRatio(a, n1, c, n2);
    QVERIFY(e.isDefined());
    QVERIFY(std::fabs(e.value - ratio) < 1e-12);
    QVERIFY2(std::fabs(e.low - low) < 1e-6, qPrintable(QString::number(e.low, 'g', 17)));
    QVERIFY2(std::fabs(e.high - high) < 1e-6, qPrintable(QString::number(e.high, 'g', 17)));
}

void TestIntervals::rolloutKnownAnswerRoundsAsDocumented()
{
    // SPEC's example as an operator reads it: RD +0.045 [+0.007, +0.088], RR 4.0 [1.15, 13.96].
    const Estimate rd = newcombeDifference(12, 200, 3, 200);
    QCOMPARE(QString::number(rd.value, 'f', 3), QStringLiteral("0.045"));
    QCOMPARE(QString::number(rd.low, 'f', 3), QStringLiteral("0.007"));
    QCOMPARE(QString::number(rd.high, 'f', 3), QStringLiteral("0.088"));
    const Estimate rr = katzRiskRatio(12, 200, 3, 200);
    QCOMPARE(QString::number(rr.value, 'f', 1), QStringLiteral("4.0"));
    QCOMPARE(QString::number(rr.low, 'f', 2), QStringLiteral("1.15"));
    QCOMPARE(QString::number(rr.high, 'f', 2), QStringLiteral("13.96"));
}

void TestIntervals::undefinedCases()
{
    QVERIFY(!wilsonInterval(0, 0).isDefined());
    QVERIFY(!wilsonInterval(3, 2).isDefined());
    QVERIFY(!wilsonInterval(-1, 2).isDefined());
    QVERIFY(!newcombeDifference(1, 0, 1, 5).isDefined());
    QVERIFY(!newcombeDifference(1, 5, 0, 0).isDefined());
    QVERIFY(!katzRiskRatio(0, 10, 3, 10).isDefined()); // no event among the exposed
    QVERIFY(!katzRiskRatio(3, 10, 0, 10).isDefined()); // division by zero
    QVERIFY(!katzRiskRatio(3, 0, 1, 10).isDefined());
    // All exposed had the event: the ratio and its interval still exist.
    const Estimate allEvents = katzRiskRatio(5, 5, 1, 10);
    QVERIFY(allEvents.isDefined());
    QCOMPARE(allEvents.value, 10.0);
}

// Standard normal quantiles (R: qnorm) from Boost.Math, and the z of every interval above.
void TestIntervals::normalQuantile_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    QTest::addRow("0.975 is kZ95") << 0.975 << kZ95;
    QTest::addRow("0.5") << 0.5 << 0.0;
    QTest::addRow("0.025") << 0.025 << -kZ95;
    QTest::addRow("0.95") << 0.95 << 1.6448536269514722;
    QTest::addRow("0.999") << 0.999 << 3.090232306167813;
    QTest::addRow("1e-10") << 1e-10 << -6.361340902404056;
    QTest::addRow("0: -infinity") << 0.0 << -std::numeric_limits<double>::infinity();
    QTest::addRow("1: +infinity") << 1.0 << std::numeric_limits<double>::infinity();
    QTest::addRow("-0.5: NaN, no throw") << -0.5 << std::numeric_limits<double>::quiet_NaN();
    QTest::addRow("NaN") << std::numeric_limits<double>::quiet_NaN()
                         << std::numeric_limits<double>::quiet_NaN();
}

void TestIntervals::normalQuantile()
{
    QFETCH(double, p);
    QFETCH(double, expected);
    const double z = standardNormalQuantile(p);
    if (std::isnan(expected))
        QVERIFY(std::isnan(z));
    else if (std::isinf(expected) || expected == 0)
        QCOMPARE(z, expected);
    else
        QVERIFY2(std::fabs(z - expected) <= 1e-14 * std::fabs(expected),
                 qPrintable(QString::number(z, 'g', 17)));
}

QTEST_GUILESS_MAIN(TestIntervals)
#include "test_intervals.moc"
