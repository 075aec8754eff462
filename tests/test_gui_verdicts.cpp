// Issue 9 in the GUI (SPEC §7, §8): the rules in force come from the sources, an edit is a
// marked override of this session only, "Reset to rules" clears it; a rules file with
// errors shows no verdict until "Use built-in defaults"; the Review cards render exactly
// the checks the Markdown renders, on data where each gate fails for its own reason; an
// unreadable whitelist opens read-only and Save asks before overwriting it.
#include "AnalysisSession.h"
#include "MainWindow.h"
#include "Settings.h"
#include "common/Translate.h"
#include "models/ReviewModel.h"
#include "pages/AllocationsPage.h"
#include "pages/ReviewPage.h"
#include "pages/UnknownRatePage.h"
#include "pages/WhitelistPage.h"
#include "rules/RulesUi.h"
#include "widgets/RulesBanner.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>
#include <memory>

using namespace gatehouse;
using namespace gatehouse::ui;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A source where each gate fails for a reason of its own: the bench's CV is over the
// max (samples 10 and 12 alternate), the install median is over the budget (400 s), and
// the rollout's only whitelist class is stale. Every runs check is met.
void writeFailingSource(const QString &root)
{
    for (int run = 0; run < 10; ++run) {
        QByteArray bench = "goos: linux\ngoarch: amd64\npkg: example.com/d\ncpu: X\n";
        for (int sample = 0; sample < 10; ++sample)
            bench += QByteArray("BenchmarkFlaky-4 \t 1000\t 5.0 ns/op\t 64 B/op\t ") +
                     (sample % 2 ? "12" : "10") + " allocs/op\n";
        writeFile(QStringLiteral("%1/bench-raw-%2/bench.txt").arg(root).arg(1000 + run), bench);
        writeFile(
            QStringLiteral("%1/install-%2/install_to_ready_seconds.txt").arg(root).arg(2000 + run),
            "400\n");
    }
    for (int run = 0; run < 40; ++run)
        writeFile(QStringLiteral("%1/gate-%2/gate_result.json").arg(root).arg(3000 + run),
                  R"({"policy_hash": "a6f53e", "outcome": "COMMENT", "unknown_rate": 0.02,
                      "top_reasons": ["flaky_test"]})");
    writeFile(
        root + QStringLiteral("/unknown_whitelist.json"),
        R"({"version": 1, "classes": [{"reason": "flaky_test", "review_by": "2020-01-01"}]})");
}

// The whitelist editor with its prompts answered by the test.
class AnsweringWhitelistPage : public WhitelistPage
{
public:
    using WhitelistPage::WhitelistPage;
    bool overwrite = false;
    QStringList askedFor;

protected:
    bool askOverwriteUnreadable(const QString &path, const QString &) override
    {
        askedFor << path;
        return overwrite;
    }
    QString askSavePath() override { return QString(); }
};

} // namespace

