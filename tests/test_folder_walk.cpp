// The folder walk's visitor (FolderScanner.h): the loader reads each file while its folder
// is open, through the folder's descriptor and the file's name. Whatever the tree, the
// visitor must be handed exactly the files a plain listing holds (zips excepted: they stay
// listed), and the descriptor and name must open that very file.
#include "SourcesTestSupport.h"
#include "ZipTestSupport.h"
#include "sources/FolderScanner.h"

#include <QTest>
#include <fcntl.h>
#include <unistd.h>

using namespace gatehouse;
using namespace gatehouse::sources_test;

namespace {

struct Visited
{
    SourceFile file;
    QByteArray bytes; // read through openat(folderFd, name)
};

QByteArray readAt(int folderFd, const char *name)
{
    const int fd = ::openat(folderFd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return QByteArrayLiteral("<cannot open>");
    QByteArray bytes;
    char block[4096];
    for (ssize_t n; (n = ::read(fd, block, sizeof block)) > 0;)
        bytes.append(block, n);
    ::close(fd);
    return bytes;
}

QString describe(const SourceFile &f)
{
    return QStringLiteral("%1 kind=%2 root=%3 size=%4")
        .arg(f.relativePath)
        .arg(int(f.kind))
        .arg(f.atRoot)
        .arg(f.size);
}

} // namespace

class TestFolderWalk : public QObject
{
    Q_OBJECT

private slots:
    void visitorGetsWhatTheListingHolds_data();
    void visitorGetsWhatTheListingHolds();
    void someFoldersListWhatTheWholeTreeHoldsThere_data();
    void someFoldersListWhatTheWholeTreeHoldsThere();
};

void TestFolderWalk::visitorGetsWhatTheListingHolds_data()
{
    QTest::addColumn<QString>("prefix"); // where the artifacts sit below the root
    QTest::addColumn<bool>("allKinds");  // else install files and zips only
    QTest::addColumn<bool>("stamp");
    QTest::addRow("gh layout") << QString() << true << false;
    QTest::addRow("gh layout, stamped") << QString() << true << true;
    QTest::addRow("nested three deep") << QStringLiteral("a/b/c/") << true << false;
    QTest::addRow("nested, one kind, stamped") << QStringLiteral("x/y/") << false << true;
}

void TestFolderWalk::visitorGetsWhatTheListingHolds()
{
    QFETCH(QString, prefix);
    QFETCH(bool, allKinds);
    QFETCH(bool, stamp);
    Tree tree;
    for (int run = 1; run <= 12; ++run) {
        const QString n = QString::number(run);
        tree.write(prefix + "bench-" + n + "/bench.txt", bench(run));
        tree.write(prefix + "install-" + n + "/install_to_ready_seconds.txt",
                   QByteArray::number(100 + run));
        tree.write(prefix + "gate-" + n + "/gate_result.json", gate(n));
        tree.write(prefix + "notes-" + n + "/README.md", "not an artifact");
    }
    tree.write(prefix + "install-3/metadata.json", R"({"run_id": 3})");
    tree.write(prefix + "zipped/install-99.zip",
               zip_test::zipBytes({{"install_to_ready_seconds.txt", "99"}}));
    tree.write("unknown_whitelist.json", R"({"version": 1, "classes": []})");

    auto scanOf = [&] {
        FolderScan scan;
        scan.stamp = stamp;
        if (!allKinds)
            scan.wanted = ArtifactKindSet{ArtifactKind::InstallSeconds, ArtifactKind::Zip};
        return scan;
    };
    FolderScan listed = scanOf();
    scanFolder(tree.root(), QString(), true, listed);

    FolderScan walked = scanOf();
    QList<Visited> visited;
    scanFolder(tree.root(), QString(), true, walked,
               [&](const SourceFile &f, int folderFd, const char *name) {
                   visited.append({f, readAt(folderFd, name)});
               });

    // Together, what was visited and what stayed listed is the plain listing, in its order.
    QStringList expected, actual;
    for (const SourceFile &f : std::as_const(listed.files))
        expected.append(describe(f));
    for (const Visited &v : std::as_const(visited))
        actual.append(describe(v.file));
    for (const SourceFile &f : std::as_const(walked.files))
        actual.append(describe(f));
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
    QCOMPARE(walked.filesSkippedByKind, listed.filesSkippedByKind);
    QCOMPARE(walked.filesIgnored, listed.filesIgnored);

    // Zips are opened by path later (libzip), so they are never handed to the visitor.
    QCOMPARE(walked.files.size(), 1);
    QCOMPARE(walked.files.first().kind, ArtifactKind::Zip);
    QCOMPARE(walked.files.first().absolutePath, tree.at(prefix + "zipped/install-99.zip"));
    QVERIFY(!visited.isEmpty());
    for (const Visited &v : std::as_const(visited)) {
        QVERIFY2(v.file.kind != ArtifactKind::Zip, qPrintable(v.file.relativePath));
        QFile onDisk(tree.at(v.file.relativePath));
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QCOMPARE(v.bytes, onDisk.readAll()); // the descriptor and name open this very file
        if (stamp)
            QCOMPARE(v.file.size, onDisk.size());
    }
}

// One folder is opened by its path and walked below it; several are opened relative to the
// root. Either way a folder's files are what a walk of the whole tree finds there.
void TestFolderWalk::someFoldersListWhatTheWholeTreeHoldsThere_data()
{
    QTest::addColumn<QStringList>("folders");
    QTest::addRow("one, nested") << QStringList{"art/deep"};
    QTest::addRow("one, at the top") << QStringList{"art"};
    QTest::addRow("several") << QStringList{"art/deep", "other", "art/flat"};
    QTest::addRow("the root alone") << QStringList{""};
}

void TestFolderWalk::someFoldersListWhatTheWholeTreeHoldsThere()
{
    QFETCH(QStringList, folders);
    Tree tree;
    tree.write("art/deep/a/b/install_to_ready_seconds.txt", "1");
    tree.write("art/deep/c/install_to_ready_seconds.txt", "2");
    tree.write("art/deep/c/gate_result.json", gate("2"));
    tree.write("art/flat/install_to_ready_seconds.txt", "3");
    tree.write("other/x/y/z/bench.txt", bench(4));
    tree.write("top.log", "no benchmark here");

    FolderScan whole;
    scanFolder(tree.root(), QString(), true, whole);
    QStringList expected;
    for (const SourceFile &f : std::as_const(whole.files))
        for (const QString &folder : folders)
            if (folder.isEmpty() || f.relativePath.startsWith(folder + '/'))
                expected.append(f.relativePath + ' ' + f.absolutePath);
    expected.removeDuplicates();

    FolderScan some;
    scanFolders(tree.root(), folders, true, some);
    QStringList actual;
    for (const SourceFile &f : std::as_const(some.files))
        actual.append(f.relativePath + ' ' + f.absolutePath);
    expected.sort();
    actual.sort();
    QVERIFY(!actual.isEmpty());
    QCOMPARE(actual, expected);
    QCOMPARE(some.foldersUnlisted, 0);
    QVERIFY2(some.issues.isEmpty(), qPrintable(some.issues.value(0).message));
}

QTEST_GUILESS_MAIN(TestFolderWalk)
#include "test_folder_walk.moc"
