#include "ChangePointMarks.h"

#include "AllocationsCharts.h"
#include "ChartView.h"
#include "common/RunIdentity.h"
#include "i18n/DisplayNumbers.h"

#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>
#include <limits>

namespace gatehouse::ui {
namespace {

constexpr char kPointIndexProperty[] = "changePointIndices";

// The range of an axis as plain numbers (msecs for a time axis), to put back after
// attaching: Qt Charts may widen a range to the data of a newly attached series.
struct AxisRange
{
    QAbstractAxis *axis = nullptr;
    double min = 0, max = 0;
    explicit AxisRange(QAbstractAxis *a) : axis(a)
    {
        if (auto *v = qobject_cast<QValueAxis *>(a))
            min = v->min(), max = v->max();
        else if (auto *t = qobject_cast<QDateTimeAxis *>(a))
            min = double(t->min().toMSecsSinceEpoch()), max = double(t->max().toMSecsSinceEpoch());
    }
    void restore() const
    {
        if (auto *v = qobject_cast<QValueAxis *>(axis))
            v->setRange(min, max);
        else if (auto *t = qobject_cast<QDateTimeAxis *>(axis))
            t->setRange(QDateTime::fromMSecsSinceEpoch(qint64(min), Qt::UTC),
                        QDateTime::fromMSecsSinceEpoch(qint64(max), Qt::UTC));
    }
};

} // namespace

QString changeMeanText(double value, const QString &unit)
{
    // Segment means of seconds or allocs: four digits after the point only below 10.
    const double magnitude = std::fabs(value);
    const QString number = uiCompact(value, magnitude >= 100 ? 1 : magnitude >= 10 ? 2 : 4);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString changePercentText(const changes::ChangePoint &point)
{
    if (point.meanBefore == 0 || !std::isfinite(point.forwardChangePercent))
        return QObject::tr("n/a");
    const double percent = point.forwardChangePercent;
    const QString digits = uiCompact(std::fabs(percent), std::fabs(percent) < 10 ? 1 : 0);
    return (percent >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + digits +
           QStringLiteral(" %");
}

QString changePvalueText(double p)
{
    if (!std::isfinite(p))
        return QObject::tr("n/a");
    if (p == 0)
        return QStringLiteral("0");
    return p < 1e-4 ? localizedNumber(QString::number(p, 'g', 2)) : uiCompact(p, 4);
}

QString changePointToolTip(const changes::SeriesChangePoints &series,
                           const changes::ChangePoint &point, const QString &unit)
{
    QString text = QObject::tr("change point at run %1").arg(series.runIds.value(point.index));
    const QDateTime time = series.timestamps.value(point.index);
    if (time.isValid())
        text += QStringLiteral(" · ") + uiTimestamp(time);
    text += QLatin1Char('\n') + QObject::tr("%1 → %2 (%3), p = %4")
                                    .arg(changeMeanText(point.meanBefore, unit),
                                         changeMeanText(point.meanAfter, unit),
                                         changePercentText(point), changePvalueText(point.pvalue));
    if (series.startsNewPolicy(point))
        text += QLatin1Char('\n') +
                QObject::tr("first run of policy %1").arg(series.policyHashes.at(point.index));
    return text;
}

int addChangePointMarks(QChart *chart, const changes::SeriesChangePoints &series, const RunX &x,
                        const QPalette &palette, const QString &unit)
{
    return addChangePointMarksAt(
        chart, series, [&](qsizetype i) { return x(series.runIds.at(i)); }, palette, unit);
}

int addChangePointMarksAt(QChart *chart, const changes::SeriesChangePoints &series, const RunXAt &x,
                          const QPalette &palette, const QString &unit)
{
    if (!chart || series.points.isEmpty())
        return 0;
    const QList<QAbstractAxis *> xs = chart->axes(Qt::Horizontal);
    const QList<QAbstractAxis *> ys = chart->axes(Qt::Vertical);
    if (xs.isEmpty() || ys.isEmpty())
        return 0;
    const AxisRange xRange(xs.first()), yRange(ys.first());

    // Segment means as a step line over the runs the chart draws: before the first point
    // the first point's mean before, after each point its mean after (Otava's own numbers).
    // A level is drawn from its first run to the next riser, so the runs in between add
    // no points (10k runs were 10k points of a flat line, redrawn on every repaint).
    QList<QPointF> steps, marks;
    QVariantList indices;
    std::optional<QPointF> lastRun; // the last drawn run, closing the last level
    int segment = -1;               // the point whose segment run i is in; -1 = before the first
    for (qsizetype i = 0; i < series.runIds.size(); ++i) {
        while (segment + 1 < series.points.size() && series.points.at(segment + 1).index <= i)
            ++segment;
        const std::optional<double> at = x(i);
        if (!at)
            continue;
        const double mean =
            segment < 0 ? series.points.first().meanBefore : series.points.at(segment).meanAfter;
        lastRun = QPointF(*at, mean);
        if (steps.isEmpty() || steps.last().y() != mean) {
            if (!steps.isEmpty())
                steps.append({*at, steps.last().y()}); // the vertical riser at the change
            steps.append({*at, mean});
        }
        if (segment >= 0 && series.points.at(segment).index == i) {
            marks.append({*at, mean});
            indices.append(segment);
        }
    }

    if (lastRun && steps.last() != *lastRun)
        steps.append(*lastRun);

    auto *means = new QLineSeries;
    means->setObjectName(kSeriesSegmentMeans);
    means->setName(unit.isEmpty() ? QObject::tr("segment mean")
                                  : QObject::tr("segment mean (%1)").arg(unit));
    auto *points = new QScatterSeries;
    points->setObjectName(kSeriesChangePoints);
    points->setName(QObject::tr("change point (%n)", nullptr, int(series.points.size())));
    points->setProperty(kPointIndexProperty, indices);
    means->replace(steps);
    points->replace(marks);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(means), static_cast<QAbstractSeries *>(points)}) {
        chart->addSeries(s);
        s->attachAxis(xs.first());
        s->attachAxis(ys.first());
    }
    xRange.restore();
    yRange.restore();
    // One legend entry says it (the step line is the change point's), and none when every
    // point lies outside the runs drawn.
    for (QLegendMarker *marker : chart->legend()->markers(means))
        marker->setVisible(false);
    if (marks.isEmpty())
        for (QLegendMarker *marker : chart->legend()->markers(points))
            marker->setVisible(false);

    // Colours after the theme (set when the chart was made): the warning tone, so a
    // shift reads as "look here" on light and dark bases alike.
    const QColor color = toneColor(Tone::Warning, palette);
    QPen line(color, 2.5, Qt::SolidLine);
    line.setCosmetic(true);
    means->setPen(line);
    points->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    points->setMarkerSize(15);
    points->setColor(color);
    points->setBorderColor(palette.color(QPalette::Text));
    return static_cast<int>(marks.size());
}

int changePointNear(const QChart *chart, const QPointF &value)
{
    if (!chart)
        return -1;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() != kSeriesChangePoints)
            continue;
        const auto *scatter = static_cast<const QScatterSeries *>(s);
        const QVariantList indices = scatter->property(kPointIndexProperty).toList();
        const QList<QPointF> points = scatter->points();
        int best = -1;
        double distance = std::numeric_limits<double>::infinity();
        for (qsizetype i = 0; i < points.size() && i < indices.size(); ++i) {
            const double d = std::fabs(points.at(i).x() - value.x());
            if (d < distance)
                distance = d, best = indices.at(i).toInt();
        }
        return best;
    }
    return -1;
}

void connectChangePointTips(ChartView *view, const changes::SeriesChangePoints &series,
                            const QString &unit)
{
    if (!view || !view->chart())
        return;
    for (QAbstractSeries *s : view->chart()->series()) {
        if (s->objectName() != kSeriesChangePoints)
            continue;
        // The series is copied into the lambda: the page's result may be replaced while the
        // chart still shows the old one.
        QObject::connect(static_cast<QScatterSeries *>(s), &QScatterSeries::hovered, view,
                         [view, series, unit](const QPointF &p, bool on) {
                             const int i = changePointNear(view->chart(), p);
                             if (!on || i < 0 || i >= series.points.size())
                                 return QToolTip::hideText();
                             QToolTip::showText(
                                 QCursor::pos(),
                                 changePointToolTip(series, series.points.at(i), unit), view);
                         });
    }
}

} // namespace gatehouse::ui
