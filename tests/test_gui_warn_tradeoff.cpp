// The WARN trade-off on the Unknown rate page (issue 12): the chart draws core's curve
// with the threshold in force, the default rule's and the lowest meeting fp_max marked; the
// slider steps exactly through the thresholds where a rate changes (arrow and Page keys);
// "Use lowest meeting fp_max" puts that threshold in force.
#include "AnalysisSession.h"
#include "bench/AllocationsAnalysis.h"
#include "charts/ChartView.h"
#include "charts/RolloutCharts.h"
#include "charts/WarnCurveChart.h"
#include "common/NumberFormat.h"
#include "pages/UnknownRatePage.h"
#include "rollout/WarnCurve.h"
#include "sources/Loader.h"

#include "GuiTestSupport.h"
#include <QApplication>
#include <QChart>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSlider>
#include <QXYSeries>

#include <QtTest>
#include <algorithm>
#include <memory>

using namespace gatehouse;
using namespace gatehouse::ui;

namespace {

const QDate kToday(2026, 11, 23); // the demo's infra_* (review_by 2026-10-31) is stale

struct Rates
{
    std::optional<double> without, with, recall;
    bool operator==(const Rates &o) const
    {
        return without == o.without && with == o.with && recall == o.recall;
    }
};

// The three rates at a threshold, from core's FP function and a FAIL count of our own.
Rates ratesAt(const RolloutResult &result, double threshold)
{
    QList<bool> whitelisted;
    int fails = 0, caught = 0;
    for (const RolloutRunRow &row : result.rows) {
        whitelisted.append(row.runClass == RunClass::Whitelisted);
        if (row.fail) {
            ++fails;
            caught += row.run.unknownRate > threshold ? 1 : 0;
        }
    }
    Rates r{falsePositiveRate(result.rows, threshold, {}),
            falsePositiveRate(result.rows, threshold, whitelisted), std::nullopt};
    if (fails > 0)
        r.recall = double(caught) / fails;
    return r;
}

QList<double> distinctRates(const RolloutResult &result)
{
    QList<double> rates;
    for (const RolloutRunRow &row : result.rows)
        rates.append(row.run.unknownRate);
    std::sort(rates.begin(), rates.end());
    rates.erase(std::unique(rates.begin(), rates.end()), rates.end());
    return rates;
}

} // namespace

class TestGuiWarnTradeOff : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void warnCurveChartMarksTheKeyPoints();
    void sliderStepsAreTheThresholdsWhereARateChanges();
    void useLowestMeetingFpMaxSetsIt();
    void clickingTheCurveUsesThatStep();

private:
    template <typename T> T *child(QWidget *page, const char *name) const
    {
        T *found = page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    UnknownRatePage *ratePage() { return m_ratePage.get(); }

    std::unique_ptr<AnalysisSession> m_session;
    std::unique_ptr<UnknownRatePage> m_ratePage;
};

void TestGuiWarnTradeOff::init()
{
    m_session = gui_test::demoSession(kToday);
    QVERIFY(m_session->rollout().runs > 0);
    m_ratePage = std::make_unique<UnknownRatePage>(m_session.get());
}

void TestGuiWarnTradeOff::cleanup()
{
    m_ratePage.reset();
    m_session.reset();
}

void TestGuiWarnTradeOff::warnCurveChartMarksTheKeyPoints()
{
    UnknownRatePage *page = ratePage();
    // A threshold of our own, so in force and the default rule are apart.
    child<QDoubleSpinBox>(page, "warnThresholdSpin")->setValue(0.2);
    const RolloutResult &result = m_session->rollout();
    QCOMPARE(result.warn.threshold, 0.2);
    const std::optional<double> lowest =
        lowestThresholdMeetingFpMax(warnCurve(result), result.options.fpMax);
    QVERIFY(lowest.has_value());
    const QList<QPair<QString, double>> expected = {
        {QStringLiteral("in force"), 0.2},
        {QStringLiteral("default rule"), result.warn.defaultRuleThreshold},
        {QStringLiteral("lowest meeting fp_max"), *lowest}};
    QVERIFY(expected.at(1).second != 0.2 && expected.at(2).second != 0.2);

    auto checkMarks = [&](const QList<QPair<QString, double>> &marks) {
        const QChart *chart = child<ChartView>(page, "warnCurveChart")->chart();
        QList<QPair<QString, double>> drawn;
        for (const QXYSeries *mark : seriesWithRole(chart, kWarnMarkSeries)) {
            QCOMPARE(mark->count(), 2); // a vertical line at its threshold
            QCOMPARE(mark->at(0).x(), mark->property(kWarnMarkThresholdProperty).toDouble());
            QCOMPARE(mark->at(1).x(), mark->at(0).x());
            drawn.append({mark->property(kWarnMarkLabelProperty).toString(), mark->at(0).x()});
        }
        QCOMPARE(drawn, marks);
    };
    checkMarks(expected);

    // The curves are core's: each point's rate from its threshold to the next.
    const QList<WarnCurvePoint> curve = warnCurve(result);
    const QChart *chart = child<ChartView>(page, "warnCurveChart")->chart();
    const QXYSeries *with = seriesWithRole(chart, kFpWithSeries).value(0);
    QVERIFY(with);
    QCOMPARE(with->count(), 2 * curve.size());
    for (int i = 0; i < curve.size(); ++i) {
        QCOMPARE(with->at(2 * i).x(), curve.at(i).threshold);
        QCOMPARE(with->at(2 * i).y(), *curve.at(i).fpRateWithWhitelist);
    }
    QCOMPARE(seriesWithRole(chart, kFpWithoutSeries).size(), 1);
    QCOMPARE(seriesWithRole(chart, kFailRecallSeries).size(), 1);

    // Moving the threshold moves the in-force mark (here onto the lowest one: shared).
    QTest::mouseClick(child<QPushButton>(page, "warnThresholdUseLowest"), Qt::LeftButton);
    QList<QPair<QString, double>> merged = {
        {QStringLiteral("in force, lowest meeting fp_max"), *lowest},
        {QStringLiteral("default rule"), result.warn.defaultRuleThreshold}};
    checkMarks(merged);
}

