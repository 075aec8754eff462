#include "AllocationsCharts.h"

// Hover texts of the allocations charts (split from AllocationsCharts.cpp): the numbers
// behind a box, an outlier or a run, as core computed them.
#include "common/RunIdentity.h"
#include "common/Translate.h"
#include "i18n/DisplayNumbers.h"

#include <QObject>
#include <cmath>

namespace gatehouse::ui {
namespace {

QString unitSuffix(const QString &metric)
{
    return metric.isEmpty() ? QString() : QLatin1Char(' ') + metric;
}

int runIndexAt(const DetectorDistribution &d, const QPointF &point)
{
    const int i = static_cast<int>(std::lround(point.x()));
    return i >= 0 && i < d.runs.size() ? i : -1;
}

} // namespace

QString detectorBoxToolTip(const DetectorDistribution &d)
{
    const BoxPlotStats &b = d.box;
    QString text =
        QObject::tr("%1 (%2 samples)\nmedian %3, Q1 %4, Q3 %5\nwhiskers %6 – %7, min %8, max %9")
            .arg(d.key.name)
            .arg(b.count)
            .arg(uiCompact(b.median), uiCompact(b.q1), uiCompact(b.q3), uiCompact(b.lowerWhisker),
                 uiCompact(b.upperWhisker), uiCompact(b.min), uiCompact(b.max));
    if (!b.outliers.isEmpty())
        text += QObject::tr("\n%1 outliers").arg(b.outliers.size());
    if (d.baseline)
        text +=
            QObject::tr("\nbaseline %1, mean %2").arg(uiCompact(*d.baseline), uiCompact(d.mean));
    return text;
}

QString detectorOutlierToolTip(const DetectorDistribution &d, double value)
{
    for (const OutlierGroup &g : d.outlierGroups) {
        if (g.value != value)
            continue;
        return QObject::tr("%1: %2%3 × %4 samples\nruns %5")
            .arg(d.key.name, uiCompact(g.value), unitSuffix(d.metric))
            .arg(g.count)
            .arg(g.runIds.join(QStringLiteral(", ")));
    }
    return QString();
}

QString detectorRunToolTip(const DetectorDistribution &d, const QPointF &point)
{
    const int i = runIndexAt(d, point);
    if (i < 0)
        return QString();
    const RunSamples &run = d.runs.at(i);
    QStringList values;
    for (const ValueCount &vc : run.distinct)
        values.append(vc.count > 1
                          ? QStringLiteral("%1 × %2").arg(uiCompact(vc.value)).arg(vc.count)
                          : uiCompact(vc.value));
    QString text = QObject::tr("run %1").arg(run.runId);
    if (run.timestamp.isValid())
        text += QStringLiteral(" · ") + uiTimestamp(run.timestamp);
    text += QLatin1Char('\n') + (values.isEmpty()
                                     ? QObject::tr("no samples")
                                     : values.join(QStringLiteral(", ")) + unitSuffix(d.metric));
    if (!std::isnan(run.mean))
        text += QObject::tr("\nrun mean %1").arg(uiCompact(run.mean));
    if (d.baseline)
        text += QObject::tr(", baseline %1").arg(uiCompact(*d.baseline));
    if (run.failures > 0)
        text +=
            Tr::translate("QObject", "\n%Ln result line(s) cut by --- FAIL", nullptr, run.failures);
    return text;
}

QString detectorRunIdAt(const DetectorDistribution &d, const QPointF &point)
{
    const int i = runIndexAt(d, point);
    return i >= 0 ? d.runs.at(i).runId : QString();
}

} // namespace gatehouse::ui
