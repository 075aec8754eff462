#include "BenchExport.h"
#include "common/Translate.h"

#include "AllocationsChecks.h"
#include "common/Csv.h"
#include "common/NumberFormat.h"
#include "common/StoredText.h"
#include "common/TextTable.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>

namespace gatehouse {
namespace {

QString shortest(double value)
{
    return formatShortest(value); // empty for NaN
}

QString shortest(const std::optional<double> &value)
{
    return value ? formatShortest(*value) : QString();
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? jsonNumber(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray jsonStrings(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

bool severalPackages(const AllocationsResult &result)
{
    std::set<QString> pkgs;
    for (const DetectorAllocations &row : result.detectors)
        pkgs.insert(row.key.pkg);
    return pkgs.size() > 1;
}

QString cvText(const DetectorAllocations &row, const AllocationsOptions &options)
{
    if (row.samples == 0)
        return QStringLiteral("-");
    return row.cvPercent ? formatAgainstThreshold(*row.cvPercent, options.cvMaxPercent)
                         : Tr::translate("AllocationsReport", "undefined");
}

QString intervalText(const DetectorAllocations &row)
{
    if (!row.cvInterval)
        return QStringLiteral("-");
    return QStringLiteral("[%1, %2]")
        .arg(formatCompact(row.cvInterval->low, 2), formatCompact(row.cvInterval->high, 2));
}

QString shareText(const DetectorAllocations &row)
{
    return row.samples > 0 ? formatCompact(100.0 * row.modeShare, 1) + QLatin1Char('%')
                           : QStringLiteral("-");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString statusText(const DetectorAllocations &row, const AllocationsOptions &options)
{
    switch (row.status) {
    case DetectorStatus::Ok:
        return Tr::translate("AllocationsReport", "OK (CV < %1 %)")
            .arg(formatCompact(options.cvMaxPercent));
    case DetectorStatus::Over:
        return Tr::translate("AllocationsReport", "OVER (CV >= %1 %)")
            .arg(formatCompact(options.cvMaxPercent));
    case DetectorStatus::NoData:
        break;
    }
    return Tr::translate("AllocationsReport", "BASELINE ONLY (no runs)");
}

// The cells both the terminal table and the Markdown table show, in column order.
QStringList displayCells(const DetectorAllocations &row, const AllocationsOptions &options,
                         bool hasBaseline)
{
    return {QString::number(row.runs),
            QString::number(row.samples),
            orDash(formatCompact(row.mean)),
            orDash(formatCompact(row.stdev)),
            cvText(row, options),
            intervalText(row),
            shareText(row),
            row.baseline ? formatCompact(*row.baseline) : QStringLiteral("-"),
            row.drift ? formatSigned(*row.drift) : QStringLiteral("-"),
            statusText(row, options),
            detectorVerdictText(row, options),
            detectorReasons(row, options, hasBaseline).join(QStringLiteral("; "))};
}

// The headers of displayCells, in the report language (the CSV keeps its own keys).
QStringList displayHeaders()
{
    return {Tr::translate("AllocationsReport", "runs"),
            Tr::translate("AllocationsReport", "n"),
            Tr::translate("AllocationsReport", "mean"),
            Tr::translate("AllocationsReport", "stdev"),
            Tr::translate("AllocationsReport", "CV %"),
            Tr::translate("AllocationsReport", "CV 95% CI"),
            Tr::translate("AllocationsReport", "mode share"),
            Tr::translate("AllocationsReport", "baseline"),
            Tr::translate("AllocationsReport", "drift"),
            Tr::translate("AllocationsReport", "status"),
            Tr::translate("AllocationsReport", "verdict"),
            Tr::translate("AllocationsReport", "why")};
}

// Columns the tables align left: text, not numbers.
constexpr int kLeftAlignedColumns[] = {5, 9, 10, 11};

bool leftAligned(int column)
{
    return std::find(std::begin(kLeftAlignedColumns), std::end(kLeftAlignedColumns), column) !=
           std::end(kLeftAlignedColumns);
}

QString detectorLabel(const DetectorAllocations &row, bool withPkg)
{
    if (!withPkg || row.key.pkg.isEmpty())
        return row.key.name;
    return row.key.pkg + QLatin1Char('.') + row.key.name;
}

QString headline(const AllocationsResult &result)
{
    const AllocationsOptions &o = result.options;
    if (result.baselineOnly)
        return Tr::translate("AllocationsReport", "%1: no benchmark runs, baseline values only")
            .arg(o.metric);
    return Tr::translate("AllocationsReport",
                         "%1 over the last %2 of %3 runs (need %4); CV < %5 %, drift within "
                         "+-%6")
        .arg(o.metric)
        .arg(result.runsSelected())
        .arg(result.runsAvailable)
        .arg(o.minRuns)
        .arg(formatCompact(o.cvMaxPercent), formatCompact(o.driftMax));
}

QString markdownCell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|"));
}

} // namespace

QByteArray allocationsCsv(const AllocationsResult &result)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("pkg"), QStringLiteral("name"), QStringLiteral("runs"),
                QStringLiteral("samples"), QStringLiteral("mean"), QStringLiteral("stdev"),
                QStringLiteral("cv_percent"), QStringLiteral("cv_ci_low"),
                QStringLiteral("cv_ci_high"), QStringLiteral("mode_share"),
                QStringLiteral("median"), QStringLiteral("min"), QStringLiteral("max"),
                QStringLiteral("baseline"), QStringLiteral("drift"), QStringLiteral("status"),
                QStringLiteral("verdict"), QStringLiteral("blockers"), QStringLiteral("why")});
    for (const DetectorAllocations &row : result.detectors) {
        QString high;
        if (row.cvInterval)
            high = std::isinf(row.cvInterval->high) ? QStringLiteral("inf")
                                                    : shortest(row.cvInterval->high);
        csv.addRow(
            {row.key.pkg, row.key.name, QString::number(row.runs), QString::number(row.samples),
             shortest(row.mean), shortest(row.stdev), shortest(row.cvPercent),
             row.cvInterval ? shortest(row.cvInterval->low) : QString(), high,
             shortest(row.modeShare), shortest(row.median), shortest(row.min), shortest(row.max),
             shortest(row.baseline), shortest(row.drift), detectorStatusName(row.status),
             detectorVerdictName(row), detectorBlockers(row).join(QLatin1Char(';')),
             row.reasons.join(QStringLiteral("; "))});
    }
    return csv.data();
}

QJsonObject allocationsToJson(const AllocationsResult &result)
{
    const AllocationsOptions &o = result.options;
    QJsonArray detectors;
    for (const DetectorAllocations &row : result.detectors) {
        QJsonObject d;
        d.insert(QStringLiteral("pkg"), row.key.pkg);
        d.insert(QStringLiteral("name"), row.key.name);
        d.insert(QStringLiteral("runs"), row.runs);
        d.insert(QStringLiteral("samples"), row.samples);
        d.insert(QStringLiteral("mean"), jsonNumber(row.mean));
        d.insert(QStringLiteral("stdev"), jsonNumber(row.stdev));
        d.insert(QStringLiteral("cv_percent"), jsonNumber(row.cvPercent));
        d.insert(QStringLiteral("median"), jsonNumber(row.median));
        d.insert(QStringLiteral("min"), jsonNumber(row.min));
        d.insert(QStringLiteral("max"), jsonNumber(row.max));
        d.insert(QStringLiteral("baseline"), jsonNumber(row.baseline));
        d.insert(QStringLiteral("drift"), jsonNumber(row.drift));
        d.insert(QStringLiteral("status"), detectorStatusName(row.status));
        d.insert(QStringLiteral("verdict"), detectorVerdictName(row));
        d.insert(QStringLiteral("blockers"), jsonStrings(detectorBlockers(row)));
        d.insert(QStringLiteral("within"), row.within);
        d.insert(QStringLiteral("mode"), jsonNumber(row.modeValue));
        d.insert(QStringLiteral("mode_share"), jsonNumber(row.modeShare));
        d.insert(QStringLiteral("cv_ci"),
                 row.cvInterval ? QJsonValue(QJsonObject{
                                      {QStringLiteral("low"), jsonNumber(row.cvInterval->low)},
                                      {QStringLiteral("high"), jsonNumber(row.cvInterval->high)}})
                                : QJsonValue(QJsonValue::Null));
        d.insert(QStringLiteral("failures"), row.failures);
        d.insert(QStringLiteral("baseline_only"), row.fromBaselineOnly);
        d.insert(QStringLiteral("reasons"), jsonStrings(row.reasons));
        d.insert(QStringLiteral("change_points"), changes::seriesChangePointsToJson(row.changes));
        detectors.append(d);
    }
    QJsonObject json;
    json.insert(QStringLiteral("status"), gateStatusName(result.status));
    json.insert(QStringLiteral("checks"), checksToJson(result.checks));
    json.insert(QStringLiteral("baseline"), fileStateToJson(result.baselineFile));
    json.insert(QStringLiteral("detectors"), detectors);
    json.insert(QStringLiteral("metric"), o.metric);
    json.insert(QStringLiteral("runs_available"), result.runsAvailable);
    json.insert(QStringLiteral("runs_selected"), result.runsSelected());
    json.insert(QStringLiteral("run_ids"), jsonStrings(result.selectedRunIds));
    json.insert(QStringLiteral("min_runs"), o.minRuns);
    json.insert(QStringLiteral("cv_max_percent"), o.cvMaxPercent);
    json.insert(QStringLiteral("drift_max"), o.driftMax);
    json.insert(QStringLiteral("baseline_only"), result.baselineOnly);
    json.insert(QStringLiteral("units"), jsonStrings(result.units));
    json.insert(QStringLiteral("reasons"), jsonStrings(result.reasons));
    json.insert(QStringLiteral("warnings"), jsonStrings(result.warnings));
    json.insert(QStringLiteral("mixed_machines"), result.mixedMachines);
    return json;
}

QString allocationsTable(const AllocationsResult &result)
{
    const bool withPkg = severalPackages(result);
    TextTable table;
    table.addColumn(QStringLiteral("detector"));
    const QStringList headers = displayHeaders();
    for (int i = 0; i < headers.size(); ++i)
        table.addColumn(headers.at(i),
                        leftAligned(i) ? TextTable::Align::Left : TextTable::Align::Right);
    for (const DetectorAllocations &row : result.detectors)
        table.addRow(QStringList{detectorLabel(row, withPkg)} +
                     displayCells(row, result.options, result.hasBaseline));

    QString out = QStringLiteral("Allocations gate: ") + headline(result) + QLatin1Char('\n');
    if (!result.detectors.isEmpty())
        out += table.render();
    out += QStringLiteral("Status: %1 (%2)\n")
               .arg(gateStatusName(result.status), verdictWord(result.status));
    out += checksText(result.checks);
    for (const QString &warning : result.warnings)
        out += QStringLiteral("Warning: ") + warning + QLatin1Char('\n');
    return out;
}

QString allocationsMarkdown(const AllocationsResult &result)
{
    // Checks rendered again in the report language (the stored ones are English, for JSON).
    const AllocationsOptions &o = result.options;

    QString out = Tr::translate("AllocationsReport", "### Allocations gate: %1\n\n")
                      .arg(gateStatusName(result.status));
    if (result.baselineOnly)
        out += Tr::translate("AllocationsReport",
                             "No benchmark runs were found: the table shows the committed "
                             "baseline values as single samples, not measurements. ");
    else
        out += Tr::translate("AllocationsReport", "`%1` over the last %2 of %3 runs. ")
                   .arg(o.metric)
                   .arg(result.runsSelected())
                   .arg(result.runsAvailable);
    out += QStringLiteral("\n\n");

    out += checksMarkdown(allocationsChecks(result)) + QLatin1Char('\n');

    if (!result.detectors.isEmpty()) {
        QStringList headers{Tr::translate("AllocationsReport", "detector")};
        headers += displayHeaders();
        out += QStringLiteral("| ") + headers.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
        for (int i = 0; i < headers.size(); ++i)
            out +=
                i == 0 || leftAligned(i - 1) ? QStringLiteral(" --- |") : QStringLiteral(" ---: |");
        out += QLatin1Char('\n');
        const bool withPkg = severalPackages(result);
        for (const DetectorAllocations &row : result.detectors) {
            QStringList cells{QLatin1Char('`') + detectorLabel(row, withPkg) + QLatin1Char('`')};
            cells += displayCells(row, o, result.hasBaseline);
            for (QString &cell : cells)
                cell = markdownCell(cell);
            out +=
                QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
        out += QLatin1Char('\n');
    }
    out += Tr::translate("AllocationsReport", "**Status: %1** (%2)")
               .arg(gateStatusName(result.status), verdictWord(result.status));
    out += result.reasons.isEmpty()
               ? QStringLiteral("\n")
               : QStringLiteral(" — ") + allocationsReasons(result).join(QStringLiteral("; ")) +
                     QLatin1Char('\n');
    for (const QString &warning : result.warnings)
        out += Tr::translate("AllocationsReport", "\n> **Warning:** ") +
               markdownCell(inReportLanguage(warning)) + QLatin1Char('\n');
    return out;
}

} // namespace gatehouse
