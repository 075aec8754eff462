#include "RolloutCharts.h"

#include "ChartView.h"
#include "common/Decimate.h"
#include "common/NumberFormat.h"
#include "common/Translate.h"
#include "i18n/DisplayNumbers.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <array>
#include <cmath>

namespace gatehouse::ui {

namespace {

// Readable on light and dark bases, and kept apart from the class colours of the bar
// chart (green = whitelisted, red = unlisted) and from the policy lines (blue, grey), so a
// dot's colour can only mean its reason.
const QColor kReasonColors[] = {QColor(0xf2, 0x8e, 0x2b), QColor(0xb0, 0x7a, 0xa1),
                                QColor(0x17, 0xbe, 0xcf), QColor(0xed, 0xc9, 0x48),
                                QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
                                QColor(0xbc, 0xbd, 0x22), QColor(0x7f, 0x3c, 0x8d)};
const QColor kWhitelistedColor(0x59, 0xa1, 0x4f);
const QColor kUnlistedColor(0xe1, 0x57, 0x59);

QString reasonLabel(const QString &reason)
{
    if (reason.isEmpty())
        return QObject::tr("(no reason)");
    // A category label wider than its bar is elided by Qt to "…": keep it short ourselves,
    // the whole reason is in the tooltip and the class frequency table.
    return reason.size() > 22 ? reason.left(20) + QStringLiteral("…") : reason;
}

QString otherText(const SpikeReasonBars &bars)
{
    return Tr::translate("QObject", "%Ln reason(s)", nullptr, bars.otherReasons.size());
}

QColor otherColor()
{
    return QColor(0x8c, 0x8c, 0x8c);
}

QVariantList toVariantList(const QList<int> &rows)
{
    QVariantList list;
    for (int row : rows)
        list.append(row);
    return list;
}

void tagSeries(QXYSeries *series, const char *role, const QList<int> &rows = {})
{
    series->setProperty(kSeriesRoleProperty, QString::fromLatin1(role));
    series->setProperty(kSeriesRowsProperty, toVariantList(rows));
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

// A horizontal line from x0 to x1 at y.
QLineSeries *levelLine(double x0, double x1, double y, const QPen &pen, const QString &name)
{
    auto *line = new QLineSeries;
    line->replace({QPointF(x0, y), QPointF(x1, y)});
    line->setPen(pen);
    line->setName(name);
    return line;
}

} // namespace

QColor reasonColor(int index)
{
    const int count = static_cast<int>(std::size(kReasonColors));
    return kReasonColors[((index % count) + count) % count];
}

QColor policyColor(int index, const QPalette &palette)
{
    const QColor fixed[] = {palette.color(QPalette::Highlight), QColor(0x8c, 0x8c, 0x8c),
                            QColor(0x4e, 0x79, 0xa7), QColor(0x76, 0xb7, 0xb2)};
    return fixed[index % static_cast<int>(std::size(fixed))];
}

bool rolloutChartUsesTime(const RolloutResult &result)
{
    return !result.rows.isEmpty() &&
           std::all_of(result.rows.cbegin(), result.rows.cend(), [](const RolloutRunRow &row) {
               return row.run.identity.timestamp.isValid();
           });
}

double rolloutChartX(const RolloutResult &result, int row, bool timeAxis)
{
    return timeAxis
               ? static_cast<double>(result.rows.at(row).run.identity.timestamp.toMSecsSinceEpoch())
               : row + 1;
}

QChart *createUnknownRateChart(const RolloutResult &result, const QPalette &palette, int plotWidth)
{
    auto *chart = new QChart;
    localizeChart(chart);
    ChartView::applyTheme(chart, palette); // the theme first: it resets series colours
    chart->setTitle(QObject::tr("unknown_rate per run"));
    // Up to a dozen entries: a column on the right keeps every name readable.
    chart->legend()->setAlignment(Qt::AlignRight);
    const bool timeAxis = rolloutChartUsesTime(result);

    // A policy's line is reduced to the plot's pixel width (lowest and highest run per
    // pixel, so every spike stays visible): 10k runs then draw as fast as a thousand.
    // Spike markers are few and always drawn whole.
    double xMin = 0, xMax = 1, yMax = 0;
    if (!result.rows.isEmpty()) {
        xMin = rolloutChartX(result, 0, timeAxis);
        xMax = rolloutChartX(result, static_cast<int>(result.rows.size()) - 1, timeAxis);
    }
    // Each policy's line gets the pixels its runs span, not the whole plot: three policies
    // side by side were three plots' worth of points.
    const auto bucketsFor = [&](const QVector<double> &xs) {
        if (plotWidth < 1 || xs.isEmpty() || xMax <= xMin)
            return plotWidth; // no reduction asked for, or nothing to share out
        const double share = (xs.last() - xs.first()) / (xMax - xMin);
        return std::max(1, static_cast<int>(std::ceil(share * plotWidth)));
    };
    QList<QAbstractSeries *> allSeries;
    for (int p = 0; p < result.policies.size(); ++p) {
        const PolicySummary &policy = result.policies.at(p);
        const QColor color = policyColor(p, palette);
        auto *rates = new QLineSeries;
        rates->setName(policy.policyHash);
        QVector<double> xs, ys;
        QList<int> allRows;
        for (int i = 0; i < result.rows.size(); ++i) {
            if (result.rows.at(i).run.policyHash != policy.policyHash)
                continue;
            xs.append(rolloutChartX(result, i, timeAxis));
            ys.append(result.rows.at(i).run.unknownRate);
            allRows.append(i);
        }
        QList<QPointF> points;
        QList<int> rows; // the run behind each drawn point, for clicks and the selection
        for (const int k : decimateMinMaxIndices(xs, ys, bucketsFor(xs))) {
            points.append(QPointF(xs.at(k), ys.at(k)));
            rows.append(allRows.at(k));
        }
        rates->replace(points);
        rates->setPen(QPen(color, 1.5));
        rates->setPointsVisible(true);
        rates->setMarkerSize(5);
        tagSeries(rates, kRateSeries, rows);
        allSeries.append(rates);
        yMax = std::max({yMax, policy.unknownRateMax, policy.spikeThreshold});
        if (!points.isEmpty()) {
            QPen pen(color, 1.5, Qt::DashLine);
            auto *threshold =
                levelLine(points.first().x(), points.last().x(), policy.spikeThreshold, pen,
                          QObject::tr("%1 spike > %2")
                              .arg(policy.policyHash, uiFixed(policy.spikeThreshold, 3)));
            tagSeries(threshold, kSpikeThresholdSeries);
            threshold->setProperty("policyHash", policy.policyHash);
            allSeries.append(threshold);
        }
    }
    if (std::isfinite(result.warn.threshold) && !result.rows.isEmpty()) {
        QPen pen(palette.color(QPalette::Text), 1.5, Qt::DashDotLine);
        auto *warn = levelLine(xMin, xMax, result.warn.threshold, pen,
                               QObject::tr("WARN > %1").arg(uiFixed(result.warn.threshold, 3)));
        tagSeries(warn, kWarnThresholdSeries);
        allSeries.append(warn);
        yMax = std::max(yMax, result.warn.threshold);
    }

    // Spikes on top of the lines, one series per named primary reason and one for the rest.
    const SpikeReasonBars bars = spikeReasonBars(result);
    const int named = static_cast<int>(bars.top.size());
    for (int r = 0; r <= named; ++r) {
        if (r == named && !bars.hasOther())
            break;
        const QString reason = r < named ? bars.top.at(r).reason : QString();
        auto *spikes = new QScatterSeries;
        spikes->setName(r < named ? QObject::tr("spike: %1").arg(reasonLabel(reason))
                                  : QObject::tr("spike: other (%1)").arg(otherText(bars)));
        spikes->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        spikes->setMarkerSize(11);
        spikes->setColor(r < named ? reasonColor(r) : otherColor());
        spikes->setBorderColor(palette.color(QPalette::Base));
        QList<QPointF> points;
        QList<int> rows;
        for (int i = 0; i < result.rows.size(); ++i) {
            const RolloutRunRow &row = result.rows.at(i);
            if (!row.spike)
                continue;
            const QString primary = row.run.primaryReason();
            const bool mine =
                r < named
                    ? primary == reason
                    : std::none_of(bars.top.cbegin(), bars.top.cend(),
                                   [&](const SpikeReasonCount &c) { return c.reason == primary; });
            if (!mine)
                continue;
            points.append(QPointF(rolloutChartX(result, i, timeAxis), row.run.unknownRate));
            rows.append(i);
        }
        spikes->replace(points);
        tagSeries(spikes, kSpikeSeries, rows);
        spikes->setProperty("reason", reason);
        allSeries.append(spikes);
    }

    auto *selection = new QScatterSeries;
    selection->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    selection->setMarkerSize(19);
    selection->setBrush(Qt::NoBrush);
    selection->setPen(QPen(palette.color(QPalette::Text), 2.5));
    tagSeries(selection, kSelectionSeries);
    allSeries.append(selection);

    QAbstractAxis *xAxis = nullptr;
    if (timeAxis) {
        auto *axis = new QDateTimeAxis;
        // Short enough that every tick reads whole ("Sep 14", not "2026-09…" five times).
        const double days = (xMax - xMin) / 86400000.0;
        axis->setFormat(axisDateFormat(days > 300 ? QStringLiteral("yyyy-MM")
                                       : days > 2 ? QStringLiteral("MMM d")
                                                  : QStringLiteral("MMM d hh:mm")));
        axis->setTruncateLabels(false);
        axis->setTitleText(QObject::tr("run time (UTC)"));
        axis->setTickCount(5);
        const qint64 pad = std::max<qint64>(qint64((xMax - xMin) * 0.02), 3600 * 1000);
        axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xMin) - pad, Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(qint64(xMax) + pad, Qt::UTC));
        xAxis = axis;
    } else {
        auto *axis = new QValueAxis;
        axis->setTitleText(QObject::tr("run (in run order)"));
        axis->setLabelFormat(QStringLiteral("%.0f"));
        // The runs and no more (nice numbers made 2,000 runs an axis to 3,000), ticks at a
        // round step of runs.
        const double right = std::max(xMax + 1, 2.0);
        double step = 1;
        for (int k = 0; right / step > 8; ++k)
            step = std::pow(10.0, k / 3) * std::array<double, 3>{2, 5, 10}[k % 3];
        axis->setRange(0, right);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(step);
        xAxis = axis;
    }
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(QObject::tr("unknown_rate"));
    setRoundRateRange(yAxis, yMax);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : allSeries) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    hideFromLegend(chart, selection);
    return chart;
}