class TestGuiVerdicts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_windows = 0;

    std::unique_ptr<MainWindow> newWindow(const QString &ini = QString())
    {
        return std::make_unique<MainWindow>(std::make_unique<Settings>(
            ini.isEmpty() ? m_tmp.filePath(QStringLiteral("w%1.ini").arg(++m_windows)) : ini));
    }
    static void open(MainWindow &w, const QString &source)
    {
        QVERIFY(w.openSources({source}));
        w.session()->waitForLoaded();
        QCoreApplication::processEvents(); // the Review page refreshes on a zero timer
    }
    static ReviewPage *review(MainWindow &w)
    {
        return qobject_cast<ReviewPage *>(w.page(MainWindow::ReviewPageIndex));
    }
    static QDoubleSpinBox *cvSpin(MainWindow &w)
    {
        return qobject_cast<AllocationsPage *>(w.page(MainWindow::AllocationsPageIndex))
            ->cvThresholdSpin();
    }
    QString sourceWithRules(const QString &name, const QByteArray &toml)
    {
        const QString root = m_tmp.filePath(name);
        writeFailingSource(root);
        writeFile(root + QStringLiteral("/gatehouse.toml"), toml);
        return root;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.path());
    }

    // An edit is an override of this session: marked, listed, cleared by Reset to rules,
    // and gone after a restart on another source, which judges by its own rules.
    void editIsAMarkedOverrideThatNeverOutlivesTheSession()
    {
        const QString a = sourceWithRules(QStringLiteral("a"), "[bench]\ncv_max = 5.0\n");
        const QString b = sourceWithRules(QStringLiteral("b"), "[bench]\ncv_max = 3.0\n");
        const QString ini = m_tmp.filePath(QStringLiteral("restart.ini"));
        {
            auto w = newWindow(ini);
            open(*w, a);
            QCOMPARE(cvSpin(*w)->value(), 5.0);
            QVERIFY(!cvSpin(*w)->property("ruleOverridden").toBool());
            QVERIFY(review(*w)->rulesText().contains(QStringLiteral("no overrides")));

            cvSpin(*w)->setValue(7.0);
            QCoreApplication::processEvents();
            QVERIFY(w->session()->rules().isOverridden(QStringLiteral("bench.cv_max")));
            QVERIFY(cvSpin(*w)->property("ruleOverridden").toBool());
            QVERIFY(cvSpin(*w)->font().bold() && cvSpin(*w)->font().italic());
            QVERIFY2(cvSpin(*w)->toolTip().contains(QStringLiteral("override; rules: 5")),
                     qPrintable(cvSpin(*w)->toolTip()));
            QVERIFY2(review(*w)->rulesText().contains(
                         QStringLiteral("bench.cv_max = 7.0 (override; rules: 5.0)")),
                     qPrintable(review(*w)->rulesText()));

            qobject_cast<AllocationsPage *>(w->page(MainWindow::AllocationsPageIndex))
                ->windowSpin()
                ->setValue(4); // the window also moves the bench comparison
            // The session's recompute after an edit is the core's whole analysis, no less.
            QCOMPARE(review(*w)->markdown(), QString::fromUtf8(graduationReviewMarkdown(analyzeAll(
                                                 w->session()->dataset(), w->session()->rules()))));

            w->action(QStringLiteral("resetRules"))->trigger();
            QCoreApplication::processEvents();
            QCOMPARE(cvSpin(*w)->value(), 5.0);
            QVERIFY(!cvSpin(*w)->property("ruleOverridden").toBool());
            QVERIFY(review(*w)->rulesText().contains(QStringLiteral("no overrides")));

            cvSpin(*w)->setValue(7.0); // an edit left in place when the window closes
            QVERIFY(w->close());
        }
        auto again = newWindow(ini);
        open(*again, b);
        QCOMPARE(cvSpin(*again)->value(), 3.0);
        QVERIFY(again->session()->rules().overridden().isEmpty());
        QCOMPARE(again->session()->rules().source(),
                 QFileInfo(b + "/gatehouse.toml").absoluteFilePath());
        // The same session opening other sources: their rules, not the edit either.
        cvSpin(*again)->setValue(9.0);
        open(*again, a);
        QCOMPARE(cvSpin(*again)->value(), 5.0);
    }

    void saveRulesAsWritesTheRulesInForce()
    {
        RuleSet rules;
        QVERIFY(rules.setOverride(QStringLiteral("bench.cv_max"), 2.5));
        const QString path = m_tmp.filePath(QStringLiteral("saved/gatehouse.toml"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        QVERIFY2(saveRulesFile(path, rules, &error), qPrintable(error));
        const RulesLoad load = loadRulesFile(path);
        QVERIFY2(load.ok(), qPrintable(load.errorText()));
        QCOMPARE(load.rules->doubleValue(QStringLiteral("bench.cv_max")), 2.5);
    }

    void brokenRulesShowNoVerdictUntilDefaults()
    {
        const QString c = sourceWithRules(QStringLiteral("c"), "[bench]\ncv_maxx = 1.0\n");
        auto w = newWindow();
        open(*w, c);
        QVERIFY(w->session()->verdictsBlocked());
        QVERIFY(!w->rulesBanner()->isHidden());
        QVERIFY2(w->rulesBanner()->text().contains(QStringLiteral("gatehouse.toml:2:")),
                 qPrintable(w->rulesBanner()->text()));
        QVERIFY(w->rulesBanner()->text().contains(QStringLiteral("cv_maxx")));
        for (GateId gate : {GateId::Allocations, GateId::Install, GateId::Rollout}) {
            QVERIFY2(review(*w)->statusText(gate).contains(rulesErrorVerdict()),
                     qPrintable(review(*w)->statusText(gate)));
            QVERIFY(review(*w)->checkLines(gate).isEmpty());
        }
        // The placeholder values in force are never offered for saving.
        QVERIFY(!w->action(QStringLiteral("saveRulesAs"))->isEnabled());
        QVERIFY(!w->findChild<QPushButton *>(QStringLiteral("reviewSaveRules"))->isEnabled());
        const auto *markdown = w->findChild<QTextBrowser *>(QStringLiteral("reviewMarkdown"));
        QVERIFY(!markdown->toPlainText().contains(QStringLiteral("not ready")));
        auto *allocations =
            qobject_cast<AllocationsPage *>(w->page(MainWindow::AllocationsPageIndex));
        QVERIFY(allocations->statusLabel()->text().startsWith(QStringLiteral("No verdict")));

        w->rulesBanner()->findChild<QPushButton *>(QStringLiteral("useDefaultRules"))->click();
        QCoreApplication::processEvents();
        QVERIFY(!w->session()->verdictsBlocked());
        QVERIFY(w->rulesBanner()->isHidden());
        QCOMPARE(review(*w)->statusText(GateId::Allocations), QStringLiteral("not ready · FAIL"));
        QVERIFY(!allocations->statusLabel()->text().startsWith(QStringLiteral("No verdict")));
        QVERIFY(w->action(QStringLiteral("saveRulesAs"))->isEnabled());
    }

    // SPEC §8: card, Review checklist and Markdown are renderings of one list of checks.
    void reviewRendersTheSameChecksAsTheMarkdown_data()
    {
        QTest::addColumn<int>("gate");
        QTest::addColumn<QString>("failing"); // the one check that fails on this data
        QTest::addRow("allocations: CV over the max") << int(GateId::Allocations) << "cv";
        QTest::addRow("install: median over budget") << int(GateId::Install) << "median";
        QTest::addRow("rollout: stale whitelist class") << int(GateId::Rollout) << "stale";
    }

    void reviewRendersTheSameChecksAsTheMarkdown()
    {
        QFETCH(int, gate);
        QFETCH(QString, failing);
        const QString root = m_tmp.filePath(QStringLiteral("failing"));
        if (!QFileInfo::exists(root))
            writeFailingSource(root);
        auto w = newWindow();
        open(*w, root);
        const GateReport &report = w->session()->report();
        const GateChecks checks = gate == int(GateId::Allocations) ? report.allocations.checks
                                  : gate == int(GateId::Install)   ? report.install.checks
                                                                   : report.rollout.checks;
        const GateStatus status = gate == int(GateId::Allocations) ? report.allocations.status
                                  : gate == int(GateId::Install)   ? report.install.status
                                                                   : report.rollout.status;
        QCOMPARE(status, GateStatus::Fail);
        QStringList unmet;
        for (const GateCheck &c : checks)
            if (!c.met)
                unmet << c.id;
        QCOMPARE(unmet, QStringList{failing});

        const ReviewPage *page = review(*w);
        QCOMPARE(page->statusText(GateId(gate)),
                 QStringLiteral("%1 · %2").arg(verdictWord(status), gateStatusName(status)));
        const QStringList lines = page->checkLines(GateId(gate));
        QCOMPARE(lines.size(), checks.size());
        const QString markdown = QString::fromUtf8(graduationReviewMarkdown(report));
        QCOMPARE(page->markdown(), markdown);
        for (int i = 0; i < checks.size(); ++i) {
            QCOMPARE(lines.at(i), checkLine(checks.at(i)));
            QVERIFY2(lines.at(i).startsWith(checks.at(i).met ? QStringLiteral("✓")
                                                             : QStringLiteral("✗")),
                     qPrintable(lines.at(i)));
            const QString md = checksMarkdown({checks.at(i)}).trimmed();
            QVERIFY2(markdown.contains(md), qPrintable(md));
        }
    }

    void unreadableWhitelistOpensReadOnlyAndSaveAsks()
    {
        const QString root = m_tmp.filePath(QStringLiteral("badwhitelist"));
        writeFailingSource(root);
        const QString path = root + QStringLiteral("/unknown_whitelist.json");
        const QByteArray broken = "{\"version\": 1, \"classes\": [ {\"reason\": ";
        writeFile(path, broken);
        AnalysisSession session;
        AnsweringWhitelistPage page(&session);
        session.load({root});
        session.waitForLoaded();
        QVERIFY(session.whitelistFile().isUnreadable());
        QVERIFY(page.isReadOnly());
        const auto *label = page.findChild<QLabel *>(QStringLiteral("pathLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("cannot be read")) &&
                     label->text().contains(QDir::toNativeSeparators(path)),
                 qPrintable(label->text()));
        QVERIFY(!page.findChild<QAction *>(QStringLiteral("addAction"))->isEnabled());
        // The rollout gate names it too, and fails its whitelist_readable check.
        QVERIFY(!session.rollout().checks.isEmpty());
        UnknownRatePage unknown(&session);
        QVERIFY(unknown.findChild<QLabel *>(QStringLiteral("whitelistState"))
                    ->text()
                    .contains(QStringLiteral("cannot be read")));

        page.overwrite = false;
        QVERIFY(!page.saveTo(path));
        QCOMPARE(page.askedFor, QStringList{QFileInfo(path).absoluteFilePath()});
        QCOMPARE(readBytes(path), broken);
        page.overwrite = true;
        QVERIFY(page.save());
        QCOMPARE(page.askedFor.size(), 2);
        QVERIFY(readBytes(path) != broken);
        QVERIFY(!page.isReadOnly());
    }

    void openWhitelistAndBaselineReplaceTheSourcesOnes()
    {
        const QString root = m_tmp.filePath(QStringLiteral("picks"));
        writeFailingSource(root);
        const QString good = m_tmp.filePath(QStringLiteral("picked_whitelist.json"));
        writeFile(good, R"({"version": 1, "classes": [{"reason": "flaky_test"}]})");
        const QString bad = m_tmp.filePath(QStringLiteral("picked_baseline.json"));
        writeFile(bad, "[not json");
        AnalysisSession session;
        session.load({root});
        session.waitForLoaded();
        QCOMPARE(session.rollout().status, GateStatus::Fail); // the stale class
        session.openWhitelistFile(good);
        QVERIFY(session.whitelistFile().isLoaded());
        QCOMPARE(session.whitelistPath(), QFileInfo(good).absoluteFilePath());
        QCOMPARE(session.rollout().status, GateStatus::Pass); // no review_by: not stale
        session.openBaselineFile(bad);
        QVERIFY(session.baselineFile().isUnreadable());
        QVERIFY(!session.baselineFile().error.isEmpty());
        QVERIFY(!unmetCheckIds(session.allocations().checks).isEmpty());
        QVERIFY(unmetCheckIds(session.allocations().checks)
                    .contains(QStringLiteral("baseline_readable")));
        session.reload(); // a reload keeps the picks
        session.waitForLoaded();
        QCOMPARE(session.whitelistPath(), QFileInfo(good).absoluteFilePath());
        QVERIFY(session.baselineFile().isUnreadable());
    }

    void helpPageExplainsEveryFigure()
    {
        const QString html = verdictsHelpHtml();
        for (const char *term :
             {"PASS", "FAIL", "INSUFFICIENT", "NO_DATA", "ready / blocked", "CV", "95 % interval",
              "Mode share", "Drift", "Spike", "RD", "RR", "WARN preview", "False-positive rate",
              "bench.cv_max", "rollout.fp_max", "install.budget"})
            QVERIFY2(html.contains(QString::fromUtf8(term)), term);
    }

    // In German the page is the German one, and it names every rule key the English does.
    void helpPageInGerman()
    {
        const QString english = verdictsHelpHtml();
        QString german;
        {
            const ScopedReportLanguage de(Language::German);
            german = verdictsHelpHtml();
        }
        QVERIFY(german.contains(QStringLiteral("<h2>Die Urteile lesen</h2>")));
        static const QRegularExpression code(QStringLiteral("<code>[^<]*</code>"));
        for (auto it = code.globalMatch(english); it.hasNext();) {
            const QString key = it.next().captured(0);
            QVERIFY2(german.contains(key), qPrintable(key));
        }
        for (const char *term : {"bereit / blockiert", "95-%-Intervall", "Modalanteil",
                                 "WARN-Vorschau", "False-Positive-Rate", "Prüfungen"})
            QVERIFY2(german.contains(QString::fromUtf8(term)), term);
    }
};

QTEST_MAIN(TestGuiVerdicts)
#include "test_gui_verdicts.moc"
