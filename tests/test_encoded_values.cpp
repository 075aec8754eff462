// EncodedValues (core/bench/EncodedValues.h): benchmark values stored in 1, 2 or 4 bytes
// come back bit for bit, each set gets the narrowest format that holds it, and a value a
// format cannot hold turns the column into plain doubles instead of being changed.
#include "bench/BenchSamples.h"
#include "bench/GoBenchParser.h"

#include <QFile>
#include <QtTest>
#include <cmath>
#include <cstring>
#include <limits>

using namespace gatehouse;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

std::vector<double> decoded(SampleSpan span)
{
    return std::vector<double>(span.begin(), span.end());
}

void compareBits(const std::vector<double> &got, const std::vector<double> &want)
{
    QCOMPARE(got.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i)
        QVERIFY2(sameBits(got[i], want[i]),
                 qPrintable(QStringLiteral("value %1: %2 came back as %3")
                                .arg(i)
                                .arg(want[i], 0, 'g', 17)
                                .arg(got[i], 0, 'g', 17)));
}

std::vector<double> range(double from, double to)
{
    std::vector<double> values;
    for (double v = from; v <= to; ++v)
        values.push_back(v);
    return values;
}

double parsed(const char *text)
{
    return QByteArray(text).toDouble();
}

} // namespace

