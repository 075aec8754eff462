// gatehouse-cli install: the install-duration gate (SPEC §3, §5, §7, §8).
#include "CliCommon.h"
#include "Commands.h"
#include "RulesFromCli.h"
#include "common/NumberFormat.h"
#include "compare/CompareExport.h"
#include "install/InstallAnalysis.h"
#include "install/InstallComparison.h"
#include "install/InstallExport.h"
#include "rollout/RolloutExport.h"

namespace gatehouse::cli {

namespace {

// "last 10 vs 10 before: median 245 s -> 280 s (+14.29 %), p = 0.002"
QString installWindowText(const std::optional<compare::CompareRow> &row, int n)
{
    if (!row)
        return QStringLiteral("\nWindow comparison: fewer than %1 durations before the last %1\n")
            .arg(n + 1);
    return QStringLiteral("\nWindow comparison: last %1 vs the %2 before: median %3 s -> %4 s "
                          "(%5), p = %6\n")
        .arg(row->newSummary.n)
        .arg(row->oldSummary.n)
        .arg(formatShortest(row->oldSummary.median), formatShortest(row->newSummary.median),
             compare::formatDelta(*row), pvalueText(row->pvalue));
}

} // namespace

int runInstall(const QStringList &args)
{
    CommandLine cl(QStringLiteral("install"),
                   QStringLiteral("Install-duration gate: is the median helm install -> Ready "
                                  "time of the last N successful runs within the budget?"));
    const QList<RuleFlag> flags = installRuleFlags() + changePointRuleFlags();
    addRuleFlags(cl, flags);
    cl.addValueOption(QStringLiteral("csv"), QStringLiteral("Write the durations CSV to FILE."),
                      QStringLiteral("FILE"));
    cl.addValueOption(QStringLiteral("compare-last"),
                      QStringLiteral("Compare the last N durations with the N before them "
                                     "(medians, intervals, Mann-Whitney U test)."),
                      QStringLiteral("N"));
    if (auto code = cl.parse(args))
        return *code;
    const QStringList sources = cl.sources();
    if (sources.isEmpty())
        return ExitUsage;
    const std::optional<RuleSet> rules = rulesFromCli(cl, sources, flags);
    if (!rules)
        return ExitUsage;
    int compareLast = 0;
    if (cl.isSet(QStringLiteral("compare-last"))) {
        const auto n = cl.positiveInt(QStringLiteral("compare-last"));
        if (!n)
            return ExitUsage;
        compareLast = *n;
    }
    printRulesInForce(*rules);

    const Dataset &dataset = loadDataset(sources, kindsForCommand(QStringLiteral("install")));
    const InstallResult result =
        analyzeInstall(dataset.installRuns, rules->reportOptions().install);
    const QString jsonTarget = cl.value(QStringLiteral("json"));
    if (jsonTarget != QLatin1String("-"))
        out() << installTable(result) << Qt::flush;
    QJsonObject json = installToJson(result);
    json.insert(QStringLiteral("rules"), rulesToJson(*rules));
    if (compareLast > 0) {
        compare::CompareOptions compareOptions;
        compareOptions.alpha = rules->doubleValue(QStringLiteral("compare.alpha"));
        compareOptions.confidence = rules->doubleValue(QStringLiteral("compare.confidence"));
        const auto row = installWindowComparison(result, compareLast, compareOptions);
        json.insert(QStringLiteral("window_comparison"),
                    row ? QJsonValue(compare::compareRowToJson(*row))
                        : QJsonValue(QJsonValue::Null));
        if (jsonTarget != QLatin1String("-"))
            out() << installWindowText(row, compareLast) << Qt::flush;
    }
    if (!jsonTarget.isEmpty() && !writeJson(jsonTarget, json))
        return ExitUsage;
    if (cl.isSet(QStringLiteral("csv")) &&
        !writeOutput(cl.value(QStringLiteral("csv")), installCsv(result)))
        return ExitUsage;
    return exitCodeFor(result.status, rules->gateMode(QStringLiteral("install.gate")));
}

} // namespace gatehouse::cli
