#include "ReportCharts.h"

#include "AllocationsCharts.h"
#include "InstallCharts.h"
#include "RolloutCharts.h"

#include <QBuffer>
#include <QChart>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

namespace gatehouse::ui {

QByteArray renderChartPng(QChart *chart, const QSize &size)
{
    // A scene of its own: no view and no window, so no display is needed.
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns and deletes the chart
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(chart->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), scene.sceneRect());
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The detector a reviewer looks at first: one that blocks graduation, else the first.
static const DetectorAllocations *detectorOfInterest(const AllocationsResult &result)
{
    for (const DetectorAllocations &d : result.detectors)
        if (d.blocksGraduation() && d.samples > 0)
            return &d;
    for (const DetectorAllocations &d : result.detectors)
        if (d.samples > 0)
            return &d;
    return nullptr;
}

static QString fileStem(QString name)
{
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    return name;
}

QList<QPair<QString, QByteArray>> reportChartFiles(const GateReport &report, const Dataset &dataset,
                                                   const QPalette &palette)
{
    const QSize size(1200, 600);
    QList<QPair<QString, QByteArray>> files;
    if (!report.allocations.detectors.isEmpty()) {
        files.append(
            {QStringLiteral("allocations_boxplot.png"),
             renderChartPng(createDetectorBoxPlot(report.allocations, dataset.benchRuns, palette),
                            size)});
        if (const DetectorAllocations *d = detectorOfInterest(report.allocations))
            files.append(
                {QStringLiteral("allocations_%1_runs.png").arg(fileStem(d->key.name)),
                 renderChartPng(createDetectorRunsChart(report.allocations, dataset.benchRuns,
                                                        d->key, palette, QString(), size.width()),
                                size)});
    }
    if (!report.install.series.isEmpty()) {
        InstallChartOptions options;
        options.plotWidth = size.width();
        files.append(
            {QStringLiteral("install_durations.png"),
             renderChartPng(createInstallDurationChart(report.install, palette, options), size)});
    }
    if (!report.rollout.rows.isEmpty()) {
        files.append(
            {QStringLiteral("unknown_rate.png"),
             renderChartPng(createUnknownRateChart(report.rollout, palette, size.width()), size)});
        files.append({QStringLiteral("spikes_by_reason.png"),
                      renderChartPng(createSpikesByReasonChart(report.rollout, palette), size)});
    }
    return files;
}

} // namespace gatehouse::ui
