#include "InstallExport.h"
#include "common/Translate.h"

#include "common/Csv.h"
#include "common/NumberFormat.h"
#include "common/StoredText.h"
#include "common/TextTable.h"

#include <QJsonArray>

namespace gatehouse {

namespace {

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString secondsText(double value)
{
    return formatShortest(value) + QStringLiteral(" s");
}

QString runsText(int count)
{
    return Tr::translate("InstallReport", "%n run(s)", nullptr, count);
}

QString filterLabel(const QString &filter)
{
    return filter.isEmpty() || filter == QLatin1String("*") ? QString() : filter;
}

} // namespace

QByteArray installCsv(const InstallResult &result)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("run_id"), QStringLiteral("timestamp"), QStringLiteral("seconds"),
                QStringLiteral("branch"), QStringLiteral("conclusion"), QStringLiteral("head_sha"),
                QStringLiteral("rolling_median"), QStringLiteral("over_budget"),
                QStringLiteral("used")});
    for (const InstallPoint &p : result.series)
        csv.addRow({p.runId, formatTimestamp(p.timestamp),
                    formatShortest(static_cast<double>(p.seconds)), p.branch, p.conclusion,
                    p.headSha, formatShortest(p.rollingMedian), flag(p.overBudget), flag(p.used)});
    return csv.data();
}

QJsonObject installToJson(const InstallResult &result)
{
    QJsonObject doc;
    doc.insert(QStringLiteral("status"), gateStatusName(result.status));
    doc.insert(QStringLiteral("checks"), checksToJson(result.checks));
    doc.insert(QStringLiteral("change_points"), changes::seriesChangePointsToJson(result.changes));
    doc.insert(QStringLiteral("runs"), result.runsUsed);
    doc.insert(QStringLiteral("median"),
               result.hasMedian() ? QJsonValue(result.median) : QJsonValue(QJsonValue::Null));
    doc.insert(QStringLiteral("budget"), result.options.budgetSeconds);
    QJsonArray durations;
    for (const InstallPoint &p : result.series) {
        if (!p.used)
            continue;
        QJsonObject d;
        d.insert(QStringLiteral("run_id"), p.runId);
        d.insert(QStringLiteral("seconds"), static_cast<double>(p.seconds));
        d.insert(QStringLiteral("timestamp"), p.timestamp.isValid()
                                                  ? QJsonValue(formatTimestamp(p.timestamp))
                                                  : QJsonValue(QJsonValue::Null));
        d.insert(QStringLiteral("over_budget"), p.overBudget);
        d.insert(QStringLiteral("branch_unknown"), p.branchUnknown);
        durations.append(d);
    }
    doc.insert(QStringLiteral("durations"), durations);
    doc.insert(QStringLiteral("window"), result.options.runs);
    doc.insert(QStringLiteral("branch"), filterLabel(result.options.branch).isEmpty()
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(result.options.branch));
    doc.insert(QStringLiteral("conclusion"), filterLabel(result.options.conclusion).isEmpty()
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(result.options.conclusion));
    QJsonArray excluded;
    for (const InstallExclusion &ex : result.excluded)
        excluded.append(QJsonObject{{QStringLiteral("run_id"), ex.runId},
                                    {QStringLiteral("path"), ex.path.toString()},
                                    {QStringLiteral("seconds"), static_cast<double>(ex.seconds)},
                                    {QStringLiteral("reason"), ex.reason}});
    doc.insert(QStringLiteral("excluded"), excluded);
    doc.insert(QStringLiteral("branch_unknown"), result.branchUnknownUsed);
    doc.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
    doc.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(result.reasons));
    return doc;
}

QString installSummaryLine(const InstallResult &result)
{
    const QString status = gateStatusName(result.status);
    if (!result.hasMedian())
        return Tr::translate("InstallReport", "no install durations (%1, %2): %3")
            .arg(describeBranchFilter(result.options), describeConclusionFilter(result.options),
                 status);
    const double budget = result.options.budgetSeconds;
    QString line = Tr::translate("InstallReport", "median %1 %2 budget %3 over the last %4: %5")
                       .arg(secondsText(result.median),
                            result.median <= budget ? QStringLiteral("≤") : QStringLiteral(">"),
                            secondsText(budget), runsText(result.runsUsed), status);
    if (result.status == GateStatus::Insufficient)
        line += Tr::translate("InstallReport", " (need ≥ %1 runs)").arg(result.options.runs);
    return line;
}

QString installTable(const InstallResult &result)
{
    TextTable table;
    table.addColumn(QStringLiteral("run"));
    table.addColumn(QStringLiteral("time"));
    table.addColumn(QStringLiteral("branch"));
    table.addColumn(QStringLiteral("seconds"), TextTable::Align::Right);
    table.addColumn(QStringLiteral("over budget"));
    for (const InstallPoint &p : result.series) {
        if (!p.used)
            continue;
        table.addRow({p.runId, formatTimestamp(p.timestamp),
                      p.branchUnknown ? QStringLiteral("(unknown)") : p.branch,
                      formatShortest(static_cast<double>(p.seconds)),
                      p.overBudget ? QStringLiteral("OVER") : QString()});
    }
    // A title like the other two gates', so the three tables read as one report.
    QString out =
        QStringLiteral("Install-duration gate: helm install -> Ready over the last %1 "
                       "runs (%2, %3); budget %4 s\n")
            .arg(result.options.runs)
            .arg(describeBranchFilter(result.options), describeConclusionFilter(result.options),
                 formatShortest(result.options.budgetSeconds));
    if (result.runsUsed > 0)
        out += table.render() + QLatin1Char('\n');
    out += installSummaryLine(result) + QLatin1Char('\n');
    out += checksText(result.checks);
    if (!result.excluded.isEmpty())
        out +=
            QStringLiteral("left out by the filters (%1, %2): %3\n")
                .arg(describeBranchFilter(result.options), describeConclusionFilter(result.options),
                     runsText(static_cast<int>(result.excluded.size())));
    for (const QString &w : result.warnings)
        out += QStringLiteral("warning: ") + w + QLatin1Char('\n');
    return out;
}

QString installMarkdown(const InstallResult &result)
{
    QString md;
    md += Tr::translate("InstallReport",
                        "## Install-duration gate (helm install → DaemonSet Ready)\n\n");
    md += checksMarkdown(installChecks(result, static_cast<int>(result.series.size())));
    md += Tr::translate("InstallReport", "\nStatus: **%1** (%2). %3.\n")
              .arg(gateStatusName(result.status), verdictWord(result.status),
                   installReasons(result).join(QStringLiteral("; ")));
    if (!result.excluded.isEmpty()) {
        // A review is read by a person: the first few, then a count. Every run with its
        // reason is in install_durations.csv.
        constexpr qsizetype kListed = 20;
        md += Tr::translate("InstallReport", "\nLeft out by the filters:\n\n");
        for (qsizetype i = 0; i < result.excluded.size() && i < kListed; ++i)
            md += Tr::translate("InstallReport", "- run %1: %2\n")
                      .arg(result.excluded.at(i).runId,
                           inReportLanguage(result.excluded.at(i).reason));
        if (result.excluded.size() > kListed)
            md += Tr::translate("InstallReport",
                                "- … and %1 more (install_durations.csv lists every run with its "
                                "branch and conclusion)\n")
                      .arg(result.excluded.size() - kListed);
    }
    return md;
}

} // namespace gatehouse
