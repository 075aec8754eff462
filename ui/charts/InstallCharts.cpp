#include "InstallCharts.h"

#include "AllocationsCharts.h"
#include "ChartView.h"
#include "common/Decimate.h"
#include "common/RunIdentity.h"
#include "common/Translate.h"
#include "i18n/DisplayNumbers.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <initializer_list>
#include <limits>

namespace gatehouse::ui {

namespace {

QPen cosmeticPen(const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(color, width, style);
    p.setCosmetic(true);
    return p;
}

constexpr int kMarkerPixels = 7; // half the over-budget marker (14 px)
constexpr int kLinePixels = 2;

template <typename Series> Series *named(const QString &name, const QString &objectName)
{
    auto *series = new Series;
    series->setName(name);
    series->setObjectName(objectName);
    return series;
}

// Points of the kept runs that pass `keep`, reduced to the plot width.
QList<QPointF> pointsOf(const InstallResult &result, int plotWidth,
                        const std::function<bool(const InstallPoint &)> &keep,
                        const std::function<double(const InstallPoint &)> &value)
{
    QVector<QPointF> points;
    const bool time = installChartUsesTime(result); // once, not once per point
    for (qsizetype i = 0; i < result.series.size(); ++i)
        if (keep(result.series.at(i)))
            points.append({pointX(result, static_cast<int>(i), time), value(result.series.at(i))});
    if (plotWidth > 0)
        points = decimateMinMax(points, plotWidth);
    return QList<QPointF>(points.cbegin(), points.cend());
}

QAbstractAxis *makeXAxis(const InstallResult &result, double left, double right, int plotWidth)
{
    const int ticks = std::clamp(plotWidth > 0 ? plotWidth / 130 : 6, 3, 10);
    if (installChartUsesTime(result)) {
        auto *axis = new QDateTimeAxis;
        const double days = (right - left) / 86400000.0;
        axis->setFormat(axisDateFormat(days > 60  ? QStringLiteral("yyyy-MM-dd")
                                       : days > 2 ? QStringLiteral("MMM d")
                                                  : QStringLiteral("MMM d hh:mm")));
        axis->setTickCount(ticks);
        const qsizetype untimed =
            std::count_if(result.series.cbegin(), result.series.cend(),
                          [](const InstallPoint &p) { return !p.timestamp.isValid(); });
        axis->setTitleText(untimed == 0
                               ? QObject::tr("run created (UTC)")
                               : Tr::translate("QObject",
                                               "run created (UTC); %Ln run(s) without a timestamp "
                                               "placed in run order (hollow)",
                                               nullptr, untimed));
        axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(left), Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(qint64(right), Qt::UTC));
        return axis;
    }
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    // Ticks on whole runs at a round step (1, 2, 5, 10, 20, …), whatever the range's padding.
    const double span = std::max(1.0, right - left);
    double step = 1;
    for (int k = 0; span / step > ticks; ++k)
        step = std::pow(10.0, k / 3) * std::array<double, 3>{2, 5, 10}[k % 3];
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    const qsizetype missing =
        std::count_if(result.series.cbegin(), result.series.cend(),
                      [](const InstallPoint &p) { return !p.timestamp.isValid(); });
    axis->setTitleText(Tr::translate("QObject", "run, in run order (%Ln run(s) with no timestamp)",
                                     nullptr, missing));
    axis->setRange(left, right);
    return axis;
}

} // namespace

bool installChartUsesTime(const InstallResult &result)
{
    // A time axis as long as most runs have a time: the few without one are placed in run
    // order between their neighbours (and marked), rather than dropping time for all.
    const auto timed = std::count_if(result.series.cbegin(), result.series.cend(),
                                     [](const InstallPoint &p) { return p.timestamp.isValid(); });
    return timed >= 2 && 2 * timed >= result.series.size();
}

double installPointX(const InstallResult &result, int index)
{
    return pointX(result, index, installChartUsesTime(result));
}

