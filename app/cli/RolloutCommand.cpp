// gatehouse-cli rollout: the Gate-V1 rollout analysis (SPEC §4, §5).
#include "CliCommon.h"
#include "Commands.h"
#include "RolloutOptionsFromCli.h"
#include "rollout/RolloutAnalysis.h"
#include "rollout/RolloutExport.h"

namespace gatehouse::cli {

int runRollout(const QStringList &args)
{
    CommandLine cl(QStringLiteral("rollout"),
                   QStringLiteral("Gate-V1 rollout: unknown_rate per policy, spikes by top "
                                  "reason, whitelist effect, WARN-phase preview."));
    addRolloutOptions(cl);
    cl.addValueOption(QStringLiteral("csv"), QStringLiteral("Write rollout_series.csv to FILE."),
                      QStringLiteral("FILE"));
    cl.addValueOption(QStringLiteral("report"),
                      QStringLiteral("Write the Markdown report (rollout_series_v1.md) to FILE."),
                      QStringLiteral("FILE"));
    if (auto code = cl.parse(args))
        return *code;
    RolloutOptions options;
    if (!readRolloutOptions(cl, options))
        return ExitUsage;
    const QStringList sources = cl.sources();
    if (sources.isEmpty())
        return ExitUsage;

    Dataset &dataset = loadDataset(sources);
    if (!applyWhitelistOption(cl, dataset))
        return ExitUsage;
    const RolloutResult result = analyzeRollout(dataset.gateRuns, dataset.whitelist, options);
    const QString jsonTarget = cl.value(QStringLiteral("json"));
    if (jsonTarget != QLatin1String("-"))
        out() << rolloutTable(result) << Qt::flush;
    if (!jsonTarget.isEmpty() && !writeJson(jsonTarget, rolloutToJson(result)))
        return ExitUsage;
    if (cl.isSet(QStringLiteral("csv")) &&
        !writeOutput(cl.value(QStringLiteral("csv")), rolloutSeriesCsv(result)))
        return ExitUsage;
    if (cl.isSet(QStringLiteral("report")) &&
        !writeOutput(cl.value(QStringLiteral("report")), rolloutReportMarkdown(result)))
        return ExitUsage;
    // The rollout never fails a build: PASS once enough runs are in, else INSUFFICIENT.
    return exitCodeFor(result.status, GateMode::Soft);
}

} // namespace gatehouse::cli
