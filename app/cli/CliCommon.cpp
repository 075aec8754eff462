#include "CliCommon.h"

#include "common/AtomicWrite.h"
#include "common/GateStatus.h"
#include "history/HistoryStore.h"
#include "sources/Loader.h"
#include "sources/OpenedFiles.h"
#include "sources/StoreSnapshot.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <cstdio>
#include <unistd.h>

namespace gatehouse::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

CommandLine::CommandLine(const QString &command, const QString &description) : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(
        QStringLiteral("SOURCE"),
        QStringLiteral("Artifact folders or zip files (default: $CI_ARTIFACT_PATH)."),
        QStringLiteral("[SOURCE…]"));
    addFlag(QStringLiteral("demo"), QStringLiteral("Analyse the embedded demo artifacts."));
    addValueOption(QStringLiteral("json"),
                   QStringLiteral("Also write a JSON document to FILE (- for stdout)."),
                   QStringLiteral("FILE"));
}

void CommandLine::addValueOption(const QString &name, const QString &description,
                                 const QString &valueName, const QString &defaultValue)
{
    QString text = description;
    if (!defaultValue.isEmpty())
        text += QStringLiteral(" [default: %1]").arg(defaultValue);
    QCommandLineOption option(name, text, valueName, defaultValue);
    m_parser.addOption(option);
}

void CommandLine::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

int CommandLine::usageError(const QString &message)
{
    err() << "gatehouse-cli " << m_command << ": " << message << "\n"
          << "Try 'gatehouse-cli " << m_command << " --help'.\n";
    err().flush();
    return ExitUsage;
}

std::optional<int> CommandLine::parse(const QStringList &args)
{
    QStringList full = args;
    full.prepend(QStringLiteral("gatehouse-cli ") + m_command);
    if (!m_parser.parse(full))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // QCommandLineParser names the program by its full path; show the command instead.
        const qsizetype programEnd = help.indexOf(QLatin1Char(' '), 7); // after "Usage: "
        if (help.startsWith(QLatin1String("Usage: ")) && programEnd > 0)
            help.replace(7, programEnd - 7, QStringLiteral("gatehouse-cli ") + m_command);
        out() << help;
        out().flush();
        return ExitPass;
    }
    return std::nullopt;
}

std::optional<int> CommandLine::positiveInt(const QString &name)
{
    bool ok = false;
    const int v = value(name).toInt(&ok);
    if (!ok || v <= 0) {
        usageError(
            QStringLiteral("--%1 needs a positive whole number, not '%2'").arg(name, value(name)));
        return std::nullopt;
    }
    return v;
}

std::optional<double> CommandLine::nonNegativeDouble(const QString &name)
{
    bool ok = false;
    // QString::toDouble is locale-independent (always '.'), as a CLI flag should be.
    const double v = value(name).toDouble(&ok);
    if (!ok || !(v >= 0)) {
        usageError(QStringLiteral("--%1 needs a number ≥ 0, not '%2'").arg(name, value(name)));
        return std::nullopt;
    }
    return v;
}

std::optional<GateMode> CommandLine::gateMode()
{
    const QString mode = value(QStringLiteral("gate"));
    if (mode == QLatin1String("soft"))
        return GateMode::Soft;
    if (mode == QLatin1String("hard"))
        return GateMode::Hard;
    usageError(QStringLiteral("--gate takes soft or hard, not '%1'").arg(mode));
    return std::nullopt;
}

void CommandLine::addLanguageOption()
{
    addValueOption(QStringLiteral("lang"),
                   QStringLiteral("Language of the Markdown report: en (default) or de. CSV and "
                                  "JSON are the same in every language."),
                   QStringLiteral("LANG"), QStringLiteral("en"));
}

std::optional<Language> CommandLine::language()
{
    const QString code = value(QStringLiteral("lang"));
    const std::optional<Language> language = languageFromCode(code);
    if (!language || code.size() != 2) {
        usageError(QStringLiteral("--lang must be en or de, not '%1'").arg(code));
        return std::nullopt;
    }
    return language;
}

QStringList CommandLine::sources()
{
    QStringList sources = m_parser.positionalArguments();
    if (isSet(QStringLiteral("demo")))
        sources.prepend(demoSourcePath());
    if (sources.isEmpty()) {
        const QString env = qEnvironmentVariable("CI_ARTIFACT_PATH");
        if (!env.isEmpty())
            sources.append(env);
    }
    if (sources.isEmpty())
        usageError(QStringLiteral("no source: name an artifact folder or zip, use --demo, "
                                  "or set CI_ARTIFACT_PATH"));
    return sources;
}

