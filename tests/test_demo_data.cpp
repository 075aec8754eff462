// The embedded demo is generated, never hand-edited: regenerating it must give the
// committed bytes, and the generator must be deterministic.
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void committedDemoIsCurrent();
};

static QMap<QString, QByteArray> readTree(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(path), f.readAll());
    }
    return files;
}

void TestDemoData::committedDemoIsCurrent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess generator;
    generator.start(QStringLiteral(GATEHOUSE_DEMO_GENERATOR), {dir.path()});
    QVERIFY(generator.waitForFinished(60000));
    QCOMPARE(generator.exitCode(), 0);

    const QString committed = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources");
    const auto fresh = readTree(dir.path() + QStringLiteral("/demo"));
    const auto stored = readTree(committed + QStringLiteral("/demo"));
    QVERIFY(fresh.size() >= 40 * 3);
    QCOMPARE(fresh.keys(), stored.keys());
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
        QVERIFY2(it.value() == stored.value(it.key()), qPrintable(it.key()));

    QFile freshQrc(dir.path() + QStringLiteral("/demo.qrc"));
    QFile storedQrc(committed + QStringLiteral("/demo.qrc"));
    QVERIFY(freshQrc.open(QIODevice::ReadOnly) && storedQrc.open(QIODevice::ReadOnly));
    QCOMPARE(freshQrc.readAll(), storedQrc.readAll());
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "test_demo_data.moc"
