// The whitelist editor: in-place edits with undo / redo, validation shown per cell, the
// bytes Save writes (sorted, 2-space indent, trailing newline, unknown fields kept), Save
// acting as Save As for the read-only demo, the Save / Discard / Cancel decision, and the
// banner when the file changes on disk (in place or by an atomic replace).
#include "AnalysisSession.h"
#include "models/ClassEffectsModel.h"
#include "models/ModelRoles.h"
#include "models/WhitelistModel.h"
#include "pages/WhitelistPage.h"
#include "rollout/WhitelistFile.h"
#include "sources/Loader.h"
#include "whitelist/HighlightColors.h"
#include "whitelist/WhitelistValidation.h"
#include "widgets/TableView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using namespace gatehouse;
using namespace gatehouse::ui;

namespace {

const QDate kToday(2026, 11, 23);

const QByteArray kWhitelistWithExtras =
    R"({"version": 1, "comment": "kept", "classes": [
  {"reason": "network_blip", "owner": "ci", "ticket": "CI-7"},
  {"reason": "cache_miss", "note": "cold cache", "added": "2026-09-01", "review_by": "2026-12-01"}
]})";

// What Save must write after the edits in savesSortedBytesWithUnknownFields.
const QByteArray kExpectedSaved = R"({
  "version": 1,
  "classes": [
    {
      "reason": "cache_miss",
      "note": "cold cache",
      "added": "2026-09-01",
      "review_by": "2026-12-01"
    },
    {
      "reason": "flaky_test",
      "added": "2026-11-23",
      "review_by": "2027-02-23"
    },
    {
      "reason": "network_blip",
      "note": "registry resets",
      "owner": "ci",
      "ticket": "CI-7"
    }
  ],
  "comment": "kept"
}
)";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Answers the page's prompts without modal dialogs.
class ScriptedWhitelistPage : public WhitelistPage
{
public:
    using WhitelistPage::WhitelistPage;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    QString savePathAnswer;
    int savePathAsked = 0;

protected:
    QMessageBox::StandardButton askToSaveChanges() override { return answer; }
    QString askSavePath() override
    {
        ++savePathAsked;
        return savePathAnswer;
    }
};

} // namespace

class TestGuiWhitelist : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void validation_data();
    void validation();
    void demoShowsStaleClassesAndMatchedRuns();
    void modelPassesTheTesterThroughEdits();
    void editUndoRedo();
    void undoRedoShortcuts();
    void invalidCellsAreFlaggedAndBlockSaving();
    void savesSortedBytesWithUnknownFields();
    void demoSaveActsAsSaveAs();
    void maybeSaveFollowsTheAnswer_data();
    void maybeSaveFollowsTheAnswer();
    void changeOnDiskRaisesTheBanner_data();
    void changeOnDiskRaisesTheBanner();
    void startsEmptyWithoutAWhitelist();
    void screenshot();

private:
    void loadSource(const QString &source);
    QModelIndex proxyIndex(int sourceRow, int column) const;
    template <typename T> T *child(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    std::unique_ptr<AnalysisSession> m_session;
    std::unique_ptr<ScriptedWhitelistPage> m_page;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestGuiWhitelist::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<AnalysisSession>();
    RolloutOptions options;
    options.today = kToday;
    m_session->setRolloutOptions(options);
}

void TestGuiWhitelist::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_dir.reset();
}

void TestGuiWhitelist::loadSource(const QString &source)
{
    m_session->load({source});
    m_session->waitForLoaded();
    if (!m_page)
        m_page = std::make_unique<ScriptedWhitelistPage>(m_session.get());
}

QModelIndex TestGuiWhitelist::proxyIndex(int sourceRow, int column) const
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(
        child<TableView>("whitelistTable")->model());
    // The table shows the class-effects proxy over the page's WhitelistModel.
    return proxy->mapFromSource(
        m_page->effectsModel()->mapFromSource(m_page->model()->index(sourceRow, column)));
}