double pointX(const InstallResult &result, int index, bool timeAxis)
{
    if (index < 0 || index >= result.series.size())
        return 0;
    if (!timeAxis)
        return index + 1.0;
    const QList<InstallPoint> &s = result.series;
    if (s.at(index).timestamp.isValid())
        return static_cast<double>(s.at(index).timestamp.toMSecsSinceEpoch());
    // Between the nearest runs with a time, evenly by position; past the ends, at the
    // average spacing of the timed runs.
    int before = index - 1, after = index + 1;
    while (before >= 0 && !s.at(before).timestamp.isValid())
        --before;
    while (after < s.size() && !s.at(after).timestamp.isValid())
        ++after;
    const auto ms = [&s](int i) { return double(s.at(i).timestamp.toMSecsSinceEpoch()); };
    if (before >= 0 && after < s.size())
        return ms(before) + (ms(after) - ms(before)) * (index - before) / double(after - before);
    int first = 0, last = int(s.size()) - 1;
    while (!s.at(first).timestamp.isValid())
        ++first;
    while (!s.at(last).timestamp.isValid())
        --last;
    const double spacing = last > first ? (ms(last) - ms(first)) / (last - first) : 3.6e6;
    return before >= 0 ? ms(before) + spacing * (index - before)
                       : ms(after) - spacing * (after - index);
}

int installPointIndexAt(const InstallResult &result, const QPointF &point)
{
    int best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    const bool time = installChartUsesTime(result);
    for (qsizetype i = 0; i < result.series.size(); ++i) {
        const double distance = std::fabs(pointX(result, int(i), time) - point.x());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = static_cast<int>(i);
        }
    }
    return best;
}

QChart *createInstallDurationChart(const InstallResult &result, const QPalette &palette,
                                   const InstallChartOptions &options)
{
    auto *chart = new QChart;
    localizeChart(chart);
    // The theme first: it resets series colours, so custom colours come after it.
    ChartView::applyTheme(chart, palette);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const InstallOptions &o = result.options;
    chart->setTitle(result.series.isEmpty()
                        ? result.reasons.value(0, QObject::tr("no install durations"))
                        : QObject::tr("Install to Ready, %1 runs (%2, %3)")
                              .arg(result.series.size())
                              .arg(describeBranchFilter(o), describeConclusionFilter(o)));

    auto *durations = named<QLineSeries>(QObject::tr("duration"), kSeriesDurations);
    auto *rolling =
        named<QLineSeries>(QObject::tr("rolling median of %1").arg(o.runs), kSeriesRollingMedian);
    auto *budget = named<QLineSeries>(QObject::tr("budget %1 s").arg(uiCompact(o.budgetSeconds)),
                                      kSeriesBudget);
    auto *gateMedian = named<QLineSeries>(
        result.hasMedian() ? QObject::tr("gate median %1 s").arg(uiCompact(result.median, 1))
                           : QString(),
        kSeriesGateMedian);
    auto *over = named<QScatterSeries>(QObject::tr("over budget"), kSeriesOverBudget);
    auto *selected = named<QScatterSeries>(QObject::tr("selected run"), kSeriesSelectedRun);
    auto *untimed = named<QScatterSeries>(QObject::tr("no timestamp (placed in run order)"),
                                          kSeriesNoTimestamp);

    // Lines keep the lowest and highest run of every kLinePixels pixels: the same outline
    // as one bucket per pixel at half the points (redraws with 10k runs behind them cost
    // in proportion to the points).
    const int width = options.plotWidth;
    const int lineBuckets = width > 0 ? std::max(1, width / kLinePixels) : 0;
    const auto all = [](const InstallPoint &) { return true; };
    const auto seconds = [](const InstallPoint &p) { return double(p.seconds); };
    const QList<QPointF> durationPoints = pointsOf(result, lineBuckets, all, seconds);
    durations->replace(durationPoints);
    rolling->replace(
        pointsOf(result, lineBuckets, all, [](const InstallPoint &p) { return p.rollingMedian; }));
    // Markers are several pixels wide, and Qt Charts makes one scene item per scatter
    // point (2,400 of them took a quarter of a second to lay out; 650 at 4 px buckets,
    // 25 ms): one bucket per kMarkerPixels keeps every marker not mostly hidden under
    // its neighbours.
    over->replace(pointsOf(
        result, width > 0 ? std::max(1, width / kMarkerPixels) : 0,
        [](const InstallPoint &p) { return p.overBudget; }, seconds));
    durations->setPointsVisible(durationPoints.size() <= 150);
    if (installChartUsesTime(result))
        untimed->replace(pointsOf(
            result, 0, [](const InstallPoint &p) { return !p.timestamp.isValid(); }, seconds));

    // x range over every run, padded so the first and last markers are not cut in half.
    double left = 0, right = 1, highest = o.budgetSeconds;
    if (!result.series.isEmpty()) {
        left = installPointX(result, 0);
        right = installPointX(result, static_cast<int>(result.series.size() - 1));
        const double pad =
            right > left ? (right - left) * 0.03 : (installChartUsesTime(result) ? 3.6e6 : 0.5);
        left -= pad;
        right += pad;
        for (const InstallPoint &p : result.series)
            highest = std::max(highest, double(p.seconds));
    }
    budget->replace({{left, o.budgetSeconds}, {right, o.budgetSeconds}});
    // The gate median spans the runs it is the median of.
    QList<QPointF> usedSpan;
    for (qsizetype i = 0; i < result.series.size(); ++i)
        if (result.series.at(i).used)
            usedSpan.append({installPointX(result, static_cast<int>(i)), result.median});
    if (usedSpan.size() > 2)
        usedSpan = {usedSpan.first(), usedSpan.last()};
    gateMedian->replace(usedSpan);

    QAbstractAxis *xAxis = makeXAxis(result, left, right, width);
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(QObject::tr("seconds"));
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setRange(0, highest * 1.08);
    yAxis->applyNiceNumbers();
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *>{
             budget, rolling, gateMedian, durations, over, untimed, selected}) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    if (!result.hasMedian())
        for (QLegendMarker *marker : chart->legend()->markers(gateMedian))
            marker->setVisible(false);
    if (untimed->count() == 0)
        for (QLegendMarker *marker : chart->legend()->markers(untimed))
            marker->setVisible(false);

    const QColor text = palette.color(QPalette::Text);
    durations->setPen(cosmeticPen(palette.color(QPalette::Highlight), 1.5));
    // One pixel wide: a wider dashed line goes through QPainter's general stroker, which
    // took 100 ms a paint for the 1,300 points of 10k runs; a 1-pixel dashed line is drawn
    // by the cosmetic stroker in 4 ms. Less transparent than before, to read as well.
    QColor rollingColor = text;
    rollingColor.setAlpha(220);
    rolling->setPen(cosmeticPen(rollingColor, 1, Qt::DashDotLine));
    budget->setPen(cosmeticPen(toneColor(Tone::Bad, palette), 2, Qt::DashLine));
    const bool pass = result.hasMedian() && result.median <= o.budgetSeconds;
    gateMedian->setPen(cosmeticPen(toneColor(pass ? Tone::Good : Tone::Bad, palette), 4));
    over->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    over->setMarkerSize(14);
    over->setColor(toneColor(Tone::Warning, palette));
    over->setBorderColor(text);
    untimed->setMarkerSize(13);
    untimed->setColor(Qt::transparent); // hollow: "placed here", not "measured here"
    untimed->setBorderColor(toneColor(Tone::Warning, palette));
    untimed->setPen(cosmeticPen(toneColor(Tone::Warning, palette), 2));
    selected->setMarkerSize(20);
    selected->setColor(Qt::transparent);
    selected->setBorderColor(text);
    selected->setPen(cosmeticPen(text, 2));
    highlightInstallRun(chart, result, options.selectedRunId);
    return chart;
}

