// The Unknown rate page with the embedded demo: charts draw exactly what the rollout
// analysis computed, the WARN slider drives the false-positive rates, "Whitelist this
// reason" reaches the whitelist editor (and undo takes it back), and the page's CSV
// export is the CLI's rollout_series.csv byte for byte.
#include "AnalysisSession.h"
#include "RolloutTestRuns.h"
#include "charts/ChartView.h"
#include "charts/RolloutCharts.h"
#include "common/NumberFormat.h"
#include "models/ClassFrequencyModel.h"
#include "models/ModelRoles.h"
#include "models/PolicySummaryModel.h"
#include "models/RolloutRunsModel.h"
#include "pages/UnknownRatePage.h"
#include "pages/WhitelistPage.h"
#include "rollout/RolloutExport.h"
#include "rollout/WhitelistFile.h"
#include "sources/Loader.h"
#include "widgets/TableView.h"

#include "GuiTestSupport.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXYSeries>

#include <QtTest>
#include <memory>

using namespace gatehouse;
using namespace gatehouse::ui;

namespace {

const QDate kToday(2026, 11, 23); // fixed, so the demo's stale classes do not drift

int pointsWithRole(const QChart *chart, const char *role)
{
    int points = 0;
    for (const QXYSeries *series : seriesWithRole(chart, role))
        points += static_cast<int>(series->count());
    return points;
}

QString fpText(const std::optional<double> &rate)
{
    return rate ? percentText(*rate, 0.05) : QStringLiteral("undefined"); // as the page: percent
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGuiRollout : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void modelsPassTheTester();
    void chartHasOnePointPerRunAndSpike();
    void longRateLineIsReducedToThePlotWidth();
    void barsMatchSpikesByReason();
    void spikeColoursSurviveTheTheme();
    void coloursFollowADarkPalette();
    void warnSliderDrivesFalsePositiveRates_data();
    void warnSliderDrivesFalsePositiveRates();
    void defaultButtonRestoresTheRule();
    void whitelistingAReasonRerunsAndUndoRestores();
    void selectingARunHighlightsItsPoint();
    void csvExportIsTheCoreSeries();
    void csvExportIsTheClisSeries();
    void screenshot();

private:
    template <typename T> T *child(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    RolloutResult expectedWith(std::optional<double> warnThreshold) const;

    std::unique_ptr<AnalysisSession> m_session;
    std::unique_ptr<UnknownRatePage> m_page;
};

void TestGuiRollout::init()
{
    m_session = gui_test::demoSession(kToday);
    QVERIFY(m_session->rollout().runs > 0);
    m_page = std::make_unique<UnknownRatePage>(m_session.get());
}

void TestGuiRollout::cleanup()
{
    m_page.reset();
    m_session.reset();
}

RolloutResult TestGuiRollout::expectedWith(std::optional<double> warnThreshold) const
{
    RolloutOptions options = m_session->options().rollout;
    options.warnThreshold = warnThreshold;
    return analyzeRollout(m_session->dataset().gateRuns, m_session->whitelist(), options);
}

void TestGuiRollout::modelsPassTheTester()
{
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    for (TableView *table : m_page->findChildren<TableView *>()) {
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
        QVERIFY(proxy);
        QAbstractItemModelTester sourceTester(proxy->sourceModel(), mode);
        QAbstractItemModelTester proxyTester(proxy, mode);
        // The change points table may be empty (the demo's unknown_rate has none).
        QVERIFY(proxy->rowCount() > 0 || table->objectName() == QLatin1String("changePointsTable"));
        // A re-analysis (in-place update) and a new load (reset) under the testers.
        child<QDoubleSpinBox>("warnThresholdSpin")->setValue(0.1);
        m_session->load({demoSourcePath()});
        m_session->waitForLoaded();
        // The change points table may be empty (the demo's unknown_rate has none).
        QVERIFY(proxy->rowCount() > 0 || table->objectName() == QLatin1String("changePointsTable"));
    }
    auto *runs = m_page->findChild<TableView *>(QStringLiteral("runsTable"));
    QCOMPARE(runs->model()->rowCount(), m_session->rollout().runs);
    QCOMPARE(m_page->findChild<TableView *>(QStringLiteral("policyTable"))->model()->rowCount(),
             m_session->rollout().policies.size());
}

void TestGuiRollout::chartHasOnePointPerRunAndSpike()
{
    const RolloutResult &result = m_session->rollout();
    const QChart *chart = m_page->charts().at(0).second->chart();
    QCOMPARE(m_page->charts().at(0).first, QStringLiteral("unknown_rate"));
    QCOMPARE(pointsWithRole(chart, kRateSeries), result.runs);

    int spikes = 0;
    for (const PolicySummary &policy : result.policies)
        spikes += policy.spikes;
    QVERIFY2(spikes > 0, "the demo should have spikes");
    QCOMPARE(pointsWithRole(chart, kSpikeSeries), spikes);

    // One spike series per primary reason, in spikesByReason order, with its own count.
    const QList<QXYSeries *> spikeSeries = seriesWithRole(chart, kSpikeSeries);
    QCOMPARE(spikeSeries.size(), result.spikesByReason.size());
    for (int i = 0; i < spikeSeries.size(); ++i) {
        QCOMPARE(spikeSeries.at(i)->property("reason").toString(),
                 result.spikesByReason.at(i).reason);
        QCOMPARE(int(spikeSeries.at(i)->count()), result.spikesByReason.at(i).total());
        for (int p = 0; p < spikeSeries.at(i)->count(); ++p) {
            const int row = rolloutRowNear(spikeSeries.at(i), spikeSeries.at(i)->at(p));
            QVERIFY(result.rows.at(row).spike);
            QCOMPARE(spikeSeries.at(i)->at(p).y(), result.rows.at(row).run.unknownRate);
        }
    }

    // Thresholds: one line per policy at its spike threshold, one WARN line.
    const QList<QXYSeries *> thresholds = seriesWithRole(chart, kSpikeThresholdSeries);
    QCOMPARE(thresholds.size(), result.policies.size());
    for (int i = 0; i < thresholds.size(); ++i)
        QCOMPARE(thresholds.at(i)->at(0).y(), result.policies.at(i).spikeThreshold);
    const QList<QXYSeries *> warn = seriesWithRole(chart, kWarnThresholdSeries);
    QCOMPARE(warn.size(), 1);
    QCOMPARE(warn.first()->at(0).y(), result.warn.threshold);
}

// 5,000 runs on a 300-pixel plot: the rate line keeps at most two points per pixel (the
// lowest and highest run), every spike survives, and each drawn point is its run's rate.
void TestGuiRollout::longRateLineIsReducedToThePlotWidth()
{
    QVector<double> rates(5000);
    for (int i = 0; i < rates.size(); ++i)
        rates[i] = 0.05 + 0.01 * (i % 7);
    for (int at : {17, 2501, 4999})
        rates[at] = 0.9;
    const RolloutResult result =
        analyzeRollout(rollout_test::runsWithRates(rates), std::nullopt, RolloutOptions{});
    const QPalette palette = QApplication::palette();

    std::unique_ptr<QChart> whole(createUnknownRateChart(result, palette, 0));
    QCOMPARE(pointsWithRole(whole.get(), kRateSeries), 5000);

    std::unique_ptr<QChart> reduced(createUnknownRateChart(result, palette, 300));
    const QList<QXYSeries *> lines = seriesWithRole(reduced.get(), kRateSeries);
    QCOMPARE(lines.size(), 1);
    const QXYSeries *line = lines.first();
    QVERIFY2(line->count() <= 2 * 300 + 2 && line->count() >= 300,
             qPrintable(QString::number(line->count())));
    const QVariantList rows = line->property(kSeriesRowsProperty).toList();
    QCOMPARE(rows.size(), line->count());
    int spikesDrawn = 0;
    for (int p = 0; p < line->count(); ++p) {
        const int row = rows.at(p).toInt();
        QCOMPARE(line->at(p).y(), result.rows.at(row).run.unknownRate);
        spikesDrawn += line->at(p).y() == 0.9 ? 1 : 0;
    }
    QCOMPARE(spikesDrawn, 3);
}

void TestGuiRollout::barsMatchSpikesByReason()
{
    const RolloutResult &result = m_session->rollout();
    QCOMPARE(m_page->charts().at(1).first, QStringLiteral("spikes_by_reason"));
    const QChart *chart = m_page->charts().at(1).second->chart();
    QCOMPARE(chart->series().size(), 1);
    auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().first());
    QVERIFY(bars);
    const QList<QBarSet *> sets = bars->barSets();
    QVERIFY(sets.size() >= 2);
    QCOMPARE(sets.at(0)->label(), QStringLiteral("whitelisted"));
    QCOMPARE(sets.at(1)->label(), QStringLiteral("unlisted"));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    QVERIFY(axis);
    QCOMPARE(axis->count(), result.spikesByReason.size());
    for (int i = 0; i < result.spikesByReason.size(); ++i) {
        const SpikeReasonCount &count = result.spikesByReason.at(i);
        QCOMPARE(axis->at(i),
                 count.reason.isEmpty() ? QStringLiteral("(no reason)") : count.reason);
        QCOMPARE(sets.at(0)->at(i), double(count.whitelisted));
        QCOMPARE(sets.at(1)->at(i), double(count.unlisted));
        double total = 0;
        for (const QBarSet *set : sets)
            total += set->at(i);
        QCOMPARE(total, double(count.total()));
    }
}

void TestGuiRollout::spikeColoursSurviveTheTheme()
{
    // ChartView applies the theme again when it takes the chart; colours must stay.
    const QList<QXYSeries *> spikes =
        seriesWithRole(m_page->charts().at(0).second->chart(), kSpikeSeries);
    QVERIFY(!spikes.isEmpty());
    for (int i = 0; i < spikes.size(); ++i)
        QCOMPARE(spikes.at(i)->color(), reasonColor(i));
}

void TestGuiRollout::coloursFollowADarkPalette()
{
    // Regression: a palette change re-themed the charts after they were built, resetting
    // every series to the theme's colours.
    QPalette dark = m_page->palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, Qt::white);
    m_page->setPalette(dark);
    QTRY_COMPARE(m_page->charts().at(0).second->chart()->theme(), QChart::ChartThemeDark);
    QTest::qWait(50);
    const QChart *chart = m_page->charts().at(0).second->chart();
    QCOMPARE(chart->theme(), QChart::ChartThemeDark);
    const QList<QXYSeries *> spikes = seriesWithRole(chart, kSpikeSeries);
    QVERIFY(!spikes.isEmpty());
    for (int i = 0; i < spikes.size(); ++i)
        QCOMPARE(spikes.at(i)->color(), reasonColor(i));
    const QList<QXYSeries *> warn = seriesWithRole(chart, kWarnThresholdSeries);
    QCOMPARE(warn.first()->pen().color(), QColor(Qt::white));
}

