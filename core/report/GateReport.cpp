#include "GateReport.h"
#include "common/Translate.h"

#include "ChangesReport.h"
#include "bench/BenchExport.h"
#include "common/AtomicWrite.h"
#include "common/Csv.h"
#include "compare/CompareExport.h"
#include "install/InstallExport.h"
#include "rollout/RolloutExport.h"
#include "rollout/WarnKeyPoints.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace gatehouse {

void analyzeGates(GateReport &report, const Dataset &dataset, const ReportOptions &options,
                  const GateSelection &gates)
{
    // What an analysis stores (checks, reasons) reaches JSON and CSV: always English.
    // Markdown and the GUI render the checks again in their own language.
    const ScopedReportLanguage english(Language::English);
    if (gates.allocations) {
        report.allocations = analyzeAllocations(dataset.benchRuns, dataset.baseline,
                                                options.allocations, dataset.baselineFile);
        report.comparison =
            benchWindowComparison(dataset.benchRuns, options.allocations.runs, options.compare);
    }
    if (gates.install)
        report.install = analyzeInstall(dataset.installRuns, options.install);
    if (gates.rollout) {
        // A whitelist with no file behind it (begun in the GUI editor, or built by hand)
        // follows the whitelist itself: loaded when there is one.
        const std::optional<FileState> file = dataset.whitelistFile.state == FileStateKind::Absent
                                                  ? std::nullopt
                                                  : std::optional<FileState>(dataset.whitelistFile);
        report.rollout = analyzeRollout(dataset.gateRuns, dataset.whitelist, options.rollout, file);
    }
}

GateReport analyzeAll(const Dataset &dataset, const ReportOptions &options)
{
    GateReport report;
    analyzeGates(report, dataset, options, GateSelection());
    report.issues = dataset.issues;
    report.counters = dataset.counters;
    return report;
}

GateReport analyzeAllReleasing(Dataset &dataset, const ReportOptions &options)
{
    GateReport report;
    analyzeGates(report, dataset, options, GateSelection{true, false, false});
    QList<BenchRun>().swap(dataset.benchRuns); // the last holder of the sample store
    analyzeGates(report, dataset, options, GateSelection{false, true, false});
    QList<InstallRun>().swap(dataset.installRuns);
    analyzeGates(report, dataset, options, GateSelection{false, false, true});
    QList<GateRun>().swap(dataset.gateRuns);
    report.issues = dataset.issues;
    report.counters = dataset.counters;
    return report;
}

GateReport analyzeAll(const Dataset &dataset, const RuleSet &rules)
{
    ReportOptions options = rules.reportOptions();
    GateReport report = analyzeAll(dataset, options);
    report.rules = rules;
    return report;
}

static QString verdictMark(GateStatus status)
{
    return verdictWord(status);
}

QString rulesMarkdown(const RuleSet &rules)
{
    QString md = Tr::translate("GateReport", "## Rules in force\n\n");
    const QStringList overrides = describeOverrides(rules);
    const QString file = QFileInfo(rules.source()).fileName();
    // Whole sentences, one per case, so a translation can order its words freely.
    if (overrides.isEmpty()) {
        md += rules.fromFile()
                  ? Tr::translate("GateReport", "Rules from `%1`, no overrides.\n").arg(file)
                  : Tr::translate("GateReport",
                                  "Built-in default rules (no gatehouse.toml), no overrides.\n");
        return md;
    }
    const int count = static_cast<int>(overrides.size());
    md +=
        rules.fromFile()
            ? Tr::translate("GateReport", "Rules from `%1`, with %n override(s):\n\n", nullptr,
                            count)
                  .arg(file)
            : Tr::translate("GateReport",
                            "Built-in default rules (no gatehouse.toml), with %n override(s):\n\n",
                            nullptr, count);
    for (const QString &line : overrides)
        md += QStringLiteral("- `%1`\n").arg(line);
    return md;
}

int reportExitCode(const GateReport &report)
{
    const RuleSet &r = report.rules;
    const int codes[] = {
        exitCodeFor(report.allocations.status, r.gateMode(QStringLiteral("bench.gate"))),
        exitCodeFor(report.install.status, r.gateMode(QStringLiteral("install.gate"))),
        exitCodeFor(report.rollout.status, r.gateMode(QStringLiteral("rollout.gate")))};
    for (int code : codes)
        if (code == 1)
            return 1;
    const bool noData = report.allocations.status == GateStatus::NoData &&
                        report.install.status == GateStatus::NoData &&
                        report.rollout.status == GateStatus::NoData;
    return noData ? 2 : 0;
}

