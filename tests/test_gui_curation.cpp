// Whitelist curation in the editor (issue 12): the class effects on each row and the
// candidates beside it, compared with core's whitelistEffects(); review discipline (due,
// "Extend review by 90 days", title counts); messages that name the row as displayed; Add
// selecting only the new row. The WARN trade-off is in test_gui_warn_tradeoff.cpp.
#include "AnalysisSession.h"
#include "bench/AllocationsAnalysis.h"
#include "common/NumberFormat.h"
#include "models/CandidatesModel.h"
#include "models/ClassEffectsModel.h"
#include "models/ModelRoles.h"
#include "models/WhitelistModel.h"
#include "pages/WhitelistPage.h"
#include "rollout/WhitelistEffects.h"
#include "sources/Loader.h"
#include "whitelist/CandidatesPanel.h"
#include "widgets/TableView.h"

#include "GuiTestSupport.h"
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QUndoStack>

#include <QtTest>
#include <memory>

using namespace gatehouse;
using namespace gatehouse::ui;

namespace {

const QDate kToday(2026, 11, 23); // the demo's infra_* (review_by 2026-10-31) is stale
constexpr auto kTesterMode = QAbstractItemModelTester::FailureReportingMode::QtTest;

} // namespace

class TestGuiCuration : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void classEffectsShowCoreNumbers();
    void candidatesInCoreOrderAddOneUndoableClass();
    void extendReviewMovesSelectedAndUndoRestores();
    void titleCountsStaleAndDue_data();
    void titleCountsStaleAndDue();
    void validationMessageNamesTheDisplayedRow();
    void addingARowSelectsOnlyThatRow();
    void screenshot();

private:
    template <typename T> T *child(QWidget *page, const char *name) const
    {
        T *found = page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    WhitelistPage *editor();
    QModelIndex tableIndex(int sourceRow, int column) const;
    void setReviewBy(const QString &reason, const QString &date);

    std::unique_ptr<AnalysisSession> m_session;
    std::unique_ptr<WhitelistPage> m_editor;
};

void TestGuiCuration::init()
{
    m_session = gui_test::demoSession(kToday);
    QVERIFY(m_session->rollout().runs > 0);
}

void TestGuiCuration::cleanup()
{
    m_editor.reset();
    m_session.reset();
}

WhitelistPage *TestGuiCuration::editor()
{
    if (!m_editor)
        m_editor = std::make_unique<WhitelistPage>(m_session.get());
    return m_editor.get();
}

QModelIndex TestGuiCuration::tableIndex(int sourceRow, int column) const
{
    auto *table = m_editor->findChild<TableView *>(QStringLiteral("whitelistTable"));
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    return proxy->mapFromSource(m_editor->effectsModel()->index(sourceRow, column));
}

void TestGuiCuration::setReviewBy(const QString &reason, const QString &date)
{
    const int row = m_editor->model()->rowOfReason(reason);
    QVERIFY(row >= 0);
    QVERIFY(m_editor->model()->setData(
        m_editor->model()->index(row, WhitelistModel::ReviewByColumn), date));
}

void TestGuiCuration::classEffectsShowCoreNumbers()
{
    WhitelistPage *page = editor();
    ClassEffectsModel *model = page->effectsModel();
    QAbstractItemModelTester tester(model, kTesterMode);
    auto *table = child<TableView>(page, "whitelistTable");
    QAbstractItemModelTester proxyTester(table->model(), kTesterMode);

    auto check = [&] {
        const RolloutResult &result = m_session->rollout();
        const WhitelistEffects effects = whitelistEffects(result, result.whitelist, kToday);
        QCOMPARE(model->rowCount(), effects.classes.size());
        int decisive = 0;
        for (const WhitelistClassEffect &effect : effects.classes) {
            const int row = page->model()->rowOfReason(effect.reason);
            QVERIFY(row >= 0);
            auto cell = [&](int column) { return model->index(row, column).data(); };
            QCOMPARE(cell(WhitelistModel::MatchedRunsColumn).toInt(), effect.matchedRuns);
            QCOMPARE(cell(ClassEffectsModel::DecisiveRunsColumn).toInt(), effect.decisiveRuns);
            QCOMPARE(cell(ClassEffectsModel::SpikesCoveredColumn).toInt(), effect.spikesCovered);
            QCOMPARE(cell(ClassEffectsModel::FailsMatchedColumn).toInt(), effect.failsMatched);
            QCOMPARE(cell(ClassEffectsModel::FpWithoutClassColumn).toString(),
                     (formatCompact(*effect.fpRateWithoutClass * 100.0, 1) + QStringLiteral(" %")));
            const QString warnings = cell(ClassEffectsModel::WarningsColumn).toString();
            QCOMPARE(warnings.contains(QStringLiteral("main spike driver")),
                     effect.mainSpikeDriver);
            QCOMPARE(warnings.contains(QStringLiteral("FAIL")), effect.matchesFail);
            decisive += effect.decisiveRuns;
        }
        QVERIFY(decisive > 0);
    };
    check();
    QVERIFY(!QTest::currentTestFailed());
    // An added class that matches the main spike driver is flagged on its row, at once.
    const RolloutResult &result = m_session->rollout();
    const WhitelistEffects before = whitelistEffects(result, result.whitelist, kToday);
    QVERIFY(!before.mainSpikeReasons.isEmpty());
    const QString driver = before.mainSpikeReasons.first();
    page->whitelistReason(driver);
    check();
    QVERIFY(!QTest::currentTestFailed());
    const int row = page->model()->rowOfReason(driver);
    QVERIFY(model->index(row, ClassEffectsModel::WarningsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("main spike driver")));
    page->undoStack()->undo();
    check();
    QVERIFY(!QTest::currentTestFailed());
    // Overlapping classes: both match network_blip runs, neither alone decides them.
    page->whitelistReason(QStringLiteral("network_*"));
    check();
    const int glob = page->model()->rowOfReason(QStringLiteral("network_*"));
    QVERIFY(model->index(glob, WhitelistModel::MatchedRunsColumn).data().toInt() > 0);
    QCOMPARE(model->index(glob, ClassEffectsModel::DecisiveRunsColumn).data().toInt(), 0);
}

