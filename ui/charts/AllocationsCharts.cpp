#include "AllocationsCharts.h"

#include "ChartView.h"
#include "common/Decimate.h"
#include "common/RunIdentity.h"
#include "i18n/DisplayNumbers.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

namespace gatehouse::ui {
namespace {

// Every value drawn on the y axis, so the range shows all of them with a margin.
struct ValueRange
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    void add(double v)
    {
        if (std::isnan(v))
            return;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    void applyTo(QValueAxis *axis) const
    {
        if (low > high) {
            axis->setRange(0, 1);
            return;
        }
        const double margin =
            high > low ? (high - low) * 0.12 : std::max(1.0, std::fabs(high) * 0.1);
        // Counts, bytes and times are never negative: no axis below 0 for them.
        axis->setRange(low >= 0 ? std::max(0.0, low - margin) : low - margin, high + margin);
        axis->applyNiceNumbers();
    }
};

QScatterSeries *scatter(const QString &name, const QString &objectName,
                        QScatterSeries::MarkerShape shape, double size)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setObjectName(objectName);
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    return series;
}

QLineSeries *line(const QString &name, const QString &objectName)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setObjectName(objectName);
    return series;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QPen pen(const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(color, width, style);
    p.setCosmetic(true);
    return p;
}

// A box reads like the detector's verdict in the table.
Tone boxTone(const AllocationsResult &result, const DetectorDistribution &d)
{
    for (const DetectorAllocations &row : result.detectors)
        if (row.key == d.key)
            return row.fromBaselineOnly     ? Tone::Warning
                   : row.blocksGraduation() ? Tone::Bad
                                            : Tone::Good;
    return Tone::Warning;
}

// Run ids of one CI system share a long prefix ("9182737658", "9182737695"): the axis
// labels show the part that differs, the axis title the shared part. At least four
// characters of every id stay.
int sharedPrefixLength(const QList<RunSamples> &runs)
{
    if (runs.size() < 2)
        return 0;
    const QString &first = runs.first().runId;
    qsizetype length = first.size();
    for (const RunSamples &run : runs) {
        qsizetype i = 0;
        while (i < length && i < run.runId.size() && run.runId.at(i) == first.at(i))
            ++i;
        length = std::min(i, run.runId.size() - 4);
    }
    return length >= 3 ? static_cast<int>(length) : 0;
}

QChart *newChart(const QPalette &palette)
{
    auto *chart = new QChart;
    localizeChart(chart);
    // The theme first: it resets series colours, so custom colours come after it.
    ChartView::applyTheme(chart, palette);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = ChartView::isDarkPalette(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Bad:
        return dark ? QColor(0xef, 0x6c, 0x6c) : QColor(0xc6, 0x28, 0x28);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x6a, 0x00);
    }
    return palette.color(QPalette::Text);
}

QColor toneTint(Tone tone, const QPalette &palette)
{
    QColor color = toneColor(tone, palette);
    color.setAlpha(ChartView::isDarkPalette(palette) ? 90 : 60);
    return color;
}

QChart *createDetectorBoxPlot(const AllocationsResult &result, const QList<BenchRun> &runsInOrder,
                              const QPalette &palette)
{
    return createDetectorBoxPlot(result, detectorDistributions(result, runsInOrder), palette);
}

