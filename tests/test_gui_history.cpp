// File > Open History… offscreen: the dialog builds the store source with its filter and
// never puts a password in it; the main window loads a store like a folder, with the
// filter applied, and keeps it in the recent list.
#include "AnalysisSession.h"
#include "CliTestSupport.h"
#include "MainWindow.h"
#include "Settings.h"
#include "history/OpenHistoryDialog.h"
#include "history/StorePasswords.h"
#include "history/StoreUrl.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace gatehouse;
using namespace gatehouse::ui;

class TestGuiHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_store;

    template <typename T> static T *child(QObject &parent, const char *name)
    {
        T *w = parent.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    int loadedBenchRuns(MainWindow &w, const QString &source)
    {
        QSignalSpy finished(w.session(), &AnalysisSession::loadFinished);
        if (!w.openSources({source}))
            return -1;
        if (finished.isEmpty() && !finished.wait(60000))
            return -1;
        return int(w.session()->dataset().benchRuns.size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_store = m_tmp.filePath(QStringLiteral("history.sqlite"));
        const auto run = cli_test::runCli({QStringLiteral("ingest"), QStringLiteral("--demo"),
                                           QStringLiteral("--store"), m_store});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void dialogBuildsTheFilteredSource()
    {
        OpenHistoryDialog dialog;
        child<QLineEdit>(dialog, "sqlitePath")->setText(m_store);
        child<QLineEdit>(dialog, "repository")->setText(QStringLiteral("tracecore/tracecore"));
        child<QCheckBox>(dialog, "fromEnabled")->setChecked(true);
        child<QDateEdit>(dialog, "from")->setDate(QDate(2026, 9, 20));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.source(), QStringLiteral("sqlite:%1?repository=tracecore/tracecore&"
                                                 "from=2026-09-20")
                                      .arg(m_store));
    }

    void dialogRefusesAMissingFile()
    {
        OpenHistoryDialog dialog;
        child<QLineEdit>(dialog, "sqlitePath")
            ->setText(m_tmp.filePath(QStringLiteral("no.sqlite")));
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(child<QLabel>(dialog, "error")->text().contains(QLatin1String("no such file")));
    }

    void passwordStaysOutOfTheSource()
    {
        OpenHistoryDialog dialog;
        child<QRadioButton>(dialog, "postgresButton")->setChecked(true);
        child<QLineEdit>(dialog, "postgresUrl")
            ->setText(QStringLiteral("postgresql://op@db.invalid:5433/history"));
        child<QLineEdit>(dialog, "password")->setText(QStringLiteral("s3cret"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.source(), QStringLiteral("postgresql://op@db.invalid:5433/history"));
        QString error;
        QCOMPARE(rememberedStorePassword(*parseStoreUrl(dialog.source(), &error)),
                 QStringLiteral("s3cret"));
    }

    void windowLoadsAStoreLikeAFolder()
    {
        const QString ini = m_tmp.filePath(QStringLiteral("w.ini"));
        {
            MainWindow w(std::make_unique<Settings>(ini));
            QVERIFY(w.findChild<QAction *>(QStringLiteral("openHistory")));
            const int all = loadedBenchRuns(w, QStringLiteral("sqlite:") + m_store);
            QVERIFY(all > 10);
            QVERIFY(w.session()->dataset().whitelist.has_value());
            // The date filter leaves out the runs before it; files of no run stay.
            const int later =
                loadedBenchRuns(w, QStringLiteral("sqlite:%1?from=2026-09-20").arg(m_store));
            QVERIFY2(later > 0 && later < all, qPrintable(QString::number(later)));
            QVERIFY(w.session()->dataset().whitelist.has_value());
            for (const BenchRun &run : w.session()->dataset().benchRuns)
                QVERIFY(run.identity.timestamp >=
                        QDateTime(QDate(2026, 9, 20), QTime(0, 0), Qt::UTC));
            QCOMPARE(w.settings().recentSources().first(),
                     QStringList{QStringLiteral("sqlite:%1?from=2026-09-20").arg(m_store)});
            // A password given in a URL is kept in memory, never in the settings.
            w.openSources({QStringLiteral("postgresql://op:pw-in-url@127.0.0.1:1/h")});
            w.session()->waitForLoaded();
            QCOMPARE(w.settings().recentSources().first(),
                     QStringList{QStringLiteral("postgresql://op@127.0.0.1:1/h")});
            QVERIFY(!w.session()->dataset().issues.isEmpty());
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("pw-in-url"));
    }
};

QTEST_MAIN(TestGuiHistory)
#include "test_gui_history.moc"
