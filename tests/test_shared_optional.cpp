// SharedOptional (core/common/SharedOptional.h): an InstallRun's metadata behind a shared
// pointer. It must behave as the std::optional it replaced: a copy is a value of its own
// (writing one never shows in the other), and only the storage is shared.
#include "common/SharedOptional.h"
#include "install/InstallTypes.h"

#include <QtTest>

using namespace gatehouse;

class TestSharedOptional : public QObject
{
    Q_OBJECT

private slots:
    void copiesAreValuesOfTheirOwn_data()
    {
        QTest::addColumn<int>("writeTo"); // 0: the original, 1: the copy
        QTest::newRow("write to the original") << 0;
        QTest::newRow("write to the copy") << 1;
    }

    void copiesAreValuesOfTheirOwn()
    {
        QFETCH(int, writeTo);
        InstallRun original;
        original.metadata = RunMetadata{QStringLiteral("7"), QStringLiteral("abc"),
                                        QStringLiteral("main"), QStringLiteral("success"),
                                        QDateTime(), 1, 7, QString()};
        InstallRun copy = original;
        QVERIFY(copy.metadata.isSharedWith(original.metadata)); // the point: no copy made

        InstallRun &written = writeTo == 0 ? original : copy;
        const InstallRun &other = writeTo == 0 ? copy : original;
        written.metadata->headBranch = QStringLiteral("release");
        QCOMPARE(written.metadata->headBranch, QStringLiteral("release"));
        QCOMPARE(other.metadata->headBranch, QStringLiteral("main"));
        QVERIFY(!written.metadata.isSharedWith(other.metadata));
        QCOMPARE(other.metadata->headSha, written.metadata->headSha);
    }

    void readsLikeStdOptional()
    {
        SharedOptional<RunMetadata> none;
        QVERIFY(!none);
        QVERIFY(!none.has_value());
        SharedOptional<RunMetadata> fromEmpty{std::optional<RunMetadata>()};
        QVERIFY(!fromEmpty);

        std::optional<RunMetadata> parsed = RunMetadata();
        parsed->runAttempt = 3;
        SharedOptional<RunMetadata> some = std::move(parsed);
        QVERIFY(some);
        QCOMPARE((*some).runAttempt, 3);

        some.emplace().runNumber = 9;
        QCOMPARE(some->runAttempt, 0); // emplace starts afresh
        QCOMPARE(some->runNumber, qint64(9));
        some.reset();
        QVERIFY(!some.has_value());
        some = std::nullopt;
        QVERIFY(!some);
    }

    void smallerThanTheValue()
    {
        // What it is for: 100k install runs hold it, most of them empty.
        QVERIFY(sizeof(SharedOptional<RunMetadata>) < sizeof(std::optional<RunMetadata>) / 4);
    }
};

QTEST_GUILESS_MAIN(TestSharedOptional)
#include "test_shared_optional.moc"