QChart *createDetectorBoxPlot(const AllocationsResult &result,
                              const QList<DetectorDistribution> &distributions,
                              const QPalette &palette)
{
    QChart *chart = newChart(palette);
    const QString metric = result.options.metric;
    chart->setTitle(result.baselineOnly
                        ? QObject::tr("%1 per detector: baseline values only, no runs").arg(metric)
                        : QObject::tr("%1 per detector over the last %2 runs")
                              .arg(metric)
                              .arg(result.runsSelected()));

    auto *boxes = new QBoxPlotSeries;
    boxes->setObjectName(kSeriesBoxes);
    boxes->setName(QObject::tr("samples (box Q1–Q3, whiskers 1.5 × IQR)"));
    QScatterSeries *outliers =
        scatter(QObject::tr("outliers"), kSeriesOutliers, QScatterSeries::MarkerShapeCircle, 8);
    QScatterSeries *baselines = scatter(QObject::tr("baseline"), kSeriesBaselines,
                                        QScatterSeries::MarkerShapeRectangle, 11);
    auto *xAxis = new QBarCategoryAxis;
    // Detector names are long and an elided name is useless: show them whole, tilted more
    // as the boxes get narrower so that neighbours never touch.
    xAxis->setTruncateLabels(false);
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(metric);
    yAxis->setLabelFormat(QStringLiteral("%.4g"));

    ValueRange range;
    QList<QPointF> outlierPoints, baselinePoints;
    QList<QBoxSet *> sets;
    QList<Tone> tones;
    QStringList names;
    for (const DetectorDistribution &d : distributions)
        names.append(d.key.name);
    const QString suffix = commonNameSuffix(names); // "Detector": the table has the names
    for (qsizetype i = 0; i < distributions.size(); ++i) {
        const DetectorDistribution &d = distributions.at(i);
        if (d.box.isEmpty())
            continue;
        const double x = static_cast<double>(sets.size());
        const BoxPlotStats &b = d.box;
        // QBoxPlotSeries::append() does not take ownership of its sets (no parent, no delete
        // in Qt 6.4): parented to the series, they go when the chart does.
        auto *set =
            new QBoxSet(b.lowerWhisker, b.q1, b.median, b.q3, b.upperWhisker, d.key.name, boxes);
        set->setProperty("distributionIndex", static_cast<int>(i));
        sets.append(set);
        tones.append(boxTone(result, d));
        xAxis->append(shortCategoryLabel(withoutSuffix(d.key.name, suffix), xAxis->categories()));
        range.add(b.lowerWhisker);
        range.add(b.upperWhisker);
        for (const OutlierGroup &group : d.outlierGroups) {
            outlierPoints.append({x, group.value});
            range.add(group.value);
        }
        if (d.baseline) {
            baselinePoints.append({x, *d.baseline});
            range.add(*d.baseline);
        }
    }
    boxes->append(sets);
    if (sets.isEmpty()) // say why the chart is empty where the operator looks
        chart->setTitle(result.reasons.value(0, QObject::tr("no benchmark runs")));
    // Steep enough that the first and last names fit (Qt hides them otherwise).
    xAxis->setLabelsAngle(int(categoryLabelAngle(xAxis->categories(), xAxis->labelsFont())));
    outliers->replace(outlierPoints);
    baselines->replace(baselinePoints);

    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    attach(chart, boxes, xAxis, yAxis);
    attach(chart, baselines, xAxis, yAxis);
    attach(chart, outliers, xAxis, yAxis);
    range.applyTo(yAxis);

    // Custom colours after the theme: boxes tinted by verdict, text-coloured outlines.
    const QColor text = palette.color(QPalette::Text);
    boxes->setPen(pen(text, 1));
    boxes->setBrush(palette.color(QPalette::Mid)); // the legend's neutral "box" marker
    for (qsizetype i = 0; i < sets.size(); ++i) {
        // The outline carries the verdict too: a constant detector's box is a flat line.
        const QColor color = toneColor(tones.at(i), palette);
        QColor fill = color;
        fill.setAlpha(110);
        sets.at(i)->setBrush(fill);
        sets.at(i)->setPen(pen(color, 2));
    }
    outliers->setColor(toneColor(Tone::Bad, palette));
    outliers->setBorderColor(text);
    baselines->setColor(Qt::transparent);
    baselines->setBorderColor(text);
    baselines->setPen(pen(text, 2));
    return chart;
}

QChart *createDetectorRunsChart(const AllocationsResult &result, const QList<BenchRun> &runsInOrder,
                                const DetectorKey &key, const QPalette &palette,
                                const QString &selectedRunId, int plotWidth)
{
    return createDetectorRunsChart(detectorDistribution(result, runsInOrder, key), palette,
                                   selectedRunId, plotWidth);
}

