// gatehouse-cli install: the install-duration gate (SPEC §3, §5).
#include "CliCommon.h"
#include "Commands.h"
#include "install/InstallAnalysis.h"
#include "install/InstallExport.h"

namespace gatehouse::cli {

int runInstall(const QStringList &args)
{
    CommandLine cl(QStringLiteral("install"),
                   QStringLiteral("Install-duration gate: is the median helm install -> Ready "
                                  "time of the last N successful runs within the budget?"));
    cl.addValueOption(QStringLiteral("runs"), QStringLiteral("Window N: the last N runs."),
                      QStringLiteral("N"), QStringLiteral("10"));
    cl.addValueOption(QStringLiteral("budget"),
                      QStringLiteral("Budget in seconds (median <= "
                                     "budget passes)."),
                      QStringLiteral("SECONDS"), QStringLiteral("300"));
    cl.addValueOption(QStringLiteral("branch"),
                      QStringLiteral("Keep runs of this branch ('*' for any)."),
                      QStringLiteral("NAME"), QStringLiteral("main"));
    cl.addValueOption(QStringLiteral("conclusion"),
                      QStringLiteral("Keep runs with this conclusion ('*' for any)."),
                      QStringLiteral("NAME"), QStringLiteral("success"));
    cl.addValueOption(QStringLiteral("gate"),
                      QStringLiteral("soft: report only; hard: exit 1 "
                                     "on FAIL."),
                      QStringLiteral("MODE"), QStringLiteral("soft"));
    cl.addValueOption(QStringLiteral("csv"), QStringLiteral("Write the durations CSV to FILE."),
                      QStringLiteral("FILE"));
    if (auto code = cl.parse(args))
        return *code;

    InstallOptions options;
    const auto runs = cl.positiveInt(QStringLiteral("runs"));
    const auto budget = runs ? cl.nonNegativeDouble(QStringLiteral("budget")) : std::nullopt;
    const auto mode = budget ? cl.gateMode() : std::nullopt;
    if (!mode)
        return ExitUsage;
    options.runs = *runs;
    options.budgetSeconds = *budget;
    options.branch = cl.value(QStringLiteral("branch"));
    options.conclusion = cl.value(QStringLiteral("conclusion"));
    const QStringList sources = cl.sources();
    if (sources.isEmpty())
        return ExitUsage;

    const Dataset &dataset = loadDataset(sources);
    const InstallResult result = analyzeInstall(dataset.installRuns, options);
    const QString jsonTarget = cl.value(QStringLiteral("json"));
    if (jsonTarget != QLatin1String("-"))
        out() << installTable(result) << Qt::flush;
    if (!jsonTarget.isEmpty() && !writeJson(jsonTarget, installToJson(result)))
        return ExitUsage;
    if (cl.isSet(QStringLiteral("csv")) &&
        !writeOutput(cl.value(QStringLiteral("csv")), installCsv(result)))
        return ExitUsage;
    return exitCodeFor(result.status, *mode);
}

} // namespace gatehouse::cli
