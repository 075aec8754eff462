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
    QCOMPARE(d.benchRuns.first().samples.first().value("allocs/op").size(), 1);
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
    QCOMPARE(d.benchRuns.first().samples.first().value("allocs/op").size(), 1);
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
