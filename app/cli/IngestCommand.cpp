// gatehouse-cli ingest SOURCE… --store URL (SPEC §12): every artifact the sources hold into
// a history store, one transaction each. Idempotent: what is stored already is skipped.
#include "CliCommon.h"
#include "Commands.h"
#include "history/HistoryIngest.h"
#include "sources/Loader.h"

#include <QCommandLineParser>

namespace gatehouse::cli {

namespace {

int ingestUsageError(const QString &message)
{
    err() << "gatehouse-cli ingest: " << message << "\n"
          << "Run 'gatehouse-cli ingest --help' for the options.\n"
          << Qt::flush;
    return ExitUsage;
}

} // namespace

int storeIngested(const QStringList &sources, const QString &storeText, const char *command)
{
    QString error;
    const std::optional<StoreUrl> url = parseStoreUrl(storeText, &error);
    if (!url) {
        err() << "gatehouse-cli " << command << ": --store: " << error << "\n" << Qt::flush;
        return ExitUsage;
    }
    const IngestSummary summary =
        ingestSources(sources, *url, [](const QString &line) { out() << line << "\n"; });
    for (const ParseIssue &issue : summary.issues)
        err() << issue.path << ": " << issue.message << "\n";
    if (!summary.storeError.isEmpty())
        err() << "gatehouse-cli " << command << ": " << summary.storeError << "\n";
    err().flush();
    out() << "artifacts added " << summary.added << ", skipped (already stored) " << summary.skipped
          << ", failed " << summary.failed << "; store " << url->display() << "\n"
          << Qt::flush;
    if (!summary.storeOk || summary.failed > 0)
        return ExitStore;
    return summary.sourcesOk ? ExitPass : ExitUsage;
}

int runIngest(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Store every artifact of the sources (folders, zips, files) in a history store, byte "
        "for byte with its run metadata; an artifact is written whole or not at all. Artifacts "
        "already "
        "stored (same run id, name and content) are skipped.\n"
        "URL: sqlite:PATH, a *.sqlite file, or postgresql://[user@]host[:port]/dbname "
        "(password from PGPASSWORD or ~/.pgpass); bare --store: the default store."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("store"), QStringLiteral("The history store."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Ingest the embedded demo set.")});
    parser.addPositionalArgument(QStringLiteral("SOURCE"), QStringLiteral("Folders, zips, files."),
                                 QStringLiteral("SOURCE…"));
    QStringList full = withDefaultStore(args);
    full.prepend(QStringLiteral("gatehouse-cli ingest"));
    if (!parser.parse(full))
        return ingestUsageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return ExitPass;
    }
    QStringList sources = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("demo")))
        sources.prepend(demoSourcePath());
    if (sources.isEmpty())
        return ingestUsageError(QStringLiteral("no source: name an artifact folder or zip"));
    for (const QString &source : std::as_const(sources))
        if (looksLikeStoreUrl(source))
            return ingestUsageError(
                QStringLiteral("'%1' is a store: ingest reads folders, zips and files")
                    .arg(source));
    if (!parser.isSet(QStringLiteral("store")))
        return ingestUsageError(
            QStringLiteral("--store URL is required (bare --store: %1)").arg(defaultStorePath()));
    return storeIngested(sources, parser.value(QStringLiteral("store")), "ingest");
}

} // namespace gatehouse::cli
