// gatehouse-cli: the headless face of Gatehouse (SPEC §5). Each command lives in its own
// file; this only names the application and dispatches.
#include "CliCommon.h"
#include "Commands.h"

#include <QCoreApplication>
#include <memory>
#ifdef GATEHOUSE_CLI_CHARTS
#include <QApplication>
#endif

using namespace gatehouse::cli;

static void printUsage(QTextStream &stream)
{
    stream << "Usage: gatehouse-cli COMMAND [OPTIONS] [SOURCE…]\n\n"
              "Decide when a CI gate may graduate, from the artifacts CI runs leave behind.\n\n"
              "Commands:\n"
              "  bench     allocations gate: per-detector allocs/op CV and baseline drift\n"
              "  install   install-duration gate: median install-to-Ready vs the budget\n"
              "  rollout   Gate-V1 rollout: unknown_rate spikes, whitelist, WARN preview\n"
              "  report    all three: CSVs, Markdown reports and JSON into --out DIR\n"
              "  fetch     download the artifacts of the last N runs from GitHub Actions\n"
              "  compare   OLD NEW | SOURCE --last N: benchstat medians, intervals, U test\n"
              "  whitelist check|effect|add|extend the unknown-class whitelist\n"
              "  ingest    store the artifacts of SOURCE… in a history store (--store URL)\n\n"
              "Run 'gatehouse-cli COMMAND --help' for a command's options.\n"
              "Exit codes: 0 pass (or soft gate, or INSUFFICIENT), 1 FAIL with --gate hard,\n"
              "2 NO_DATA or bad usage, 3 fetch failed, 4 history store error.\n";
    stream.flush();
}

int main(int argc, char **argv)
{
    // Only `report` draws charts, and Qt Charts needs a QApplication: give it the offscreen
    // platform so that no display is ever needed. Every other command stays QtCore-only.
    std::unique_ptr<QCoreApplication> app;
#ifdef GATEHOUSE_CLI_CHARTS
    if (argc > 1 && qstrcmp(argv[1], "report") == 0) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("gatehouse.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printUsage(err());
        return ExitUsage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printUsage(out());
        return ExitPass;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "gatehouse-cli " << GATEHOUSE_VERSION << "\n";
        return ExitPass;
    }
    if (command == QLatin1String("bench"))
        return runBench(args);
    if (command == QLatin1String("install"))
        return runInstall(args);
    if (command == QLatin1String("rollout"))
        return runRollout(args);
    if (command == QLatin1String("report"))
        return runReport(args);
    if (command == QLatin1String("fetch"))
        return runFetch(args);
    if (command == QLatin1String("compare"))
        return runCompare(args);
    if (command == QLatin1String("whitelist"))
        return runWhitelist(args);
    if (command == QLatin1String("ingest"))
        return runIngest(args);
    err() << "gatehouse-cli: unknown command '" << command << "'\n";
    printUsage(err());
    return ExitUsage;
}
