// Crash-safe saves (SPEC §4.2 "saving writes ... atomically"; core/common/AtomicWrite.h):
// a process killed with SIGKILL in the middle of a save leaves the old file or the new one,
// never a mix and never a truncated file.
//
// Two writers are killed at random points, many times over:
//  - this executable in helper mode (`--save-loop whitelist|csv PATH`), saving a large
//    whitelist with saveWhitelist() or a large CSV with writeFileAtomically() (the path
//    every export takes) in an endless loop that alternates two versions and prints
//    "saving N" / "saved N" around each save, so the test can tell that a kill landed
//    mid-save;
//  - gatehouse-cli itself, writing rollout_series.csv (`rollout --csv`) from one of two
//    sources.
// After each kill the target must be absent (nothing saved yet) or byte-identical to one
// of the two versions.
#include "common/AtomicWrite.h"
#include "rollout/WhitelistFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <cstdio>
#include <unistd.h>

using namespace gatehouse;

namespace {

constexpr int kKills = 30;

Whitelist bigWhitelist(int variant)
{
    Whitelist w;
    for (int i = 0; i < 5000; ++i) {
        WhitelistClass cls;
        cls.reason = QStringLiteral("reason_%1_v%2").arg(i, 5, 10, QLatin1Char('0')).arg(variant);
        cls.note =
            QStringLiteral("a note long enough to make every save take a while, v%1").arg(variant);
        cls.owner = QStringLiteral("team-%1").arg(i % 17);
        w.classes.append(cls);
    }
    return w;
}

QByteArray bigCsv(int variant)
{
    QByteArray csv = "run_id,timestamp,policy_hash,outcome,unknown_rate,top_reasons,"
                     "primary_reason,class,spike\n";
    for (int i = 0; i < 60000; ++i)
        csv += QByteArray::number(9100000000LL + i) + ",,a6f53e,COMMENT,0.0" +
               QByteArray::number(variant) + ",flaky_test,flaky_test,unlisted,0\n";
    return csv;
}

QByteArray versionBytes(const QString &kind, int variant)
{
    return kind == QLatin1String("whitelist") ? serializeWhitelist(bigWhitelist(variant))
                                              : bigCsv(variant);
}

void say(const QByteArray &line)
{
    // Unbuffered, so what the test reads after SIGKILL is exactly what happened.
    const QByteArray text = line + '\n';
    [[maybe_unused]] const ssize_t n = ::write(STDOUT_FILENO, text.constData(), text.size());
}

// Helper mode: save forever, alternating versions 1 and 2. "saved N MS" says how long
// save N took, so the test can aim its kills at saves however slow the build is.
int saveLoop(const QString &kind, const QString &path)
{
    const bool whitelist = kind == QLatin1String("whitelist");
    // Only what this kind saves: a sanitizer build takes a while to make the other one.
    const Whitelist whitelists[2] = {whitelist ? bigWhitelist(1) : Whitelist(),
                                     whitelist ? bigWhitelist(2) : Whitelist()};
    const QByteArray csvs[2] = {whitelist ? QByteArray() : bigCsv(1),
                                whitelist ? QByteArray() : bigCsv(2)};
    for (qint64 n = 0;; ++n) {
        say("saving " + QByteArray::number(n));
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool ok = whitelist ? saveWhitelist(path, whitelists[n % 2], &error)
                                  : writeFileAtomically(path, csvs[n % 2], &error);
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        say("saved " + QByteArray::number(n) + ' ' + QByteArray::number(timer.elapsed()));
    }
}

// "absent", "v1", "v2" or "MIXED (n bytes)".
QString stateOf(const QString &path, const QByteArray &v1, const QByteArray &v2)
{
    QFile f(path);
    if (!f.exists())
        return QStringLiteral("absent");
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable");
    const QByteArray data = f.readAll();
    if (data == v1)
        return QStringLiteral("v1");
    if (data == v2)
        return QStringLiteral("v2");
    return QStringLiteral("MIXED (%1 bytes)").arg(data.size());
}

QByteArray gateJson(int run, int variant)
{
    return QStringLiteral(R"({"run_id": %1, "policy_hash": "p%2", "outcome": "COMMENT", )"
                          R"("unknown_rate": 0.0%3, "top_reasons": ["flaky_test"]})")
        .arg(run)
        .arg(variant)
        .arg(run % 9)
        .toUtf8();
}

} // namespace

class TestCrashSafeSave : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileSaving_data();
    void killedWhileSaving();
    void cliKilledWhileWritingCsv();
};

void TestCrashSafeSave::killedWhileSaving_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("whitelist (saveWhitelist)") << "whitelist";
    QTest::addRow("csv export (writeFileAtomically)") << "csv";
}