void highlightInstallRun(QChart *chart, const InstallResult &result, const QString &runId)
{
    if (!chart)
        return;
    QList<QPointF> points;
    for (qsizetype i = 0; i < result.series.size(); ++i)
        if (!runId.isEmpty() && result.series.at(i).runId == runId)
            points.append(
                {installPointX(result, static_cast<int>(i)), double(result.series.at(i).seconds)});
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == kSeriesSelectedRun)
            static_cast<QScatterSeries *>(s)->replace(points);
}

QString installPointToolTip(const InstallPoint &p)
{
    QString text = QObject::tr("run %1").arg(p.runId);
    if (p.timestamp.isValid())
        text += QStringLiteral(" · ") + uiTimestamp(p.timestamp);
    text += QLatin1Char('\n') + QObject::tr("%1 s").arg(p.seconds);
    if (p.overBudget)
        text += QObject::tr(" (over the budget)");
    text += QObject::tr(", rolling median %1 s").arg(uiCompact(p.rollingMedian, 1));
    if (!p.headSha.isEmpty())
        text += QObject::tr("\nsha %1").arg(p.headSha.left(12));
    text += QObject::tr("\nbranch %1").arg(p.branchUnknown ? QObject::tr("unknown") : p.branch);
    if (!p.used)
        text += QObject::tr("\nnot among the last N runs of the gate median");
    return text;
}

} // namespace gatehouse::ui
