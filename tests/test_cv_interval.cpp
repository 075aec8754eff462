// Chi-square quantiles and Vangel's modified McKay interval for the CV (SPEC §2.2).
#include "stats/CvInterval.h"

#include <QtTest>
#include <cmath>
#include <limits>

using namespace gatehouse::stats;

class TestCvInterval : public QObject
{
    Q_OBJECT

private slots:
    // Table values (4-6 significant digits) and the closed form for 2 degrees of freedom,
    // where the quantile is -2 ln(1 - p) exactly.
    void chiSquareQuantile_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("dof");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        QTest::addRow("0.975, 9") << 0.975 << 9.0 << 19.0228 << 1e-4;
        QTest::addRow("0.025, 9") << 0.025 << 9.0 << 2.7004 << 1e-4;
        QTest::addRow("0.95, 1") << 0.95 << 1.0 << 3.841459 << 1e-6;
        QTest::addRow("0.99, 10") << 0.99 << 10.0 << 23.209251 << 1e-6;
        QTest::addRow("0.05, 30") << 0.05 << 30.0 << 18.492661 << 1e-6;
        QTest::addRow("0.975, 99") << 0.975 << 99.0 << 128.4220 << 1e-4;
        QTest::addRow("0.025, 99") << 0.025 << 99.0 << 73.3611 << 1e-4;
        for (double p : {0.001, 0.025, 0.5, 0.975, 0.999999})
            QTest::addRow("closed form dof 2, p %g", p)
                << p << 2.0 << -2.0 * std::log1p(-p) << 1e-10;
    }

    void chiSquareQuantile()
    {
        QFETCH(double, p);
        QFETCH(double, dof);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        const double q = gatehouse::stats::chiSquareQuantile(p, dof);
        QVERIFY2(
            std::fabs(q - expected) <= tolerance * std::max(1.0, expected),
            qPrintable(QStringLiteral("%1 vs %2").arg(q, 0, 'g', 15).arg(expected, 0, 'g', 15)));
        QVERIFY(std::fabs(chiSquareCdf(q, dof) - p) < 1e-12);
    }

    void quantileEdges()
    {
        QCOMPARE(gatehouse::stats::chiSquareQuantile(0, 5), 0.0);
        QVERIFY(std::isinf(gatehouse::stats::chiSquareQuantile(1, 5)));
        QVERIFY(std::isnan(gatehouse::stats::chiSquareQuantile(0.5, 0)));
        QCOMPARE(regularizedGammaP(1, 0), 0.0);
        // P(1, x) = 1 - e^-x
        QVERIFY(std::fabs(regularizedGammaP(1, 3) - (1 - std::exp(-3.0))) < 1e-14);
    }

    // R: confint.cv(c(3.8,3.9,3.9,3.8,4.1,4.0,3.4,3.6,3.8,3.7)), method "modmckay":
    // CV 0.05263158, lower 0.03617573, upper 0.09632067.
    void knownIntervalFromR()
    {
        const auto interval = cvConfidenceInterval(5.263158, 10);
        QVERIFY(interval);
        QVERIFY(std::fabs(interval->low - 3.617573) < 1e-5);
        QVERIFY(std::fabs(interval->high - 9.632067) < 1e-5);
    }

    // By hand from the table values above, K = 0.1, n = 10:
    // low  = 0.1 / sqrt((21.0228 / 10 - 1) * 0.01 + 19.0228 / 9) = 6.8605 %
    // high = 0.1 / sqrt((4.7004 / 10 - 1) * 0.01 + 2.7004 / 9)   = 18.4195 %
    void handComputedInterval()
    {
        const auto interval = cvConfidenceInterval(10, 10);
        QVERIFY(interval);
        QVERIFY(std::fabs(interval->low - 6.8605) < 1e-3);
        QVERIFY(std::fabs(interval->high - 18.4195) < 1e-3);
        QVERIFY(interval->low < 10 && 10 < interval->high);
    }

    void degenerateCases()
    {
        const auto zero = cvConfidenceInterval(0, 30);
        QVERIFY(zero);
        QCOMPARE(zero->low, 0.0);
        QCOMPARE(zero->high, 0.0);
        QVERIFY(!cvConfidenceInterval(5, 1)); // one sample: no interval
        QVERIFY(!cvConfidenceInterval(std::nan(""), 10));
        // n = 10: the upper denominator ((u2 + 2)/10 - 1) K^2 + u2/9 turns negative once K
        // is above about 0.75, and the interval has no upper bound.
        const auto wide = cvConfidenceInterval(80, 10);
        QVERIFY(wide);
        QVERIFY(std::isinf(wide->high));
        QVERIFY(wide->low > 0 && wide->low < 80);
    }

    // Boost.Math throws std::domain_error on bad arguments by default; these must come
    // back as NaN (or the documented limits) instead of an exception into Qt code.
    void badArgumentsDoNotThrow_data()
    {
        QTest::addColumn<int>("function"); // 0 = gamma P(a, x), 1 = chi2 cdf, 2 = chi2 quantile
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("second");
        QTest::addColumn<double>("expected");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::addRow("P(0, 1)") << 0 << 0.0 << 1.0 << nan;
        QTest::addRow("P(-1, 1)") << 0 << -1.0 << 1.0 << nan;
        QTest::addRow("P(NaN, 1)") << 0 << nan << 1.0 << nan;
        QTest::addRow("P(2, NaN)") << 0 << 2.0 << nan << nan;
        QTest::addRow("P(2, -3)") << 0 << 2.0 << -3.0 << 0.0;
        QTest::addRow("P(2, inf)") << 0 << 2.0 << inf << 1.0;
        QTest::addRow("cdf(1, dof -1)") << 1 << 1.0 << -1.0 << nan;
        QTest::addRow("cdf(1, dof inf)") << 1 << 1.0 << inf << nan;
        QTest::addRow("cdf(-1, dof 3)") << 1 << -1.0 << 3.0 << 0.0;
        QTest::addRow("cdf(inf, dof 3)") << 1 << inf << 3.0 << 1.0;
        QTest::addRow("quantile(1.5, 3)") << 2 << 1.5 << 3.0 << nan;
        QTest::addRow("quantile(-0.1, 3)") << 2 << -0.1 << 3.0 << nan;
        QTest::addRow("quantile(0.5, NaN)") << 2 << 0.5 << nan << nan;
        QTest::addRow("quantile(0.5, 1e-300)") << 2 << 0.5 << 1e-300 << 0.0;
    }

    void badArgumentsDoNotThrow()
    {
        QFETCH(int, function);
        QFETCH(double, first);
        QFETCH(double, second);
        QFETCH(double, expected);
        double value = 0;
        try {
            value = function == 0   ? gatehouse::stats::regularizedGammaP(first, second)
                    : function == 1 ? gatehouse::stats::chiSquareCdf(first, second)
                                    : gatehouse::stats::chiSquareQuantile(first, second);
        } catch (...) {
            QFAIL("threw");
        }
        if (std::isnan(expected))
            QVERIFY(std::isnan(value));
        else
            QVERIFY2(value == expected, qPrintable(QString::number(value, 'g', 17)));
    }
};

QTEST_GUILESS_MAIN(TestCvInterval)
#include "test_cv_interval.moc"
