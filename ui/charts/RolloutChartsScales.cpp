// The parts of the rollout charts that keep 2,000 runs legible: the spike reasons a chart
// names (top reasons, the rest as "other") and a rate axis with round ticks.
#include "RolloutCharts.h"

#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace gatehouse::ui {

SpikeReasonBars spikeReasonBars(const RolloutResult &result, int top)
{
    SpikeReasonBars bars;
    for (qsizetype i = 0; i < result.spikesByReason.size(); ++i) {
        const SpikeReasonCount &count = result.spikesByReason.at(i);
        if (i < top) {
            bars.top.append(count);
            continue;
        }
        bars.other.whitelisted += count.whitelisted;
        bars.other.unlisted += count.unlisted;
        bars.other.none += count.none;
        bars.otherReasons.append(count.reason);
    }
    return bars;
}

void setRoundRateRange(QValueAxis *axis, double highest)
{
    const double top = highest > 0 ? std::min(1.0, highest * 1.1) : 1.0;
    double step = 0.5;
    for (double candidate : {0.001, 0.002, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25})
        if (top / candidate <= 6) {
            step = candidate;
            break;
        }
    axis->setRange(0, std::min(1.0, std::ceil(top / step - 1e-9) * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(step < 0.01 ? QStringLiteral("%.3f") : QStringLiteral("%.2f"));
}

} // namespace gatehouse::ui
