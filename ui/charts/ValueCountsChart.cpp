#include "ValueCountsChart.h"

#include "AllocationsCharts.h"
#include "ChartView.h"
#include "i18n/DisplayNumbers.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QMap>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

namespace gatehouse::ui {

QList<ValueCount> pooledValueCounts(const DetectorDistribution &d)
{
    QMap<double, int> counts;
    for (const RunSamples &run : d.runs)
        for (const ValueCount &vc : run.distinct)
            counts[vc.value] += vc.count;
    QList<ValueCount> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

bool useValueCounts(const AllocationsResult &result,
                    const QList<DetectorDistribution> &distributions, int maxDistinct)
{
    if (result.options.metric != QLatin1String("allocs/op") || result.baselineOnly)
        return false;
    bool any = false;
    for (const DetectorDistribution &d : distributions) {
        const QList<ValueCount> counts = pooledValueCounts(d);
        if (counts.size() > maxDistinct)
            return false;
        for (const ValueCount &vc : counts)
            if (vc.value != std::floor(vc.value))
                return false;
        any = any || !counts.isEmpty();
    }
    return any;
}

QString valueCountsText(const DetectorDistribution &d)
{
    const QList<ValueCount> counts = pooledValueCounts(d);
    int total = 0;
    for (const ValueCount &vc : counts)
        total += vc.count;
    QStringList parts;
    for (const ValueCount &vc : counts)
        parts.append(QStringLiteral("%1 × %2 (%3 %)")
                         .arg(uiCompact(vc.value), QString::number(vc.count),
                              uiCompact(100.0 * vc.count / std::max(total, 1), 1)));
    return parts.join(QStringLiteral(", "));
}

QChart *createDetectorValueCounts(const AllocationsResult &result,
                                  const QList<DetectorDistribution> &distributions,
                                  const QPalette &palette)
{
    auto *chart = new QChart;
    localizeChart(chart);
    ChartView::applyTheme(chart, palette); // the theme first: it resets series colours
    chart->legend()->setVisible(false);    // the labels say it all
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QString metric = result.options.metric;
    chart->setTitle(QObject::tr("%1 per detector over the last %2 runs: value × samples "
                                "(dot size = share)")
                        .arg(metric)
                        .arg(result.runsSelected()));

    auto *xAxis = new QBarCategoryAxis;
    xAxis->setTruncateLabels(false);
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(metric);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // Qt 6.4 labels points with @xPoint/@yPoint only, and its per-point sizes and colours
    // misplace markers: one series per (count, mode or not), whose label format carries the
    // count ("18 × 90"). The mode sits left of the detector's slot and the other values
    // right of it, so the labels of neighbouring values (18, 19) do not cover each other.
    QMap<QPair<int, bool>, QScatterSeries *> byCount;
    double low = std::numeric_limits<double>::infinity(), high = -low;
    int column = 0, largest = 1;
    for (const DetectorDistribution &d : distributions)
        for (const ValueCount &vc : pooledValueCounts(d))
            largest = std::max(largest, vc.count);
    const QColor text = palette.color(QPalette::Text);
    QStringList names;
    for (const DetectorDistribution &d : distributions)
        names.append(d.key.name);
    const QString suffix = commonNameSuffix(names); // "Detector": the table has the names
    for (const DetectorDistribution &d : distributions) {
        const QList<ValueCount> counts = pooledValueCounts(d);
        if (counts.isEmpty())
            continue;
        xAxis->append(shortCategoryLabel(withoutSuffix(d.key.name, suffix), xAxis->categories()));
        int mode = 0;
        for (const ValueCount &vc : counts)
            mode = std::max(mode, vc.count);
        const bool several = counts.size() > 1;
        for (const ValueCount &vc : counts) {
            const bool isMode = vc.count == mode;
            QScatterSeries *&series = byCount[{vc.count, isMode}];
            if (!series) {
                series = new QScatterSeries;
                series->setObjectName(kSeriesValueCounts + QString::number(vc.count));
                series->setPointLabelsFormat(QStringLiteral("@yPoint × %1").arg(vc.count));
                series->setPointLabelsVisible(true);
                series->setPointLabelsClipping(false);
                series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
                series->setMarkerSize(7 + 17 * std::sqrt(double(vc.count) / largest));
                series->setProperty("mode", isMode);
            }
            const double offset = several ? (isMode ? -0.3 : 0.3) : 0.0;
            series->append(column + offset, vc.value);
            low = std::min(low, vc.value);
            high = std::max(high, vc.value);
        }
        ++column;
    }
    for (QScatterSeries *series : std::as_const(byCount)) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        // After the theme: the mode in the highlight colour, the other values grey (the
        // verdict is in the table beside; the chart says why).
        const bool isMode = series->property("mode").toBool();
        series->setColor(isMode ? palette.color(QPalette::Highlight)
                                : palette.color(QPalette::Mid));
        series->setBorderColor(text);
        series->setPointLabelsColor(text);
    }
    if (column == 0) {
        chart->setTitle(result.reasons.value(0, QObject::tr("no benchmark runs")));
        yAxis->setRange(0, 1);
    } else {
        const double margin = std::max(1.0, (high - low) * 0.15);
        yAxis->setRange(std::max(0.0, std::floor(low - margin)), std::ceil(high + margin));
        yAxis->applyNiceNumbers();
    }
    xAxis->setLabelsAngle(int(categoryLabelAngle(xAxis->categories(), xAxis->labelsFont())));
    return chart;
}

} // namespace gatehouse::ui
