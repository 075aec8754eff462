// gatehouse-cli compare: benchstat-grade comparison of two sets of benchmark runs
// (SPEC §10, §5): OLD NEW, or one SOURCE's last N runs against the N before them.
#include "CliCommon.h"
#include "Commands.h"
#include "RulesFromCli.h"
#include "compare/CompareExport.h"

namespace gatehouse::cli {

int runCompare(const QStringList &args)
{
    CommandLine cl(QStringLiteral("compare"),
                   QStringLiteral("Is the difference real? Medians with confidence intervals and "
                                  "the Mann-Whitney U test, as benchstat computes them, for the "
                                  "benchmark runs of OLD against NEW (folders, zips or files), "
                                  "or of a SOURCE's last N runs against the N before them."));
    cl.parser().addPositionalArgument(QStringLiteral("OLD NEW"),
                                      QStringLiteral("Baseline and candidate sources (without "
                                                     "--last)."),
                                      QStringLiteral("[OLD NEW]"));
    cl.addValueOption(QStringLiteral("last"),
                      QStringLiteral("Compare the last N runs of the sources with the N before "
                                     "them."),
                      QStringLiteral("N"));
    cl.addValueOption(QStringLiteral("metric"),
                      QStringLiteral("Unit to compare, as written (ns/op, B/op, MB/s, …); "
                                     "repeatable. Default: every unit present in both."),
                      QStringLiteral("UNIT"));
    const QList<RuleFlag> flags = compareRuleFlags();
    addRuleFlags(cl, flags);
    cl.addValueOption(QStringLiteral("gate"),
                      QStringLiteral("soft: report only; hard: exit 1 on a significant "
                                     "regression (higher /op, lower /s)."),
                      QStringLiteral("MODE"), QStringLiteral("soft"));
    cl.addValueOption(QStringLiteral("csv"), QStringLiteral("Write compare.csv to FILE."),
                      QStringLiteral("FILE"));
    if (auto code = cl.parse(args))
        return *code;

    compare::CompareOptions options;
    options.metrics = cl.parser().values(QStringLiteral("metric"));
    for (const QString &m : options.metrics)
        if (m.trimmed().isEmpty())
            return cl.usageError(QStringLiteral("--metric needs a unit such as ns/op"));
    // alpha and confidence are rules (SPEC §7 [compare]); the first folder named holds them.
    const QStringList ruleSources = cl.isSet(QStringLiteral("last"))
                                        ? cl.parser().positionalArguments()
                                        : cl.parser().positionalArguments().mid(0, 1);
    const std::optional<RuleSet> rules = rulesFromCli(cl, ruleSources, flags);
    if (!rules)
        return ExitUsage;
    options.alpha = rules->doubleValue(QStringLiteral("compare.alpha"));
    options.confidence = rules->doubleValue(QStringLiteral("compare.confidence"));
    const auto mode = cl.gateMode();
    if (!mode)
        return ExitUsage;

    QList<BenchRun> oldRuns;
    QList<BenchRun> newRuns;
    if (cl.isSet(QStringLiteral("last"))) {
        const auto n = cl.positiveInt(QStringLiteral("last"));
        if (!n)
            return ExitUsage;
        const QStringList sources = cl.sources();
        if (sources.isEmpty())
            return ExitUsage;
        // In run order.
        const QList<BenchRun> runs =
            loadDataset(sources, kindsForCommand(QStringLiteral("compare"))).benchRuns;
        const qsizetype total = runs.size();
        if (total <= *n) {
            err() << "gatehouse-cli compare: " << total << " benchmark run(s), need more than "
                  << *n << " to compare the last " << *n << " with earlier ones\n";
            return ExitNoData;
        }
        newRuns = runs.mid(total - *n);
        const qsizetype oldCount = std::min<qsizetype>(*n, total - *n);
        oldRuns = runs.mid(total - *n - oldCount, oldCount);
        if (oldCount < *n)
            err() << "gatehouse-cli compare: only " << oldCount << " run(s) before the last " << *n
                  << "\n";
    } else {
        const QStringList positionals = cl.parser().positionalArguments();
        if (positionals.size() != 2 || cl.isSet(QStringLiteral("demo")))
            return cl.usageError(QStringLiteral("compare takes OLD NEW, or SOURCE… --last N"));
        // The loader keeps one dataset at a time: copy the old runs out before the next load.
        oldRuns =
            loadDataset({positionals.at(0)}, kindsForCommand(QStringLiteral("compare"))).benchRuns;
        newRuns =
            loadDataset({positionals.at(1)}, kindsForCommand(QStringLiteral("compare"))).benchRuns;
        if (oldRuns.isEmpty() || newRuns.isEmpty()) {
            err() << "gatehouse-cli compare: no benchmark runs in "
                  << (oldRuns.isEmpty() ? positionals.at(0) : positionals.at(1)) << "\n";
            return ExitNoData;
        }
    }

    const compare::CompareResult result = compare::compareRuns(oldRuns, newRuns, options);
    const QString jsonTarget = cl.value(QStringLiteral("json"));
    if (jsonTarget != QLatin1String("-"))
        out() << compare::compareTable(result) << Qt::flush;
    QJsonObject json = compare::compareToJson(result);
    json.insert(QStringLiteral("rules"), rulesToJson(*rules));
    if (!jsonTarget.isEmpty() && !writeJson(jsonTarget, json))
        return ExitUsage;
    if (cl.isSet(QStringLiteral("csv")) &&
        !writeOutput(cl.value(QStringLiteral("csv")), compare::compareCsv(result)))
        return ExitUsage;
    if (result.rows.isEmpty()) {
        err() << "gatehouse-cli compare: no benchmark and unit present in both old and new"
              << (options.metrics.isEmpty()
                      ? QString()
                      : QStringLiteral(" for ") + options.metrics.join(QStringLiteral(", ")))
              << "\n";
        return ExitNoData;
    }
    if (*mode == GateMode::Hard && result.hasRegression())
        return ExitFail;
    return ExitPass;
}

} // namespace gatehouse::cli