void TestGuiRollout::warnSliderDrivesFalsePositiveRates_data()
{
    QTest::addColumn<int>("position");
    QTest::addRow("low") << 150;
    QTest::addRow("middle") << 500;
    QTest::addRow("high") << 850;
    QTest::addRow("top") << 1000;
}

void TestGuiRollout::warnSliderDrivesFalsePositiveRates()
{
    QFETCH(int, position);
    auto *slider = child<QSlider>("warnThresholdSlider");
    auto *spin = child<QDoubleSpinBox>("warnThresholdSpin");
    auto *without = child<QLabel>("fpRateWithoutWhitelist");
    auto *with = child<QLabel>("fpRateWithWhitelist");
    const QString before = without->text() + with->text();

    // The slider steps through the thresholds where a rate changes: position is in 1/1000
    // of its range.
    const int target = position * slider->maximum() / 1000;
    slider->setValue(target == slider->value() ? target - 1 : target);
    const double threshold = spin->value();
    QVERIFY(m_session->rollout().warn.thresholdGiven);
    QCOMPARE(m_session->rollout().warn.threshold, threshold);

    const RolloutResult expected = expectedWith(threshold);
    QVERIFY(expected.warn.fpRate.has_value());
    QCOMPARE(m_session->rollout().warn.fpRate, expected.warn.fpRate);
    QCOMPARE(m_session->rollout().warn.fpRateWithWhitelist, expected.warn.fpRateWithWhitelist);
    QVERIFY2(
        without->text().contains(QStringLiteral("<b>%1</b>").arg(fpText(expected.warn.fpRate))),
        qPrintable(without->text()));
    QVERIFY2(with->text().contains(
                 QStringLiteral("<b>%1</b>").arg(fpText(expected.warn.fpRateWithWhitelist))),
             qPrintable(with->text()));
    QVERIFY(without->text().contains(QStringLiteral("(%1 of %2")
                                         .arg(expected.warn.falsePositives)
                                         .arg(expected.warn.nonFailRuns)));
    // The WARN line moved with the slider.
    const QList<QXYSeries *> warn =
        seriesWithRole(m_page->charts().at(0).second->chart(), kWarnThresholdSeries);
    QCOMPARE(warn.size(), 1);
    QCOMPARE(warn.first()->at(0).y(), threshold);
    // Low thresholds warn on many runs: the texts must have moved off the default.
    if (position <= 150)
        QVERIFY(before != without->text() + with->text());
}