void TestGuiWhitelist::validation_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("reviewBy");
    QTest::addColumn<int>("field"); // WhitelistField of the one problem, -1 for none
    QTest::addColumn<QString>("message");
    QTest::addRow("valid") << "flaky_*" << "2026-10-01" << "2027-01-15" << -1 << "";
    QTest::addRow("dates optional") << "oom" << "" << "" << -1 << "";
    QTest::addRow("empty reason") << "  " << "" << "" << 0 << "reason is empty";
    QTest::addRow("duplicate reason") << "cache_miss" << "" << "" << 0 << "listed 2 times";
    QTest::addRow("added not a date") << "oom" << "01.10.2026" << "" << 3 << "not a YYYY-MM-DD";
    QTest::addRow("no such day") << "oom" << "2026-02-30" << "" << 3 << "not a YYYY-MM-DD";
    QTest::addRow("review_by short") << "oom" << "" << "2027-1-5" << 4 << "not a YYYY-MM-DD";
    QTest::addRow("review before added")
        << "oom" << "2026-10-01" << "2026-09-30" << 4 << "before added";
}

void TestGuiWhitelist::validation()
{
    QFETCH(QString, reason);
    QFETCH(QString, added);
    QFETCH(QString, reviewBy);
    QFETCH(int, field);
    QFETCH(QString, message);
    WhitelistClass first;
    first.reason = QStringLiteral("cache_miss");
    WhitelistClass second;
    second.reason = reason;
    second.added = added;
    second.reviewBy = reviewBy;
    const QList<WhitelistProblem> problems = validateWhitelist({first, second});
    if (field < 0) {
        QVERIFY(problems.isEmpty());
        return;
    }
    const WhitelistProblem &problem = problems.last();
    QCOMPARE(problem.row, 1);
    QCOMPARE(int(problem.field), field);
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
}

void TestGuiWhitelist::demoShowsStaleClassesAndMatchedRuns()
{
    loadSource(demoSourcePath());
    WhitelistModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 3);
    const int infra = model->rowOfReason(QStringLiteral("infra_*"));
    QVERIFY(infra >= 0);
    // infra_* was due 2026-10-31: stale on 2026-11-23, spelled out and highlighted.
    QCOMPARE(model->index(infra, WhitelistModel::StatusColumn).data().toString(),
             QStringLiteral("stale"));
    QCOMPARE(model->index(infra, WhitelistModel::ReasonColumn).data(Qt::BackgroundRole).value<QColor>(),
             staleBackground(m_page->palette()));
    const int cache = model->rowOfReason(QStringLiteral("cache_miss"));
    QCOMPARE(model->index(cache, WhitelistModel::StatusColumn).data().toString(),
             QStringLiteral("active"));
    const QList<WhitelistClassUse> &uses = m_session->rollout().whitelistClasses;
    QCOMPARE(uses.size(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model->index(row, WhitelistModel::MatchedRunsColumn).data().toInt(),
                 uses.at(row).runsMatched);
    QVERIFY(uses.at(cache).runsMatched > 0);
    QVERIFY(child<QLabel>("pathLabel")->text().contains(QStringLiteral("read-only")));
    QVERIFY(child<QLabel>("summary")->text().contains(QStringLiteral("1 stale as of 2026-11-23")));
}

