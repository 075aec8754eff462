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

} // namespace gatehouse::cli
