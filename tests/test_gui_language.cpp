// View > Language on a live window (docs/i18n.md): a menu title, an action, a page name,
// a button, a card title and the review Markdown change to German and back without a
// restart, the choice is kept in the settings, and the catalogue walk leaves texts it does
// not know alone.
#include "AnalysisSession.h"
#include "MainWindow.h"
#include "Settings.h"
#include "common/Translate.h"
#include "i18n/Retranslate.h"
#include "i18n/UiLanguage.h"
#include "models/DetectorTableModel.h"
#include "models/IssuesModel.h"
#include "models/RunsModel.h"
#include "pages/ReviewPage.h"
#include "rules/RulesFile.h"
#include "sources/Loader.h"
#include "widgets/RulesBanner.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace gatehouse;
using namespace gatehouse::ui;

namespace {

using Reader = std::function<QString(MainWindow &)>;

QString fileMenuTitle(MainWindow &w)
{
    return w.menuBar()->actions().value(0)->text();
}

QString buttonText(MainWindow &w, const char *objectName)
{
    auto *button = w.findChild<QPushButton *>(QLatin1String(objectName));
    return button ? button->text()
                  : QStringLiteral("(no button %1)").arg(QLatin1String(objectName));
}

// Whether any label on the Review page shows exactly `text`: the gate cards' titles are
// rendered from the session, not set once.
QString cardTitles(MainWindow &w)
{
    QStringList titles;
    for (QLabel *label : w.page(MainWindow::ReviewPageIndex)->findChildren<QLabel *>())
        if ((label->text().endsWith(QLatin1String("-Gate")) ||
             label->text().endsWith(QLatin1String(" gate"))) &&
            !label->text().contains(QStringLiteral("→"))) // not "soft gate → hard gate"
            titles << label->text();
    titles.sort();
    return titles.join(QLatin1Char('|'));
}

// The text in `column` of the first row whose `keyColumn` shows `key`, in the page's table
// of a Model (sorted or filtered): what the operator reads there, rendered from the data
// in the window's language.
template <typename Model> Reader cell(int page, int keyColumn, const char *key, int column)
{
    return [=](MainWindow &w) {
        w.setCurrentPage(page); // pages refresh when shown
        for (QTableView *view : w.page(page)->findChildren<QTableView *>()) {
            const QAbstractItemModel *m = view->model();
            const QAbstractItemModel *source = m;
            while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(source))
                source = proxy->sourceModel();
            if (!qobject_cast<const Model *>(source))
                continue;
            for (int row = 0; row < m->rowCount(); ++row)
                if (m->index(row, keyColumn).data().toString() == QLatin1String(key))
                    return m->index(row, column).data().toString();
        }
        return QStringLiteral("(no row %1)").arg(QLatin1String(key));
    };
}

} // namespace

Q_DECLARE_METATYPE(Reader)

