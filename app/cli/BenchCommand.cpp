// gatehouse-cli bench: the allocations gate (SPEC §2, §5, §7, §8).
#include "BenchOptionsFromCli.h"
#include "CliCommon.h"
#include "Commands.h"
#include "RulesFromCli.h"
#include "bench/BaselineProposal.h"
#include "bench/BenchExport.h"

namespace gatehouse::cli {

int runBench(const QStringList &args)
{
    CommandLine cl(QStringLiteral("bench"),
                   QStringLiteral("Allocations gate: are per-detector allocs/op stable enough "
                                  "(CV < 1 % over >= 10 runs, drift <= 1 from the baseline)?"));
    const QList<RuleFlag> flags = benchRuleFlags() + changePointRuleFlags();
    addRuleFlags(cl, flags);
    addBenchOptions(cl);
    cl.addValueOption(QStringLiteral("propose-baseline"),
                      QStringLiteral("Write a new baselines.json (median per detector of the "
                                     "selected runs) to FILE and show its diff."),
                      QStringLiteral("FILE"));
    cl.addValueOption(QStringLiteral("csv"),
                      QStringLiteral("Write the per-detector CSV to "
                                     "FILE."),
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
    const AllocationsOptions options = rules->reportOptions().allocations;

    // Only the selected metric's values are kept: the gate reads no other unit.
    Dataset &dataset =
        loadDataset(sources, kindsForCommand(QStringLiteral("bench")), {options.metric});
    if (!applyBaselineOption(cl, dataset))
        return ExitUsage;
    const AllocationsResult result =
        analyzeAllocations(dataset.benchRuns, dataset.baseline, options, dataset.baselineFile);
    const QString jsonTarget = cl.value(QStringLiteral("json"));
    if (jsonTarget != QLatin1String("-"))
        out() << allocationsTable(result) << Qt::flush;
    QJsonObject json = allocationsToJson(result);
    json.insert(QStringLiteral("rules"), rulesToJson(*rules));
    if (!jsonTarget.isEmpty() && !writeJson(jsonTarget, json))
        return ExitUsage;
    if (cl.isSet(QStringLiteral("csv")) &&
        !writeOutput(cl.value(QStringLiteral("csv")), allocationsCsv(result)))
        return ExitUsage;
    if (cl.isSet(QStringLiteral("propose-baseline"))) {
        const BaselineProposal proposal = proposeBaseline(result, dataset.baseline);
        QString error;
        if (!saveBaselineProposal(proposal, cl.value(QStringLiteral("propose-baseline")), &error)) {
            err() << "gatehouse-cli bench: " << error << "\n";
            return ExitUsage;
        }
        // The diff goes to stderr when stdout carries JSON.
        QTextStream &stream = jsonTarget == QLatin1String("-") ? err() : out();
        stream << "\nProposed baseline written to " << cl.value(QStringLiteral("propose-baseline"))
               << ":\n"
               << baselineDiffText(proposal) << Qt::flush;
    }
    return exitCodeFor(result.status, rules->gateMode(QStringLiteral("bench.gate")));
}

} // namespace gatehouse::cli