namespace {

void exitUnlessStoresOpen(const QStringList &sources)
{
    for (const QString &source : sources) {
        if (!looksLikeStoreUrl(source))
            continue;
        QString error;
        const std::optional<StoreUrl> url = parseStoreUrl(source, &error);
        HistoryStore store;
        if (url && store.open(*url, HistoryStore::OpenMode::MustExist, &error)) {
            if (!store.notice().isEmpty())
                err() << "gatehouse-cli: note: history store " << url->display() << ": "
                      << store.notice() << "\n"
                      << Qt::flush;
            continue;
        }
        err() << "gatehouse-cli: " << error << "\n" << Qt::flush;
        std::exit(ExitStore);
    }
}

} // namespace

QStringList withDefaultStore(const QStringList &args)
{
    QStringList result;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--store") &&
            (i + 1 == args.size() || !looksLikeStoreUrl(args.at(i + 1)))) {
            result.append(QStringLiteral("--store=sqlite:") + defaultStorePath());
            continue;
        }
        result.append(args.at(i));
    }
    return result;
}

Dataset &loadDataset(const QStringList &sources, ArtifactKindSet kinds,
                     const QStringList &benchUnits)
{
    // The process ends right after the command: tearing down every run's sample maps took
    // longer than the analyses themselves, so the dataset is never freed. A global keeps it
    // reachable, so LeakSanitizer does not report it; the OS reclaims it at exit.
    static Dataset *kept = nullptr;
    exitUnlessStoresOpen(sources);
    LoadOptions options;
    options.sources = sources;
    options.benchUnits = benchUnits;
    // The debug switch loads every kind, as before issue 10: the tests compare a command's
    // output both ways.
    options.kinds =
        qEnvironmentVariableIsSet("GATEHOUSE_DEBUG_ALL_KINDS") ? ArtifactKindSet::all() : kinds;
    const bool showProgress = isatty(fileno(stderr));
    QElapsedTimer lastDraw;
    lastDraw.start();
    if (showProgress) {
        options.progress = [&](int done, int total) {
            if (lastDraw.elapsed() > 100 || done == total) {
                lastDraw.restart();
                err() << "\rloading " << (total > 0 ? qint64(done) * 100 / total : 100) << " %"
                      << Qt::flush;
            }
            return true;
        };
    }
    delete kept;         // a second load in one process (tests) replaces the first
    resetOpenedCounts(); // compare loads twice: each line counts its own load
    resetSnapshotCounts();
    kept = new Dataset(loadSources(options));
    if (qEnvironmentVariableIsSet("GATEHOUSE_DEBUG_OPENED")) {
        const SnapshotCounts snapshots = snapshotCounts();
        err() << "opened: " << openedCounts().text() << "\n"
              << "load snapshot: used " << snapshots.used << ", written " << snapshots.written
              << "\n"
              << Qt::flush;
    }
    if (showProgress)
        err() << "\r\033[K" << Qt::flush;
    printIssues(kept->issues);
    // A store that opened but failed part way (a dropped connection, a damaged page): the
    // analyses would judge part of what was asked for, so none runs (docs/history.md).
    if (kept->counters.storesFailed > 0) {
        err() << "gatehouse-cli: a history store could not be read in full (see above)\n"
              << Qt::flush;
        std::exit(ExitStore);
    }
    return *kept;
}

void printIssues(const ParseIssues &issues)
{
    if (issues.isEmpty())
        return;
    int errors = 0, warnings = 0, notes = 0;
    for (const ParseIssue &i : issues) {
        errors += i.severity == Severity::Error;
        warnings += i.severity == Severity::Warning;
        notes += i.severity == Severity::Note;
    }
    // Enough to act on in a CI log without drowning it; GATEHOUSE_ALL_ISSUES shows all.
    const int limit = qEnvironmentVariableIsSet("GATEHOUSE_ALL_ISSUES") ? INT_MAX : 50;
    int shown = 0;
    for (const ParseIssue &i : issues) {
        if (shown++ >= limit)
            break;
        err() << formatIssue(i) << "\n";
    }
    if (issues.size() > limit)
        err() << "… and " << issues.size() - limit
              << " more (set GATEHOUSE_ALL_ISSUES=1 to list all)\n";
    err() << "parse issues: " << errors << " errors, " << warnings << " warnings, " << notes
          << " notes\n";
    err().flush();
}

bool writeJson(const QString &target, const QJsonObject &document)
{
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    if (target == QLatin1String("-")) {
        out().flush();
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    return writeOutput(target, bytes);
}

bool writeOutput(const QString &path, const QByteArray &data)
{
    QString error;
    if (!writeFileAtomically(path, data, &error)) {
        err() << "gatehouse-cli: " << error << "\n";
        err().flush();
        return false;
    }
    return true;
}

} // namespace gatehouse::cli