class TestGuiLanguage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Whatever the machine's locale: the suite starts in English.
        UiLanguage::instance()->apply(LanguageChoice::English);
    }

    void switchesLiveAndBack_data()
    {
        QTest::addColumn<Reader>("read");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::addRow("menu title")
            << Reader(fileMenuTitle) << QStringLiteral("&File") << QStringLiteral("&Datei");
        QTest::addRow("action") << Reader([](MainWindow &w) {
            return w.action(QStringLiteral("openFolder"))->text();
        }) << QStringLiteral("Open &Folder…")
                                << QStringLiteral("&Ordner öffnen…");
        QTest::addRow("action tool tip")
            << Reader([](MainWindow &w) { return w.action(QStringLiteral("reload"))->toolTip(); })
            << QStringLiteral("Reload (F5)") << QStringLiteral("Neu laden (F5)");
        QTest::addRow("page list") << Reader([](MainWindow &w) {
            return w.findChild<QListWidget *>(QStringLiteral("pageList"))->item(0)->text();
        }) << QStringLiteral("Review")
                                   << QStringLiteral("Bewertung");
        QTest::addRow("button") << Reader([](MainWindow &w) {
            return buttonText(w, "copyMarkdown");
        }) << QStringLiteral("&Copy as Markdown")
                                << QStringLiteral("Als Markdown &kopieren");
        QTest::addRow("card titles")
            << Reader(cardTitles) << QStringLiteral("Allocations gate|Install-duration gate")
            << QStringLiteral("Allokations-Gate|Installationsdauer-Gate");
        // Parse issues are stored in English (they are in the CSV/JSON) and shown in German.
        QTest::addRow("parse issue")
            << cell<IssuesModel>(MainWindow::ProblemsPageIndex, IssuesModel::File,
                                 "gate-result-9182738100/gate_result.json", IssuesModel::Reason)
            << QStringLiteral("field \"unknown_rate\" must be a number in [0, 1], found number 1.7")
            << QStringLiteral("Feld „unknown_rate“ muss eine Zahl in [0, 1] sein, gefunden: Zahl "
                              "1,7");
        // Figures and times in the German locale; English keeps core's text.
        QTest::addRow("decimal comma")
            << cell<DetectorTableModel>(MainWindow::AllocationsPageIndex,
                                        DetectorTableModel::Detector, "DNSExfilDetector",
                                        DetectorTableModel::Mean)
            << QStringLiteral("18.1") << QStringLiteral("18,1");
        QTest::addRow("German date")
            << cell<RunsModel>(MainWindow::RunsPageIndex, RunsModel::RunId, "9182736400",
                               RunsModel::Time)
            << QStringLiteral("2026-09-14 08:00 UTC") << QStringLiteral("14.09.2026 08:00 UTC");
        QTest::addRow("run kind") << cell<RunsModel>(MainWindow::RunsPageIndex, RunsModel::RunId,
                                                     "9182736437", RunsModel::Kind)
                                  << QStringLiteral("bench") << QStringLiteral("Bench");
        QTest::addRow("review markdown") << Reader([](MainWindow &w) {
            auto *review = static_cast<ReviewPage *>(w.page(MainWindow::ReviewPageIndex));
            return review->markdown().section(QLatin1Char('\n'), 0, 0);
        }) << QStringLiteral("# Graduation review")
                                         << QStringLiteral("# Bewertung der Hochstufung");
    }

    void switchesLiveAndBack()
    {
        QFETCH(Reader, read);
        QFETCH(QString, english);
        QFETCH(QString, german);
        const QString ini = m_tmp.filePath(QStringLiteral("%1.ini").arg(QTest::currentDataTag()));
        MainWindow w(std::make_unique<Settings>(ini));
        w.show();
        w.session()->load({demoSourcePath()});
        w.session()->waitForLoaded();
        QCOMPARE(read(w), english);

        w.action(QStringLiteral("language_de"))->trigger();
        QCOMPARE(UiLanguage::instance()->language(), Language::German);
        QVERIFY(w.action(QStringLiteral("language_de"))->isChecked());
        QCOMPARE(read(w), german);
        QCOMPARE(Settings(ini).language(), QStringLiteral("de"));

        w.action(QStringLiteral("language_en"))->trigger();
        QCOMPARE(read(w), english);
        QCOMPARE(Settings(ini).language(), QStringLiteral("en"));
    }

    // German runs about 30 % longer than English: in German, no page may need more width
    // than a 1400 px window gives it (a label that does not wrap would widen the window and
    // clip at 1400 px).
    void germanPagesFitAt1400_data()
    {
        QTest::addColumn<int>("page");
        for (int i = 0; i < MainWindow::PageCount; ++i)
            QTest::addRow("%s", qPrintable(MainWindow::pageKey(i))) << i;
    }

    void germanPagesFitAt1400()
    {
        QFETCH(int, page);
        UiLanguage::instance()->apply(LanguageChoice::German);
        {
            MainWindow w(std::make_unique<Settings>(m_tmp.filePath(QStringLiteral("fit.ini"))));
            w.session()->load({demoSourcePath()});
            w.session()->waitForLoaded();
            w.setCurrentPage(page);
            w.resize(1400, 900);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const int pageList = w.findChild<QListWidget *>(QStringLiteral("pageList"))->width();
            const int needed = w.page(page)->minimumSizeHint().width();
            QVERIFY2(needed + pageList <= 1400,
                     qPrintable(QStringLiteral("%1 needs %2 px next to a %3 px page list")
                                    .arg(MainWindow::pageKey(page))
                                    .arg(needed)
                                    .arg(pageList)));
            QCOMPARE(w.width(), 1400);
        }
        UiLanguage::instance()->apply(LanguageChoice::English);
    }

    // The workbench's --help speaks the window's language (Qt's own "Options:" too); the
    // option names stay as they are typed.
    void helpInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::addRow("en") << QStringLiteral("en")
                            << QStringLiteral("Artifact folders or zip files.");
        QTest::addRow("de") << QStringLiteral("de")
                            << QStringLiteral("Ordner oder Zip-Dateien mit Artefakten.");
    }

    void helpInTheWindowsLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("help")));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(GATEHOUSE_GUI),
                  {QStringLiteral("--lang"), lang, QStringLiteral("--help")});
        QVERIFY(gui.waitForFinished(30000));
        const QString out = QString::fromUtf8(gui.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("--screenshots <DIR>")), qPrintable(out));
    }

    // A rules-file error keeps its place and key and reads in the window's language, under
    // a heading with the right plural.
    void rulesErrorsInTheWindowsLanguage_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("error");
        QTest::addRow("en") << int(Language::English)
                            << QStringLiteral("The rules file has an error; no gate has a verdict "
                                              "until it is fixed")
                            << QStringLiteral(
                                   "gatehouse.toml:3:10: bench.cv_max: must be at least 0");
        QTest::addRow("de") << int(Language::German)
                            << QStringLiteral("Die Regeldatei hat einen Fehler; kein Gate hat ein "
                                              "Urteil, bis er behoben ist")
                            << QStringLiteral(
                                   "gatehouse.toml:3:10: bench.cv_max: muss mindestens 0 "
                                   "sein");
    }

    void rulesErrorsInTheWindowsLanguage()
    {
        QFETCH(int, language);
        QFETCH(QString, heading);
        QFETCH(QString, error);
        RulesError e;
        e.file = QStringLiteral("gatehouse.toml");
        e.line = 3;
        e.column = 10;
        e.key = QStringLiteral("bench.cv_max");
        e.message = QStringLiteral("must be at least 0");
        RulesBanner banner;
        {
            const ScopedReportLanguage shown(static_cast<Language>(language));
            banner.setErrors({e});
        }
        const QStringList lines =
            banner.findChild<QLabel *>(QStringLiteral("rulesBannerText"))->text().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().startsWith(heading), qPrintable(lines.first()));
        QCOMPARE(lines.last(), error);
    }

    void systemFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<int>("language");
        QTest::addRow("en") << QStringLiteral("en") << int(Language::English);
        QTest::addRow("de") << QStringLiteral("de") << int(Language::German);
        QTest::addRow("unknown key is System")
            << QStringLiteral("klingon") << int(systemLanguage());
    }

    void systemFollowsTheLocale()
    {
        QFETCH(QString, choice);
        QFETCH(int, language);
        QCOMPARE(int(resolveLanguage(languageChoiceFromKey(choice))), language);
    }

    void walkLeavesUnknownTextsAlone()
    {
        const TextCatalogue catalogue = TextCatalogue::fromTs(
            "<TS><context><name>X</name><message><source>&amp;File</source>"
            "<translation>&amp;Datei</translation></message><message numerus=\"yes\">"
            "<source>%n run(s)</source><translation><numerusform>%n Run</numerusform>"
            "</translation></message><message><source>Open</source>"
            "<translation type=\"unfinished\"></translation></message></context></TS>");
        QCOMPARE(catalogue.size(), 1);
        QWidget root;
        auto *known = new QLabel(QStringLiteral("&File"), &root);
        auto *data = new QLabel(QStringLiteral("main"), &root); // a branch name, not a text
        auto *unfinished = new QPushButton(QStringLiteral("Open"), &root);
        QCOMPARE(retranslateTree(&root, Language::English, Language::German, catalogue), 1);
        QCOMPARE(known->text(), QStringLiteral("&Datei"));
        QCOMPARE(data->text(), QStringLiteral("main"));
        QCOMPARE(unfinished->text(), QStringLiteral("Open"));
        QCOMPARE(retranslateTree(&root, Language::German, Language::English, catalogue), 1);
        QCOMPARE(known->text(), QStringLiteral("&File"));
    }

    void cleanupTestCase() { UiLanguage::instance()->apply(LanguageChoice::English); }
};

QTEST_MAIN(TestGuiLanguage)
#include "test_gui_language.moc"