void TestGuiRollout::defaultButtonRestoresTheRule()
{
    const RolloutResult defaults = expectedWith(std::nullopt);
    auto *button = child<QPushButton>("warnThresholdDefault");
    QVERIFY(!button->isEnabled());
    child<QSlider>("warnThresholdSlider")->setValue(100);
    QVERIFY(m_session->rollout().warn.thresholdGiven);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!m_session->rollout().warn.thresholdGiven);
    QCOMPARE(m_session->rollout().warn.threshold, defaults.warn.threshold);
    QCOMPARE(child<QDoubleSpinBox>("warnThresholdSpin")->value(),
             QString::number(defaults.warn.threshold, 'f', 4).toDouble());
    QVERIFY(child<QLabel>("warnRule")->text().contains(QStringLiteral("default rule")));
}

void TestGuiRollout::whitelistingAReasonRerunsAndUndoRestores()
{
    WhitelistPage editor(m_session.get());
    bool shown = false;
    WhitelistPage::linkWhitelistRequests(m_page.get(), &editor, [&shown] { shown = true; });
    // Every non-zero unknown_rate would WARN, so whitelisting a reason must lower the
    // with-whitelist false-positive rate.
    child<QDoubleSpinBox>("warnThresholdSpin")->setValue(0.0001);
    const WarnPreview before = m_session->rollout().warn;
    const QString beforeText = child<QLabel>("fpRateWithWhitelist")->text();

    auto *table = child<TableView>("classFrequencyTable");
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    int row = -1;
    for (int r = 0; r < proxy->rowCount(); ++r)
        if (proxy->index(r, ClassFrequencyModel::ReasonColumn).data() ==
            QStringLiteral("flaky_test"))
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(proxy->index(row, ClassFrequencyModel::WhitelistedColumn).data().toString(),
             QStringLiteral("no"));
    table->setCurrentIndex(proxy->index(row, 0));
    auto *button = child<QPushButton>("whitelistReasonButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    QVERIFY(shown);
    QVERIFY(m_session->whitelist().has_value());
    QVERIFY(matchingClass(*m_session->whitelist(), QStringLiteral("flaky_test")) >= 0);
    QCOMPARE(editor.undoStack()->count(), 1);
    QVERIFY(editor.isDirty());
    const WarnPreview after = m_session->rollout().warn;
    QVERIFY(after.fpRateWithWhitelist < before.fpRateWithWhitelist);
    QCOMPARE(after.fpRate, before.fpRate); // the whitelist only changes the "with" rate
    QVERIFY(child<QLabel>("fpRateWithWhitelist")->text() != beforeText);
    QCOMPARE(proxy->index(row, ClassFrequencyModel::WhitelistedColumn).data().toString(),
             QStringLiteral("yes"));
    QVERIFY(!button->isEnabled());

    editor.undoStack()->undo();
    QVERIFY(matchingClass(*m_session->whitelist(), QStringLiteral("flaky_test")) < 0);
    QCOMPARE(m_session->rollout().warn.fpRateWithWhitelist, before.fpRateWithWhitelist);
    QCOMPARE(m_session->rollout().warn.falsePositivesWithWhitelist,
             before.falsePositivesWithWhitelist);
    QCOMPARE(child<QLabel>("fpRateWithWhitelist")->text(), beforeText);
    QVERIFY(!editor.isDirty());
}

void TestGuiRollout::selectingARunHighlightsItsPoint()
{
    const RolloutResult &result = m_session->rollout();
    const RolloutRunRow &spike = *std::find_if(result.rows.cbegin(), result.rows.cend(),
                                               [](const RolloutRunRow &row) { return row.spike; });
    const QChart *chart = m_page->charts().at(0).second->chart();
    QCOMPARE(pointsWithRole(chart, kSelectionSeries), 0);

    // From the runs table to the chart.
    auto *table = child<TableView>("runsTable");
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data(RunIdRole) == spike.run.identity.runId)
            table->setCurrentIndex(table->model()->index(r, 0));
    QCOMPARE(m_session->selectedRunId(), spike.run.identity.runId);
    const QList<QXYSeries *> selection = seriesWithRole(chart, kSelectionSeries);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(selection.first()->count(), 1);
    QCOMPARE(selection.first()->at(0).y(), spike.run.unknownRate);
    const int row = rolloutRowNear(selection.first(), selection.first()->at(0));
    QCOMPARE(result.rows.at(row).run.identity.runId, spike.run.identity.runId);
    const QString tip = runTooltip(result.rows.at(row));
    QVERIFY(tip.contains(spike.run.identity.runId));
    QVERIFY(tip.contains(formatShortest(spike.run.unknownRate)));

    m_session->selectRun(QString());
    QCOMPARE(pointsWithRole(chart, kSelectionSeries), 0);
}

