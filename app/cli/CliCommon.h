#pragma once
// Plumbing shared by the gatehouse-cli commands: option parsing with SPEC exit codes,
// loading sources with progress and parse issues on stderr, JSON output.
#include "common/GateStatus.h"
#include "common/Translate.h"
#include "sources/CommandKinds.h"
#include "sources/Dataset.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace gatehouse::cli {

enum ExitCode
{
    ExitPass = 0,
    ExitFail = 1,
    ExitUsage = 2,
    ExitNoData = 2,
    ExitFetch = 3,
    ExitStore = 4 // a history store could not be opened, read or written (docs/history.md)
};

QTextStream &out();
QTextStream &err();

// A subcommand's parser with the options every analysis command shares:
// SOURCE… positionals, --demo, --json FILE, --help.
class CommandLine
{
public:
    CommandLine(const QString &command, const QString &description);
    QCommandLineParser &parser() { return m_parser; }
    void addValueOption(const QString &name, const QString &description, const QString &valueName,
                        const QString &defaultValue = QString());
    void addFlag(const QString &name, const QString &description);

    // Parses args (the command's own arguments, without the program and command names).
    // Returns an exit code when the command should stop now (--help printed: 0; usage
    // error printed: 2), nullopt when it should go on.
    std::optional<int> parse(const QStringList &args);
    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }

    // Typed option values; on a bad value they print a usage error and return nullopt.
    std::optional<int> positiveInt(const QString &name);
    std::optional<double> nonNegativeDouble(const QString &name);
    std::optional<GateMode> gateMode();
    // --lang en|de: the language of the Markdown reports (CSV and JSON never change).
    void addLanguageOption();
    std::optional<Language> language();

    // Sources from the positionals, --demo, or CI_ARTIFACT_PATH; empty (with an error
    // printed) when there is none.
    QStringList sources();
    int usageError(const QString &message);

private:
    QString m_command;
    QCommandLineParser m_parser;
};

// Loads the sources, showing progress on a terminal, and prints the parse issues to
// stderr (a summary line plus the first of them). kinds: what the command's analyses use
// (kindsForCommand); files of other kinds are not opened. With GATEHOUSE_DEBUG_OPENED set,
// a line "opened: bench=… install=… …" on stderr counts the files opened per kind (the
// CLI tests' proof that each command passes its kinds); GATEHOUSE_DEBUG_ALL_KINDS makes
// any command read every kind, to compare its output with the filtered load.
// A source that names a history store which cannot be opened (corrupt, newer schema,
// connection refused) ends the process with ExitStore and a message naming the store: an
// analysis never runs on part of what was asked for.
// benchUnits: the bench units whose values are kept (LoadOptions::benchUnits), all when empty.
Dataset &loadDataset(const QStringList &sources, ArtifactKindSet kinds = ArtifactKindSet::all(),
                     const QStringList &benchUnits = {});
void printIssues(const ParseIssues &issues);

// The --store value: bare --store (followed by an option, a non-store SOURCE or nothing)
// means the default store; returns args with it spelled out.
QStringList withDefaultStore(const QStringList &args);

// Writes a JSON document to a file (atomically) or to stdout for "-". False on error.
bool writeJson(const QString &target, const QJsonObject &document);
// Writes bytes atomically and says where on stderr; false (with a message) on error.
bool writeOutput(const QString &path, const QByteArray &data);

} // namespace gatehouse::cli