QChart *createDetectorRunsChart(const DetectorDistribution &d, const QPalette &palette,
                                const QString &selectedRunId, int plotWidth)
{
    QChart *chart = newChart(palette);
    const int runs = static_cast<int>(d.runs.size());
    chart->setTitle(d.key.name.isEmpty() ? QObject::tr("Select a detector")
                    : d.fromBaselineOnly
                        ? QObject::tr("%1: baseline value only, no runs").arg(d.key.name)
                        : QObject::tr("%1: %2 run by run").arg(d.key.name, d.metric));

    QScatterSeries *samples =
        scatter(QObject::tr("samples"), kSeriesRunSamples, QScatterSeries::MarkerShapeCircle, 9);
    QLineSeries *means = line(QObject::tr("run mean"), kSeriesRunMeans);
    QLineSeries *baseline = line(QObject::tr("baseline"), kSeriesBaseline);
    QLineSeries *bandLow =
        line(QObject::tr("baseline ± %1").arg(uiCompact(d.driftMax)), kSeriesBandLow);
    QLineSeries *bandHigh = line(QString(), kSeriesBandHigh);
    QScatterSeries *failed = scatter(QObject::tr("failed result line"), kSeriesFailedRuns,
                                     QScatterSeries::MarkerShapeTriangle, 13);
    QScatterSeries *selected = scatter(QObject::tr("selected run"), kSeriesSelectedRun,
                                       QScatterSeries::MarkerShapeCircle, 20);

    ValueRange range;
    QVector<QPointF> samplePoints, meanPoints;
    QList<QPointF> failedPoints;
    for (int i = 0; i < runs; ++i) {
        const RunSamples &run = d.runs.at(i);
        for (const ValueCount &vc : run.distinct) {
            samplePoints.append({double(i), vc.value});
            range.add(vc.value);
        }
        if (!std::isnan(run.mean))
            meanPoints.append({double(i), run.mean});
        if (run.failures > 0)
            failedPoints.append({double(i), std::isnan(run.mean) ? d.mean : run.mean});
    }
    // A window of thousands of runs would bury the plot: keep min and max per pixel.
    if (plotWidth > 0) {
        samplePoints = decimateMinMax(samplePoints, plotWidth);
        meanPoints = decimateMinMax(meanPoints, plotWidth);
    }
    samples->replace(QList<QPointF>(samplePoints.cbegin(), samplePoints.cend()));
    means->replace(QList<QPointF>(meanPoints.cbegin(), meanPoints.cend()));
    failed->replace(failedPoints);
    const double left = -0.5, right = std::max(0, runs - 1) + 0.5;
    if (d.baseline) {
        const double b = *d.baseline;
        baseline->replace({{left, b}, {right, b}});
        bandLow->replace({{left, b - d.driftMax}, {right, b - d.driftMax}});
        bandHigh->replace({{left, b + d.driftMax}, {right, b + d.driftMax}});
        range.add(b - d.driftMax);
        range.add(b + d.driftMax);
    }
    if (d.fromBaselineOnly)
        samples->replace({{0.0, d.mean}});

    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Qt elides a label wider than its category to "…29…" on every tick: never elide (the
    // step below keeps labels apart, and they tilt when crowded).
    xAxis->setTruncateLabels(false);
    const int prefix = sharedPrefixLength(d.runs);
    xAxis->setTitleText(prefix > 0
                            ? QObject::tr("run id (%1…)").arg(d.runs.first().runId.left(prefix))
                            : QObject::tr("run id"));
    // Label every step-th run so that labels never overlap; tilt them when they are crowded.
    const int fit = plotWidth > 0 ? std::max(2, plotWidth / 24) : 24;
    const int step = std::max(1, (runs + fit - 1) / fit);
    for (int i = 0; i < runs; i += step)
        xAxis->append(prefix > 0 ? QStringLiteral("…") + d.runs.at(i).runId.mid(prefix)
                                 : d.runs.at(i).runId,
                      i);
    if (runs > 0 && plotWidth > 0 && runs / step * 70 > plotWidth)
        xAxis->setLabelsAngle(-45);
    xAxis->setRange(left, right);
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(d.metric);
    yAxis->setLabelFormat(QStringLiteral("%.4g"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{
             bandLow, bandHigh, baseline, means, samples, failed, selected})
        attach(chart, s, xAxis, yAxis);
    range.applyTo(yAxis);
    xAxis->setRange(left, right);
    // The second band line has no legend entry of its own.
    for (QLegendMarker *marker : chart->legend()->markers(bandHigh))
        marker->setVisible(false);
    if (!d.baseline)
        for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{baseline, bandLow})
            for (QLegendMarker *marker : chart->legend()->markers(s))
                marker->setVisible(false);
    if (failedPoints.isEmpty())
        for (QLegendMarker *marker : chart->legend()->markers(failed))
            marker->setVisible(false);

    const QColor text = palette.color(QPalette::Text);
    const QColor good = toneColor(Tone::Good, palette);
    QColor sampleColor = palette.color(QPalette::Highlight);
    sampleColor.setAlpha(200);
    samples->setColor(sampleColor);
    samples->setBorderColor(sampleColor.darker(130));
    QColor meanColor = text;
    meanColor.setAlpha(150);
    means->setPen(pen(meanColor, 1.5));
    baseline->setPen(pen(good, 2, Qt::DashLine));
    QColor band = good;
    band.setAlpha(140);
    bandLow->setPen(pen(band, 1, Qt::DotLine));
    bandHigh->setPen(pen(band, 1, Qt::DotLine));
    failed->setColor(toneColor(Tone::Warning, palette));
    failed->setBorderColor(text);
    selected->setColor(Qt::transparent);
    selected->setBorderColor(text);
    selected->setPen(pen(text, 2));
    highlightDetectorRun(chart, d, selectedRunId);
    return chart;
}

void highlightDetectorRun(QChart *chart, const DetectorDistribution &d, const QString &runId)
{
    if (!chart)
        return;
    QList<QPointF> points;
    for (qsizetype i = 0; i < d.runs.size(); ++i) {
        if (runId.isEmpty() || d.runs.at(i).runId != runId)
            continue;
        for (const ValueCount &vc : d.runs.at(i).distinct)
            points.append({double(i), vc.value});
    }
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == kSeriesSelectedRun)
            static_cast<QScatterSeries *>(s)->replace(points);
}

} // namespace gatehouse::ui
