#include "CompareSources.h"

#include "ChangesPanel.h"
#include "install/InstallAnalysis.h"
#include "install/InstallComparison.h"
#include "report/ChangesReport.h"
#include "rollout/RolloutAnalysis.h"

#include <QSet>
#include <vector>

namespace gatehouse::ui {

QList<BenchRun> benchRunsWithIds(const QList<BenchRun> &runsInOrder, const QStringList &ids)
{
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    QList<BenchRun> runs;
    for (const BenchRun &run : runsInOrder)
        if (wanted.contains(run.identity.runId))
            runs.append(run);
    return runs;
}

compare::CompareResult benchWindows(const QList<BenchRun> &runsInOrder, int n)
{
    return benchWindowComparison(runsInOrder, n, compare::CompareOptions());
}

void showBenchComparison(ChangesPanel *panel, const QList<BenchRun> &runsInOrder)
{
    if (panel->hasRanges()) {
        const QList<BenchRun> oldRuns = benchRunsWithIds(runsInOrder, panel->oldRange());
        const QList<BenchRun> newRuns = benchRunsWithIds(runsInOrder, panel->newRange());
        panel->setComparison(compare::compareRuns(oldRuns, newRuns, compare::CompareOptions()),
                             QObject::tr("dragged ranges: %1 runs (%2 … %3) vs %4 runs (%5 … %6)")
                                 .arg(oldRuns.size())
                                 .arg(panel->oldRange().first(), panel->oldRange().last())
                                 .arg(newRuns.size())
                                 .arg(panel->newRange().first(), panel->newRange().last()));
        return;
    }
    const int n = panel->window();
    const qsizetype total = runsInOrder.size();
    const qsizetype before = std::clamp<qsizetype>(total - n, 0, n);
    QString caption =
        total <= n
            ? QObject::tr("%1 runs: need more than %2 to compare the last %2 with "
                          "the runs before them")
                  .arg(total)
                  .arg(n)
            : QObject::tr("runs %1 … %2 vs the last %3 (%4 … %5); Shift+drag two ranges "
                          "on the run-by-run chart to choose others")
                  .arg(runsInOrder.at(total - n - before).identity.runId,
                       runsInOrder.at(total - n - 1).identity.runId)
                  .arg(n)
                  .arg(runsInOrder.at(total - n).identity.runId, runsInOrder.last().identity.runId);
    panel->setComparison(benchWindows(runsInOrder, n), caption);
}

void showInstallComparison(ChangesPanel *panel, const InstallResult &result)
{
    const int n = panel->window();
    const std::optional<compare::CompareRow> row =
        installWindowComparison(result, n, compare::CompareOptions());
    QList<compare::CompareRow> rows;
    if (row) {
        compare::CompareRow named = *row;
        named.key.name = QObject::tr("install to Ready");
        rows.append(named);
    }
    panel->setCompareRows(
        rows, CompareModel::DeltaStyle::Percent,
        row ? QObject::tr("the last %1 kept runs against the %1 before them").arg(n)
            : QObject::tr("%1 kept runs: need more than %2 to compare windows")
                  .arg(result.series.size())
                  .arg(n));
}

QList<compare::CompareRow> policyChangeRows(const RolloutResult &result)
{
    // Each policy's unknown_rate values; policies in the result's order, as policyChanges.
    QHash<QString, std::vector<double>> values;
    for (const RolloutRunRow &row : result.rows)
        values[row.run.policyHash].push_back(row.run.unknownRate);
    QStringList order;
    for (const PolicySummary &policy : result.policies)
        order.append(policy.policyHash);
    QList<compare::CompareRow> rows;
    for (qsizetype i = 1; i < order.size(); ++i) {
        compare::CompareRow row = compare::compareSamples(
            values.value(order.at(i - 1)), values.value(order.at(i)), compare::CompareOptions());
        row.key.name = QStringLiteral("%1 → %2").arg(order.at(i - 1), order.at(i));
        row.unit = QStringLiteral("unknown_rate");
        rows.append(row);
    }
    return rows;
}

void showPolicyComparison(ChangesPanel *panel, const RolloutResult &result)
{
    const QList<compare::CompareRow> rows = policyChangeRows(result);
    panel->setCompareRows(rows, CompareModel::DeltaStyle::Difference,
                          rows.isEmpty()
                              ? QObject::tr("one policy_hash: nothing to compare")
                              : QObject::tr("each policy_hash against the one before it; the "
                                            "change is the difference of the medians"));
}

} // namespace gatehouse::ui
