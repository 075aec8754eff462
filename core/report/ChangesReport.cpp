#include "ChangesReport.h"
#include "common/Translate.h"

#include "GateReport.h"
#include "common/Csv.h"
#include "common/NumberFormat.h"
#include "common/RunIdentity.h"
#include "compare/CompareExport.h"
#include "rollout/RolloutExport.h"

namespace gatehouse {

namespace {

QString number(double value)
{
    return std::isfinite(value) ? formatShortest(value) : QString();
}

void addSeries(CsvWriter &csv, const QString &gate, const QString &series, const QString &unit,
               const changes::SeriesChangePoints &s)
{
    for (const changes::ChangePoint &p : s.points) {
        const bool inRange = p.index >= 0 && p.index < s.runIds.size();
        csv.addRow({gate, series, unit, QString::number(p.index),
                    inRange ? s.runIds.at(p.index) : QString(),
                    inRange ? formatTimestamp(s.timestamps.at(p.index)) : QString(),
                    number(p.meanBefore), number(p.meanAfter), number(p.stddevBefore),
                    number(p.stddevAfter), number(p.forwardChangePercent), number(p.pvalue),
                    s.startsNewPolicy(p) ? s.policyHashes.at(p.index) : QString()});
    }
}

QString detectorName(const DetectorKey &key)
{
    return key.name;
}

} // namespace

compare::CompareResult benchWindowComparison(const QList<BenchRun> &runsInOrder, int n,
                                             const compare::CompareOptions &options)
{
    const qsizetype total = runsInOrder.size();
    if (n <= 0 || total <= n)
        return compare::compareRuns({}, {}, options);
    const qsizetype before = std::min<qsizetype>(n, total - n);
    return compare::compareRuns(runsInOrder.mid(total - n - before, before),
                                runsInOrder.mid(total - n), options);
}

QByteArray changePointsCsv(const GateReport &report)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("gate"), QStringLiteral("series"), QStringLiteral("unit"),
                QStringLiteral("index"), QStringLiteral("run_id"), QStringLiteral("timestamp"),
                QStringLiteral("mean_before"), QStringLiteral("mean_after"),
                QStringLiteral("stddev_before"), QStringLiteral("stddev_after"),
                QStringLiteral("forward_change_percent"), QStringLiteral("pvalue"),
                QStringLiteral("new_policy")});
    for (const DetectorAllocations &d : report.allocations.detectors)
        addSeries(csv, QStringLiteral("bench"), d.key.pkg + QLatin1Char(' ') + d.key.name,
                  report.allocations.options.metric, d.changes);
    addSeries(csv, QStringLiteral("install"), QStringLiteral("install_to_ready_seconds"),
              QStringLiteral("s"), report.install.changes);
    addSeries(csv, QStringLiteral("rollout"), QStringLiteral("unknown_rate"), QString(),
              report.rollout.changes);
    return csv.data();
}

QString latestBenchChange(const AllocationsResult &result)
{
    // The detector whose latest change point is the most recent (highest run position in
    // its own series is not comparable across detectors, so compare the run order of ids).
    const DetectorAllocations *latest = nullptr;
    int latestRun = -1;
    for (const DetectorAllocations &d : result.detectors) {
        if (d.changes.points.isEmpty())
            continue;
        const int index = d.changes.points.last().index;
        // Every detector's series follows the same run order: a later run id position in
        // the selected window is not needed, the series length minus index says how recent.
        const int age = static_cast<int>(d.changes.values.size()) - index;
        if (!latest || age < latestRun) {
            latest = &d;
            latestRun = age;
        }
    }
    if (!latest)
        return QString();
    return changes::describeLatestChange(
        QStringLiteral("%1 %2").arg(detectorName(latest->key), result.options.metric),
        latest->changes);
}

QString changesMarkdown(const GateReport &report)
{
    const changes::ChangePointOptions &cp = report.install.options.changePoints;
    QString md = Tr::translate("Changes", "## What changed\n\n");
    md += Tr::translate(
              "Changes",
              "Change points (Otava's method: window %1, p ≤ %2, minimum magnitude %3):\n\n")
              .arg(cp.window)
              .arg(formatShortest(cp.maxPvalue), formatShortest(cp.minMagnitude));
    auto line = [](const QString &gate, const QString &text, qsizetype points) {
        return QStringLiteral("- %1: %2\n")
            .arg(gate, text.isEmpty()
                           ? Tr::translate("Changes", "no change point")
                           : Tr::translate("Changes", "%1 (%2 in all)").arg(text).arg(points));
    };
    qsizetype benchPoints = 0;
    for (const DetectorAllocations &d : report.allocations.detectors)
        benchPoints += d.changes.points.size();
    md += line(Tr::translate("Changes", "Allocations"), latestBenchChange(report.allocations),
               benchPoints);
    md += line(Tr::translate("Changes", "Install duration"),
               changes::describeLatestChange(Tr::translate("Changes", "install duration"),
                                             report.install.changes),
               report.install.changes.points.size());
    md += line(Tr::translate("Changes", "Gate-V1 rollout"),
               changes::describeLatestChange(Tr::translate("Changes", "unknown_rate"),
                                             report.rollout.changes),
               report.rollout.changes.points.size());

    const compare::CompareResult &c = report.comparison;
    md += Tr::translate("Changes",
                        "\nBenchmarks, last %1 runs against the %2 before (benchstat's U test, "
                        "α = %3): ")
              .arg(c.newRuns)
              .arg(c.oldRuns)
              .arg(formatShortest(c.options.alpha));
    QStringList significant;
    for (const compare::CompareRow &row : c.rows)
        if (row.significant)
            significant.append(QStringLiteral("`%1` %2 %3 (p = %4)")
                                   .arg(row.key.name, row.unit, compare::formatDelta(row),
                                        pvalueText(row.pvalue)));
    if (c.rows.isEmpty())
        md += Tr::translate("Changes", "not enough runs to compare.\n");
    else if (significant.isEmpty())
        md += Tr::translate("Changes", "no significant change in %1 rows.\n").arg(c.rows.size());
    else {
        md += Tr::translate("Changes", "%1 significant of %2 rows:\n\n")
                  .arg(significant.size())
                  .arg(c.rows.size());
        constexpr qsizetype kListed = 20; // compare.csv has every row
        for (qsizetype i = 0; i < significant.size() && i < kListed; ++i)
            md += QStringLiteral("- %1\n").arg(significant.at(i));
        if (significant.size() > kListed)
            md += Tr::translate("Changes", "- … and %1 more (compare.csv lists every row)\n")
                      .arg(significant.size() - kListed);
    }
    return md;
}

} // namespace gatehouse
