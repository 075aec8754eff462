#pragma once
// The three series of SPEC §9 and their change points: install durations of the runs that
// pass the filters, each bench detector's per-run mean of the selected metric, and the
// unknown_rate of every gate run (noting where a new policy_hash starts).
#include "changes/ChangePoints.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace gatehouse::changes {

// One series with its change points, indexed like the series.
struct SeriesChangePoints
{
    QList<double> values;
    QStringList runIds;
    QList<QDateTime> timestamps;
    QStringList policyHashes; // rollout only: each point's policy_hash
    QList<ChangePoint> points;

    // Points whose index is the first run of a new policy_hash (rollout).
    bool startsNewPolicy(const ChangePoint &point) const;
    void compute(const ChangePointOptions &options)
    {
        points = computeChangePoints(values, options);
    }
};

// SPEC §9's JSON array; rollout entries also carry "new_policy": the policy_hash that
// starts at the point, or null.
QJsonArray seriesChangePointsToJson(const SeriesChangePoints &series);

// "install duration rose 21 % at run 9182737806 (p = 3e-11)": the latest change point of a
// series for the Review page and the Markdown; empty when there is none.
QString describeLatestChange(const QString &what, const SeriesChangePoints &series);
// "rose 21 %" / "fell 8.5 %" / "changed" (before = 0).
QString changeWords(const ChangePoint &point);

} // namespace gatehouse::changes