class TestEncodedValues : public QObject
{
    Q_OBJECT

private slots:
    void narrowestFormat_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("scale");
        QTest::addColumn<qint64>("base");
        QTest::newRow("allocs/op, one value")
            << std::vector<double>(10, 10.0) << 1 << 0 << qint64(10);
        QTest::newRow("ns/op, close together")
            << std::vector<double>{1574, 1525, 1568, 1620} << 1 << 0 << qint64(1525);
        QTest::newRow("span of 255: one byte") << range(100, 355) << 1 << 0 << qint64(100);
        QTest::newRow("span of 256: two bytes") << range(100, 356) << 2 << 0 << qint64(100);
        QTest::newRow("span of 65535: two bytes")
            << std::vector<double>{0, 65535} << 2 << 0 << qint64(0);
        QTest::newRow("span of 65536: four bytes")
            << std::vector<double>{0, 65536} << 4 << 0 << qint64(0);
        QTest::newRow("span of 2^32: doubles")
            << std::vector<double>{0, 4294967296.0} << 8 << 0 << qint64(0);
        QTest::newRow("negative whole numbers")
            << std::vector<double>{-5, 0, 5} << 1 << 0 << qint64(-5);
        QTest::newRow("two decimals")
            << std::vector<double>{parsed("1234.5"), parsed("12.34"), parsed("0.25")} << 4 << 2
            << qint64(25);
        QTest::newRow("the most decimals count, not the last value's")
            << std::vector<double>{parsed("0.25"), parsed("1.5")} << 1 << 2 << qint64(25);
        QTest::newRow("tenths") << std::vector<double>{parsed("0.1"), parsed("0.2"), parsed("0.3")}
                                << 1 << 1 << qint64(1);
        QTest::newRow("six decimals")
            << std::vector<double>{parsed("0.000001"), parsed("0.000002")} << 1 << 6 << qint64(1);
        QTest::newRow("seven decimals: doubles")
            << std::vector<double>{parsed("1.2345678")} << 8 << 0 << qint64(0);
        QTest::newRow("exponent form")
            << std::vector<double>{parsed("1.5e+02"), parsed("2e3")} << 2 << 0 << qint64(150);
        QTest::newRow("-0.0: doubles") << std::vector<double>{1, -0.0} << 8 << 0 << qint64(0);
        QTest::newRow("NaN: doubles")
            << std::vector<double>{1, std::numeric_limits<double>::quiet_NaN()} << 8 << 0
            << qint64(0);
        QTest::newRow("infinity: doubles")
            << std::vector<double>{std::numeric_limits<double>::infinity()} << 8 << 0 << qint64(0);
        QTest::newRow("2^53: doubles")
            << std::vector<double>{9007199254740992.0} << 8 << 0 << qint64(0);
        QTest::newRow("2^53 - 1: whole")
            << std::vector<double>{9007199254740991.0} << 1 << 0 << qint64(9007199254740991);
        QTest::newRow("1/3: doubles") << std::vector<double>{1.0 / 3.0} << 8 << 0 << qint64(0);
        QTest::newRow("next double after 1: doubles")
            << std::vector<double>{std::nextafter(1.0, 2.0)} << 8 << 0 << qint64(0);
        QTest::newRow("empty: doubles") << std::vector<double>{} << 8 << 0 << qint64(0);
    }
    void narrowestFormat()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(int, width);
        QFETCH(int, scale);
        QFETCH(qint64, base);
        const EncodedValues encoded = EncodedValues::encode(values);
        QCOMPARE(encoded.format().width, width);
        if (width != 8) {
            QCOMPARE(encoded.format().scale, scale);
            QCOMPARE(encoded.format().base, base);
        }
        QCOMPARE(encoded.size(), values.size());
        QCOMPARE(encoded.byteSize(), values.size() * size_t(width));
        compareBits(encoded.toDoubles(), values);
        compareBits(decoded(encoded.all()), values);
    }

    // A value outside the format chosen beforehand (a builder's plan, a later file) is
    // kept exactly: what was stored becomes doubles, nothing is rounded or wrapped.
    void misfitBecomesDoubles_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::newRow("above the byte") << std::vector<double>{3, 200, 300, 4};
        QTest::newRow("below the base") << std::vector<double>{10, 9};
        QTest::newRow("a decimal among whole numbers") << std::vector<double>{3, parsed("3.5"), 4};
        QTest::newRow("-0.0") << std::vector<double>{0, -0.0};
        QTest::newRow("NaN") << std::vector<double>{1, std::numeric_limits<double>::quiet_NaN()};
    }
    void misfitBecomesDoubles()
    {
        QFETCH(std::vector<double>, values);
        EncodedValues encoded(ValueFormat{1, 0, qint64(values.front())});
        for (double v : values)
            encoded.append(v);
        QVERIFY(encoded.format().isRaw());
        compareBits(encoded.toDoubles(), values);
    }

    void fittingValuesStayNarrow()
    {
        EncodedValues encoded(ValueFormat{1, 0, 10});
        for (double v : {10.0, 265.0, 11.0})
            encoded.append(v);
        QCOMPARE(encoded.format().width, 1);
        compareBits(encoded.toDoubles(), {10, 265, 11});
    }

    // The span behaves as the range of doubles it replaced: random access, distance,
    // standard algorithms, copies that outlive the span.
    void spanIsARandomAccessRange()
    {
        const EncodedValues encoded = EncodedValues::encode(std::vector<double>{5, 7, 6, 9, 8});
        const SampleSpan middle = encoded.span(1, 3);
        QCOMPARE(middle.size(), 3);
        QCOMPARE(std::distance(middle.begin(), middle.end()), 3);
        QCOMPARE(middle[2], 9.0);
        QCOMPARE(middle.at(0), 7.0);
        QCOMPARE(*(middle.end() - 1), 9.0);
        QCOMPARE(middle.begin()[1], 6.0);
        QCOMPARE(*std::max_element(middle.begin(), middle.end()), 9.0);
        QCOMPARE(middle.toVector(), QVector<double>({7, 6, 9}));
        SampleSpan::Iterator kept;
        {
            const SampleSpan copy = encoded.span(3, 2);
            kept = copy.begin();
        }
        QCOMPARE(*kept, 9.0);
        QVERIFY(SampleSpan().isEmpty());
        QCOMPARE(std::distance(SampleSpan().begin(), SampleSpan().end()), 0);
    }

    // The store encodes what it is given, planned or not, and reads it back exactly.
    void storeKeepsValuesExactly()
    {
        const DetectorKey key{QStringLiteral("example.com/x"), QStringLiteral("Open")};
        const QString unit = QStringLiteral("ns/op");
        const std::vector<double> first{1574, 1525}, second{parsed("12.5"), 1e300};
        BenchSampleStoreBuilder builder;
        builder.plan(key, unit, SampleSpan(first.data(), 2), 2);
        builder.reservePlanned(2);
        builder.beginRow();
        builder.add(key, unit, SampleSpan(first.data(), 2), 2);
        builder.endRow();
        builder.beginRow();
        builder.add(key, unit, SampleSpan(second.data(), 2), 2); // not planned: misfits
        builder.endRow();
        const std::shared_ptr<BenchSampleStore> store = builder.take();
        const BenchSampleStore::Column &column = store->columns().front();
        compareBits(decoded(store->values(column, 0)), first);
        compareBits(decoded(store->values(column, 1)), second);

        QList<QMap<DetectorKey, UnitSamples>> maps(1);
        maps[0][key][unit] = {512, 512, 576};
        const std::shared_ptr<BenchSampleStore> fromMaps = BenchSampleStore::fromMaps(maps);
        QCOMPARE(fromMaps->columns().front().values.format().width, 1);
        QCOMPARE(fromMaps->values(fromMaps->columns().front(), 0).toVector(),
                 QVector<double>({512, 512, 576}));
    }

    // Real `go test -bench -benchmem` output from Debian's golang-go, and the project's
    // own fixtures of decimals and exponents: every value the parser gives comes back bit
    // for bit, most in fewer than 8 bytes.
    void parsedFixturesRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("real strconv") << QStringLiteral("real_strconv.txt");
        QTest::newRow("float values") << QStringLiteral("float_values.txt");
        QTest::newRow("basic") << QStringLiteral("basic.txt");
        QTest::newRow("unit lines") << QStringLiteral("unit_lines.txt");
    }
    void parsedFixturesRoundTrip()
    {
        QFETCH(QString, file);
        QFile f(QStringLiteral(GATEHOUSE_TEST_DATA "/gobench/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const GoBenchFile parsedFile = parseGoBench(f, file);
        QVERIFY(!parsedFile.samples.isEmpty());
        int series = 0;
        for (const UnitSamples &units : parsedFile.samples)
            for (const QVector<double> &values : units) {
                const std::vector<double> want(values.cbegin(), values.cend());
                const EncodedValues encoded = EncodedValues::encode(want);
                compareBits(encoded.toDoubles(), want);
                QVERIFY(encoded.byteSize() <= want.size() * sizeof(double));
                ++series;
            }
        QVERIFY(series > 0);
    }
};

QTEST_GUILESS_MAIN(TestEncodedValues)
#include "test_encoded_values.moc"
