// The desktop entry and the AppStream metainfo validate with the distribution's own
// tools (skipped where they are not installed), and name each other consistently.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace {

const QString kAppId = QStringLiteral("dev.gatehouse.Gatehouse");

QString packagingFile(const QString &suffix)
{
    return QStringLiteral(GATEHOUSE_SOURCE_DIR "/packaging/") + kAppId + suffix;
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// Runs tool with args; QSKIP when the tool is not installed.
#define RUN_VALIDATOR(tool, args)                                                          \
    do {                                                                                   \
        const QString exe = QStandardPaths::findExecutable(QStringLiteral(tool));          \
        if (exe.isEmpty())                                                                 \
            QSKIP(tool " is not installed");                                               \
        QProcess process;                                                                  \
        process.setProcessChannelMode(QProcess::MergedChannels);                           \
        process.start(exe, args);                                                          \
        QVERIFY(process.waitForFinished(60000));                                           \
        const QString output = QString::fromUtf8(process.readAll());                       \
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,  \
                 qPrintable(output));                                                      \
    } while (false)

} // namespace

class TestGuiPackaging : public QObject
{
    Q_OBJECT
private slots:
    void metainfoValidates()
    {
        QVERIFY(QFile::exists(packagingFile(QStringLiteral(".metainfo.xml"))));
        RUN_VALIDATOR("appstreamcli", (QStringList{QStringLiteral("validate"),
                                                   QStringLiteral("--no-net"),
                                                   packagingFile(QStringLiteral(".metainfo.xml"))}));
    }

    void desktopFileValidates()
    {
        QVERIFY(QFile::exists(packagingFile(QStringLiteral(".desktop"))));
        RUN_VALIDATOR("desktop-file-validate",
                      QStringList{packagingFile(QStringLiteral(".desktop"))});
    }

    void filesNameEachOther()
    {
        const QString desktop = readAll(packagingFile(QStringLiteral(".desktop")));
        const QString metainfo = readAll(packagingFile(QStringLiteral(".metainfo.xml")));
        QVERIFY(desktop.contains(QStringLiteral("\nIcon=") + kAppId + QLatin1Char('\n')));
        QVERIFY(desktop.contains(QStringLiteral("\nExec=gatehouse ")));
        QVERIFY(metainfo.contains(QStringLiteral("<id>") + kAppId + QStringLiteral("</id>")));
        QVERIFY(metainfo.contains(QStringLiteral("<launchable type=\"desktop-id\">") + kAppId +
                                  QStringLiteral(".desktop</launchable>")));
        QVERIFY(QFile::exists(packagingFile(QStringLiteral(".svg"))));
    }

    void debianDependenciesNameQtRuntime()
    {
        const QString cmake = readAll(QStringLiteral(GATEHOUSE_SOURCE_DIR "/packaging/CMakeLists.txt"));
        for (const char *package : {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6charts6",
                                    "libqt6svg6", "libqt6concurrent6", "libqt6network6", "libzip4",
                                    "qt6-qpa-plugins"})
            QVERIFY2(cmake.contains(QString::fromLatin1(package)), package);
    }
};

QTEST_GUILESS_MAIN(TestGuiPackaging)
#include "test_gui_packaging.moc"
