// gatehouse-cli report: all three analyses written as CSV, Markdown and JSON (SPEC §5).
#include "BenchOptionsFromCli.h"
#include "CliCommon.h"
#include "Commands.h"
#include "RolloutOptionsFromCli.h"
#include "RulesFromCli.h"
#include "bench/BenchExport.h"
#include "install/InstallExport.h"
#include "report/GateReport.h"
#include "rollout/RolloutExport.h"

#include <QDir>
#ifdef GATEHOUSE_CLI_CHARTS
#include "charts/ReportCharts.h"
#include <QApplication>
#include <QPalette>
#endif

namespace gatehouse::cli {

namespace {
#ifdef GATEHOUSE_CLI_CHARTS
constexpr bool kDrawsCharts = true;
#else
constexpr bool kDrawsCharts = false; // a build without the GUI draws none
#endif
} // namespace

int runReport(const QStringList &args)
{
    CommandLine cl(QStringLiteral("report"),
                   QStringLiteral("All three gates: CSVs, Markdown reports and JSON into "
                                  "--out DIR."));
    cl.addValueOption(QStringLiteral("out"), QStringLiteral("Folder for the report files."),
                      QStringLiteral("DIR"));
    const QList<RuleFlag> flags = reportRuleFlags();
    addRuleFlags(cl, flags);
    addBenchOptions(cl);
    addRolloutOptions(cl);
    cl.addFlag(QStringLiteral("no-charts"), QStringLiteral("Do not draw the PNG charts."));
    cl.addLanguageOption();
    if (auto code = cl.parse(args))
        return *code;
    const std::optional<Language> language = cl.language();
    if (!language)
        return ExitUsage;
    const QString outDir = cl.value(QStringLiteral("out"));
    if (outDir.isEmpty())
        return cl.usageError(QStringLiteral("--out DIR is required"));
    const QStringList sources = cl.sources();
    if (sources.isEmpty())
        return ExitUsage;
    const std::optional<RuleSet> rules = rulesFromCli(cl, sources, flags);
    if (!rules)
        return ExitUsage;
    RuleSet inForce = *rules;
    printRulesInForce(inForce);
    Dataset &dataset = loadDataset(sources);
    if (!applyBaselineOption(cl, dataset) || !applyWhitelistOption(cl, dataset))
        return ExitUsage;
    ReportOptions options = inForce.reportOptions();
    if (!readRolloutDate(cl, options.rollout))
        return ExitUsage;
    // Without charts nothing reads the runs after the analyses: each kind is freed once its
    // gate is done (peak memory of a large load).
    const bool charts = kDrawsCharts && !cl.isSet(QStringLiteral("no-charts"));
    GateReport report =
        charts ? analyzeAll(dataset, options) : analyzeAllReleasing(dataset, options);
    report.rules = inForce;
    if (cl.value(QStringLiteral("json")) != QLatin1String("-")) {
        out() << allocationsTable(report.allocations) << "\n"
              << installTable(report.install) << "\n"
              << rolloutTable(report.rollout) << "\n"
              << Qt::flush;
    }
    if (cl.isSet(QStringLiteral("json")) &&
        !writeJson(cl.value(QStringLiteral("json")), reportToJson(report)))
        return ExitUsage;
    QStringList written;
    QString error;
    if (!writeReport(report, outDir, &written, &error, *language)) {
        err() << "gatehouse-cli report: " << error << "\n";
        return ExitUsage;
    }
#ifdef GATEHOUSE_CLI_CHARTS
    if (charts) {
        for (const auto &file : ui::reportChartFiles(report, dataset, QApplication::palette())) {
            const QString path = QDir(outDir).filePath(file.first);
            if (!writeOutput(path, file.second))
                return ExitUsage;
            written.append(path);
        }
    }
#endif
    err() << "Report written to " << QDir(outDir).absolutePath() << ":\n";
    for (const QString &path : written)
        err() << "  " << QDir(outDir).relativeFilePath(path) << "\n";
    err().flush();
    // 1 when a gate whose rules say "hard" FAILs; 2 when no gate has data.
    return reportExitCode(report);
}

} // namespace gatehouse::cli
