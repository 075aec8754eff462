// gatehouse-cli report: all three analyses written as CSV, Markdown and JSON (SPEC §5).
#include "BenchOptionsFromCli.h"
#include "CliCommon.h"
#include "Commands.h"
#include "RolloutOptionsFromCli.h"
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

int runReport(const QStringList &args)
{
    CommandLine cl(QStringLiteral("report"),
                   QStringLiteral("All three gates: CSVs, Markdown reports and JSON into "
                                  "--out DIR."));
    cl.addValueOption(QStringLiteral("out"), QStringLiteral("Folder for the report files."),
                      QStringLiteral("DIR"));
    addBenchOptions(cl);
    addRolloutOptions(cl);
    cl.addValueOption(QStringLiteral("install-runs"),
                      QStringLiteral("Window N of the install-duration gate."), QStringLiteral("N"),
                      QStringLiteral("10"));
    cl.addValueOption(QStringLiteral("budget"), QStringLiteral("Install budget in seconds."),
                      QStringLiteral("SECONDS"), QStringLiteral("300"));
    cl.addValueOption(QStringLiteral("branch"),
                      QStringLiteral("Install runs of this branch ('*' for any)."),
                      QStringLiteral("NAME"), QStringLiteral("main"));
    cl.addFlag(QStringLiteral("no-charts"), QStringLiteral("Do not draw the PNG charts."));
    if (auto code = cl.parse(args))
        return *code;
    const QString outDir = cl.value(QStringLiteral("out"));
    if (outDir.isEmpty())
        return cl.usageError(QStringLiteral("--out DIR is required"));
    ReportOptions options;
    if (!readBenchOptions(cl, options.allocations) || !readRolloutOptions(cl, options.rollout))
        return ExitUsage;
    const auto installRuns = cl.positiveInt(QStringLiteral("install-runs"));
    const auto budget = installRuns ? cl.nonNegativeDouble(QStringLiteral("budget")) : std::nullopt;
    if (!budget)
        return ExitUsage;
    options.install.runs = *installRuns;
    options.install.budgetSeconds = *budget;
    options.install.branch = cl.value(QStringLiteral("branch"));
    const QStringList sources = cl.sources();
    if (sources.isEmpty())
        return ExitUsage;

    Dataset &dataset = loadDataset(sources);
    if (!applyBaselineOption(cl, dataset) || !applyWhitelistOption(cl, dataset))
        return ExitUsage;
    const GateReport report = analyzeAll(dataset, options);
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
    if (!writeReport(report, outDir, &written, &error)) {
        err() << "gatehouse-cli report: " << error << "\n";
        return ExitUsage;
    }
#ifdef GATEHOUSE_CLI_CHARTS
    if (!cl.isSet(QStringLiteral("no-charts"))) {
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
    const bool noData = report.allocations.status == GateStatus::NoData &&
                        report.install.status == GateStatus::NoData &&
                        report.rollout.status == GateStatus::NoData;
    return noData ? ExitNoData : ExitPass;
}

} // namespace gatehouse::cli
