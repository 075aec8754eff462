#pragma once
// What each page compares (SPEC §10), as rows for ChangesPanel: bench runs (previous N vs
// last N, or two chosen sets of runs; every unit of every detector), the install windows,
// and each policy_hash against the one before it. The numbers are core's (compareRuns,
// installWindowComparison, compareSamples with the U test that policyChanges uses).
#include "compare/Comparison.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {
struct InstallResult;
struct RolloutResult;
} // namespace gatehouse

namespace gatehouse::ui {

class ChangesPanel;

// The bench runs (in run order) with these ids, in run order.
QList<BenchRun> benchRunsWithIds(const QList<BenchRun> &runsInOrder, const QStringList &ids);

// Previous n vs last n (fewer before when there are fewer than 2n runs), as the report.
compare::CompareResult benchWindows(const QList<BenchRun> &runsInOrder, int n);

// Fills the panel's compare tab from its state: the dragged ranges when it has them,
// else the windows.
void showBenchComparison(ChangesPanel *panel, const QList<BenchRun> &runsInOrder);
void showInstallComparison(ChangesPanel *panel, const InstallResult &result);

// One row per policy_hash after the first (in order of first appearance), named
// "a6f53e → b7c810", over unknown_rate.
QList<compare::CompareRow> policyChangeRows(const RolloutResult &result);
void showPolicyComparison(ChangesPanel *panel, const RolloutResult &result);

} // namespace gatehouse::ui
