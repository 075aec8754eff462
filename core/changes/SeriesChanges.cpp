#include "SeriesChanges.h"

#include "bench/AllocationsAnalysis.h"
#include "common/Translate.h"
#include "rollout/RolloutExport.h"

#include <QJsonObject>
#include <cmath>

namespace gatehouse::changes {

bool SeriesChangePoints::startsNewPolicy(const ChangePoint &point) const
{
    const int i = point.index;
    return i > 0 && i < policyHashes.size() && policyHashes.at(i) != policyHashes.at(i - 1);
}

QJsonArray seriesChangePointsToJson(const SeriesChangePoints &series)
{
    QJsonArray array = changePointsToJson(series.points, series.runIds, series.timestamps);
    if (series.policyHashes.isEmpty())
        return array;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const ChangePoint &point = series.points.at(i);
        QJsonObject o = array.at(i).toObject();
        o.insert(QStringLiteral("new_policy"), series.startsNewPolicy(point)
                                                   ? QJsonValue(series.policyHashes.at(point.index))
                                                   : QJsonValue(QJsonValue::Null));
        array.replace(i, o);
    }
    return array;
}

QString changeWords(const ChangePoint &point)
{
    if (point.meanBefore == 0 || !std::isfinite(point.forwardChangePercent))
        return Tr::translate("Changes", "changed");
    const double percent = point.forwardChangePercent;
    const QString amount = formatCompact(std::fabs(percent), std::fabs(percent) < 10 ? 1 : 0);
    return percent >= 0 ? Tr::translate("Changes", "rose %1 %").arg(amount)
                        : Tr::translate("Changes", "fell %1 %").arg(amount);
}

QString describeLatestChange(const QString &what, const SeriesChangePoints &series)
{
    if (series.points.isEmpty())
        return QString();
    const ChangePoint &last = series.points.last();
    const QString run =
        last.index < series.runIds.size() ? series.runIds.at(last.index) : QString();
    const QString before = formatCompact(last.meanBefore, 4),
                  after = formatCompact(last.meanAfter, 4);
    const QString p = pvalueText(last.pvalue);
    // One sentence per case: "what" is the subject, "rose 12 %" the verb phrase.
    if (series.startsNewPolicy(last))
        return Tr::translate("Changes",
                             "%1 %2 at run %3 (%4 → %5, p = %6), the first run of policy %7")
            .arg(what, changeWords(last), run, before, after, p,
                 series.policyHashes.at(last.index));
    return Tr::translate("Changes", "%1 %2 at run %3 (%4 → %5, p = %6)")
        .arg(what, changeWords(last), run, before, after, p);
}

} // namespace gatehouse::changes