void TestCrashSafeSave::killedWhileSaving()
{
    QFETCH(QString, kind);
    const QByteArray v1 = versionBytes(kind, 1);
    const QByteArray v2 = versionBytes(kind, 2);
    QTemporaryDir dir;
    const QString target =
        dir.filePath(kind == "whitelist" ? "unknown_whitelist.json" : "rollout_series.csv");
    QRandomGenerator random(20260101);
    int midSave = 0;
    QStringList seen;
    for (int round = 0; round < kKills; ++round) {
        QProcess helper;
        helper.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--save-loop"), kind, target});
        QVERIFY(helper.waitForStarted());
        // Once the first save is done (so both versions can show up), a random point of
        // the next few saves.
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        const auto firstSaveLineEnd = [&output] {
            const qsizetype at = output.indexOf("saved 0 ");
            return at < 0 ? -1 : output.indexOf('\n', at);
        };
        while (firstSaveLineEnd() < 0 && waited.elapsed() < 60000) {
            helper.waitForReadyRead(1000);
            output += helper.readAllStandardOutput();
        }
        QVERIFY2(firstSaveLineEnd() >= 0, output.constData());
        // A random point of the next few saves: 150 ms covers several in a release build;
        // a sanitizer build saves many times slower, so the window follows the first save.
        const qsizetype msAt = output.indexOf("saved 0 ") + 8;
        const qint64 firstSaveMs = output.mid(msAt, firstSaveLineEnd() - msAt).toLongLong();
        const qint64 windowUs = std::max<qint64>(150000, 4 * firstSaveMs * 1000);
        QThread::usleep(random.bounded(static_cast<quint32>(windowUs)));
        helper.kill(); // SIGKILL: no cleanup, no flush
        QVERIFY(helper.waitForFinished(20000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        output += helper.readAllStandardOutput();
        const QList<QByteArray> lines = output.trimmed().split('\n');
        if (lines.last().startsWith("saving"))
            ++midSave;
        const QString state = stateOf(target, v1, v2);
        QVERIFY2(!state.startsWith(QLatin1String("MIXED")) && state != "unreadable",
                 qPrintable(QStringLiteral("round %1, last line '%2': %3")
                                .arg(round)
                                .arg(QString::fromUtf8(lines.last()), state)));
        seen.append(state);
    }
    // The kills must really have hit saves in progress, and both versions must have been
    // written at some point, or this test proved nothing.
    QVERIFY2(midSave >= kKills / 3, qPrintable(QString::number(midSave)));
    QVERIFY2(seen.contains("v1") && seen.contains("v2"), qPrintable(seen.join(' ')));
}

void TestCrashSafeSave::cliKilledWhileWritingCsv()
{
    // Two sources whose rollout_series.csv differ; the CLI alternates between them and is
    // killed at a random point of its run (load, analysis or the write at the end).
    QTemporaryDir dir;
    for (int variant = 1; variant <= 2; ++variant) {
        for (int run = 0; run < 1500; ++run) {
            const QString path =
                dir.filePath(QStringLiteral("src%1/gate-result-%2/gate_result.json")
                                 .arg(variant)
                                 .arg(9100000000LL + run));
            QDir().mkpath(QFileInfo(path).path());
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(gateJson(run, variant));
        }
    }
    const QString cli = QStringLiteral(GATEHOUSE_CLI);
    auto args = [&](int variant, const QString &csv) {
        return QStringList{
            QStringLiteral("rollout"), dir.filePath(QStringLiteral("src%1").arg(variant)),
            QStringLiteral("--csv"),   csv,
            QStringLiteral("--json"),  dir.filePath(QStringLiteral("out.json"))};
    };
    // Reference outputs, and how long one run takes.
    QByteArray expected[3];
    qint64 slowest = 0;
    for (int variant = 1; variant <= 2; ++variant) {
        const QString csv = dir.filePath(QStringLiteral("ref%1.csv").arg(variant));
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(cli, args(variant, csv));
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        slowest = std::max(slowest, timer.elapsed());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        expected[variant] = f.readAll();
        QVERIFY(expected[variant].size() > 50000);
    }
    QVERIFY(expected[1] != expected[2]);

    const QString target = dir.filePath(QStringLiteral("rollout_series.csv"));
    QRandomGenerator random(42);
    QStringList seen;
    for (int round = 0; round < kKills; ++round) {
        QProcess p;
        p.start(cli, args(1 + round % 2, target));
        QVERIFY(p.waitForStarted());
        QThread::usleep(random.bounded(static_cast<quint32>(slowest * 1300)));
        p.kill();
        QVERIFY(p.waitForFinished(60000));
        const QString state = stateOf(target, expected[1], expected[2]);
        QVERIFY2(!state.startsWith(QLatin1String("MIXED")) && state != "unreadable",
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(state)));
        seen.append(state);
    }
    qInfo("states after the kills: %s", qPrintable(seen.join(' ')));
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--save-loop") == 0) {
        QCoreApplication app(argc, argv);
        return saveLoop(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestCrashSafeSave test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_crash_safe_save.moc"
