#pragma once
// SPEC §7 in the CLI: the rules in force for a command are gatehouse.toml (--rules FILE, or
// found at the root of the first folder source), or the built-in defaults, with every flag
// the user gave as an override. A rules file with an error stops the command (exit 2)
// before anything is written.
#include "CliCommon.h"
#include "rules/GateRules.h"

#include <QList>
#include <optional>

namespace gatehouse::cli {

// A command-line flag that overrides one rule.
struct RuleFlag
{
    QString flag;        // "cv-max"
    QString key;         // "bench.cv_max"
    QString valueName;   // "PERCENT"
    QString description; // what it sets
};

// The flags of each gate, as SPEC §5 names them.
QList<RuleFlag> benchRuleFlags();
QList<RuleFlag> installRuleFlags(); // --runs, --budget, --branch, --conclusion, --gate
QList<RuleFlag> rolloutRuleFlags();
QList<RuleFlag> changePointRuleFlags(); // --cp-window, --cp-pvalue, --cp-magnitude
QList<RuleFlag> compareRuleFlags();     // --alpha, --confidence
// `report` judges all three gates: the install window and gate flags get their own names.
QList<RuleFlag> reportRuleFlags();

// Adds --rules FILE and the given flags (no default values: the rules give them).
void addRuleFlags(CommandLine &cl, const QList<RuleFlag> &flags);

// The rules in force, or nullopt after printing the rules file's errors (file:line:column:
// key: reason) or a bad flag value: the command then exits 2.
std::optional<RuleSet> rulesFromCli(CommandLine &cl, const QStringList &sources,
                                    const QList<RuleFlag> &flags);

// "rules: gatehouse.toml (overrides: bench.cv_max = 2)" on stderr, so a CI log says which
// rules judged the run.
void printRulesInForce(const RuleSet &rules);

} // namespace gatehouse::cli
