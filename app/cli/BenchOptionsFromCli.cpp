#include "BenchOptionsFromCli.h"

#include <QFile>

namespace gatehouse::cli {

void addBenchOptions(CommandLine &cl)
{
    cl.addValueOption(QStringLiteral("runs"), QStringLiteral("Window N: the last N runs."),
                      QStringLiteral("N"), QStringLiteral("10"));
    cl.addValueOption(QStringLiteral("metric"),
                      QStringLiteral("Unit to judge: allocs/op, B/op, ns/op or any unit "
                                     "present."),
                      QStringLiteral("UNIT"), QStringLiteral("allocs/op"));
    cl.addValueOption(QStringLiteral("cv-max"),
                      QStringLiteral("A detector is OK when its CV % "
                                     "is below this."),
                      QStringLiteral("PERCENT"), QStringLiteral("1"));
    cl.addValueOption(QStringLiteral("baseline"),
                      QStringLiteral("baselines.json to use instead of one in the sources."),
                      QStringLiteral("FILE"));
    cl.addValueOption(QStringLiteral("drift-max"),
                      QStringLiteral("Largest |mean - baseline| that is still within."),
                      QStringLiteral("VALUE"), QStringLiteral("1"));
}

bool readBenchOptions(CommandLine &cl, AllocationsOptions &options)
{
    const auto runs = cl.positiveInt(QStringLiteral("runs"));
    if (!runs)
        return false;
    const auto cvMax = cl.nonNegativeDouble(QStringLiteral("cv-max"));
    if (!cvMax)
        return false;
    const auto driftMax = cl.nonNegativeDouble(QStringLiteral("drift-max"));
    if (!driftMax)
        return false;
    options.runs = *runs;
    options.cvMaxPercent = *cvMax;
    options.driftMax = *driftMax;
    options.metric = cl.value(QStringLiteral("metric"));
    if (options.metric.isEmpty()) {
        cl.usageError(QStringLiteral("--metric needs a unit such as allocs/op"));
        return false;
    }
    return true;
}

bool applyBaselineOption(CommandLine &cl, Dataset &dataset)
{
    if (!cl.isSet(QStringLiteral("baseline")))
        return true;
    const QString path = cl.value(QStringLiteral("baseline"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cl.usageError(
            QStringLiteral("cannot read --baseline %1: %2").arg(path, file.errorString()));
        return false;
    }
    ParseIssues issues;
    auto baseline = parseBaseline(file.readAll(), path, issues);
    printIssues(issues);
    if (!baseline) {
        cl.usageError(QStringLiteral("--baseline %1 is not a usable baselines.json").arg(path));
        return false;
    }
    dataset.baseline = baseline;
    dataset.baselinePath = path;
    return true;
}

} // namespace gatehouse::cli