void TestGuiWhitelist::modelPassesTheTesterThroughEdits()
{
    loadSource(demoSourcePath());
    QAbstractItemModelTester tester(m_page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *proxy = child<TableView>("whitelistTable")->model();
    QAbstractItemModelTester proxyTester(proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->whitelistReason(QStringLiteral("flaky_test"));
    QVERIFY(proxy->setData(proxyIndex(0, WhitelistModel::NoteColumn), QStringLiteral("n")));
    child<TableView>("whitelistTable")->setCurrentIndex(proxyIndex(1, 0));
    child<QAction>("removeAction")->trigger();
    QCOMPARE(m_page->model()->rowCount(), 3);
    while (m_page->undoStack()->canUndo())
        m_page->undoStack()->undo();
    QCOMPARE(m_page->model()->whitelist().classes.size(), 3);
    QVERIFY(!m_page->isDirty());
}

void TestGuiWhitelist::editUndoRedo()
{
    loadSource(demoSourcePath());
    QSignalSpy dirty(m_page.get(), &WhitelistPage::dirtyChanged);
    const int row = m_page->model()->rowOfReason(QStringLiteral("cache_miss"));
    const QModelIndex note = proxyIndex(row, WhitelistModel::NoteColumn);
    const QString original = note.data().toString();

    QVERIFY(note.model()->flags(note) & Qt::ItemIsEditable);
    QVERIFY(const_cast<QAbstractItemModel *>(note.model())
                ->setData(note, QStringLiteral("warm it up"), Qt::EditRole));
    QCOMPARE(note.data().toString(), QStringLiteral("warm it up"));
    QCOMPARE(m_session->whitelist()->classes.at(row).note, QStringLiteral("warm it up"));
    QCOMPARE(m_page->undoStack()->count(), 1);
    QVERIFY(m_page->isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty.last().at(0).toBool(), true);

    m_page->undoStack()->undo();
    QCOMPARE(note.data().toString(), original);
    QCOMPARE(m_session->whitelist()->classes.at(row).note, original);
    QVERIFY(!m_page->isDirty());
    QCOMPARE(dirty.last().at(0).toBool(), false);

    m_page->undoStack()->redo();
    QCOMPARE(note.data().toString(), QStringLiteral("warm it up"));
    QVERIFY(m_page->isDirty());

    // Renaming a reason re-runs the analysis: its runs stop being whitelisted.
    const int matchedBefore = m_session->rollout().whitelistClasses.at(row).runsMatched;
    QVERIFY(matchedBefore > 0);
    QVERIFY(m_page->model()->setData(m_page->model()->index(row, WhitelistModel::ReasonColumn),
                                     QStringLiteral("cache_miss_renamed")));
    QCOMPARE(m_session->rollout().whitelistClasses.at(row).runsMatched, 0);
    m_page->undoStack()->undo();
    QCOMPARE(m_session->rollout().whitelistClasses.at(row).runsMatched, matchedBefore);
}

void TestGuiWhitelist::undoRedoShortcuts()
{
    loadSource(demoSourcePath());
    auto *undo = child<QAction>("undoAction");
    auto *redo = child<QAction>("redoAction");
    QVERIFY(undo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    m_page->resize(800, 500);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    auto *table = child<TableView>("whitelistTable");
    table->setFocus();
    m_page->whitelistReason(QStringLiteral("flaky_test"));
    QCOMPARE(m_page->model()->rowCount(), 4);
    QTest::keySequence(table, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(m_page->model()->rowCount(), 3);
    QTest::keySequence(table, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(m_page->model()->rowCount(), 4);

    // Delete removes the selected class, but inside a cell editor it deletes text.
    table->setFocus();
    table->setCurrentIndex(proxyIndex(m_page->model()->rowOfReason(QStringLiteral("flaky_test")),
                                      WhitelistModel::NoteColumn));
    table->edit(table->currentIndex());
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != table);
    QTest::keyClick(editor, Qt::Key_Delete);
    QCOMPARE(m_page->model()->rowCount(), 4);
    QTest::keyClick(editor, Qt::Key_Escape);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(m_page->model()->rowCount(), 3);
    QVERIFY(m_page->model()->rowOfReason(QStringLiteral("flaky_test")) < 0);
}

void TestGuiWhitelist::invalidCellsAreFlaggedAndBlockSaving()
{
    loadSource(demoSourcePath());
    WhitelistModel *model = m_page->model();
    const int cache = model->rowOfReason(QStringLiteral("cache_miss"));
    const int blip = model->rowOfReason(QStringLiteral("network_blip"));
    QVERIFY(model->setData(model->index(blip, WhitelistModel::ReasonColumn),
                           QStringLiteral("cache_miss")));
    QVERIFY(model->setData(model->index(cache, WhitelistModel::AddedColumn),
                           QStringLiteral("2026-9-20")));

    const QColor error = errorBackground(m_page->palette());
    for (int row : {cache, blip}) {
        const QModelIndex reason = model->index(row, WhitelistModel::ReasonColumn);
        QVERIFY(reason.data(Qt::ToolTipRole).toString().contains(QStringLiteral("listed 2 times")));
        QCOMPARE(reason.data(Qt::BackgroundRole).value<QColor>(), error);
    }
    const QModelIndex added = model->index(cache, WhitelistModel::AddedColumn);
    QVERIFY(added.data(Qt::ToolTipRole).toString().contains(QStringLiteral("YYYY-MM-DD")));
    QCOMPARE(added.data(Qt::BackgroundRole).value<QColor>(), error);
    QVERIFY(model->index(cache, WhitelistModel::NoteColumn).data(Qt::BackgroundRole) !=
            QVariant(error));
    const QString message = child<QLabel>("messageLine")->text();
    QVERIFY2(message.contains(QStringLiteral("3 problems")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("2026-9-20")));

    const QString path = m_dir->filePath(QStringLiteral("blocked.json"));
    QVERIFY(!m_page->saveTo(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_page->isDirty());

    m_page->undoStack()->undo();
    m_page->undoStack()->undo();
    QVERIFY(model->problems().isEmpty());
    QVERIFY(child<QLabel>("messageLine")->text().isEmpty());
}

void TestGuiWhitelist::savesSortedBytesWithUnknownFields()
{
    const QString path = m_dir->filePath(QStringLiteral("unknown_whitelist.json"));
    QVERIFY(writeFile(path, kWhitelistWithExtras));
    loadSource(m_dir->path());
    QCOMPARE(m_page->savePath(), QFileInfo(path).absoluteFilePath());
    WhitelistModel *model = m_page->model();
    QVERIFY(model->setData(model->index(model->rowOfReason(QStringLiteral("network_blip")),
                                        WhitelistModel::NoteColumn),
                           QStringLiteral("registry resets")));
    m_page->whitelistReason(QStringLiteral("flaky_test"));
    QCOMPARE(model->index(model->rowOfReason(QStringLiteral("network_blip")),
                          WhitelistModel::OtherFieldsColumn)
                 .data()
                 .toString(),
             QStringLiteral("ticket"));

    QSignalSpy dirty(m_page.get(), &WhitelistPage::dirtyChanged);
    QVERIFY(m_page->save());
    QCOMPARE(m_page->savePathAsked, 0); // a real file: saved in place
    QCOMPARE(readAll(path), kExpectedSaved);
    QVERIFY(!m_page->isDirty());
    QCOMPARE(dirty.last().at(0).toBool(), false);
    // Our own atomic write is not a change "on disk" for the banner.
    QTest::qWait(600);
    QVERIFY(child<QFrame>("reloadBanner")->isHidden());
}

void TestGuiWhitelist::demoSaveActsAsSaveAs()
{
    loadSource(demoSourcePath());
    QVERIFY(m_page->savePath().isEmpty());
    m_page->whitelistReason(QStringLiteral("flaky_test"));
    const QString path = m_dir->filePath(QStringLiteral("copy.json"));
    m_page->savePathAnswer = path;
    QVERIFY(m_page->save());
    QCOMPARE(m_page->savePathAsked, 1);
    QCOMPARE(m_session->whitelistPath(), path);
    ParseIssues issues;
    const std::optional<Whitelist> saved = parseWhitelist(readAll(path), path, issues);
    QVERIFY(saved);
    QCOMPARE(saved->classes.size(), 4);
    QVERIFY(matchingClass(*saved, QStringLiteral("flaky_test")) >= 0);
    // From now on Save writes to the copy without asking.
    m_page->whitelistReason(QStringLiteral("oom_killed"));
    QVERIFY(m_page->save());
    QCOMPARE(m_page->savePathAsked, 1);
}

void TestGuiWhitelist::maybeSaveFollowsTheAnswer_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("proceeds");
    QTest::addColumn<bool>("written");
    QTest::addRow("save") << int(QMessageBox::Save) << true << true;
    QTest::addRow("discard") << int(QMessageBox::Discard) << true << false;
    QTest::addRow("cancel") << int(QMessageBox::Cancel) << false << false;
}

void TestGuiWhitelist::maybeSaveFollowsTheAnswer()
{
    QFETCH(int, answer);
    QFETCH(bool, proceeds);
    QFETCH(bool, written);
    const QString path = m_dir->filePath(QStringLiteral("unknown_whitelist.json"));
    QVERIFY(writeFile(path, kWhitelistWithExtras));
    loadSource(m_dir->path());
    m_page->answer = QMessageBox::Cancel;
    QVERIFY(m_page->maybeSave()); // nothing to save: no question asked
    m_page->whitelistReason(QStringLiteral("flaky_test"));
    m_page->answer = QMessageBox::StandardButton(answer);
    QCOMPARE(m_page->maybeSave(), proceeds);
    QCOMPARE(readAll(path).contains("flaky_test"), written);
}

void TestGuiWhitelist::changeOnDiskRaisesTheBanner_data()
{
    QTest::addColumn<bool>("atomic");
    QTest::addRow("written in place") << false;
    QTest::addRow("atomic replace") << true;
}

void TestGuiWhitelist::changeOnDiskRaisesTheBanner()
{
    QFETCH(bool, atomic);
    const QString path = m_dir->filePath(QStringLiteral("unknown_whitelist.json"));
    QVERIFY(writeFile(path, kWhitelistWithExtras));
    loadSource(m_dir->path());
    auto *banner = child<QFrame>("reloadBanner");
    QVERIFY(banner->isHidden());
    auto change = [&](const QByteArray &bytes) {
        if (!atomic)
            return writeFile(path, bytes);
        QSaveFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() &&
               file.commit();
    };

    m_page->whitelistReason(QStringLiteral("mine")); // an edit the reload can discard
    QVERIFY(change(R"(["oom_killed", "flaky_*"])"));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 5000);
    QTest::mouseClick(child<QPushButton>("bannerReloadButton"), Qt::LeftButton);
    QVERIFY(banner->isHidden());
    QCOMPARE(m_page->model()->rowCount(), 2);
    QVERIFY(m_page->model()->rowOfReason(QStringLiteral("flaky_*")) >= 0);
    QVERIFY(matchingClass(*m_session->whitelist(), QStringLiteral("flaky_test")) >= 0);
    QVERIFY(!m_page->isDirty());
    // The reload is undoable: the edits come back.
    m_page->undoStack()->undo();
    QVERIFY(m_page->model()->rowOfReason(QStringLiteral("mine")) >= 0);
    m_page->undoStack()->redo();

    // The watch survives the replace: a second change prompts again.
    QVERIFY(change(R"(["oom_killed"])"));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 5000);
    QTest::mouseClick(child<QPushButton>("bannerKeepButton"), Qt::LeftButton);
    QVERIFY(banner->isHidden());
    QCOMPARE(m_page->model()->rowCount(), 2); // kept ours
}

void TestGuiWhitelist::startsEmptyWithoutAWhitelist()
{
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("gate_result.json")),
                      R"({"policy_hash": "p", "outcome": "COMMENT", "unknown_rate": 0.1,
                          "top_reasons": ["flaky_test"]})"));
    loadSource(m_dir->path());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(!m_session->whitelist().has_value());
    QVERIFY(child<QLabel>("pathLabel")->text().contains(QStringLiteral("Save As")));
    QCOMPARE(m_session->rollout().rows.first().runClass, RunClass::Unlisted);
    m_page->whitelistReason(QStringLiteral("flaky_test"));
    QVERIFY(m_session->whitelist().has_value());
    QCOMPARE(m_session->rollout().rows.first().runClass, RunClass::Whitelisted);
    m_page->undoStack()->undo();
    QVERIFY(!m_session->whitelist().has_value());
}

void TestGuiWhitelist::screenshot()
{
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set GATEHOUSE_SCREENSHOT_DIR to write screenshots");
    loadSource(demoSourcePath());
    WhitelistModel *model = m_page->model();
    m_page->whitelistReason(QStringLiteral("flaky_test"));
    QVERIFY(model->setData(model->index(model->rowOfReason(QStringLiteral("flaky_test")),
                                        WhitelistModel::ReviewByColumn),
                           QStringLiteral("2027-2-30")));
    // Select another row so the flagged cell shows its error colour, not the selection's.
    child<TableView>("whitelistTable")
        ->setCurrentIndex(proxyIndex(model->rowOfReason(QStringLiteral("cache_miss")), 0));
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTest::qWait(100);
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/whitelist.png")));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestGuiWhitelist test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_whitelist.moc"
