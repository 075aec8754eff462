// The source layer against a hostile file system (SPEC §1): symlinks leaving the source or
// pointing inside it, loops, FIFOs, nested sources, and files that cannot be used.
#include "SourcesTestSupport.h"

#include <QElapsedTimer>
#include <QTest>
#include <sys/stat.h>

using namespace gatehouse;
using namespace gatehouse::sources_test;

class TestSourcesFs : public QObject
{
    Q_OBJECT

private slots:
    void symlinkLeavingSourceIsAnError();
    void internalSymlinkIsNotCountedTwice();
    void fifoAndBrokenLinksAreSkipped();
    void symlinkLoopsDoNotHang();
    void nestedSourceReadOnce();
    void oneBadFileDoesNotStopTheOthers();
    void treeShapeDoesNotChangeTheResult_data();
    void treeShapeDoesNotChangeTheResult();
};

void TestSourcesFs::symlinkLeavingSourceIsAnError()
{
    Tree outside, tree;
    outside.write("secret/install_to_ready_seconds.txt", "1");
    tree.write("install-1/install_to_ready_seconds.txt", "100");
    QDir().mkpath(tree.at("install-2"));
    QVERIFY(QFile::link(outside.at("secret/install_to_ready_seconds.txt"),
                        tree.at("install-2/install_to_ready_seconds.txt")));
    QVERIFY(QFile::link(outside.at("secret"), tree.at("linked-folder-3")));
    const Dataset d = load({tree.root()});
    QCOMPARE(runIds(d.installRuns), QStringList{"1"});
    QVERIFY(hasIssue(d, "install-2/install_to_ready_seconds.txt", "leads out of the source",
                     Severity::Error));
    QVERIFY(hasIssue(d, "linked-folder-3", "leads out of the source", Severity::Error));
}

void TestSourcesFs::internalSymlinkIsNotCountedTwice()
{
    Tree tree;
    tree.write("bench-5/bench.txt", bench(3));
    QDir().mkpath(tree.at("bench-6"));
    QVERIFY(QFile::link(tree.at("bench-5/bench.txt"), tree.at("bench-6/bench.txt")));
    QVERIFY(QFile::link(tree.at("bench-5"), tree.at("alias-of-5")));
    const Dataset d = load({tree.root()});
    QVERIFY2(d.issues.isEmpty(), qPrintable(issuesText(d)));
    QCOMPARE(runIds(d.benchRuns), QStringList{"5"});
    QCOMPARE(d.benchRuns.first().samplesMap().first().value("allocs/op").size(), 1);
    QCOMPARE(d.counters.symlinksSkipped, 2);
    QCOMPARE(d.counters.filesSeen, 1);
}

void TestSourcesFs::fifoAndBrokenLinksAreSkipped()
{
    Tree tree;
    tree.write("install-1/install_to_ready_seconds.txt", "100");
    QDir().mkpath(tree.at("install-2"));
    QCOMPARE(
        ::mkfifo(QFile::encodeName(tree.at("install-2/install_to_ready_seconds.txt")).constData(),
                 0600),
        0);
    QVERIFY(QFile::link(tree.at("nowhere.txt"), tree.at("dangling.txt")));
    QElapsedTimer timer;
    timer.start();
    const Dataset d = load({tree.root()}); // would block forever if the FIFO were opened
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(runIds(d.installRuns), QStringList{"1"});
    QVERIFY2(hasIssue(d, "install-2/install_to_ready_seconds.txt", "not a regular file",
                      Severity::Warning),
             qPrintable(issuesText(d)));
    QVERIFY(hasIssue(d, "dangling.txt", "missing or loops", Severity::Warning));

    // A FIFO given as the source itself is refused, never opened.
    const Dataset direct = load({tree.at("install-2/install_to_ready_seconds.txt")});
    QCOMPARE(direct.issues.size(), 1);
    QVERIFY(direct.issues.first().message.contains("not a folder, zip or regular file"));
}

void TestSourcesFs::symlinkLoopsDoNotHang()
{
    Tree tree;
    tree.write("bench-5/bench.txt", bench(3));
    QVERIFY(QFile::link(tree.at("loop-b"), tree.at("loop-a")));
    QVERIFY(QFile::link(tree.at("loop-a"), tree.at("loop-b")));
    QVERIFY(QFile::link(tree.root(), tree.at("bench-5/back-to-root")));
    QVERIFY(QFile::link(tree.at("bench-5"), tree.at("bench-5/self")));
    QElapsedTimer timer;
    timer.start();
    const Dataset d = load({tree.root()});
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(runIds(d.benchRuns), QStringList{"5"});
    QCOMPARE(d.counters.symlinksSkipped, 2);
    QVERIFY(hasIssue(d, "loop-a", "missing or loops", Severity::Warning));
    QVERIFY(hasIssue(d, "loop-b", "missing or loops", Severity::Warning));
}

