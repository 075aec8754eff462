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
    cl.addValueOption(QStringLiteral("today"),
                      QStringLiteral("Date for stale whitelist classes, YYYY-MM-DD "
                                     "[default: today]."),
                      QStringLiteral("DATE"));
}

std::optional<QDate> todayOption(CommandLine &cl)
{
    if (!cl.isSet(QStringLiteral("today")))
        return QDate::currentDate();
    const QDate date = QDate::fromString(cl.value(QStringLiteral("today")), Qt::ISODate);
    if (!date.isValid()) {
        cl.usageError(QStringLiteral("--today needs a date YYYY-MM-DD, not '%1'")
                          .arg(cl.value(QStringLiteral("today"))));
        return std::nullopt;
    }
    return date;
}

bool readRolloutDate(CommandLine &cl, RolloutOptions &options)
{
    const std::optional<QDate> today = todayOption(cl);
    if (today)
        options.today = *today;
    return today.has_value();
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
    dataset.whitelistFile = FileState::loaded(path);
    return true;
}

} // namespace gatehouse::cli
