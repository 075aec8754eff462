// gatehouse-cli rollout: the Gate-V1 rollout analysis (SPEC §4, §5, §7, §8).
#include "CliCommon.h"
#include "Commands.h"
#include "RolloutOptionsFromCli.h"
#include "RulesFromCli.h"
#include "rollout/RolloutAnalysis.h"
#include "rollout/RolloutExport.h"

namespace gatehouse::cli {

int runRollout(const QStringList &args)
{
    CommandLine cl(QStringLiteral("rollout"),
                   QStringLiteral("Gate-V1 rollout: unknown_rate per policy, spikes by top "
                                  "reason, whitelist effect, WARN-phase preview."));
    const QList<RuleFlag> flags = rolloutRuleFlags() + changePointRuleFlags();
    addRuleFlags(cl, flags);
    addRolloutOptions(cl);
    cl.addValueOption(QStringLiteral("csv"), QStringLiteral("Write rollout_series.csv to FILE."),
                      QStringLiteral("FILE"));
    cl.addValueOption(QStringLiteral("report"),
                      QStringLiteral("Write the Markdown report (rollout_series_v1.md) to FILE."),
                      QStringLiteral("FILE"));
    cl.addLanguageOption();
    if (auto code = cl.parse(args))
        return *code;
    const std::optional<Language> language = cl.language();
    if (!language)
        return ExitUsage;
    const QStringList sources = cl.sources();
    if (sources.isEmpty())
        return ExitUsage;
    const std::optional<RuleSet> rules = rulesFromCli(cl, sources, flags);
    if (!rules)
        return ExitUsage;
    RolloutOptions options = rules->reportOptions().rollout;
    if (!readRolloutDate(cl, options))
        return ExitUsage;
    printRulesInForce(*rules);

    Dataset &dataset = loadDataset(sources, kindsForCommand(QStringLiteral("rollout")));
    if (!applyWhitelistOption(cl, dataset))
        return ExitUsage;
    const RolloutResult result =
        analyzeRollout(dataset.gateRuns, dataset.whitelist, options, dataset.whitelistFile);
    const QString jsonTarget = cl.value(QStringLiteral("json"));
    if (jsonTarget != QLatin1String("-"))
        out() << rolloutTable(result) << Qt::flush;
    QJsonObject json = rolloutToJson(result);
    json.insert(QStringLiteral("rules"), rulesToJson(*rules));
    if (!jsonTarget.isEmpty() && !writeJson(jsonTarget, json))
        return ExitUsage;
    if (cl.isSet(QStringLiteral("csv")) &&
        !writeOutput(cl.value(QStringLiteral("csv")), rolloutSeriesCsv(result)))
        return ExitUsage;
    if (cl.isSet(QStringLiteral("report")) &&
        !writeOutput(cl.value(QStringLiteral("report")), rolloutReportMarkdown(result, *language)))
        return ExitUsage;
    // SPEC §8: the rollout gate can FAIL too, and --gate hard exits 1 on it.
    return exitCodeFor(result.status, rules->gateMode(QStringLiteral("rollout.gate")));
}

} // namespace gatehouse::cli
