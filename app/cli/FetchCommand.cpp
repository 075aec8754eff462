// gatehouse-cli fetch: download the artifacts of the last N workflow runs from GitHub
// Actions (or GitHub Enterprise Server) into the layout the analyses read (SPEC §5, §6).
// Its own QCommandLineParser: the SOURCE/--demo/--json options of the analysis commands
// mean nothing here. Exit codes: 0 all stored, 2 bad usage, 3 the fetch failed; with
// --store, 4 when the ingest into the history store failed.
#include "CliCommon.h"
#include "Commands.h"
#include "github/FetchJob.h"
#include "github/Token.h"
#include "history/StoreUrl.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <unistd.h>

namespace gatehouse::cli {

namespace {

int fetchUsageError(const QString &message)
{
    err() << "gatehouse-cli fetch: " << message << "\n"
          << "Try 'gatehouse-cli fetch --help'.\n"
          << Qt::flush;
    return ExitUsage;
}

QString defaultApiUrl()
{
    // Inside a GitHub Actions job (also on GHES) the runner names its API here.
    const QString fromRunner = qEnvironmentVariable("GITHUB_API_URL");
    return fromRunner.isEmpty() ? QStringLiteral("https://api.github.com") : fromRunner;
}

void addOption(QCommandLineParser &parser, const QString &name, const QString &description,
               const QString &valueName, const QString &defaultValue = QString())
{
    QString text = description;
    if (!defaultValue.isEmpty())
        text += QStringLiteral(" [default: %1]").arg(defaultValue);
    parser.addOption(QCommandLineOption(name, text, valueName, defaultValue));
}

std::optional<int> positive(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value <= 0) {
        fetchUsageError(QStringLiteral("--%1 needs a positive whole number, not '%2'")
                            .arg(name, parser.value(name)));
        return std::nullopt;
    }
    return value;
}

// Ctrl+C or a CI runner's SIGTERM cancels the fetch cleanly (nothing half-written stays in
// OUT) instead of killing it mid-extraction. The handler only writes a byte to a pipe;
// the event loop reads it. A second signal ends the process the usual way.
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int signal)
{
    const char byte = 1;
    if (::write(g_signalPipe[1], &byte, 1) < 0) {
        // nothing safe to do inside a signal handler
    }
    std::signal(signal, SIG_DFL);
}

std::unique_ptr<QSocketNotifier> cancelOnStopSignals(const std::function<void()> &cancel)
{
    if (::pipe(g_signalPipe) != 0)
        return nullptr;
    auto notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier.get(), &QSocketNotifier::activated, notifier.get(), [cancel] {
        char byte = 0;
        if (::read(g_signalPipe[0], &byte, 1) == 1)
            cancel();
    });
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    return notifier;
}

} // namespace

