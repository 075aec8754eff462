// How a load holds bench values compactly on their way into the sample store, and that it
// loses nothing: a parsed file's values packed per series (core/bench/PackedValues.h), each
// in the narrowest format its own values fit, come back bit for bit; columns of the store
// whose rows hold equally many samples share one offset table, while the store is built
// and in a decoded snapshot (core/bench/BenchSamples.h).
#include "bench/BenchSamples.h"
#include "bench/PackedValues.h"

#include <QtTest>
#include <cmath>
#include <cstring>
#include <limits>

using namespace gatehouse;

using Series = std::vector<double>;
Q_DECLARE_METATYPE(std::vector<Series>)

namespace {

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

std::vector<double> valuesOfRow(int row, int column, int count)
{
    std::vector<double> values;
    for (int i = 0; i < count; ++i)
        values.push_back(100.0 * column + 10.0 * row + i);
    return values;
}

} // namespace

class TestPackedValues : public QObject
{
    Q_OBJECT

private slots:
    // bytes: per series one width byte, for widths below 8 a scale byte and the base as a
    // zigzag varint, then the values. One format for a whole file would need the widest
    // series' width for all of them.
    void seriesComeBackBitForBitInTheirOwnWidth_data()
    {
        QTest::addColumn<std::vector<Series>>("series");
        QTest::addColumn<int>("bytes");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        // 1..3: width 1, base 1 (3 + 3 bytes); 150000..150100 in tenths: width 2, base
        // 1500000 (varint of 3000000: 4 bytes; 6 + 6).
        QTest::newRow("allocs beside ns/op")
            << std::vector<Series>{{1, 2, 3}, {150000, 150100, 150050.5}} << 18;
        // Base -1000 (zigzag 1999: 2 bytes), range 997: width 2.
        QTest::newRow("negative values") << std::vector<Series>{{-5, -3, -1000}} << 10;
        QTest::newRow("doubles") << std::vector<Series>{{nan, 1e300, -0.0}} << 25;
        // 7: 4 bytes; the empty series only its width byte; 7.25, 7.5 in hundredths: base 725
        // (zigzag 1450: 2 bytes), width 1: 6 bytes.
        QTest::newRow("an empty series between") << std::vector<Series>{{7}, {}, {7.25, 7.5}} << 11;
    }
    void seriesComeBackBitForBitInTheirOwnWidth()
    {
        QFETCH(std::vector<Series>, series);
        QFETCH(int, bytes);
        std::vector<double> all;
        std::vector<quint32> counts;
        for (const Series &s : series) {
            all.insert(all.end(), s.cbegin(), s.cend());
            counts.push_back(static_cast<quint32>(s.size()));
        }
        const PackedValues packed = PackedValues::pack(all, counts);
        QCOMPARE(packed.size(), all.size());
        QCOMPARE(int(packed.byteSize()), bytes);
        PackedValues::Reader reader(packed);
        for (const Series &s : series) {
            const SampleSpan got = reader.next(static_cast<quint32>(s.size()));
            QCOMPARE(size_t(got.size()), s.size());
            for (size_t i = 0; i < s.size(); ++i)
                QVERIFY2(sameBits(got[qsizetype(i)], s[i]),
                         qPrintable(QStringLiteral("%1 came back as %2")
                                        .arg(s[i], 0, 'g', 17)
                                        .arg(got[qsizetype(i)], 0, 'g', 17)));
        }
    }

