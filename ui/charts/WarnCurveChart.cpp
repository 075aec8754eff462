#include "WarnCurveChart.h"

#include "ChartView.h"
#include "RolloutCharts.h"
#include "bench/AllocationsAnalysis.h"
#include "common/NumberFormat.h"
#include "i18n/DisplayNumbers.h"
#include "rollout/WarnKeyPoints.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <functional>

namespace gatehouse::ui {

namespace {

const QColor kWithoutColor(0xe1, 0x57, 0x59); // the unlisted red of the bar chart
const QColor kWithColor(0x59, 0xa1, 0x4f);    // the whitelisted green
const QColor kRecallColor(0x4e, 0x79, 0xa7);
const QColor kLowestColor(0xf2, 0x8e, 0x2b);

using Rate = std::function<std::optional<double>(const WarnCurvePoint &)>;

// Indexes of the curve points to draw: all of them when they fit the plot, else the first
// and last point of each pixel column (the rates are monotone in the threshold, so the
// drawn steps keep their shape).
QList<int> pointsToDraw(const QList<WarnCurvePoint> &curve, double xMax, int plotWidth)
{
    QList<int> keep;
    if (plotWidth <= 0 || curve.size() <= 2 * plotWidth || xMax <= 0) {
        for (int i = 0; i < curve.size(); ++i)
            keep.append(i);
        return keep;
    }
    long lastColumn = -1;
    for (int i = 0; i < curve.size(); ++i) {
        const long column = std::lround(curve.at(i).threshold / xMax * plotWidth);
        const bool lastOfColumn = i + 1 == curve.size() || std::lround(curve.at(i + 1).threshold /
                                                                       xMax * plotWidth) != column;
        if (column != lastColumn || lastOfColumn)
            keep.append(i);
        lastColumn = column;
    }
    return keep;
}

QLineSeries *stepSeries(const QList<WarnCurvePoint> &curve, const QList<int> &drawn, double xMax,
                        const Rate &rate)
{
    QList<QPointF> points;
    for (int k = 0; k < drawn.size(); ++k) {
        const WarnCurvePoint &p = curve.at(drawn.at(k));
        const std::optional<double> y = rate(p);
        if (!y)
            continue;
        const double nextX = k + 1 < drawn.size() ? curve.at(drawn.at(k + 1)).threshold : xMax;
        points.append(QPointF(p.threshold, *y));
        points.append(QPointF(nextX, *y)); // the rate holds until the next threshold
    }
    auto *series = new QLineSeries;
    series->replace(points);
    return series;
}

void tag(QAbstractSeries *series, const char *role)
{
    series->setProperty(kSeriesRoleProperty, QString::fromLatin1(role));
}

QPen markPen(const QString &label, const QPalette &palette)
{
    // A shared threshold is drawn in the style of its first label (warnKeyPoints order).
    if (label.startsWith(QLatin1String("in force")))
        return QPen(palette.color(QPalette::Text), 2);
    if (label.startsWith(QLatin1String("default rule")))
        return QPen(palette.color(QPalette::PlaceholderText), 1.5, Qt::DashLine);
    return QPen(kLowestColor, 2, Qt::DashDotLine);
}

// Short legend names: the legend column is narrow, and "in force, default rule: 0.1762"
// was cut to "in force, default rule: 0…." at 1400 px.
QString markName(const WarnKeyPoint &key)
{
    QStringList names;
    for (const QString &label : key.label.split(QStringLiteral(", "))) {
        if (label == QLatin1String("in force"))
            names << QObject::tr("in force");
        else if (label == QLatin1String("default rule"))
            names << QObject::tr("default");
        else if (label == QLatin1String("lowest meeting fp_max"))
            names << QObject::tr("lowest ≤ fp_max");
        else
            names << label;
    }
    return QObject::tr("%1 %2").arg(names.join(QStringLiteral(" = ")),
                                    warnThresholdText(key.point.threshold));
}

void placeMark(QLineSeries *series, const WarnKeyPoint &key)
{
    series->replace({QPointF(key.point.threshold, 0), QPointF(key.point.threshold, 1)});
    series->setName(markName(key));
    series->setProperty(kWarnMarkLabelProperty, key.label);
    series->setProperty(kWarnMarkThresholdProperty, key.point.threshold);
}

} // namespace

QString warnThresholdText(double threshold)
{
    const QString shortest = uiShortest(threshold);
    return shortest.size() <= 6 ? shortest : uiFixed(threshold, 4);
}

std::optional<WarnCurvePoint> warnCurvePointAt(const QList<WarnCurvePoint> &curve, double x)
{
    const auto after =
        std::upper_bound(curve.cbegin(), curve.cend(), x,
                         [](double value, const WarnCurvePoint &p) { return value < p.threshold; });
    if (after == curve.cbegin())
        return std::nullopt;
    return *(after - 1);
}

QString warnCurvePointText(const WarnCurvePoint &point)
{
    auto rate = [](const std::optional<double> &r) {
        return r ? uiCompact(*r * 100.0, 1) + QStringLiteral(" %") : QObject::tr("undefined");
    };
    return QObject::tr("WARN threshold %1: FP rate %2 without, %3 with the whitelist; FAIL "
                       "recall %4")
        .arg(warnThresholdText(point.threshold), rate(point.fpRateWithoutWhitelist),
             rate(point.fpRateWithWhitelist), rate(point.failRecall));
}

QChart *createWarnCurveChart(const RolloutResult &result, const QPalette &palette, int plotWidth)
{
    return createWarnCurveChart(result, warnCurve(result), warnKeyPoints(result), palette,
                                plotWidth);
}

QChart *createWarnCurveChart(const RolloutResult &result, const QList<WarnCurvePoint> &curve,
                             const QList<WarnKeyPoint> &keys, const QPalette &palette,
                             int plotWidth)
{
    auto *chart = new QChart;
    localizeChart(chart);
    ChartView::applyTheme(chart, palette); // the theme first: it resets series colours
    chart->setTitle(QObject::tr("WARN trade-off: a run WARNs when unknown_rate > threshold"));
    // A column on the right: at the bottom the six names were cut to "FP ra…".
    chart->legend()->setAlignment(Qt::AlignRight);

    double xMax = 0;
    for (const WarnCurvePoint &p : curve)
        xMax = std::max(xMax, p.threshold);
    for (const WarnKeyPoint &k : keys)
        xMax = std::max(xMax, k.point.threshold);
    xMax = xMax > 0 ? xMax * 1.05 : 1.0;

    QList<QAbstractSeries *> all;
    const QList<int> drawn = pointsToDraw(curve, xMax, plotWidth);
    auto addCurve = [&](const char *role, const QString &name, const QColor &color,
                        const Rate &rate) {
        QLineSeries *series = stepSeries(curve, drawn, xMax, rate);
        series->setName(series->count() > 0 ? name : QObject::tr("%1: undefined").arg(name));
        series->setPen(QPen(color, 2));
        tag(series, role);
        all.append(series);
    };
    addCurve(kFpWithoutSeries, QObject::tr("FP, no whitelist"), kWithoutColor,
             [](const WarnCurvePoint &p) { return p.fpRateWithoutWhitelist; });
    addCurve(kFpWithSeries, QObject::tr("FP, whitelist"), kWithColor,
             [](const WarnCurvePoint &p) { return p.fpRateWithWhitelist; });
    addCurve(kFailRecallSeries, QObject::tr("FAIL recall"), kRecallColor,
             [](const WarnCurvePoint &p) { return p.failRecall; });

    if (!curve.isEmpty()) {
        auto *fpMax = new QLineSeries;
        const double limit = result.options.fpMax;
        fpMax->replace({QPointF(0, limit), QPointF(xMax, limit)});
        fpMax->setName(QObject::tr("fp_max %1").arg(localizedNumbers(percentText(limit, limit))));
        fpMax->setPen(QPen(kWithColor, 1, Qt::DotLine));
        tag(fpMax, kFpMaxSeries);
        all.append(fpMax);
    }
    for (const WarnKeyPoint &key : keys) {
        auto *mark = new QLineSeries;
        placeMark(mark, key);
        mark->setPen(markPen(key.label, palette));
        tag(mark, kWarnMarkSeries);
        all.append(mark);
    }

    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(QObject::tr("WARN threshold (unknown_rate)"));
    xAxis->setRange(0, xMax);
    xAxis->setLabelFormat(QStringLiteral("%.2f"));
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(QObject::tr("rate"));
    yAxis->setRange(0, 1.02);
    yAxis->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : all) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    return chart;
}

bool updateWarnCurveMarks(QChart *chart, const RolloutResult &result)
{
    return chart && updateWarnCurveMarks(chart, warnKeyPoints(result));
}

bool updateWarnCurveMarks(QChart *chart, const QList<WarnKeyPoint> &keys)
{
    if (!chart)
        return false;
    const QList<QXYSeries *> marks = seriesWithRole(chart, kWarnMarkSeries);
    if (marks.size() != keys.size())
        return false;
    for (int i = 0; i < keys.size(); ++i) {
        // Labels decide the pen; a mark that changes its label needs a new chart.
        if (marks.at(i)->property(kWarnMarkLabelProperty).toString() != keys.at(i).label)
            return false;
    }
    for (int i = 0; i < keys.size(); ++i)
        placeMark(static_cast<QLineSeries *>(marks.at(i)), keys.at(i));
    return true;
}

} // namespace gatehouse::ui
