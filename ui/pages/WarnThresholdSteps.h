#pragma once
// The WARN slider's positions: the thresholds where a rate of the WARN curve changes
// (FP rate without or with the whitelist, or FAIL recall). Between two of them every
// threshold gives the same runs WARNing, so a finer slider would only offer moves that
// change nothing. Position i of the slider is steps[i].
#include "rollout/WarnCurve.h"

#include <QList>

namespace gatehouse::ui {

// The thresholds of the curve points whose rates differ from the previous point's; the
// first point always counts. Ascending.
QList<double> warnThresholdSteps(const QList<WarnCurvePoint> &curve);

// The slider position for threshold: the last step at or below it (its rates are the
// threshold's), 0 below the first step, -1 without steps or for a NaN threshold.
int warnStepIndex(const QList<double> &steps, double threshold);

} // namespace gatehouse::ui
