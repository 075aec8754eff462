// The shell's models and small widgets on the embedded demo: RunsModel and IssuesModel
// under QAbstractItemModelTester, the gate summaries of the Review page, the issue
// banner's words, issue paths resolved to files on disk, Ctrl+C on a table, and the
// Settings class (recent sources capped at 10, no gate rules kept).
#include "Settings.h"
#include "models/IssuesModel.h"
#include "models/ModelRoles.h"
#include "models/ReviewModel.h"
#include "models/RunsModel.h"
#include "report/ChangesReport.h"
#include "sources/Loader.h"
#include "widgets/IssueBanner.h"
#include "widgets/LoadProgress.h"
#include "widgets/TableView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace gatehouse;
using namespace gatehouse::ui;

class TestGuiModelsShell : public QObject
{
    Q_OBJECT
private:
    Dataset m_demo;

private slots:
    void initTestCase()
    {
        LoadOptions options;
        options.sources = {demoSourcePath()};
        m_demo = loadSources(options);
        QCOMPARE(m_demo.benchRuns.size(), 44);
        QCOMPARE(m_demo.installRuns.size(), 44);
        QCOMPARE(m_demo.gateRuns.size(), 44);
        QCOMPARE(m_demo.issues.size(), 4);
    }

    void runsModelHasEveryRun()
    {
        RunsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(m_demo);
        QCOMPARE(model.rowCount(), 44 * 3);
        QCOMPARE(model.columnCount(), int(RunsModel::ColumnCount));
        QCOMPARE(model.countOf(RunKind::Bench), 44);
        QCOMPARE(model.countOf(RunKind::Install), 44);
        QCOMPARE(model.countOf(RunKind::Gate), 44);
        const QModelIndex first = model.index(0, RunsModel::RunId);
        QCOMPARE(first.data().toString(), QStringLiteral("9182736400"));
        QCOMPARE(first.data(RunIdRole).toString(), QStringLiteral("9182736400"));
        QCOMPARE(model.index(0, RunsModel::Kind).data().toString(), QStringLiteral("bench"));
        QCOMPARE(model.index(0, RunsModel::Time).data().toString(),
                 QStringLiteral("2026-09-14 08:00 UTC"));
        // The install metadata's html_url links every artifact of that workflow run.
        const QUrl page(
            QStringLiteral("https://github.com/tracecore/tracecore/actions/runs/9182736400"));
        QCOMPARE(model.index(0, RunsModel::CiPage).data(RunsModel::CiPageRole).toUrl(), page);
        QCOMPARE(model.index(0, RunsModel::CiPage).data().toString(), page.toString());
        model.setDataset(Dataset());
        QCOMPARE(model.rowCount(), 0);
    }

    void runIdsSortNumericallyBeforeOtherIds_data()
    {
        QTest::addColumn<QString>("smaller");
        QTest::addColumn<QString>("larger");
        QTest::addRow("more digits is larger") << "999"
                                               << "1000";
        QTest::addRow("numbers before names") << "123456789012"
                                              << "a/b/gate_result.json";
        QTest::addRow("names lexicographic") << "alpha"
                                             << "beta";
        QTest::addRow("beyond 64 bits, by digits") << "18446744073709551616"
                                                   << "99999999999999999999";
        QTest::addRow("19 digits, by value") << "999999999999999999"
                                             << "1000000000000000000";
        QTest::addRow("20 digits after 19") << "9999999999999999999"
                                            << "10000000000000000000";
    }