void TestGuiCuration::candidatesInCoreOrderAddOneUndoableClass()
{
    WhitelistPage *page = editor();
    CandidatesPanel *panel = page->candidatesPanel();
    QAbstractItemModelTester tester(panel->model(), kTesterMode);
    const RolloutResult &result = m_session->rollout();
    const WhitelistEffects effects = whitelistEffects(result, result.whitelist, kToday);
    QVERIFY(effects.candidates.size() >= 2);
    auto *table = child<TableView>(panel, "candidatesTable");
    QCOMPARE(table->model()->rowCount(), effects.candidates.size());
    for (int row = 0; row < effects.candidates.size(); ++row) {
        const WhitelistCandidate &c = effects.candidates.at(row);
        QCOMPARE(table->model()->index(row, CandidatesModel::ReasonColumn).data().toString(),
                 c.reason);
        QCOMPARE(table->model()->index(row, CandidatesModel::SpikesColumn).data().toInt(),
                 c.spikes);
        QCOMPARE(table->model()->index(row, CandidatesModel::FailsColumn).data().toInt(), c.fails);
    }

    // No add without a preview: nothing is selected, so nothing can be added yet.
    auto *add = child<QPushButton>(panel, "addCandidateButton");
    QVERIFY(!add->isEnabled());
    const WhitelistCandidate pick = effects.candidates.at(1);
    table->setCurrentIndex(table->model()->index(1, 0));
    const QString preview = panel->previewText();
    QVERIFY2(preview.contains(pick.reason) &&
                 preview.contains(QStringLiteral("<b>%1</b>")
                                      .arg((formatCompact(*pick.fpRateIfAdded * 100.0, 1) +
                                            QStringLiteral(" %")))),
             qPrintable(preview));
    QVERIFY(add->isEnabled());

    const int classes = page->model()->rowCount();
    const int steps = page->undoStack()->count();
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(page->model()->rowCount(), classes + 1);
    QCOMPARE(page->undoStack()->count(), steps + 1);
    QVERIFY(page->model()->rowOfReason(pick.reason) >= 0);
    QCOMPARE(m_session->rollout().warn.fpRateWithWhitelist, pick.fpRateIfAdded);
    QCOMPARE(table->model()->rowCount(), effects.candidates.size() - 1);
    page->undoStack()->undo();
    QCOMPARE(page->model()->rowCount(), classes);
    QCOMPARE(m_session->rollout().warn.fpRateWithWhitelist, effects.fpRateWithWhitelist);
    QCOMPARE(table->model()->rowCount(), effects.candidates.size());
}

void TestGuiCuration::extendReviewMovesSelectedAndUndoRestores()
{
    WhitelistPage *page = editor();
    auto *table = child<TableView>(page, "whitelistTable");
    WhitelistModel *model = page->model();
    const int cache = model->rowOfReason(QStringLiteral("cache_miss")); // 2027-03-31
    const int infra = model->rowOfReason(QStringLiteral("infra_*"));    // 2026-10-31, stale
    const int network = model->rowOfReason(QStringLiteral("network_blip"));
    const QString networkBefore = model->field(network, WhitelistField::ReviewBy);
    auto *extend = child<QAction>(page, "extendReviewAction");
    table->clearSelection();
    table->setCurrentIndex(QModelIndex());
    QVERIFY(!extend->isEnabled());
    const auto rows = QItemSelectionModel::Select | QItemSelectionModel::Rows;
    table->selectionModel()->select(tableIndex(cache, 0), rows);
    table->selectionModel()->select(tableIndex(infra, 0), rows);
    QVERIFY(extend->isEnabled());
    const int steps = page->undoStack()->count();
    extend->trigger();
    QCOMPARE(page->undoStack()->count(), steps + 1);
    QCOMPARE(model->field(cache, WhitelistField::ReviewBy), QStringLiteral("2027-06-29"));
    // A stale class is extended from today, so it is current again.
    QCOMPARE(model->field(infra, WhitelistField::ReviewBy),
             kToday.addDays(90).toString(Qt::ISODate));
    QCOMPARE(model->field(network, WhitelistField::ReviewBy), networkBefore);
    QCOMPARE(page->effectsModel()->staleCount(), 0);
    page->undoStack()->undo();
    QCOMPARE(model->field(cache, WhitelistField::ReviewBy), QStringLiteral("2027-03-31"));
    QCOMPARE(model->field(infra, WhitelistField::ReviewBy), QStringLiteral("2026-10-31"));
    QCOMPARE(page->effectsModel()->staleCount(), 1);
}

