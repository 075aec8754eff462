// A chart's points answer the mouse (the hover tips of every page), also after its view
// was hidden and shown again: ChartView keeps the scene's activation events from its
// items (each page switch sent them to every item, 20-35 ms per chart with 10k runs).
#include "charts/ChartView.h"

#include <QChart>
#include <QGraphicsScene>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QValueAxis>
#include <QtTest>

using namespace gatehouse::ui;

class TestGuiChartHover : public QObject
{
    Q_OBJECT
private slots:
    void pointsAnswerTheMouse_data()
    {
        QTest::addColumn<int>("hideAndShow"); // page switches before the mouse comes
        QTest::addRow("first shown") << 0;
        QTest::addRow("after a page switch") << 1;
        QTest::addRow("after three") << 3;
    }

    void pointsAnswerTheMouse()
    {
        QFETCH(int, hideAndShow);
        auto *chart = new QChart;
        auto *series = new QScatterSeries;
        series->setMarkerSize(20);
        series->append({{1, 1}, {2, 2}, {3, 3}});
        chart->addSeries(series);
        chart->createDefaultAxes();
        ChartView view;
        view.setChartWithTheme(chart);
        view.resize(600, 400);
        view.show();
        view.activateWindow();
        // Active: the view sends its scene the activation events this is about.
        QVERIFY(QTest::qWaitForWindowActive(&view));
        for (int i = 0; i < hideAndShow; ++i) {
            view.hide();
            view.show();
            view.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&view));
        }
        QSignalSpy hovered(series, &QScatterSeries::hovered);
        const QPointF inScene = chart->mapToPosition(QPointF(2, 2), series);
        const QPoint at = view.mapFromScene(chart->mapToScene(inScene));
        QTest::mouseMove(view.viewport(), at + QPoint(30, 30)); // off every point first
        QTest::mouseMove(view.viewport(), at);
        QTRY_VERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.first().at(0).toPointF(), QPointF(2, 2));
        QCOMPARE(hovered.first().at(1).toBool(), true);
    }
};

QTEST_MAIN(TestGuiChartHover)
#include "test_gui_chart_hover.moc"
