// What the rollout page asks of a chart once it is drawn: the series of a role, the run
// nearest a hovered or clicked point, and the tooltip that describes a run.
#include "RolloutCharts.h"

#include "i18n/DisplayNumbers.h"

#include <QChart>
#include <QXYSeries>
#include <cmath>

namespace gatehouse::ui {

QList<QXYSeries *> seriesWithRole(const QChart *chart, const char *role)
{
    QList<QXYSeries *> found;
    if (!chart)
        return found;
    for (QAbstractSeries *series : chart->series())
        if (series->property(kSeriesRoleProperty).toString() == QLatin1String(role))
            if (auto *xy = qobject_cast<QXYSeries *>(series))
                found.append(xy);
    return found;
}

int rolloutRowNear(const QXYSeries *series, const QPointF &point)
{
    const QVariantList rows = series->property(kSeriesRowsProperty).toList();
    const QList<QPointF> points = series->points();
    int best = -1;
    double bestDx = 0, bestDy = 0;
    for (int i = 0; i < points.size() && i < rows.size(); ++i) {
        const double dx = std::abs(points.at(i).x() - point.x());
        const double dy = std::abs(points.at(i).y() - point.y());
        if (best < 0 || dx < bestDx || (dx == bestDx && dy < bestDy)) {
            best = i;
            bestDx = dx;
            bestDy = dy;
        }
    }
    return best < 0 ? -1 : rows.at(best).toInt();
}

QString runTooltip(const RolloutRunRow &row)
{
    QStringList lines;
    lines << QObject::tr("run %1").arg(row.run.identity.runId);
    if (row.run.identity.timestamp.isValid())
        lines << uiTimestamp(row.run.identity.timestamp);
    lines << QObject::tr("unknown_rate %1 (policy %2, %3)")
                 .arg(uiShortest(row.run.unknownRate), row.run.policyHash, row.run.outcome);
    lines << QObject::tr("reasons: %1")
                 .arg(row.run.topReasons.isEmpty() ? QObject::tr("none")
                                                   : row.run.topReasons.join(QStringLiteral(", ")));
    QStringList decided{runClassName(row.runClass) +
                        (row.usesStaleClass ? QObject::tr(" (stale class)") : QString())};
    if (row.spike)
        decided << QObject::tr("spike");
    if (row.wouldWarn)
        decided << (row.wouldWarnWithWhitelist ? QObject::tr("would WARN")
                                               : QObject::tr("would WARN without whitelist"));
    lines << decided.join(QStringLiteral(", "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace gatehouse::ui