void TestGuiWarnTradeOff::sliderStepsAreTheThresholdsWhereARateChanges()
{
    UnknownRatePage *page = ratePage();
    auto *slider = child<QSlider>(page, "warnThresholdSlider");
    // Every distinct unknown_rate changes a rate (a run stops WARNing there); between two
    // of them nothing changes. The default threshold lies between runs' rates.
    const QList<double> steps = distinctRates(m_session->rollout());
    QVERIFY(steps.size() > 12);
    QCOMPARE(slider->maximum(), steps.size() - 1);

    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    QCOMPARE(m_session->rollout().warn.threshold, steps.first());
    for (int i = 1; i < steps.size(); ++i) {
        const Rates before = ratesAt(m_session->rollout(), m_session->rollout().warn.threshold);
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(m_session->rollout().warn.threshold, steps.at(i));
        QCOMPARE(slider->maximum(), steps.size() - 1);
        // A step changes a rate; halfway to the next step nothing has changed yet.
        QVERIFY(!(ratesAt(m_session->rollout(), steps.at(i)) == before));
        if (i + 1 < steps.size())
            QVERIFY(ratesAt(m_session->rollout(), (steps.at(i) + steps.at(i + 1)) / 2) ==
                    ratesAt(m_session->rollout(), steps.at(i)));
    }
    QTest::keyClick(slider, Qt::Key_Left);
    QCOMPARE(m_session->rollout().warn.threshold, steps.at(steps.size() - 2));
    QTest::keyClick(slider, Qt::Key_Home);
    QTest::keyClick(slider, Qt::Key_PageUp);
    QCOMPARE(m_session->rollout().warn.threshold, steps.at(10));
    QTest::keyClick(slider, Qt::Key_Right);
    QTest::keyClick(slider, Qt::Key_PageDown);
    QCOMPARE(m_session->rollout().warn.threshold, steps.at(1));

    // From a threshold between steps (the spin box), Right goes to the next step up and
    // Left to the step below the one whose rates it shares.
    child<QDoubleSpinBox>(page, "warnThresholdSpin")->setValue((steps.at(4) + steps.at(5)) / 2);
    QCOMPARE(slider->value(), 4);
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(m_session->rollout().warn.threshold, steps.at(5));
}

void TestGuiWarnTradeOff::useLowestMeetingFpMaxSetsIt()
{
    UnknownRatePage *page = ratePage();
    auto *button = child<QPushButton>(page, "warnThresholdUseLowest");
    const std::optional<double> lowest = lowestThresholdMeetingFpMax(
        warnCurve(m_session->rollout()), m_session->rollout().options.fpMax);
    QVERIFY(lowest.has_value());
    QVERIFY(m_session->rollout().warn.threshold != *lowest);
    QVERIFY(button->isEnabled());
    QVERIFY(button->toolTip().contains(warnThresholdText(*lowest)));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_session->rollout().warn.thresholdGiven);
    QCOMPARE(m_session->rollout().warn.threshold, *lowest);
    QVERIFY(*ratesAt(m_session->rollout(), *lowest).with <= m_session->rollout().options.fpMax);
    QCOMPARE(child<QSlider>(page, "warnThresholdSlider")->value(),
             distinctRates(m_session->rollout()).indexOf(*lowest));
    QVERIFY(!button->isEnabled()); // already in force
}

void TestGuiWarnTradeOff::clickingTheCurveUsesThatStep()
{
    UnknownRatePage *page = ratePage();
    const QList<double> steps = distinctRates(m_session->rollout());
    child<QSlider>(page, "warnThresholdSlider")->setValue(0); // in force: the lowest step
    const QChart *chart = child<ChartView>(page, "warnCurveChart")->chart();
    QXYSeries *with = seriesWithRole(chart, kFpWithSeries).value(0);
    QVERIFY(with);
    // A click between two steps uses the lower one: its rates are the ones drawn there.
    emit with->clicked(QPointF((steps.at(5) + steps.at(6)) / 2, 0.5));
    QCOMPARE(m_session->rollout().warn.threshold, steps.at(5));
    const std::optional<WarnCurvePoint> at =
        warnCurvePointAt(warnCurve(m_session->rollout()), steps.at(5));
    QVERIFY(at.has_value());
    const Rates expected = ratesAt(m_session->rollout(), steps.at(5));
    QVERIFY(warnCurvePointText(*at).contains(
        QStringLiteral("%1 with the whitelist")
            .arg((formatCompact(*expected.with * 100.0, 1) + QStringLiteral(" %")))));
    QVERIFY(!warnCurvePointAt(warnCurve(m_session->rollout()), steps.first() / 2));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestGuiWarnTradeOff test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_warn_tradeoff.moc"
