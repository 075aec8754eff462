// gatehouse-cli install: the install-duration gate (SPEC §3, §5, §7, §8).
#include "CliCommon.h"
#include "Commands.h"
#include "RulesFromCli.h"
#include "install/InstallAnalysis.h"
#include "install/InstallExport.h"

namespace gatehouse::cli {

int runInstall(const QStringList &args)
{
    CommandLine cl(QStringLiteral("install"),
                   QStringLiteral("Install-duration gate: is the median helm install -> Ready "
                                  "time of the last N successful runs within the budget?"));
    const QList<RuleFlag> flags = installRuleFlags() + changePointRuleFlags();
    addRuleFlags(cl, flags);
    cl.addValueOption(QStringLiteral("csv"), QStringLiteral("Write the durations CSV to FILE."),
                      QStringLiteral("FILE"));
    if (auto code = cl.parse(args))
        return *code;
    const QStringList sources = cl.sources();
    if (sources.isEmpty())
        return ExitUsage;
    const std::optional<RuleSet> rules = rulesFromCli(cl, sources, flags);
    if (!rules)
        return ExitUsage;
    printRulesInForce(*rules);

    const Dataset &dataset = loadDataset(sources);
    const InstallResult result =
        analyzeInstall(dataset.installRuns, rules->reportOptions().install);
    const QString jsonTarget = cl.value(QStringLiteral("json"));
    if (jsonTarget != QLatin1String("-"))
        out() << installTable(result) << Qt::flush;
    QJsonObject json = installToJson(result);
    json.insert(QStringLiteral("rules"), rulesToJson(*rules));
    if (!jsonTarget.isEmpty() && !writeJson(jsonTarget, json))
        return ExitUsage;
    if (cl.isSet(QStringLiteral("csv")) &&
        !writeOutput(cl.value(QStringLiteral("csv")), installCsv(result)))
        return ExitUsage;
    return exitCodeFor(result.status, rules->gateMode(QStringLiteral("install.gate")));
}

} // namespace gatehouse::cli