int runFetch(const QStringList &args)
{
    using namespace gatehouse::github;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Download the artifacts of the last N workflow runs from GitHub Actions into OUT/"
        "<artifact-name>/ (the gh run download layout), every file as CI uploaded it; the "
        "runs' metadata goes to OUT/.gatehouse/runs/<run_id>.json.\n"
        "The token comes from GH_TOKEN, else GITHUB_TOKEN; it is sent to the API host only. "
        "What is already stored in OUT is not downloaded again."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    addOption(parser, QStringLiteral("repo"), QStringLiteral("The repository, OWNER/NAME."),
              QStringLiteral("OWNER/NAME"));
    addOption(parser, QStringLiteral("workflow"),
              QStringLiteral("Only runs of this workflow file (bench.yml) or id [default: all "
                             "workflows]."),
              QStringLiteral("FILE"));
    addOption(parser, QStringLiteral("branch"),
              QStringLiteral("Only runs of this branch ('*' "
                             "for any)."),
              QStringLiteral("NAME"), QStringLiteral("main"));
    addOption(parser, QStringLiteral("status"),
              QStringLiteral("Only runs with this status or conclusion (success, failure, "
                             "completed, …; 'any' for all)."),
              QStringLiteral("STATUS"), QStringLiteral("success"));
    addOption(parser, QStringLiteral("runs"), QStringLiteral("How many runs, newest first."),
              QStringLiteral("N"), QStringLiteral("10"));
    addOption(parser, QStringLiteral("artifact"),
              QStringLiteral("Only artifacts whose name matches this glob (* ? [..]); may be "
                             "given several times [default: every artifact]."),
              QStringLiteral("GLOB"));
    addOption(parser, QStringLiteral("api-url"),
              QStringLiteral("API root; GitHub Enterprise Server: https://HOST/api/v3. HTTPS "
                             "unless on a loopback address."),
              QStringLiteral("URL"), defaultApiUrl());
    addOption(parser, QStringLiteral("out"), QStringLiteral("Folder to store the artifacts in."),
              QStringLiteral("DIR"));
    addOption(parser, QStringLiteral("store"),
              QStringLiteral("Also ingest what is in OUT into this history store (sqlite:PATH, "
                             "postgresql://…; bare --store: the default store)."),
              QStringLiteral("URL"));
    addOption(parser, QStringLiteral("max-wait"),
              QStringLiteral("Longest rate-limit wait, in seconds, before giving up."),
              QStringLiteral("SECONDS"), QStringLiteral("900"));
    addOption(parser, QStringLiteral("timeout"),
              QStringLiteral("Seconds without data after which a transfer is retried."),
              QStringLiteral("SECONDS"), QStringLiteral("60"));

    QStringList full = withDefaultStore(args);
    full.prepend(QStringLiteral("gatehouse-cli fetch"));
    if (!parser.parse(full))
        return fetchUsageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        const qsizetype programEnd = help.indexOf(QLatin1Char(' '), 7); // after "Usage: "
        if (help.startsWith(QLatin1String("Usage: ")) && programEnd > 0)
            help.replace(7, programEnd - 7, QStringLiteral("gatehouse-cli fetch"));
        out() << help << Qt::flush;
        return ExitPass;
    }
    if (!parser.positionalArguments().isEmpty())
        return fetchUsageError(QStringLiteral("unexpected argument '%1'")
                                   .arg(parser.positionalArguments().constFirst()));

    FetchOptions options;
    const QStringList repo = parser.value(QStringLiteral("repo")).split(QLatin1Char('/'));
    if (repo.size() != 2)
        return fetchUsageError(QStringLiteral("--repo OWNER/NAME is required"));
    options.owner = repo.at(0);
    options.repo = repo.at(1);
    options.workflow = parser.value(QStringLiteral("workflow"));
    options.branch = parser.value(QStringLiteral("branch"));
    options.status = parser.value(QStringLiteral("status"));
    options.artifactPatterns = parser.values(QStringLiteral("artifact"));
    options.apiUrl = QUrl(parser.value(QStringLiteral("api-url")), QUrl::StrictMode);
    options.outDir = parser.value(QStringLiteral("out"));
    if (options.outDir.isEmpty())
        return fetchUsageError(QStringLiteral("--out DIR is required"));
    if (parser.isSet(QStringLiteral("store"))) {
        QString problem;
        if (!parseStoreUrl(parser.value(QStringLiteral("store")), &problem))
            return fetchUsageError(QStringLiteral("--store: ") + problem);
    }
    const auto runs = positive(parser, QStringLiteral("runs"));
    const auto maxWait = runs ? positive(parser, QStringLiteral("max-wait")) : std::nullopt;
    const auto timeout = maxWait ? positive(parser, QStringLiteral("timeout")) : std::nullopt;
    if (!timeout)
        return ExitUsage;
    options.runs = *runs;
    if (const QString problem = FetchJob::validate(options); !problem.isEmpty())
        return fetchUsageError(problem);

    const TokenSource token = tokenFromEnvironment();
    options.token = token.token;
    if (token.token.isEmpty())
        err() << "fetch: neither GH_TOKEN nor GITHUB_TOKEN is set: public runs can be listed, "
                 "but artifact downloads need a token\n";
    else
        err() << "fetch: using the token from " << token.origin << "\n";

    NetworkPolicy policy;
    policy.maxRateLimitWaitSeconds = *maxWait;
    policy.transferTimeoutMs = *timeout * 1000;

    FetchJob job(options, policy);
    const bool terminal = isatty(fileno(stderr));
    bool progressShown = false;
    auto endProgressLine = [&] {
        if (progressShown)
            err() << "\r\033[K";
        progressShown = false;
    };
    QObject::connect(&job, &FetchJob::message, [&](const QString &text) {
        endProgressLine();
        err() << "fetch: " << text << "\n" << Qt::flush;
    });
    QObject::connect(&job, &FetchJob::downloadProgress, [&](int, qint64 received, qint64 total) {
        if (!terminal)
            return;
        err() << "\r  " << received / 1024 << " KiB";
        if (total > 0)
            err() << " of " << total / 1024 << " KiB";
        err() << Qt::flush;
        progressShown = true;
    });
    QEventLoop loop;
    QObject::connect(&job, &FetchJob::finished, &loop, &QEventLoop::quit);
    const auto stopSignals = cancelOnStopSignals([&job] { job.cancel(); });
    job.start();
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    endProgressLine();

    const FetchSummary &summary = job.summary();
    for (const ArtifactState &state : summary.artifacts) {
        if (state.status == ArtifactStatus::Failed)
            err() << "fetch: FAILED " << state.artifact.name << ": " << state.note << "\n";
    }
    err().flush();
    out() << summaryLine(summary) << "\n";
    if (summary.downloaded + summary.alreadyStored > 0)
        out() << "artifacts are in " << QDir::toNativeSeparators(summary.outDir) << "\n";
    out().flush();
    if (!summary.error.isEmpty())
        err() << "gatehouse-cli fetch: " << summary.error << "\n" << Qt::flush;
    if (!summary.ok())
        return ExitFetch;
    // What OUT holds now (downloaded or stored before) goes into the store; already stored
    // artifacts are skipped there too.
    if (parser.isSet(QStringLiteral("store")) && summary.downloaded + summary.alreadyStored > 0)
        return storeIngested({summary.outDir}, parser.value(QStringLiteral("store")), "fetch");
    return ExitPass;
}

} // namespace gatehouse::cli
