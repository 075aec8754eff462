#pragma once
// The WARN trade-off's key points for people (SPEC §11, issue: Markdown): the threshold in
// force, the default rule's, and the lowest one meeting fp_max, each with both
// false-positive rates and FAIL recall; and the class-effects table.
#include "WarnCurve.h"

#include <QList>
#include <QString>

namespace gatehouse {

struct WarnKeyPoint
{
    QString label;        // "in force", "default rule", "lowest meeting fp_max"
    WarnCurvePoint point; // its threshold and rates
};

// In that order; one that is undefined (no runs, nothing meets fp_max) is left out, and a
// threshold shared by several points is listed once with the labels joined.
QList<WarnKeyPoint> warnKeyPoints(const RolloutResult &result);

// "## WARN trade-off" and "## Whitelist classes: what each one does" for
// rollout_series_v1.md and the review.
QString warnTradeOffMarkdown(const RolloutResult &result);
QString classEffectsMarkdown(const RolloutResult &result);

} // namespace gatehouse
