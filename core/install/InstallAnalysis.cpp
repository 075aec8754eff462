#include "InstallAnalysis.h"
#include "common/Translate.h"

#include "common/NumberFormat.h"
#include "common/RunOrder.h"
#include "stats/Descriptive.h"

#include <QVector>

namespace gatehouse {

namespace {

bool filterMatchesAny(const QString &filter)
{
    return filter.isEmpty() || filter == QLatin1String("*");
}

QString seconds(double value)
{
    return formatShortest(value) + QStringLiteral(" s");
}

QString runsWord(int count)
{
    return Tr::translate("InstallReport", "%n run(s)", nullptr, count);
}

// Why a run's metadata puts it outside the filters; empty when it is kept.
QString exclusionReason(const InstallRun &run, const InstallOptions &options)
{
    if (!run.metadata)
        return QString();
    const RunMetadata &meta = *run.metadata;
    if (!filterMatchesAny(options.branch) && !meta.headBranch.isEmpty() &&
        meta.headBranch != options.branch)
        return QStringLiteral("branch %1, not %2").arg(meta.headBranch, options.branch);
    // GitHub writes conclusions in lower case; compare without case so that hand-written
    // metadata ("Success") is not dropped for a capital letter.
    if (!filterMatchesAny(options.conclusion) && !meta.conclusion.isEmpty() &&
        meta.conclusion.compare(options.conclusion, Qt::CaseInsensitive) != 0)
        return QStringLiteral("conclusion %1, not %2").arg(meta.conclusion, options.conclusion);
    return QString();
}

InstallPoint pointFor(const InstallRun &run, double budget)
{
    InstallPoint p;
    p.runId = run.identity.runId;
    p.timestamp = run.identity.timestamp;
    p.path = run.identity.path;
    p.seconds = run.seconds;
    p.overBudget = static_cast<double>(run.seconds) > budget;
    if (run.metadata) {
        p.branch = run.metadata->headBranch;
        p.conclusion = run.metadata->conclusion;
        p.headSha = run.metadata->headSha;
        p.htmlUrl = run.metadata->htmlUrl;
    }
    p.branchUnknown = p.branch.isEmpty();
    p.conclusionUnknown = p.conclusion.isEmpty();
    return p;
}

// Rolling median of the window of `window` points ending at each point (inclusive).
void fillRollingMedian(QList<InstallPoint> &series, int window)
{
    QVector<double> values;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const qsizetype first = window > 0 ? std::max<qsizetype>(0, i - window + 1) : 0;
        values.clear();
        for (qsizetype j = first; j <= i; ++j)
            values.append(static_cast<double>(series.at(j).seconds));
        series[i].rollingMedian = stats::median(values);
        series[i].rollingWindow = static_cast<int>(values.size());
    }
}

QStringList explain(const InstallResult &r, int keptRuns)
{
    QStringList reasons;
    const InstallOptions &o = r.options;
    if (!r.excluded.isEmpty())
        reasons.append(Tr::translate("InstallReport", "%1 left out by the filters (%2, %3)")
                           .arg(runsWord(static_cast<int>(r.excluded.size())),
                                describeBranchFilter(o), describeConclusionFilter(o)));
    if (r.status == GateStatus::NoData) {
        reasons.prepend(r.excluded.isEmpty()
                            ? Tr::translate("InstallReport", "no install durations found")
                            : Tr::translate("InstallReport", "no run left after the filters"));
        return reasons;
    }
    const QString comparison =
        r.median <= o.budgetSeconds ? QStringLiteral("≤") : QStringLiteral(">");
    reasons.prepend(
        Tr::translate("InstallReport", "median %1 %2 budget %3 over the last %4")
            .arg(seconds(r.median), comparison, seconds(o.budgetSeconds), runsWord(r.runsUsed)));
    if (r.status == GateStatus::Insufficient)
        reasons.insert(1, Tr::translate("InstallReport", "only %1 kept, need ≥ %2 runs")
                              .arg(runsWord(keptRuns))
                              .arg(o.runs));
    int over = 0;
    for (const InstallPoint &p : r.series)
        over += p.used && p.overBudget ? 1 : 0;
    if (over > 0)
        reasons.append(
            Tr::translate("InstallReport", "runs over budget: %1 of %2").arg(over).arg(r.runsUsed));
    if (r.branchUnknownUsed > 0)
        reasons.append(
            Tr::translate("InstallReport", "%1 without metadata or head_branch: branch unknown")
                .arg(runsWord(r.branchUnknownUsed)));
    return reasons;
}

} // namespace

QStringList installReasons(const InstallResult &result)
{
    return explain(result, static_cast<int>(result.series.size()));
}

