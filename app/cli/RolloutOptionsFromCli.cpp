#include "RolloutOptionsFromCli.h"

#include "rollout/WhitelistFile.h"

#include <QFile>

namespace gatehouse::cli {

void addRolloutOptions(CommandLine &cl)
{
    cl.addValueOption(QStringLiteral("whitelist"),
                      QStringLiteral("unknown_whitelist.json to use instead of the one at the "
                                     "source root."),
                      QStringLiteral("FILE"));
    cl.addValueOption(QStringLiteral("spike-k"),
                      QStringLiteral("Spike rule: k robust "
                                     "deviations above the median."),
                      QStringLiteral("K"), QStringLiteral("3"));
    cl.addValueOption(QStringLiteral("spike-min-delta"),
                      QStringLiteral("Spike rule: smallest margin above the median."),
                      QStringLiteral("DELTA"), QStringLiteral("0.05"));
    cl.addValueOption(QStringLiteral("spike-threshold"),
                      QStringLiteral("Absolute unknown_rate above which a run is a spike "
                                     "(replaces the rule)."),
                      QStringLiteral("X"));
    cl.addValueOption(QStringLiteral("warn-threshold"),
                      QStringLiteral("WARN threshold for the preview (default: median + "
                                     "3 x 1.4826 x MAD of the last 40 runs, floor delta)."),
                      QStringLiteral("X"));
    cl.addValueOption(QStringLiteral("today"),
                      QStringLiteral("Date for stale whitelist classes, YYYY-MM-DD "
                                     "[default: today]."),
                      QStringLiteral("DATE"));
}

bool readRolloutOptions(CommandLine &cl, RolloutOptions &options)
{
    const auto k = cl.nonNegativeDouble(QStringLiteral("spike-k"));
    if (!k)
        return false;
    const auto delta = cl.nonNegativeDouble(QStringLiteral("spike-min-delta"));
    if (!delta)
        return false;
    options.spikeK = *k;
    options.spikeMinDelta = *delta;
    if (cl.isSet(QStringLiteral("spike-threshold"))) {
        const auto t = cl.nonNegativeDouble(QStringLiteral("spike-threshold"));
        if (!t)
            return false;
        options.spikeThreshold = *t;
    }
    if (cl.isSet(QStringLiteral("warn-threshold"))) {
        const auto t = cl.nonNegativeDouble(QStringLiteral("warn-threshold"));
        if (!t)
            return false;
        options.warnThreshold = *t;
    }
    if (cl.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(cl.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid()) {
            cl.usageError(QStringLiteral("--today needs a date YYYY-MM-DD, not '%1'")
                              .arg(cl.value(QStringLiteral("today"))));
            return false;
        }
    } else {
        options.today = QDate::currentDate();
    }
    return true;
}

bool applyWhitelistOption(CommandLine &cl, Dataset &dataset)
{
    if (!cl.isSet(QStringLiteral("whitelist")))
        return true;
    const QString path = cl.value(QStringLiteral("whitelist"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cl.usageError(
            QStringLiteral("cannot read --whitelist %1: %2").arg(path, file.errorString()));
        return false;
    }
    ParseIssues issues;
    auto whitelist = parseWhitelist(file.readAll(), path, issues);
    printIssues(issues);
    if (!whitelist) {
        cl.usageError(QStringLiteral("--whitelist %1 is not a usable whitelist").arg(path));
        return false;
    }
    dataset.whitelist = whitelist;
    dataset.whitelistPath = path;
    return true;
}

} // namespace gatehouse::cli