    // Two columns, a and b, row by row (-1: b has no column yet; it is not announced). While
    // the rows of b hold as many samples as a's, b keeps no offset table of its own.
    void equalColumnsShareOneOffsetTable_data()
    {
        QTest::addColumn<QList<int>>("a");
        QTest::addColumn<QList<int>>("b");
        QTest::addColumn<int>("tablesHeld"); // before take()
        QTest::addColumn<bool>("shared");    // after take()
        QTest::newRow("equal rows") << QList<int>{2, 3, 0} << QList<int>{2, 3, 0} << 1 << true;
        QTest::newRow("first row differs") << QList<int>{2, 3} << QList<int>{1, 3} << 2 << false;
        QTest::newRow("last row differs")
            << QList<int>{2, 3, 1} << QList<int>{2, 3, 4} << 2 << false;
        QTest::newRow("equal totals, other rows")
            << QList<int>{2, 1} << QList<int>{1, 2} << 2 << false;
        QTest::newRow("b from the second row")
            << QList<int>{2, 3} << QList<int>{-1, 3} << 2 << false;
    }
    void equalColumnsShareOneOffsetTable()
    {
        QFETCH(QList<int>, a);
        QFETCH(QList<int>, b);
        QFETCH(int, tablesHeld);
        QFETCH(bool, shared);
        const DetectorKey key{QStringLiteral("example.com/p"), QStringLiteral("BenchmarkX")};
        const QString unitA = QStringLiteral("allocs/op"), unitB = QStringLiteral("ns/op");
        BenchSampleStoreBuilder builder;
        const QList<int> *counts[] = {&a, &b};
        const QString *units[] = {&unitA, &unitB};
        for (int c = 0; c < 2; ++c)
            for (int row = 0; row < a.size(); ++row)
                if (counts[c]->at(0) >= 0 && counts[c]->at(row) > 0) {
                    const std::vector<double> v = valuesOfRow(row, c, counts[c]->at(row));
                    builder.plan(key, *units[c], SampleSpan(v.data(), qsizetype(v.size())),
                                 qsizetype(v.size()));
                }
        builder.reservePlanned(a.size());
        for (int row = 0; row < a.size(); ++row) {
            builder.beginRow();
            for (int c = 0; c < 2; ++c) {
                const std::vector<double> v = valuesOfRow(row, c, std::max(0, counts[c]->at(row)));
                builder.add(key, *units[c], SampleSpan(v.data(), qsizetype(v.size())),
                            qsizetype(v.size()));
            }
            builder.endRow();
        }
        QCOMPARE(builder.offsetTablesHeld(), qsizetype(tablesHeld));
        const std::shared_ptr<BenchSampleStore> store = builder.take();
        QCOMPARE(store->columns().size(), size_t(2));
        const BenchSampleStore::Column &columnA = store->columns()[0];
        const BenchSampleStore::Column &columnB = store->columns()[1];
        QCOMPARE(store->units().at(columnB.unit), unitB);
        QCOMPARE(columnA.offsets == columnB.offsets, shared);
        for (int row = 0; row < a.size(); ++row)
            for (int c = 0; c < 2; ++c) {
                const BenchSampleStore::Column &column = c == 0 ? columnA : columnB;
                const int count = std::max(0, counts[c]->at(row));
                QCOMPARE(store->count(column, row), qsizetype(count));
                QCOMPARE(decodedValues(store->values(column, row)), valuesOfRow(row, c, count));
            }
    }

    // A store decoded from a load snapshot shares equal tables too.
    void decodedStoreSharesEqualTables()
    {
        auto column = [](int unit, std::vector<quint32> offsets, std::vector<double> values) {
            BenchSampleStore::Column c;
            c.unit = unit;
            c.offsets = std::make_shared<const std::vector<quint32>>(std::move(offsets));
            c.values = EncodedValues::encode(values);
            return c;
        };
        std::vector<BenchSampleStore::Column> columns;
        columns.push_back(column(0, {0, 1, 3}, {1, 2, 3}));
        columns.push_back(column(1, {0, 1, 3}, {4, 5, 6}));
        columns.push_back(column(2, {0, 2, 3}, {7, 8, 9}));
        const DetectorKey key{QStringLiteral("p"), QStringLiteral("BenchmarkX")};
        const auto store = BenchSampleStore::fromColumns(
            {key}, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
            std::move(columns), 2);
        QVERIFY(store->columns()[0].offsets == store->columns()[1].offsets);
        QVERIFY(store->columns()[0].offsets != store->columns()[2].offsets);
        QCOMPARE(decodedValues(store->values(store->columns()[1], 1)), std::vector<double>({5, 6}));
        QCOMPARE(decodedValues(store->values(store->columns()[2], 0)), std::vector<double>({7, 8}));
    }

private:
    static std::vector<double> decodedValues(SampleSpan span)
    {
        return std::vector<double>(span.begin(), span.end());
    }
};

QTEST_GUILESS_MAIN(TestPackedValues)
#include "test_packed_values.moc"
