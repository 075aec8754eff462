// The sentences core stores in English (parse issues, exclusion reasons, warnings) and
// renders again in the report language (core/common/StoredText.h): German in German,
// unchanged in English, nested sentences and run lists rendered too, and every parse
// issue the test fixtures produce has a template. CSV/JSON keep English even when Qt's own
// German catalogue is installed (QJsonParseError::errorString() would translate).
#include "common/ParseIssue.h"
#include "common/StoredText.h"
#include "common/Translate.h"
#include "rollout/JsonChecks.h"
#include "sources/Loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLibraryInfo>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gatehouse;

class TestI18nStored : public QObject
{
    Q_OBJECT
private slots:
    void rendersInGerman_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::addRow("exclusion reason")
            << QStringLiteral("branch feature/ebpf-ringbuf, not main")
            << QStringLiteral("Branch feature/ebpf-ringbuf, nicht main");
        QTest::addRow("nested arguments")
            << QStringLiteral("field \"unknown_rate\" must be a number in [0, 1], found number 1.7")
            << QStringLiteral("Feld „unknown_rate“ muss eine Zahl in [0, 1] sein, gefunden: Zahl "
                              "1.7");
        QTest::addRow("JSON error text")
            << QStringLiteral("not valid JSON: unterminated string at offset 56")
            << QStringLiteral(
                   "kein gültiges JSON: nicht abgeschlossene Zeichenkette bei Offset 56");
        QTest::addRow("most specific template")
            << QStringLiteral("cannot read zip: no such file")
            << QStringLiteral("Zip-Datei nicht lesbar: Datei nicht vorhanden");
        QTest::addRow("repeated placeholder")
            << QStringLiteral("run_id 42 differs from the file name; run 42 is used")
            << QStringLiteral("run_id 42 weicht vom Dateinamen ab; Run 42 wird verwendet");
        QTest::addRow("run lists inside an argument")
            << QStringLiteral("the selected runs mix machines: A (runs 1, 2, 3 and 6 more), B "
                              "(run 7); numbers from different machines can fake or hide a "
                              "regression")
            << QStringLiteral("die ausgewählten Runs stammen von verschiedenen Maschinen: A (Runs "
                              "1, 2, 3 und 6 weitere), B (Run 7); Zahlen verschiedener Maschinen "
                              "können eine Regression vortäuschen oder verbergen");
        QTest::addRow("argument that looks like a template stays data")
            << QStringLiteral("cannot read: %1") << QStringLiteral("nicht lesbar: %1");
        QTest::addRow("rules file error") << QStringLiteral("must be a number, not a string")
                                          << QStringLiteral("muss eine Zahl sein, gefunden: eine "
                                                            "Zeichenkette");
        QTest::addRow("download progress")
            << QStringLiteral("downloading bench-detectors-raw (1 of 3, 2 KB)")
            << QStringLiteral("bench-detectors-raw wird heruntergeladen (1 of 3, 2 KB)");
        QTest::addRow("unknown sentence unchanged")
            << QStringLiteral("a sentence no template knows") // at worst English
            << QStringLiteral("a sentence no template knows");
    }

    void rendersInGerman()
    {
        QFETCH(QString, english);
        QFETCH(QString, german);
        {
            const ScopedReportLanguage de(Language::German);
            QCOMPARE(inReportLanguage(english), german);
        }
        QCOMPARE(inReportLanguage(english), english); // English: the stored text itself
    }

    // A parse issue without a template would stay English on the German Problems page:
    // every broken fixture, laid out as CI artifacts, and the demo.
    void everyFixtureIssueHasATemplate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LoadOptions options{};
        options.sources << dir.path() << demoSourcePath();
        int n = 0;
        auto lay = [&](const char *fixtures, const QString &folder, const char *name, bool own) {
            for (const QFileInfo &file :
                 QDir(QStringLiteral(GATEHOUSE_TEST_DATA "/%1").arg(QLatin1String(fixtures)))
                     .entryInfoList(QDir::Files)) {
                // baselines.json and the whitelist count only at a source's root
                const QString root =
                    own ? dir.filePath(QStringLiteral("source-%1").arg(++n)) : dir.path();
                const QString target = QStringLiteral("%1/%2-%3/%4")
                                           .arg(root, folder)
                                           .arg(9000000 + ++n)
                                           .arg(QLatin1String(name));
                QVERIFY(QDir().mkpath(QFileInfo(target).path()));
                QVERIFY(QFile::copy(file.filePath(),
                                    own ? root + QLatin1Char('/') + QLatin1String(name) : target));
                if (own)
                    options.sources << root;
            }
        };
        lay("gate_result", QStringLiteral("gate-result"), "gate_result.json", false);
        lay("gobench", QStringLiteral("bench-detectors-raw"), "bench.txt", false);
        lay("baseline", QString(), "baselines.json", true);
        lay("whitelist", QString(), "unknown_whitelist.json", true);
        const Dataset dataset = loadSources(options);
        QVERIFY2(dataset.issues.size() > 30,
                 qPrintable(QStringLiteral("%1 issues").arg(dataset.issues.size())));
        const ScopedReportLanguage de(Language::German);
        QStringList untranslated;
        QSet<QString> seen;
        for (const ParseIssue &issue : dataset.issues) {
            if (!seen.contains(issue.message) && inReportLanguage(issue.message) == issue.message)
                untranslated << issue.message;
            seen.insert(issue.message);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    // jsonErrorText() is Qt's own English text, word for word (the stored messages did
    // not change).
    void jsonErrorTextIsQtsEnglish_data()
    {
        QTest::addColumn<QByteArray>("json");
        for (const char *json : {"{", "[1", "{\"a\" 1}", "[1 2]", "x", "[\"\\u12\"]", "\"abc",
                                 "{\"a\":1,}", "[1] 2", "-"})
            QTest::addRow("%s", json) << QByteArray(json);
    }

    void jsonErrorTextIsQtsEnglish()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error{};
        QJsonDocument::fromJson(json, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(jsonErrorText(error.error), error.errorString());
    }

    // Under Qt's German catalogue, QJsonParseError::errorString() is German; the stored
    // message (CSV, JSON) must not be.
    void jsonErrorsStayEnglish()
    {
        QTranslator qt;
        if (!qt.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QSKIP("qt6-translations-l10n is not installed");
        QCoreApplication::installTranslator(&qt);
        QJsonParseError error{};
        QJsonDocument::fromJson("{\"a\": \"open", &error);
        const QString qtText = error.errorString();
        ParseIssues issues;
        parseJsonDocument("{\"a\": \"open", QStringLiteral("x.json"), issues);
        QCoreApplication::removeTranslator(&qt);
        QVERIFY2(qtText != QLatin1String("unterminated string"), "Qt's German text is loaded");
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.first().message.startsWith(
                     QLatin1String("not valid JSON: unterminated string at offset")),
                 qPrintable(issues.first().message));
    }
};

QTEST_GUILESS_MAIN(TestI18nStored)
#include "test_i18n_stored.moc"
