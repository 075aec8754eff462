#pragma once
// gatehouse.toml (SPEC §7): read with toml++, every error with file, line, column and key;
// found at the root of the first folder source; written back complete and commented.
#include "GateRules.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gatehouse {

struct RulesError
{
    QString file;
    int line = 0;   // 1-based; 0 when not known (the file could not be opened)
    int column = 0; // 1-based
    QString key;    // "bench.cv_max", a table name, or empty for a syntax error
    QString message;

    // "gatehouse.toml:3:10: bench.cv_max: must be at least 0"
    QString text() const;
};

struct RulesLoad
{
    std::optional<RuleSet> rules; // set when the file has no error
    QList<RulesError> errors;     // in file order
    bool ok() const { return errors.isEmpty() && rules.has_value(); }
    QString errorText() const; // one error per line
};

// Parses the text of a rules file; `path` names it in errors and becomes the source.
RulesLoad parseRules(const QByteArray &text, const QString &path);
// Reads and parses a file; a file that cannot be opened is an error too.
RulesLoad loadRulesFile(const QString &path);

// The gatehouse.toml at the root of the first folder source that has one (source order),
// or empty. Zips and the history store hold no rules file.
QString findRulesFile(const QStringList &sources);

// A complete, commented gatehouse.toml with the values in force (overrides included).
QByteArray rulesToToml(const RuleSet &rules);

} // namespace gatehouse