void TestGuiRollout::csvExportIsTheCoreSeries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollout_series.csv"));
    QString error;
    QVERIFY2(m_page->exportSeriesCsv(path, &error), qPrintable(error));
    const QByteArray expected = rolloutSeriesCsv(expectedWith(std::nullopt));
    QVERIFY(expected.startsWith("run_id,timestamp,policy_hash,"));
    QCOMPARE(readAll(path), expected);
}

void TestGuiRollout::csvExportIsTheClisSeries()
{
    QTemporaryDir dir;
    const QString cliPath = dir.filePath(QStringLiteral("cli.csv"));
    const QString pagePath = dir.filePath(QStringLiteral("page.csv"));
    QProcess cli;
    cli.start(QStringLiteral(GATEHOUSE_CLI),
              {QStringLiteral("rollout"), QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo"),
               QStringLiteral("--csv"), cliPath});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(QFile::exists(cliPath), cli.readAllStandardError().constData());
    QVERIFY(m_page->exportSeriesCsv(pagePath));
    QCOMPARE(readAll(pagePath), readAll(cliPath));
}

void TestGuiRollout::screenshot()
{
    // Writes docs/screenshots/unknown_rate.png when GATEHOUSE_SCREENSHOT_DIR is set.
    const QString dir = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set GATEHOUSE_SCREENSHOT_DIR to write screenshots");
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const RolloutResult &result = m_session->rollout();
    for (const RolloutRunRow &row : result.rows)
        if (row.spike)
            m_session->selectRun(row.run.identity.runId);
    QTest::qWait(200);
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/unknown_rate.png")));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestGuiRollout test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_rollout.moc"
