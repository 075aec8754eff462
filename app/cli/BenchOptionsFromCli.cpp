#include "BenchOptionsFromCli.h"

#include <QFile>

namespace gatehouse::cli {

void addBenchOptions(CommandLine &cl)
{
    cl.addValueOption(QStringLiteral("baseline"),
                      QStringLiteral("baselines.json to use instead of one in the sources."),
                      QStringLiteral("FILE"));
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
    dataset.baselineFile = FileState::loaded(path);
    return true;
}

} // namespace gatehouse::cli
