// The GUI's figures in the display locale (ui/i18n/DisplayNumbers.h): core's
// locale-independent text turned into German digits, decimal comma and dates, identifiers
// and versions left alone, and nothing changed under QLocale::c() (English, and widgets
// built without a language).
#include "i18n/DisplayNumbers.h"

#include <QDateTime>
#include <QTest>

using namespace gatehouse::ui;

class TestGuiDisplayNumbers : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { setDisplayLocale(QLocale::c()); }

    void number_data()
    {
        QTest::addColumn<QString>("core");
        QTest::addColumn<QString>("german");
        QTest::addRow("decimal") << QStringLiteral("0.1243") << QStringLiteral("0,1243");
        QTest::addRow("negative") << QStringLiteral("-2.5") << QStringLiteral("-2,5");
        QTest::addRow("signed") << QStringLiteral("+0.1") << QStringLiteral("+0,1");
        QTest::addRow("not grouped") // "1.234" would be read as a decimal next to the CSV
            << QStringLiteral("1234567.5") << QStringLiteral("1234567,5");
        QTest::addRow("exponent") << QStringLiteral("1.3e-08") << QStringLiteral("1,3e-08");
        QTest::addRow("infinity") << QStringLiteral("inf") << QStringLiteral("inf");
        QTest::addRow("empty") << QString() << QString();
    }

    void number()
    {
        QFETCH(QString, core);
        QFETCH(QString, german);
        QCOMPARE(localizedNumber(core), core); // QLocale::c(): core's text as it is
        setDisplayLocale(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(localizedNumber(core), german);
    }

    void sentence_data()
    {
        QTest::addColumn<QString>("core");
        QTest::addColumn<QString>("german");
        QTest::addRow("check") << QStringLiteral("blocked: CV 1.67 % >= 1 %")
                               << QStringLiteral("blocked: CV 1,67 % >= 1 %");
        QTest::addRow("interval") << QStringLiteral("-0.317 [-0.569, -0.013]")
                                  << QStringLiteral("-0,317 [-0,569, -0,013]");
        QTest::addRow("p-value") << QStringLiteral("(340.1 → 234.1, p = 1.3e-8)")
                                 << QStringLiteral("(340,1 → 234,1, p = 1,3e-8)");
        QTest::addRow("run id and integers") << QStringLiteral("run 9182737510: 44 runs")
                                             << QStringLiteral("run 9182737510: 44 runs");
        QTest::addRow("version, unit, file") << QStringLiteral("v1.2.3 at 2.80GHz in bench.txt")
                                             << QStringLiteral("v1.2.3 at 2.80GHz in bench.txt");
        QTest::addRow("path") << QStringLiteral("run-1.5/gate_result.json")
                              << QStringLiteral("run-1.5/gate_result.json");
    }

    void sentence()
    {
        QFETCH(QString, core);
        QFETCH(QString, german);
        QCOMPARE(localizedNumbers(core), core);
        setDisplayLocale(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(localizedNumbers(core), german);
    }

    void timestamp()
    {
        const QDateTime t(QDate(2026, 9, 14), QTime(8, 0, 5), Qt::UTC);
        QCOMPARE(uiTimestamp(t), QStringLiteral("2026-09-14T08:00:05Z"));
        QCOMPARE(uiTimestamp(t, false), QStringLiteral("2026-09-14 08:00 UTC"));
        QCOMPARE(uiDate(t.date()), QStringLiteral("2026-09-14"));
        setDisplayLocale(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(uiTimestamp(t), QStringLiteral("14.09.2026 08:00:05 UTC"));
        QCOMPARE(uiTimestamp(t, false), QStringLiteral("14.09.2026 08:00 UTC"));
        QCOMPARE(uiDate(t.date()), QStringLiteral("14.09.2026"));
        QCOMPARE(axisDateFormat(QStringLiteral("MMM d")), QStringLiteral("d. MMM"));
    }
};

QTEST_MAIN(TestGuiDisplayNumbers)
#include "test_gui_display_numbers.moc"