QByteArray graduationReviewMarkdown(const GateReport &report, Language language)
{
    const ScopedReportLanguage scope(language);
    QString md;
    md += Tr::translate("GateReport", "# Graduation review\n\n");
    md += Tr::translate("GateReport",
                        "Generated by Gatehouse on %1 from %2 files (%3 parse issues).\n\n")
              .arg(report.rollout.options.today.toString(Qt::ISODate))
              .arg(report.counters.filesUsed)
              .arg(report.issues.size());
    md += Tr::translate("GateReport", "| Gate | Status | Verdict |\n|---|---|---|\n");
    md +=
        Tr::translate("GateReport", "| Allocations (soft → hard) | %1 | %2 |\n")
            .arg(gateStatusName(report.allocations.status), verdictMark(report.allocations.status));
    md += Tr::translate("GateReport", "| Install duration | %1 | %2 |\n")
              .arg(gateStatusName(report.install.status), verdictMark(report.install.status));
    md += Tr::translate("GateReport", "| Gate-V1 rollout (COMMENT → WARN) | %1 | %2 |\n\n")
              .arg(gateStatusName(report.rollout.status), verdictMark(report.rollout.status));
    md += rulesMarkdown(report.rules);
    md += QLatin1Char('\n');
    md += changesMarkdown(report);
    md += QLatin1Char('\n');
    md += allocationsMarkdown(report.allocations);
    md += QLatin1Char('\n');
    md += installMarkdown(report.install);
    md += QLatin1Char('\n');
    md += rolloutMarkdownSection(report.rollout);
    md += QLatin1Char('\n') + warnTradeOffMarkdown(report.rollout)
                                  .replace(QStringLiteral("## WARN"), QStringLiteral("#### WARN"));
    md += QLatin1Char('\n') +
          classEffectsMarkdown(report.rollout)
              .replace(QStringLiteral("## Whitelist"), QStringLiteral("#### Whitelist"));
    if (!report.issues.isEmpty()) {
        // The first 50 (sorted by path), then a count; parse_issues.csv holds them all.
        constexpr qsizetype kListed = 50;
        md += Tr::translate("GateReport", "\n## Parse issues\n\n");
        for (qsizetype i = 0; i < report.issues.size() && i < kListed; ++i)
            md += QStringLiteral("- `%1`\n").arg(formatIssueInReportLanguage(report.issues.at(i)));
        if (report.issues.size() > kListed)
            md +=
                Tr::translate("GateReport", "- … and %1 more (parse_issues.csv lists every one)\n")
                    .arg(report.issues.size() - kListed);
    }
    return md.toUtf8();
}

QJsonObject reportToJson(const GateReport &report)
{
    QJsonArray issues;
    for (const ParseIssue &i : report.issues) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), i.path);
        o.insert(QStringLiteral("line"), i.line);
        o.insert(QStringLiteral("severity"), severityName(i.severity));
        o.insert(QStringLiteral("message"), i.message);
        issues.append(o);
    }
    const QJsonObject rules = rulesToJson(report.rules);
    auto withRules = [&rules](QJsonObject gate) {
        gate.insert(QStringLiteral("rules"), rules);
        return gate;
    };
    QJsonObject json;
    json.insert(QStringLiteral("rules"), rules);
    json.insert(QStringLiteral("bench"), withRules(allocationsToJson(report.allocations)));
    json.insert(QStringLiteral("install"), withRules(installToJson(report.install)));
    json.insert(QStringLiteral("rollout"), withRules(rolloutToJson(report.rollout)));
    QJsonObject comparison = compare::compareToJson(report.comparison);
    comparison.insert(QStringLiteral("old_runs"), report.comparison.oldRuns);
    comparison.insert(QStringLiteral("new_runs"), report.comparison.newRuns);
    json.insert(QStringLiteral("compare"), comparison);
    json.insert(QStringLiteral("issues"), issues);
    return json;
}

QByteArray parseIssuesCsv(const ParseIssues &issues)
{
    CsvWriter csv;
    csv.addRow({QStringLiteral("path"), QStringLiteral("line"), QStringLiteral("severity"),
                QStringLiteral("message")});
    for (const ParseIssue &i : issues)
        csv.addRow({i.path, i.line > 0 ? QString::number(i.line) : QString(),
                    severityName(i.severity), i.message});
    return csv.data();
}

namespace {

// Each report file by name and what makes it, in a fixed order. Made one at a time when
// written: at 100k runs the files and the JSON tree behind report.json are tens of
// megabytes, and holding all of them at once made the peak of `report`.
using ReportFileMaker = QByteArray (*)(const GateReport &, Language);
struct ReportFile
{
    const char *name;
    ReportFileMaker make;
};

const ReportFile kReportFiles[] = {
    {"graduation_review.md",
     [](const GateReport &r, Language l) { return graduationReviewMarkdown(r, l); }},
    {"bench_detectors.csv",
     [](const GateReport &r, Language) { return allocationsCsv(r.allocations); }},
    {"install_durations.csv", [](const GateReport &r, Language) { return installCsv(r.install); }},
    {"rollout_series.csv",
     [](const GateReport &r, Language) { return rolloutSeriesCsv(r.rollout); }},
    {"class_frequency.csv",
     [](const GateReport &r, Language) { return classFrequencyCsv(r.rollout); }},
    {"rollout_series_v1.md",
     [](const GateReport &r, Language l) { return rolloutReportMarkdown(r.rollout, l); }},
    {"parse_issues.csv", [](const GateReport &r, Language) { return parseIssuesCsv(r.issues); }},
    {"change_points.csv", [](const GateReport &r, Language) { return changePointsCsv(r); }},
    {"compare.csv",
     [](const GateReport &r, Language) { return compare::compareCsv(r.comparison); }},
    {"report.json",
     [](const GateReport &r, Language) {
         return QJsonDocument(reportToJson(r)).toJson(QJsonDocument::Indented);
     }},
};

} // namespace

QList<QPair<QString, QByteArray>> reportFiles(const GateReport &report, Language language)
{
    // Only the two Markdown files follow the language; CSV and JSON are always English.
    const ScopedReportLanguage english(Language::English);
    QList<QPair<QString, QByteArray>> files;
    for (const ReportFile &file : kReportFiles)
        files.append({QLatin1String(file.name), file.make(report, language)});
    return files;
}

bool writeReport(const GateReport &report, const QString &dir, QStringList *written, QString *error,
                 Language language)
{
    const ScopedReportLanguage english(Language::English);
    for (const ReportFile &file : kReportFiles) {
        const QString path = QDir(dir).filePath(QLatin1String(file.name));
        if (!writeFileAtomically(path, file.make(report, language), error))
            return false;
        if (written)
            written->append(path);
    }
    return true;
}

} // namespace gatehouse