QChart *createSpikesByReasonChart(const RolloutResult &result, const QPalette &palette)
{
    auto *chart = new QChart;
    localizeChart(chart);
    ChartView::applyTheme(chart, palette);
    chart->setTitle(result.spikesByReason.isEmpty()
                        ? QObject::tr("Spikes by primary top reason (no spikes)")
                        : QObject::tr("Spikes by primary top reason"));
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *whitelisted = new QBarSet(QObject::tr("whitelisted"));
    auto *unlisted = new QBarSet(QObject::tr("unlisted"));
    whitelisted->setColor(kWhitelistedColor);
    unlisted->setColor(kUnlistedColor);
    QStringList categories;
    int none = 0, most = 0;
    const SpikeReasonBars bars = spikeReasonBars(result);
    QList<SpikeReasonCount> shown = bars.top;
    if (bars.hasOther())
        shown.append(bars.other);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const SpikeReasonCount &count = shown.at(i);
        categories.append(i < bars.top.size() ? reasonLabel(count.reason)
                                              : QObject::tr("other (%1)").arg(otherText(bars)));
        whitelisted->append(count.whitelisted);
        unlisted->append(count.unlisted);
        none += count.none;
        most = std::max(most, count.total());
    }
    auto *series = new QStackedBarSeries;
    series->append(whitelisted);
    series->append(unlisted);
    if (none > 0) { // only spikes without reasons can be class "none"
        auto *noReasons = new QBarSet(QObject::tr("no reasons"));
        noReasons->setColor(QColor(0x8c, 0x8c, 0x8c));
        for (const SpikeReasonCount &count : std::as_const(shown))
            noReasons->append(count.none);
        series->append(noReasons);
    }
    for (QBarSet *set : series->barSets())
        set->setBorderColor(palette.color(QPalette::Base));
    chart->addSeries(series);

    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    // Long reasons side by side: tilted, never elided by Qt (reasonLabel keeps them short).
    xAxis->setTruncateLabels(false);
    xAxis->setLabelsAngle(int(categoryLabelAngle(categories, xAxis->labelsFont(), 300)));
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(QObject::tr("spikes"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTruncateLabels(false); // "5", never "…" in a short chart
    // Whole spikes at a round step (1, 2, 5, 10, …): ticks at 1.8, 3.6 … labelled "%d"
    // would read 1, 3, 5 and mislabel every bar.
    int step = 1;
    for (int k = 0; std::max(most, 1) / step > 8; ++k)
        step = std::array<int, 3>{2, 5, 10}[k % 3] * int(std::pow(10, k / 3));
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(step);
    yAxis->setRange(0, std::max(1, (most + step - 1) / step * step));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    return chart;
}

bool updateWarnThresholdInChart(QChart *chart, const RolloutResult &result)
{
    const QList<QXYSeries *> lines = seriesWithRole(chart, kWarnThresholdSeries);
    if (lines.size() != 1 || !std::isfinite(result.warn.threshold))
        return false;
    QXYSeries *line = lines.first();
    const QList<QPointF> points = line->points();
    if (points.size() != 2)
        return false;
    const double y = result.warn.threshold;
    line->replace({QPointF(points.at(0).x(), y), QPointF(points.at(1).x(), y)});
    line->setName(QObject::tr("WARN > %1").arg(uiFixed(y, 3)));
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        if (auto *values = qobject_cast<QValueAxis *>(axis); values && y > values->max())
            setRoundRateRange(values, y);
    return true;
}

void highlightRunInChart(QChart *chart, const RolloutResult &result, const QString &runId)
{
    if (!chart)
        return;
    const bool timeAxis = rolloutChartUsesTime(result);
    QList<QPointF> points;
    QList<int> rows;
    for (int i = 0; i < result.rows.size() && !runId.isEmpty(); ++i) {
        if (result.rows.at(i).run.identity.runId == runId) {
            points.append(
                QPointF(rolloutChartX(result, i, timeAxis), result.rows.at(i).run.unknownRate));
            rows.append(i);
            break;
        }
    }
    for (QXYSeries *series : seriesWithRole(chart, kSelectionSeries)) {
        series->replace(points);
        series->setProperty(kSeriesRowsProperty, toVariantList(rows));
    }
}

} // namespace gatehouse::ui
