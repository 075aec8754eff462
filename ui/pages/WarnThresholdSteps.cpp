#include "WarnThresholdSteps.h"

#include <algorithm>
#include <cmath>

namespace gatehouse::ui {

QList<double> warnThresholdSteps(const QList<WarnCurvePoint> &curve)
{
    QList<double> steps;
    for (int i = 0; i < curve.size(); ++i) {
        const WarnCurvePoint &p = curve.at(i);
        if (i > 0) {
            const WarnCurvePoint &before = curve.at(i - 1);
            if (p.fpRateWithoutWhitelist == before.fpRateWithoutWhitelist &&
                p.fpRateWithWhitelist == before.fpRateWithWhitelist &&
                p.failRecall == before.failRecall)
                continue;
        }
        steps.append(p.threshold);
    }
    return steps;
}

int warnStepIndex(const QList<double> &steps, double threshold)
{
    if (steps.isEmpty() || std::isnan(threshold))
        return -1;
    const auto after = std::upper_bound(steps.cbegin(), steps.cend(), threshold);
    return std::max(0, static_cast<int>(after - steps.cbegin()) - 1);
}

} // namespace gatehouse::ui
