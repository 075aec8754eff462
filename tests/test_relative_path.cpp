// RelativePath (core/common/RelativePath.h), the form in which runs keep their artifact
// paths: it must compare, order, hash and convert exactly like the QString it was made
// from (run order breaks ties on the path, exports print it), whichever of its two forms
// (Latin-1 or UTF-16) holds the text, and the paths one thread makes must share blocks
// rather than take a heap block each (what it is for).
#include "common/RelativePath.h"

#include <QHash>
#include <QtConcurrent>
#include <QtTest>
#include <algorithm>

using namespace gatehouse;

namespace {

int sign(int v)
{
    return (v > 0) - (v < 0);
}

// Texts that together cover both forms and the orders where they differ: UTF-16 code
// units put U+E000..U+FFFF after a surrogate pair (U+10000 and up), code points would not.
QStringList texts()
{
    return {QString(),
            QStringLiteral("gate-result-1/gate_result.json"),
            QStringLiteral("gate-result-1/gate_result.jso"),
            QStringLiteral("gate-result-10/gate_result.json"),
            QStringLiteral("Gate-result-1/gate_result.json"),
            QString::fromUtf8("caf\xc3\xa9-7/bench.txt"),                // é: Latin-1
            QString::fromUtf8("caf\xc3\xbf-7/bench.txt"),                // ÿ: last of Latin-1
            QString::fromUtf8("caf\xc4\x80-7/bench.txt"),                // Ā: first beyond it
            QString::fromUtf8("run-\xef\xbf\xbd-3/bench.txt"),           // U+FFFD
            QString::fromUtf8("run-\xf0\x9f\x98\x80-3/bench.txt"),       // U+1F600, a pair
            QString::fromUtf8("\xe6\xb5\x8b\xe8\xaf\x95-9/install.txt"), // CJK
            QStringLiteral("a"),
            QStringLiteral("")};
}

} // namespace

class TestRelativePath : public QObject
{
    Q_OBJECT

private slots:
    void behavesLikeItsQString_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        const QStringList all = texts();
        for (const QString &a : all)
            for (const QString &b : all)
                QTest::addRow("%s | %s", qPrintable(a), qPrintable(b)) << a << b;
    }
    void behavesLikeItsQString()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const RelativePath pa(a), pb(b);
        QCOMPARE(pa.toString(), a);
        QCOMPARE(pa.size(), a.size());
        QCOMPARE(pa.isEmpty(), a.isEmpty());
        QCOMPARE(pa.isLatin1(), QtPrivate::isLatin1(QStringView(a)));
        QCOMPARE(pa == pb, a == b);
        QCOMPARE(pa != pb, a != b);
        QCOMPARE(pa < pb, a < b);
        QCOMPARE(pa > pb, a > b);
        QCOMPARE(pa <= pb, a <= b);
        QCOMPARE(pa >= pb, a >= b);
        QCOMPARE(sign(RelativePath::compare(pa, pb)), sign(QString::compare(a, b)));
        QCOMPARE(sign(RelativePath::compare(pa, QStringView(b))), sign(QString::compare(a, b)));
        QCOMPARE(pa == b, a == b);
        QCOMPARE(b == pa, b == a);
        QCOMPARE(pa != b, a != b);
        QCOMPARE(qHash(pa, 7), qHash(a, 7));
        if (a == b)
            QCOMPARE(qHash(pa), qHash(pb));
    }

    // Copies, moves and assignments keep the text (and its block) alive however the
    // originals end; a sort of many paths gives QString's order.
    void copiesOutliveTheirOriginals()
    {
        RelativePaths kept;
        QStringList expected;
        {
            RelativePaths made;
            for (int i = 0; i < 2000; ++i) {
                const QString text =
                    QStringLiteral("bench-detectors-raw-%1/bench.txt").arg(i * 7919 % 2000);
                made.append(RelativePath(text));
                expected.append(text);
            }
            for (int i = 0; i < made.size(); i += 2)
                kept.append(made.at(i));
            for (int i = 1; i < made.size(); i += 2)
                kept.append(std::move(made[i]));
            RelativePath assigned = made.first();
            assigned = made.last();
            assigned = std::move(assigned);
            QCOMPARE(assigned, made.last());
        }
        QStringList keptText = toStringList(kept);
        QStringList expectedOrder;
        for (int i = 0; i < expected.size(); i += 2)
            expectedOrder.append(expected.at(i));
        for (int i = 1; i < expected.size(); i += 2)
            expectedOrder.append(expected.at(i));
        QCOMPARE(keptText, expectedOrder);
        QVERIFY(kept == expectedOrder);
        std::sort(kept.begin(), kept.end());
        expectedOrder.sort();
        QCOMPARE(toStringList(kept), expectedOrder);
    }

    // The point of the type: consecutive paths of one thread share blocks, a path too long
    // for a shared block gets one of its own, and a block never splits a path.
    void pathsOfOneThreadShareBlocks_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("latin1");
        QTest::addColumn<int>("mostBlocks");
        QTest::addRow("short, Latin-1") << 40 << true << 2;
        QTest::addRow("short, UTF-16") << 40 << false << 4;
        QTest::addRow("odd length, UTF-16") << 41 << false << 4;
        QTest::addRow("too long to share") << 8000 << true << 100;
    }
    void pathsOfOneThreadShareBlocks()
    {
        QFETCH(int, length);
        QFETCH(bool, latin1);
        QFETCH(int, mostBlocks);
        RelativePaths paths;
        QStringList texts;
        for (int i = 0; i < 100; ++i) {
            QString text = QString::number(i).rightJustified(length, latin1 ? QLatin1Char('a')
                                                                            : QChar(0x0100 + i));
            texts.append(text);
            paths.append(RelativePath(text));
        }
        int blocks = 1;
        for (int i = 1; i < paths.size(); ++i)
            blocks += RelativePath::shareBlock(paths.at(i - 1), paths.at(i)) ? 0 : 1;
        QVERIFY2(blocks <= mostBlocks, qPrintable(QString::number(blocks)));
        if (length > 4000)
            QCOMPARE(blocks, 100);
        QVERIFY(paths == texts);
    }

    // Paths made on worker threads and read, copied and dropped on others.
    void threadsShareAndDropPaths()
    {
        QList<int> seeds;
        for (int i = 0; i < 16; ++i)
            seeds.append(i);
        const QList<RelativePaths> made = QtConcurrent::blockingMapped(seeds, [](int seed) {
            RelativePaths paths;
            for (int i = 0; i < 500; ++i)
                paths.append(RelativePath(QStringLiteral("t%1/install-%2/x.txt").arg(seed).arg(i)));
            return paths;
        });
        const QList<int> checked = QtConcurrent::blockingMapped(seeds, [&made](int seed) {
            RelativePaths copy = made.at(seed);
            int same = 0;
            for (int i = 0; i < copy.size(); ++i)
                same += copy.at(i) == QStringLiteral("t%1/install-%2/x.txt").arg(seed).arg(i);
            return same;
        });
        for (int same : checked)
            QCOMPARE(same, 500);
    }
};

QTEST_GUILESS_MAIN(TestRelativePath)
#include "test_relative_path.moc"