void TestSourcesFs::nestedSourceReadOnce()
{
    Tree tree;
    tree.write("ci/bench-5/bench.txt", bench(3));
    const Dataset d = load({tree.at("ci"), tree.root(), tree.root() + "/./"});
    QCOMPARE(d.benchRuns.size(), 1);
    QCOMPARE(d.benchRuns.first().samplesMap().first().value("allocs/op").size(), 1);
    QCOMPARE(d.benchRuns.first().identity.path, QStringLiteral("ci/bench-5/bench.txt"));
    QCOMPARE(d.issues.size(), 1); // the root given twice is read once without a word
    QVERIFY(hasIssue(d, tree.at("ci"), "already read as part of source", Severity::Warning));
}

void TestSourcesFs::oneBadFileDoesNotStopTheOthers()
{
    Tree tree;
    tree.write("install-1/install_to_ready_seconds.txt", "12.5");
    tree.write("install-2/install_to_ready_seconds.txt", "250");
    tree.write("install-3/install_to_ready_seconds.txt", "260");
    tree.write("install-3/metadata.json", "{ not json");
    tree.write("gate-4/gate_result.json", gate("4", 0, QString(), 1.5));
    tree.write("gate-5/gate_result.json", gate("5"));
    tree.write("baselines.json", "[]");
    const QString missing = tree.at("no-such-folder");
    const Dataset d = load({missing, tree.root()});
    QCOMPARE(runIds(d.installRuns), (QStringList{"2", "3"}));
    QVERIFY(!d.installRuns.last().metadata); // broken metadata: kept, branch unknown
    QCOMPARE(runIds(d.gateRuns), QStringList{"5"});
    QVERIFY(!d.baseline);
    for (const QString &path :
         {QStringLiteral("install-1/install_to_ready_seconds.txt"),
          QStringLiteral("install-3/metadata.json"), QStringLiteral("gate-4/gate_result.json"),
          QStringLiteral("baselines.json")})
        QVERIFY2(std::any_of(d.issues.cbegin(), d.issues.cend(),
                             [&](const ParseIssue &i) {
                                 return i.path == path && i.severity == Severity::Error;
                             }),
                 qPrintable(path + "\n" + issuesText(d)));
    QVERIFY(hasIssue(d, missing, "source not found", Severity::Error));
}

QTEST_GUILESS_MAIN(TestSourcesFs)
#include "test_sources_fs.moc"

// The loader splits a folder into parallel tasks by its shape: top-level files, then one
// task per subfolder, opening narrow trees up a few levels first. Whatever the shape and
// however deep the runs sit, the result must be the same.
void TestSourcesFs::treeShapeDoesNotChangeTheResult_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addRow("flat") << QString();
    QTest::addRow("one folder") << QStringLiteral("artifacts/");
    QTest::addRow("deeper than the planner opens")
        << QStringLiteral("a/b/c/d/e/f/g/h/"); // 8 levels: the planner opens up to 6
    QTest::addRow("split at several levels") << QStringLiteral("x/");
}

void TestSourcesFs::treeShapeDoesNotChangeTheResult()
{
    QFETCH(QString, prefix);
    auto describe = [](const Dataset &d) {
        QStringList lines{runIds(d.benchRuns).join(','),
                          runIds(d.installRuns).join(','),
                          runIds(d.gateRuns).join(','),
                          issuesText(d),
                          QString::number(d.counters.filesSeen),
                          QString::number(d.counters.filesUsed),
                          QString::number(d.counters.filesIgnored)};
        for (const BenchRun &run : d.benchRuns)
            lines.append(QString::number(run.samplesMap().first().value("allocs/op").first()));
        return lines.join('\n');
    };
    auto fill = [](Tree &tree, const QString &at) {
        for (int run = 1; run <= 40; ++run) {
            // Runs 20-29 sit one level deeper in the "split at several levels" shape.
            const QString dir = at + (run / 10 == 2 ? QStringLiteral("deep/") : QString());
            tree.write(dir + QStringLiteral("bench-%1/bench.txt").arg(run), bench(run));
            tree.write(dir + QStringLiteral("install-%1/install_to_ready_seconds.txt").arg(run),
                       QByteArray::number(100 + run));
            tree.write(dir + QStringLiteral("gate-%1/gate_result.json").arg(run),
                       gate(QString::number(run)));
            tree.write(dir + QStringLiteral("notes-%1/README.md").arg(run), "not an artifact");
        }
        tree.write(at + QStringLiteral("loose.log"), "no benchmark here");
        tree.write(at + QStringLiteral("bench-999.txt"), bench(7));
    };
    Tree flat, shaped;
    fill(flat, QString());
    fill(shaped, prefix);
    const Dataset expected = load({flat.root()});
    QCOMPARE(expected.benchRuns.size(), 41);
    QCOMPARE(expected.gateRuns.size(), 40);
    const Dataset actual = load({shaped.root()});
    QCOMPARE(describe(actual).replace(prefix, QString()), describe(expected));
}
