#pragma once
#include <QStringList>

namespace gatehouse::cli {

// Each takes the arguments after the command name and returns the process exit code.
int runBench(const QStringList &args);
int runInstall(const QStringList &args);
int runRollout(const QStringList &args);
int runReport(const QStringList &args);
int runFetch(const QStringList &args);
int runCompare(const QStringList &args);
int runWhitelist(const QStringList &args);
int runIngest(const QStringList &args);
// Ingests sources into the store storeText names and prints the summary (ingest, fetch --store).
int storeIngested(const QStringList &sources, const QString &storeText, const char *command);

} // namespace gatehouse::cli