void TestGuiCuration::titleCountsStaleAndDue_data()
{
    QTest::addColumn<QString>("networkReviewBy");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("due");
    QTest::addRow("today is still due") << QStringLiteral("2026-11-23") << "due" << 1;
    QTest::addRow("in 8 days") << QStringLiteral("2026-12-01") << "due" << 1;
    QTest::addRow("in 14 days") << QStringLiteral("2026-12-07") << "due" << 1;
    QTest::addRow("in 15 days") << QStringLiteral("2026-12-08") << "active" << 0;
    QTest::addRow("yesterday") << QStringLiteral("2026-11-22") << "stale" << 0;
}

void TestGuiCuration::titleCountsStaleAndDue()
{
    QFETCH(QString, networkReviewBy);
    QFETCH(QString, status);
    QFETCH(int, due);
    WhitelistPage *page = editor();
    auto *title = child<QLabel>(page, "editorTitle");
    QVERIFY2(title->text().contains(QStringLiteral("1 stale · 0 due")), qPrintable(title->text()));
    setReviewBy(QStringLiteral("network_blip"), networkReviewBy);
    const int stale = status == QLatin1String("stale") ? 2 : 1;
    QVERIFY2(title->text().contains(QStringLiteral("%1 stale · %2 due").arg(stale).arg(due)),
             qPrintable(title->text()));
    const int row = page->model()->rowOfReason(QStringLiteral("network_blip"));
    QCOMPARE(page->effectsModel()->index(row, WhitelistModel::StatusColumn).data().toString(),
             status);
}

void TestGuiCuration::validationMessageNamesTheDisplayedRow()
{
    WhitelistPage *page = editor();
    auto *table = child<TableView>(page, "whitelistTable");
    table->sortByColumn(WhitelistModel::ReasonColumn, Qt::AscendingOrder);
    child<QAction>(page, "addAction")->trigger(); // an empty reason: file row 4, shown first
    const int fileRow = page->model()->rowCount() - 1;
    QCOMPARE(fileRow, 3);
    QCOMPARE(tableIndex(fileRow, 0).row(), 0);
    auto *message = child<QLabel>(page, "messageLine");
    QVERIFY2(message->text().contains(QStringLiteral("row 1: the reason is empty")),
             qPrintable(message->text()));
    // Sorted the other way, the same class is the last row shown.
    table->sortByColumn(WhitelistModel::ReasonColumn, Qt::DescendingOrder);
    QVERIFY2(message->text().contains(QStringLiteral("row 4: the reason is empty")),
             qPrintable(message->text()));
}

void TestGuiCuration::addingARowSelectsOnlyThatRow()
{
    WhitelistPage *page = editor();
    page->show();
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page)); // shortcuts need the active window
    auto *table = child<TableView>(page, "whitelistTable");
    table->setFocus();
    table->selectAll();
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
    // Ctrl+N holds Ctrl while the row is added: it must not join the old selection.
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(page->model()->rowCount(), 4);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the reason editor
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), tableIndex(3, 0).row());

    table->selectAll();
    page->whitelistReason(QStringLiteral("flaky_test"));
    const QModelIndexList afterReason = table->selectionModel()->selectedRows();
    QCOMPARE(afterReason.size(), 1);
    QCOMPARE(afterReason.first().row(),
             tableIndex(page->model()->rowOfReason(QStringLiteral("flaky_test")), 0).row());
}

void TestGuiCuration::screenshot()
{
    // Writes whitelist_curation.png (a due class, a candidate's preview) when
    // GATEHOUSE_SCREENSHOT_DIR is set.
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set GATEHOUSE_SCREENSHOT_DIR to write screenshots");
    WhitelistPage *page = editor();
    setReviewBy(QStringLiteral("network_blip"), QStringLiteral("2026-12-01"));
    page->resize(1400, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page));
    auto *candidates = child<TableView>(page->candidatesPanel(), "candidatesTable");
    candidates->setCurrentIndex(candidates->model()->index(0, 0));
    QTest::qWait(200);
    QVERIFY(page->grab().save(dir + QStringLiteral("/whitelist_curation.png")));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestGuiCuration test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_curation.moc"