GateChecks installChecks(const InstallResult &r, int keptRuns)
{
    const InstallOptions &o = r.options;
    GateChecks checks;
    checks.append({QStringLiteral("runs"),
                   Tr::translate("InstallReport", "At least %1 runs after the filters (%2, %3)")
                       .arg(o.runs)
                       .arg(describeBranchFilter(o), describeConclusionFilter(o)),
                   keptRuns >= o.runs,
                   Tr::translate("InstallReport", "%1 after the filters (%2 needed)")
                       .arg(runsWord(keptRuns))
                       .arg(o.runs)});
    const bool hasMedian = r.runsUsed > 0;
    checks.append({QStringLiteral("median"),
                   Tr::translate("InstallReport", "Median within the %1 budget")
                       .arg(seconds(o.budgetSeconds)),
                   hasMedian && r.median <= o.budgetSeconds,
                   hasMedian ? Tr::translate("InstallReport", "median %1 %2 %3 over the last %4")
                                   .arg(seconds(r.median),
                                        r.median <= o.budgetSeconds ? QStringLiteral("≤")
                                                                    : QStringLiteral(">"),
                                        seconds(o.budgetSeconds), runsWord(r.runsUsed))
                             : Tr::translate("InstallReport", "no runs")});
    return checks;
}

QList<InstallPoint> InstallResult::usedPoints() const
{
    QList<InstallPoint> used;
    for (const InstallPoint &p : series)
        if (p.used)
            used.append(p);
    return used;
}

QString describeBranchFilter(const InstallOptions &options)
{
    return filterMatchesAny(options.branch)
               ? Tr::translate("InstallReport", "any branch")
               : Tr::translate("InstallReport", "branch %1").arg(options.branch);
}

QString describeConclusionFilter(const InstallOptions &options)
{
    return filterMatchesAny(options.conclusion)
               ? Tr::translate("InstallReport", "any conclusion")
               : Tr::translate("InstallReport", "conclusion %1").arg(options.conclusion);
}

InstallResult analyzeInstall(const QList<InstallRun> &runsInOrder, const InstallOptions &options)
{
    InstallResult r;
    r.options = options;

    // The kept runs by reference: a copy of each (240 bytes) cost 24 MB at 100k runs.
    QList<const InstallRun *> kept;
    kept.reserve(runsInOrder.size());
    for (const InstallRun &run : runsInOrder) {
        const QString reason = exclusionReason(run, options);
        if (reason.isEmpty()) {
            kept.append(&run);
            continue;
        }
        InstallExclusion ex;
        ex.runId = run.identity.runId;
        ex.path = run.identity.path;
        ex.seconds = run.seconds;
        ex.branch = run.metadata->headBranch;
        ex.conclusion = run.metadata->conclusion;
        ex.reason = reason;
        r.excluded.append(ex);
    }
    sortInRunOrder(kept,
                   [](const InstallRun *run) -> const RunIdentity & { return run->identity; });

    r.series.reserve(kept.size());
    for (const InstallRun *run : std::as_const(kept))
        r.series.append(pointFor(*run, options.budgetSeconds));
    fillRollingMedian(r.series, options.runs);

    const int keptRuns = static_cast<int>(r.series.size());
    const int window = options.runs > 0 ? std::min(options.runs, keptRuns) : keptRuns;
    QVector<double> usedSeconds;
    for (int i = keptRuns - window; i < keptRuns; ++i) {
        InstallPoint &p = r.series[i];
        p.used = true;
        usedSeconds.append(static_cast<double>(p.seconds));
        r.branchUnknownUsed += p.branchUnknown ? 1 : 0;
    }
    r.runsUsed = window;

    if (window > 0)
        r.median = stats::median(usedSeconds);
    r.checks = installChecks(r, keptRuns);
    r.status = statusFromChecks(window > 0, r.checks);
    if (r.status == GateStatus::Insufficient)
        r.warnings.append(
            QStringLiteral("need ≥ %1 runs (have %2)").arg(options.runs).arg(keptRuns));
    if (r.branchUnknownUsed > 0)
        r.warnings.append(
            QStringLiteral("%1 of the used runs without a known branch").arg(r.branchUnknownUsed));
    r.reasons = explain(r, keptRuns);
    r.changes.values.reserve(r.series.size());
    r.changes.runIds.reserve(r.series.size());
    r.changes.timestamps.reserve(r.series.size());
    for (const InstallPoint &p : std::as_const(r.series)) {
        r.changes.values.append(static_cast<double>(p.seconds));
        r.changes.runIds.append(p.runId);
        r.changes.timestamps.append(p.timestamp);
    }
    r.changes.compute(options.changePoints);
    return r;
}

} // namespace gatehouse
