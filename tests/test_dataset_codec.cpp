// DatasetCodec (what a load snapshot holds): a Dataset encodes and decodes to itself
// exactly — strings null or empty, doubles bit for bit, time specs, JSON integers and
// doubles kept apart — and damaged bytes decode to nothing, never to a crash.
#include "sources/DatasetCodec.h"
#include "sources/Loader.h"

#include <QJsonArray>
#include <QtTest>
#include <cmath>
#include <cstring>

using namespace gatehouse;

namespace {

RunIdentity identity(const QString &id, const QDateTime &when)
{
    return {id, when, QStringLiteral("bench-%1/bench.txt").arg(id), QStringLiteral("/src")};
}

// Every field set, and the values a careless codec loses.
Dataset handMade()
{
    Dataset d;
    const DetectorKey open{QStringLiteral("example.com/x"), QStringLiteral("OpenatDetector")};
    const DetectorKey exec{QStringLiteral("example.com/x"), QStringLiteral("ExecDetector")};
    QList<QMap<DetectorKey, UnitSamples>> maps(3);
    maps[0][open][QStringLiteral("allocs/op")] = {9, 9, 10};
    maps[0][exec][QStringLiteral("B/op")] = {-0.0, 1e-300, std::nextafter(1.0, 2.0)};
    maps[2][open][QStringLiteral("allocs/op")] = {std::numeric_limits<double>::infinity()};
    const std::shared_ptr<const BenchSampleStore> store = BenchSampleStore::fromMaps(maps);
    for (int row = 0; row < 3; ++row) {
        BenchRun run;
        run.identity = identity(
            QString::number(100 + row),
            row == 0   ? QDateTime(QDate(2026, 9, 14), QTime(8, 0), Qt::UTC)
            : row == 1 ? QDateTime(QDate(2026, 9, 14), QTime(10, 0, 0, 5), Qt::OffsetFromUTC, 7200)
                       : QDateTime());
        run.files = {run.identity.path};
        run.store = store;
        run.row = row;
        if (row == 1) {
            run.failures.insert(open, 2);
            run.machines = {{QStringLiteral("linux"), QStringLiteral("amd64"), QString()}};
        }
        d.benchRuns.append(run);
    }
    BenchRun bare; // no store at all: a run built by hand
    bare.identity = identity(QStringLiteral(""), QDateTime());
    d.benchRuns.append(bare);

    InstallRun install;
    install.identity =
        identity(QStringLiteral("7"), QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC));
    install.seconds = 301;
    install.metadata = RunMetadata{QStringLiteral("7"),
                                   QString(),
                                   QStringLiteral(""),
                                   QStringLiteral("success"),
                                   QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC),
                                   2,
                                   41,
                                   QStringLiteral("https://github.com/acme/x/actions/runs/7")};
    d.installRuns = {install,
                     InstallRun{identity(QStringLiteral("8"), QDateTime()), 12, std::nullopt}};

    GateRun gate;
    gate.identity = identity(QStringLiteral("9"), QDateTime());
    gate.policyHash = QStringLiteral("abc");
    gate.outcome = QStringLiteral("WARN");
    gate.unknownRate = 0.1 + 0.2; // 0.30000000000000004
    gate.topReasons = {QStringLiteral("flaky_test"), QString(), QStringLiteral("")};
    gate.runAttempt = 3;
    d.gateRuns = {gate};

    Whitelist list;
    list.version = 2;
    WhitelistClass c;
    c.reason = QStringLiteral("flaky_*");
    c.owner = QStringLiteral("ci");
    c.extra =
        QJsonObject{{QStringLiteral("count"), 3},
                    {QStringLiteral("ratio"), 2.5},
                    {QStringLiteral("big"), qint64(9007199254740993)},
                    {QStringLiteral("list"), QJsonArray{1, QStringLiteral("ü"), QJsonValue()}}};
    list.classes = {c};
    list.extra = QJsonObject{{QStringLiteral("note"), QStringLiteral("")}};
    d.whitelist = list;
    d.whitelistPath = QStringLiteral("/src/unknown_whitelist.json");
    d.baseline = Baseline{QJsonObject{{QStringLiteral("OpenatDetector"), 9}}, QString()};
    d.whitelistFile = FileState::loaded(d.whitelistPath);
    d.baselineFile = FileState::unreadable(QStringLiteral("/src/baselines.json"),
                                           QStringLiteral("not valid JSON"));
    d.issues = {{QStringLiteral("a/b.txt"), 3, QStringLiteral("warning text"), Severity::Warning},
                {QString(), 0, QStringLiteral("note"), Severity::Note}};
    d.counters = {10, 9, 1, 2, 0, 3, 4, 0};
    return d;
}

Dataset demo()
{
    LoadOptions options;
    options.sources = {demoSourcePath()};
    return loadSources(options);
}

} // namespace

class DatasetCodecTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsExact_data()
    {
        QTest::addColumn<bool>("fromDemo");
        QTest::addRow("hand-made") << false;
        QTest::addRow("demo") << true;
    }
    void roundTripIsExact()
    {
        QFETCH(bool, fromDemo);
        const Dataset d = fromDemo ? demo() : handMade();
        const QByteArray bytes = encodeDataset(d);
        const std::optional<Dataset> back = decodeDataset(bytes);
        QVERIFY(back);
        QCOMPARE(encodeDataset(*back), bytes);
        QCOMPARE(back->benchRuns.size(), d.benchRuns.size());
        for (qsizetype i = 0; i < d.benchRuns.size(); ++i) {
            const BenchRun &a = d.benchRuns.at(i), &b = back->benchRuns.at(i);
            QCOMPARE(b.identity.runId, a.identity.runId);
            QCOMPARE(b.identity.runId.isNull(), a.identity.runId.isNull());
            QCOMPARE(b.identity.timestamp, a.identity.timestamp);
            QCOMPARE(b.identity.timestamp.timeSpec(), a.identity.timestamp.timeSpec());
            QCOMPARE(b.identity.timestamp.offsetFromUtc(), a.identity.timestamp.offsetFromUtc());
            QCOMPARE(b.failures, a.failures);
            QCOMPARE(b.machines, a.machines);
            QCOMPARE(bool(b.store), bool(a.store));
            const auto samples = a.samplesMap();
            QCOMPARE(b.samplesMap().keys(), samples.keys());
            for (auto it = samples.cbegin(); it != samples.cend(); ++it)
                for (auto unit = it->cbegin(); unit != it->cend(); ++unit) {
                    const QVector<double> got = b.samplesMap().value(it.key()).value(unit.key());
                    QCOMPARE(got.size(), unit->size());
                    QVERIFY(std::memcmp(got.constData(), unit->constData(),
                                        size_t(got.size()) * sizeof(double)) == 0); // bits
                }
        }
        QCOMPARE(back->gateRuns.size(), d.gateRuns.size());
        for (qsizetype i = 0; i < d.gateRuns.size(); ++i) {
            QCOMPARE(back->gateRuns.at(i).topReasons, d.gateRuns.at(i).topReasons);
            QCOMPARE(back->gateRuns.at(i).unknownRate, d.gateRuns.at(i).unknownRate);
        }
        QCOMPARE(back->installRuns.size(), d.installRuns.size());
        QCOMPARE(back->issues, d.issues);
        QCOMPARE(back->whitelist.has_value(), d.whitelist.has_value());
        if (d.whitelist) {
            QCOMPARE(back->whitelist->classes.size(), d.whitelist->classes.size());
            for (qsizetype i = 0; i < d.whitelist->classes.size(); ++i)
                QCOMPARE(back->whitelist->classes.at(i).extra, d.whitelist->classes.at(i).extra);
        }
        QCOMPARE(back->baselineFile.error, d.baselineFile.error);
        QCOMPARE(back->counters.filesSkippedByKind, d.counters.filesSkippedByKind);
    }

    // The fields QCOMPARE cannot tell apart by value.
    void edgesSurvive()
    {
        const std::optional<Dataset> back = decodeDataset(encodeDataset(handMade()));
        QVERIFY(back);
        const QList<QString> reasons = back->gateRuns.first().topReasons;
        QVERIFY(reasons.at(1).isNull());
        QVERIFY(!reasons.at(2).isNull() && reasons.at(2).isEmpty());
        QVERIFY(std::signbit(
            back->benchRuns.first().samplesMap().first().value(QStringLiteral("B/op")).first()));
        const QJsonObject extra = back->whitelist->classes.first().extra;
        QVERIFY(extra.value(QStringLiteral("count")).toVariant().typeId() == QMetaType::LongLong);
        QVERIFY(extra.value(QStringLiteral("ratio")).toVariant().typeId() == QMetaType::Double);
        QCOMPARE(extra.value(QStringLiteral("big")).toInteger(), qint64(9007199254740993));
        QVERIFY(back->installRuns.at(0).metadata->headSha.isNull());
        QVERIFY(!back->installRuns.at(1).metadata.has_value());
        QVERIFY(!back->benchRuns.last().store);
    }

    // Cut at every length and with bytes changed: nothing, or a dataset; never a crash
    // (the sanitizer build runs this too).
    void damageDecodesToNothing()
    {
        const QByteArray bytes = encodeDataset(handMade());
        for (qsizetype cut = 0; cut < bytes.size(); ++cut)
            QVERIFY2(!decodeDataset(bytes.left(cut)), qPrintable(QString::number(cut)));
        QVERIFY(!decodeDataset(bytes + "x"));
        int decoded = 0;
        for (qsizetype at = 0; at < bytes.size(); ++at) {
            QByteArray changed = bytes;
            changed[at] = char(changed.at(at) ^ 0x5a);
            decoded += decodeDataset(changed) ? 1 : 0;
        }
        QVERIFY(decoded < bytes.size()); // most changes are caught; none crashes
    }

    // A count that more items than the bytes left could hold is refused before anything
    // is allocated for them (a crafted snapshot cannot ask for gigabytes).
    void hugeCountsAreRefused_data()
    {
        QTest::addColumn<int>("zeroCountsFirst"); // lists before the one that lies
        QTest::addRow("sample stores") << 0;
        QTest::addRow("bench runs") << 1;
        QTest::addRow("install runs") << 2;
        QTest::addRow("gate runs") << 3;
    }
    void hugeCountsAreRefused()
    {
        QFETCH(int, zeroCountsFirst);
        const QByteArray valid = encodeDataset(Dataset());
        QVERIFY(decodeDataset(valid));
        // Magic, format, byte order; then the lists in order, each a 4-byte count.
        QByteArray crafted = valid.left(12);
        const quint32 zero = 0, huge = 0xffffffffu;
        for (int i = 0; i < zeroCountsFirst; ++i)
            crafted.append(reinterpret_cast<const char *>(&zero), 4);
        crafted.append(reinterpret_cast<const char *>(&huge), 4);
        crafted.append(QByteArray(4096, '\0'));
        QVERIFY(!decodeDataset(crafted));
    }
};

QTEST_GUILESS_MAIN(DatasetCodecTest)
#include "test_dataset_codec.moc"