    // One rank per row: equal ids share it, the ranks count distinct ids in run-id order
    // (ids runIdLess holds equal, "7" and "007", get ranks of their own, next to each other).
    void runIdRankPerRow_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QList<int>>("ranks");
        QTest::addRow("repeats share a rank")
            << QStringList{"30", "4", "30", "b", "4", "a"} << QList<int>{1, 0, 1, 3, 0, 2};
        QTest::addRow("leading zeros")
            << QStringList{"7", "007", "7", "8"} << QList<int>{1, 0, 1, 2};
        QTest::addRow("empty id is a name") << QStringList{"", "1"} << QList<int>{1, 0};
        QTest::addRow("none") << QStringList{} << QList<int>{};
    }

    void runIdRankPerRow()
    {
        QFETCH(QStringList, ids);
        QFETCH(QList<int>, ranks);
        const std::vector<int> got = RunsModel::runIdRankOf(ids);
        QCOMPARE(QList<int>(got.cbegin(), got.cend()), ranks);
    }

    void runIdsSortNumericallyBeforeOtherIds()
    {
        QFETCH(QString, smaller);
        QFETCH(QString, larger);
        const QHash<QString, int> ranks = RunsModel::runIdRanks({larger, smaller, larger});
        QCOMPARE(ranks.size(), 2);
        QVERIFY(ranks.value(smaller) < ranks.value(larger));
        // And the model sorts on those ranks.
        Dataset d;
        for (const QString &id : {larger, smaller}) {
            GateRun run;
            run.identity.runId = id;
            d.gateRuns.append(run);
        }
        RunsModel model;
        model.setDataset(d);
        QVERIFY(model.index(1, RunsModel::RunId).data(SortRole).toInt() <
                model.index(0, RunsModel::RunId).data(SortRole).toInt());
    }

    void ciPagesAcceptOnlyWebUrls()
    {
        Dataset d;
        InstallRun run;
        run.identity.runId = QStringLiteral("1");
        run.metadata = RunMetadata();
        run.metadata->htmlUrl = QStringLiteral("file:///etc/passwd");
        d.installRuns.append(run);
        run.identity.runId = QStringLiteral("2");
        run.metadata->htmlUrl = QStringLiteral("https://ci.example/runs/2");
        d.installRuns.append(run);
        const auto pages = ciPagesByRunId(d);
        QVERIFY(!pages.contains(QStringLiteral("1")));
        QCOMPARE(pages.value(QStringLiteral("2")),
                 QUrl(QStringLiteral("https://ci.example/runs/2")));
    }

    void issuesModelListsDemoIssues()
    {
        IssuesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIssues(m_demo.issues, {demoSourcePath()});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.countOf(Severity::Error), 3);
        QCOMPARE(model.countOf(Severity::Warning), 1);
        QCOMPARE(model.unusableFiles(), 3);
        const QModelIndex warning = model.index(0, IssuesModel::SeverityColumn);
        QCOMPARE(warning.data().toString(), QStringLiteral("warning"));
        QCOMPARE(model.index(0, IssuesModel::File).data().toString(),
                 QStringLiteral("bench-detectors-raw-9182737917/bench.txt"));
        QCOMPARE(model.index(0, IssuesModel::Line).data().toInt(), 28);
        QVERIFY(!model.index(1, IssuesModel::Line).data().isValid()); // no line: blank
        // The demo is embedded: nothing to open on disk.
        QVERIFY(model.index(0, 0).data(IssuesModel::LocalFileRole).toString().isEmpty());
    }

    void issuePathsResolveToFilesOnDisk()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("run-1")));
        QFile bad(dir.filePath(QStringLiteral("run-1/gate_result.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.close();
        QFile zip(dir.filePath(QStringLiteral("a.zip")));
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.close();
        const QString root = QFileInfo(dir.path()).canonicalFilePath();
        QCOMPARE(localFileForIssue(QStringLiteral("run-1/gate_result.json"), {dir.path()}),
                 root + QStringLiteral("/run-1/gate_result.json"));
        // A zip entry resolves to the zip that holds it.
        QCOMPARE(localFileForIssue(QStringLiteral("a.zip/x/gate_result.json"), {dir.path()}),
                 root + QStringLiteral("/a.zip"));
        // A zip given as the source: its entries resolve to it.
        QCOMPARE(localFileForIssue(QStringLiteral("a.zip/gate_result.json"),
                                   {dir.filePath(QStringLiteral("a.zip"))}),
                 root + QStringLiteral("/a.zip"));
        QVERIFY(localFileForIssue(QStringLiteral("gone/x.json"), {dir.path()}).isEmpty());
        QVERIFY(localFileForIssue(QStringLiteral("x.json"), {demoSourcePath()}).isEmpty());
    }

    // SPEC §8: a card renders the gate's checks and nothing else; its word is the status's.
    void reviewSummariesRenderTheChecks()
    {
        const GateReport report = analyzeAll(m_demo, RuleSet());
        const QList<GateSummary> gates = summarizeGates(report);
        QCOMPARE(gates.size(), 3);
        const GateChecks checks[] = {report.allocations.checks, report.install.checks,
                                     report.rollout.checks};
        const GateStatus statuses[] = {report.allocations.status, report.install.status,
                                       report.rollout.status};
        for (int i = 0; i < 3; ++i) {
            const GateSummary &g = gates.at(i);
            QVERIFY(!g.blocked);
            QCOMPARE(g.status, statuses[i]);
            QCOMPARE(g.verdict, verdictWord(g.status));
            QCOMPARE(g.checks.size(), checks[i].size());
            for (int c = 0; c < g.checks.size(); ++c) {
                QCOMPARE(g.checks.at(c).id, checks[i].at(c).id);
                QCOMPARE(g.checks.at(c).met, checks[i].at(c).met);
                QCOMPARE(checkLine(g.checks.at(c)), checkLine(checks[i].at(c)));
            }
            // Never "ready" while a check is unmet, never "not ready" with all met.
            const bool allMet = std::all_of(g.checks.cbegin(), g.checks.cend(),
                                            [](const GateCheck &c) { return c.met; });
            QCOMPARE(g.status == GateStatus::Pass, allMet);
        }
        QCOMPARE(gates.at(0).status, GateStatus::Fail); // the demo's flaky detector
        QCOMPARE(gates.at(0).verdict, QStringLiteral("not ready"));
        QVERIFY2(!gates.at(2).headline.contains(QStringLiteral(" of 40 runs")),
                 qPrintable(gates.at(2).headline));
    }

    void checkLinesMarkMetAndUnmet_data()
    {
        QTest::addColumn<bool>("met");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("line");
        QTest::addRow("met") << true << QStringLiteral("44 runs (40 needed)")
                             << QStringLiteral("✓ At least 40 runs: 44 runs (40 needed)");
        QTest::addRow("unmet") << false << QStringLiteral("3 runs (40 needed)")
                               << QStringLiteral("✗ At least 40 runs: 3 runs (40 needed)");
        QTest::addRow("no detail") << false << QString() << QStringLiteral("✗ At least 40 runs");
    }

    void checkLinesMarkMetAndUnmet()
    {
        QFETCH(bool, met);
        QFETCH(QString, detail);
        QFETCH(QString, line);
        QCOMPARE(
            checkLine({QStringLiteral("runs"), QStringLiteral("At least 40 runs"), met, detail}),
            line);
    }

    void reviewCardsNameTheLatestChangePoint()
    {
        // SPEC §9 on the Review page: each card's "Latest change" is the sentence the
        // Markdown review uses, or "no change point".
        const GateReport report = analyzeAll(m_demo, RuleSet());
        const QList<GateSummary> gates = summarizeGates(report);
        auto fact = [](const GateSummary &s) {
            for (const auto &f : s.facts)
                if (f.first == QLatin1String("Latest change"))
                    return f.second;
            return QStringLiteral("<missing>");
        };
        QCOMPARE(fact(gates.at(0)), latestBenchChange(report.allocations));
        QVERIFY(fact(gates.at(1)).startsWith(QStringLiteral("install duration fell")));
        QVERIFY(QString::fromUtf8(graduationReviewMarkdown(report)).contains(fact(gates.at(1))));
        QCOMPARE(fact(gates.at(2)), QStringLiteral("no change point"));
    }

    void reviewSummariesOfNothingSayNoData()
    {
        const QList<GateSummary> gates = summarizeGates(analyzeAll(Dataset(), RuleSet()));
        for (const GateSummary &g : gates) {
            QCOMPARE(g.status, GateStatus::NoData);
            QCOMPARE(g.verdict, QStringLiteral("no data"));
        }
    }

    // SPEC §7: rules with errors give no verdict, not even a checklist.
    void reviewSummariesUnderBrokenRulesHaveNoVerdict()
    {
        const QList<GateSummary> gates = summarizeGates(analyzeAll(m_demo, RuleSet()), true);
        for (const GateSummary &g : gates) {
            QVERIFY(g.blocked);
            QCOMPARE(g.verdict, rulesErrorVerdict());
            QVERIFY(g.checks.isEmpty());
        }
    }

    void bannerDescribesIssues_data()
    {
        QTest::addColumn<ParseIssues>("issues");
        QTest::addColumn<QString>("text");
        const ParseIssue errA{QStringLiteral("a"), 0, QStringLiteral("x"), Severity::Error};
        const ParseIssue errA2{QStringLiteral("a"), 3, QStringLiteral("y"), Severity::Error};
        const ParseIssue errB{QStringLiteral("b"), 0, QStringLiteral("x"), Severity::Error};
        const ParseIssue warn{QStringLiteral("c"), 0, QStringLiteral("w"), Severity::Warning};
        QTest::addRow("none") << ParseIssues{} << QString();
        QTest::addRow("one file, two errors")
            << ParseIssues{errA, errA2} << QStringLiteral("1 file could not be used");
        QTest::addRow("two files")
            << ParseIssues{errA, errB} << QStringLiteral("2 files could not be used");
        QTest::addRow("only a warning")
            << ParseIssues{warn} << QStringLiteral("1 warning about the loaded files");
        QTest::addRow("demo") << m_demo.issues
                              << QStringLiteral(
                                     "3 files could not be used, 1 warning about the loaded files");
    }

    void bannerDescribesIssues()
    {
        QFETCH(ParseIssues, issues);
        QFETCH(QString, text);
        QCOMPARE(IssueBanner::describe(issues), text);
        IssueBanner banner;
        banner.setIssues(issues);
        QCOMPARE(banner.text(), text);
        QCOMPARE(banner.isHidden(), text.isEmpty());
    }

    void progressDescribesTimeLeft()
    {
        QCOMPARE(LoadProgress::describe(3, 10, -1), QStringLiteral("30 % loaded"));
        QCOMPARE(LoadProgress::describe(3, 10, 4200),
                 QStringLiteral("30 % loaded · about 5 s left"));
        QCOMPARE(LoadProgress::describe(1, 1000, 600000),
                 QStringLiteral("0 % loaded · about 10 min left"));
    }

    void ctrlCCopiesSelectionAsTsv()
    {
        RunsModel model;
        model.setDataset(m_demo);
        TableView view;
        view.setSourceModel(&model);
        view.sortByColumn(RunsModel::RunId, Qt::AscendingOrder);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectRow(0);
        QApplication::clipboard()->clear();
        QTest::keySequence(&view, QKeySequence::Copy);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // header, one row, trailing newline
        QCOMPARE(lines.at(0), QStringLiteral("Kind\tRun ID\tTime\tDetails\tSource path\tCI page"));
        QVERIFY2(
            lines.at(1).startsWith(QStringLiteral("bench\t9182736400\t2026-09-14 08:00 UTC\t")),
            qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).endsWith(QStringLiteral("actions/runs/9182736400")));
    }

    void tableExportsAsCsvInViewOrder()
    {
        RunsModel model;
        model.setDataset(m_demo);
        TableView view;
        view.setSourceModel(&model);
        view.sortByColumn(RunsModel::RunId, Qt::DescendingOrder);
        const QByteArray csv = view.tableAsCsv();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), model.rowCount() + 2); // header, rows, trailing newline
        QCOMPARE(lines.at(0), QByteArray("Kind,Run ID,Time,Details,Source path,CI page"));
        QVERIFY2(lines.at(1).contains(",9182737991,"), lines.at(1).constData());
        QVERIFY(csv.endsWith('\n'));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.csv"));
        QVERIFY(view.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), csv);
        QVERIFY(!view.exportCsv(dir.path())); // a folder is not a file: reported, no crash
    }

    void recentSourcesAreCappedAtTen()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        for (int i = 0; i < 12; ++i)
            settings.addRecentSources({QStringLiteral("/runs/%1").arg(i)});
        settings.addRecentSources({QStringLiteral("/runs/5")}); // again: moves to the front
        settings.addRecentSources({demoSourcePath()});          // the demo is not "recent"
        settings.addRecentSources({QStringLiteral("/a"), QStringLiteral("/b.zip")});
        settings.sync();

        Settings reread(dir.filePath(QStringLiteral("s.ini")));
        const QList<QStringList> recent = reread.recentSources();
        QCOMPARE(recent.size(), Settings::kMaxRecentSources);
        QCOMPARE(recent.at(0), (QStringList{QStringLiteral("/a"), QStringLiteral("/b.zip")}));
        QCOMPARE(recent.at(1), QStringList{QStringLiteral("/runs/5")});
        QCOMPARE(recent.at(2), QStringList{QStringLiteral("/runs/11")});
        QCOMPARE(recent.count(QStringList{QStringLiteral("/runs/5")}), 1);
        QVERIFY(!recent.contains(QStringList{QStringLiteral("/runs/0")}));
        reread.clearRecentSources();
        QVERIFY(reread.recentSources().isEmpty());
    }

    // SPEC §7: gate rules never live in the settings. Keys an older version wrote are
    // ignored, and nothing the Settings class writes is a rule.
    void settingsKeepNoGateRules()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("options/bench/cvMaxPercent"), 5);
        }
        {
            Settings settings(path);
            settings.setLastPage(2);
            settings.setLastSources({QStringLiteral("/a")});
            settings.addRecentSources({QStringLiteral("/a")});
            settings.setWindowGeometry(QByteArray("g"));
            settings.setSplitterState(QStringLiteral("main"), QByteArray("s"));
            settings.sync();
        }
        QSettings raw(path, QSettings::IniFormat);
        for (const QString &key : raw.allKeys())
            QVERIFY2(key == QLatin1String("options/bench/cvMaxPercent") ||
                         !key.startsWith(QLatin1String("options/")),
                     qPrintable(key));
    }
};

QTEST_MAIN(TestGuiModelsShell)
#include "test_gui_models_shell.moc"
