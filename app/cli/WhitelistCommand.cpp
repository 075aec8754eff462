// gatehouse-cli whitelist check|effect|add|extend: the unknown-class whitelist from the
// command line (SPEC §11). `check` is made for a CI step; `effect` shows what each class
// does to the loaded runs; `add` and `extend` edit the file the way every save does
// (SPEC §4.2: sorted, unknown fields kept, atomic), and change nothing on an error.
#include "CliCommon.h"
#include "Commands.h"
#include "RolloutOptionsFromCli.h"
#include "RulesFromCli.h"
#include "rollout/RolloutAnalysis.h"
#include "rollout/WhitelistCheck.h"
#include "rollout/WhitelistEffects.h"
#include "rollout/WhitelistFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gatehouse::cli {

namespace {

const QString kDefaultFileName = QStringLiteral("unknown_whitelist.json");

void printWhitelistUsage(QTextStream &stream)
{
    stream << "Usage: gatehouse-cli whitelist SUBCOMMAND [OPTIONS]\n\n"
              "The unknown-class whitelist (unknown_whitelist.json).\n\n"
              "Subcommands:\n"
              "  check  [FILE] [--today DATE] [--due-days 14] [--json FILE]\n"
              "         validate the file and list each class as active, due or stale;\n"
              "         exit 0 valid, 1 a class is stale, 2 unreadable or invalid\n"
              "  effect [SOURCE…] [--whitelist FILE] [--today DATE] [--json FILE]\n"
              "         what each class does to the loaded runs, and candidate reasons\n"
              "  add    FILE --reason R [--note N] [--owner O] [--review-by DATE]\n"
              "         add a class (added = today); exit 2 if the reason is already listed\n"
              "  extend FILE --reason R --review-by DATE\n"
              "         move a class's review date; exit 2 if the reason is not listed\n\n"
              "Run 'gatehouse-cli whitelist SUBCOMMAND --help' for its options.\n";
    stream.flush();
}

// A file subcommand's parser: FILE instead of SOURCE…, and no --demo.
void useFilePositional(CommandLine &cl, const QString &description, const QString &syntax)
{
    cl.parser().clearPositionalArguments();
    cl.parser().addPositionalArgument(QStringLiteral("FILE"), description, syntax);
}

std::optional<int> rejectDemo(CommandLine &cl)
{
    if (cl.isSet(QStringLiteral("demo")))
        return cl.usageError(QStringLiteral("--demo does not apply here: name a whitelist file"));
    return std::nullopt;
}

// --today DATE, or the current date; nullopt (usage error printed) when malformed.
// The single FILE positional of add / extend.
std::optional<QString> fileArgument(CommandLine &cl)
{
    const QStringList files = cl.parser().positionalArguments();
    if (files.size() != 1) {
        cl.usageError(
            files.isEmpty()
                ? QStringLiteral("name the whitelist FILE")
                : QStringLiteral("one whitelist FILE, not %1 arguments").arg(files.size()));
        return std::nullopt;
    }
    return files.first();
}

std::optional<QString> reasonOption(CommandLine &cl)
{
    const QString reason = cl.value(QStringLiteral("reason"));
    if (!cl.isSet(QStringLiteral("reason")) || reason.trimmed().isEmpty()) {
        cl.usageError(QStringLiteral("--reason needs a non-empty reason"));
        return std::nullopt;
    }
    return reason;
}

// --review-by DATE as written (validated); empty when not given and not required.
std::optional<QString> reviewByOption(CommandLine &cl, bool required)
{
    if (!cl.isSet(QStringLiteral("review-by"))) {
        if (required) {
            cl.usageError(QStringLiteral("--review-by DATE (YYYY-MM-DD) is required"));
            return std::nullopt;
        }
        return QString();
    }
    const QString text = cl.value(QStringLiteral("review-by"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        cl.usageError(QStringLiteral("--review-by needs a date YYYY-MM-DD, not '%1'").arg(text));
        return std::nullopt;
    }
    return date.toString(Qt::ISODate);
}

// Reads and parses FILE for an edit. A missing file is an empty whitelist only when
// allowMissing (add creates the file); anything else unusable is an error, file untouched.
std::optional<Whitelist> loadForEdit(CommandLine &cl, const QString &path, bool allowMissing)
{
    const QFileInfo info(path);
    if (!info.exists() && allowMissing) {
        err() << "gatehouse-cli: " << path << " does not exist yet; creating it\n";
        return Whitelist();
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        cl.usageError(
            QStringLiteral("cannot read %1: %2")
                .arg(path, info.isDir() ? QStringLiteral("it is a folder") : file.errorString()));
        return std::nullopt;
    }
    ParseIssues issues;
    std::optional<Whitelist> whitelist = parseWhitelist(file.readAll(), path, issues);
    printIssues(issues);
    if (!whitelist)
        cl.usageError(QStringLiteral("%1 is not a valid whitelist; nothing was changed").arg(path));
    return whitelist;
}

// Index of the class whose reason is exactly `reason` (not a glob match), or -1.
qsizetype classWithReason(const Whitelist &whitelist, const QString &reason)
{
    for (qsizetype i = 0; i < whitelist.classes.size(); ++i)
        if (whitelist.classes.at(i).reason == reason)
            return i;
    return -1;
}

bool save(const QString &path, const Whitelist &whitelist)
{
    QString error;
    if (!saveWhitelist(path, whitelist, &error)) {
        err() << "gatehouse-cli whitelist: " << error << "\n";
        err().flush();
        return false;
    }
    return true;
}

int runCheck(const QStringList &args)
{
    CommandLine cl(QStringLiteral("whitelist check"),
                   QStringLiteral("Validate an unknown_whitelist.json and list its classes as "
                                  "active, due (review_by within --due-days) or stale. Exit 0 "
                                  "valid with no stale class, 1 a class is stale, 2 the file "
                                  "is unreadable or invalid."));
    useFilePositional(cl,
                      QStringLiteral("The whitelist (default: unknown_whitelist.json in "
                                     "$CI_ARTIFACT_PATH, else in the current folder)."),
                      QStringLiteral("[FILE]"));
    cl.addValueOption(QStringLiteral("today"),
                      QStringLiteral("Date to judge review_by against, YYYY-MM-DD "
                                     "[default: today]."),
                      QStringLiteral("DATE"));
    cl.addValueOption(QStringLiteral("due-days"),
                      QStringLiteral("A class is due when its review_by is at most DAYS away."),
                      QStringLiteral("DAYS"), QStringLiteral("14"));
    if (auto code = cl.parse(args))
        return *code;
    if (auto code = rejectDemo(cl))
        return *code;
    const std::optional<QDate> today = todayOption(cl);
    if (!today)
        return ExitUsage;
    bool ok = false;
    const int dueDays = cl.value(QStringLiteral("due-days")).toInt(&ok);
    if (!ok || dueDays < 0)
        return cl.usageError(QStringLiteral("--due-days needs a whole number ≥ 0, not '%1'")
                                 .arg(cl.value(QStringLiteral("due-days"))));
    const QStringList files = cl.parser().positionalArguments();
    if (files.size() > 1)
        return cl.usageError(QStringLiteral("one whitelist FILE, not %1").arg(files.size()));
    QString path = files.value(0);
    if (path.isEmpty()) {
        const QString root = qEnvironmentVariable("CI_ARTIFACT_PATH");
        path = root.isEmpty() ? kDefaultFileName : QDir(root).filePath(kDefaultFileName);
    }

    const WhitelistCheckResult result = checkWhitelistFile(path, *today, dueDays);
    const QString jsonTarget = cl.value(QStringLiteral("json"));
    if (jsonTarget != QLatin1String("-"))
        out() << whitelistCheckTable(result) << Qt::flush;
    printIssues(result.issues);
    if (!jsonTarget.isEmpty() && !writeJson(jsonTarget, whitelistCheckToJson(result)))
        return ExitUsage;
    return result.exitCode();
}

int runEffect(const QStringList &args)
{
    CommandLine cl(QStringLiteral("whitelist effect"),
                   QStringLiteral("What each whitelist class does to the loaded Gate-V1 runs "
                                  "(matched and decisive runs, spikes covered, FAILs matched, "
                                  "FP rate without the class), and the unlisted reasons that "
                                  "are candidates, by the FP rate they would give."));
    const QList<RuleFlag> flags = rolloutRuleFlags();
    addRuleFlags(cl, flags);
    addRolloutOptions(cl);
    if (auto code = cl.parse(args))
        return *code;
    const QStringList sources = cl.sources();
    if (sources.isEmpty())
        return ExitUsage;
    // The spike and WARN rules decide which runs are spikes and which would WARN.
    const std::optional<RuleSet> rules = rulesFromCli(cl, sources, flags);
    if (!rules)
        return ExitUsage;
    RolloutOptions options = rules->reportOptions().rollout;
    if (!readRolloutDate(cl, options))
        return ExitUsage;
    Dataset &dataset = loadDataset(sources, kindsForCommand(QStringLiteral("whitelist effect")));
    if (!applyWhitelistOption(cl, dataset))
        return ExitUsage;
    const RolloutResult result =
        analyzeRollout(dataset.gateRuns, dataset.whitelist, options, dataset.whitelistFile);
    const WhitelistEffects effects =
        whitelistEffects(result, dataset.whitelist.value_or(Whitelist()), result.options.today);
    const QString jsonTarget = cl.value(QStringLiteral("json"));
    if (jsonTarget != QLatin1String("-")) {
        if (!dataset.whitelist)
            out() << "No whitelist loaded (none at the source root, no --whitelist): every "
                     "reason is a candidate.\n";
        out() << whitelistEffectsTable(effects) << Qt::flush;
    }
    QJsonObject json = whitelistEffectsToJson(effects);
    json.insert(QStringLiteral("rules"), rulesToJson(*rules));
    if (!jsonTarget.isEmpty() && !writeJson(jsonTarget, json))
        return ExitUsage;
    if (result.runs == 0) {
        err() << "gatehouse-cli whitelist effect: NO_DATA: no gate_result.json runs found\n";
        return ExitNoData;
    }
    return ExitPass;
}

int runAdd(const QStringList &args)
{
    CommandLine cl(QStringLiteral("whitelist add"),
                   QStringLiteral("Add a class to a whitelist file (created when missing), "
                                  "with added = today. The file is saved sorted by reason, "
                                  "unknown fields kept, atomically; a reason already listed is "
                                  "an error (exit 2) and the file is left as it was."));
    useFilePositional(cl, QStringLiteral("The whitelist file to edit."), QStringLiteral("FILE"));
    cl.addValueOption(QStringLiteral("reason"),
                      QStringLiteral("The top reason to whitelist (a glob with * or ?)."),
                      QStringLiteral("R"));
    cl.addValueOption(QStringLiteral("note"), QStringLiteral("Why it is whitelisted."),
                      QStringLiteral("N"));
    cl.addValueOption(QStringLiteral("owner"), QStringLiteral("Who reviews it."),
                      QStringLiteral("O"));
    cl.addValueOption(QStringLiteral("review-by"),
                      QStringLiteral("Date after which the class is stale, YYYY-MM-DD."),
                      QStringLiteral("DATE"));
    cl.addValueOption(QStringLiteral("today"),
                      QStringLiteral("The added date, YYYY-MM-DD [default: today]."),
                      QStringLiteral("DATE"));
    if (auto code = cl.parse(args))
        return *code;
    if (auto code = rejectDemo(cl))
        return *code;
    const std::optional<QString> path = fileArgument(cl);
    const std::optional<QString> reason = path ? reasonOption(cl) : std::nullopt;
    const std::optional<QString> reviewBy = reason ? reviewByOption(cl, false) : std::nullopt;
    const std::optional<QDate> today = reviewBy ? todayOption(cl) : std::nullopt;
    if (!today)
        return ExitUsage;
    std::optional<Whitelist> whitelist = loadForEdit(cl, *path, true);
    if (!whitelist)
        return ExitUsage;
    if (classWithReason(*whitelist, *reason) >= 0)
        return cl.usageError(QStringLiteral("%1 already has a class \"%2\"; use 'whitelist "
                                            "extend' to move its review date. Nothing was "
                                            "changed.")
                                 .arg(*path, *reason));
    const int covering = matchingClass(*whitelist, *reason);
    if (covering >= 0)
        err() << "gatehouse-cli whitelist add: note: \"" << *reason
              << "\" is already matched by the class \"" << whitelist->classes.at(covering).reason
              << "\"\n";
    WhitelistClass cls;
    cls.reason = *reason;
    cls.note = cl.value(QStringLiteral("note"));
    cls.owner = cl.value(QStringLiteral("owner"));
    cls.added = today->toString(Qt::ISODate);
    cls.reviewBy = *reviewBy;
    whitelist->classes.append(cls);
    if (!save(*path, *whitelist))
        return ExitUsage;
    out() << "added class \"" << *reason << "\" to " << *path
          << (reviewBy->isEmpty() ? QStringLiteral(" (no review_by date)")
                                  : QStringLiteral(" (review by %1)").arg(*reviewBy))
          << "\n"
          << Qt::flush;
    return ExitPass;
}

int runExtend(const QStringList &args)
{
    CommandLine cl(QStringLiteral("whitelist extend"),
                   QStringLiteral("Set a class's review_by date. The file is saved sorted by "
                                  "reason, unknown fields kept, atomically; a reason not listed "
                                  "is an error (exit 2) and the file is left as it was."));
    useFilePositional(cl, QStringLiteral("The whitelist file to edit."), QStringLiteral("FILE"));
    cl.addValueOption(QStringLiteral("reason"),
                      QStringLiteral("The class's reason, exactly as listed (globs included)."),
                      QStringLiteral("R"));
    cl.addValueOption(QStringLiteral("review-by"),
                      QStringLiteral("The new review date, YYYY-MM-DD."), QStringLiteral("DATE"));
    cl.addValueOption(QStringLiteral("today"),
                      QStringLiteral("Date for the past-date note, YYYY-MM-DD [default: today]."),
                      QStringLiteral("DATE"));
    if (auto code = cl.parse(args))
        return *code;
    if (auto code = rejectDemo(cl))
        return *code;
    const std::optional<QString> path = fileArgument(cl);
    const std::optional<QString> reason = path ? reasonOption(cl) : std::nullopt;
    const std::optional<QString> reviewBy = reason ? reviewByOption(cl, true) : std::nullopt;
    if (!reviewBy)
        return ExitUsage;
    std::optional<Whitelist> whitelist = loadForEdit(cl, *path, false);
    if (!whitelist)
        return ExitUsage;
    const qsizetype index = classWithReason(*whitelist, *reason);
    if (index < 0)
        return cl.usageError(QStringLiteral("%1 has no class \"%2\"; use 'whitelist add'. "
                                            "Nothing was changed.")
                                 .arg(*path, *reason));
    const std::optional<QDate> today = todayOption(cl);
    if (!today)
        return ExitUsage;
    WhitelistClass &cls = whitelist->classes[index];
    const QString before = cls.reviewBy;
    WhitelistClass extended = cls;
    extended.reviewBy = *reviewBy;
    if (isStale(extended, *today))
        err() << "gatehouse-cli whitelist extend: note: " << *reviewBy
              << " is already past; the class stays stale\n";
    cls = extended;
    if (!save(*path, *whitelist))
        return ExitUsage;
    out() << "class \"" << *reason << "\": review_by "
          << (before.isEmpty() ? QStringLiteral("(none)") : before) << " -> " << *reviewBy << "\n"
          << Qt::flush;
    return ExitPass;
}

} // namespace

int runWhitelist(const QStringList &args)
{
    if (args.isEmpty()) {
        printWhitelistUsage(err());
        return ExitUsage;
    }
    QStringList rest = args;
    const QString sub = rest.takeFirst();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") ||
        sub == QLatin1String("help")) {
        printWhitelistUsage(out());
        return ExitPass;
    }
    if (sub == QLatin1String("check"))
        return runCheck(rest);
    if (sub == QLatin1String("effect"))
        return runEffect(rest);
    if (sub == QLatin1String("add"))
        return runAdd(rest);
    if (sub == QLatin1String("extend"))
        return runExtend(rest);
    err() << "gatehouse-cli whitelist: unknown subcommand '" << sub << "'\n";
    printWhitelistUsage(err());
    return ExitUsage;
}

} // namespace gatehouse::cli
