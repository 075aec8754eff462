#pragma once
// The rules a verdict depends on (SPEC §7): every key of gatehouse.toml with its type,
// default and range, and the rule set in force: built-in defaults, then the rules file,
// then overrides (a command-line flag or an edit in the GUI). Analyses never read rules
// from anywhere else, so the GUI, the CLI and a reviewer's Markdown judge alike.
#include "common/GateStatus.h"
#include "report/ReportOptions.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace gatehouse {

enum class RuleType
{
    Int,            // a TOML integer
    Double,         // a TOML float or integer
    OptionalDouble, // as Double, but may be left out (commented in the file): no value
    String,         // a non-empty string
    Gate,           // "soft" | "hard"
    Bool
};

struct RuleKey
{
    QString table; // "bench"
    QString name;  // "cv_max"
    RuleType type;
    QVariant defaultValue; // null for an OptionalDouble without default
    double min = 0;        // numbers: inclusive bounds
    double max = 0;
    bool minExclusive = false;
    bool maxExclusive = false;
    QString comment; // what it means, for the commented rules file and the help page

    QString id() const { return table + QLatin1Char('.') + name; } // "bench.cv_max"
};

// Every key in the order of SPEC §7 (tables bench, install, rollout, change_points, compare).
const QList<RuleKey> &ruleKeys();
const RuleKey *findRuleKey(const QString &id);
QStringList ruleTables();

// Checks a value against its key's type and range; on failure returns the reason
// ("must be at least 1", "must be \"soft\" or \"hard\"").
std::optional<QString> ruleValueError(const RuleKey &key, const QVariant &value);

class RuleSet
{
public:
    RuleSet(); // built-in defaults, source "defaults"

    // Where the base values come from: a rules file's path, or "defaults".
    QString source() const { return m_source; }
    bool fromFile() const { return m_source != defaultsSource(); }
    static QString defaultsSource() { return QStringLiteral("defaults"); }

    // The value in force (override, else file, else default); null for an unset optional.
    QVariant value(const QString &id) const;
    // The value without overrides: what "Reset to rules" returns to.
    QVariant ruleValue(const QString &id) const;

    int intValue(const QString &id) const { return value(id).toInt(); }
    double doubleValue(const QString &id) const { return value(id).toDouble(); }
    QString stringValue(const QString &id) const { return value(id).toString(); }
    bool boolValue(const QString &id) const { return value(id).toBool(); }
    std::optional<double> optionalDouble(const QString &id) const;
    GateMode gateMode(const QString &id) const;

    // Overrides: a flag or a GUI edit. A value equal to the rule is still an override when
    // it was set on purpose (a flag given), so callers decide; clearOverride returns to the
    // rule. Returns false (and changes nothing) for an unknown key or a bad value.
    bool setOverride(const QString &id, const QVariant &value);
    void clearOverride(const QString &id) { m_overrides.remove(id); }
    void clearOverrides() { m_overrides.clear(); }
    bool isOverridden(const QString &id) const { return m_overrides.contains(id); }
    QStringList overridden() const; // in key order

    // Used by the rules-file reader: the file's values become the rules.
    void setSource(const QString &source) { m_source = source; }
    void setRuleValue(const QString &id, const QVariant &value) { m_rules.insert(id, value); }

    // The analyses' options from the values in force.
    ReportOptions reportOptions() const;
    bool operator==(const RuleSet &other) const;

private:
    QString m_source;
    QMap<QString, QVariant> m_rules;     // every key: defaults, replaced by the file's values
    QMap<QString, QVariant> m_overrides; // flags and edits
};

// {"source": path | "defaults", "values": {table: {key: value}}, "overridden": [ids]}
QJsonObject rulesToJson(const RuleSet &rules);
// "bench.cv_max = 2 (override; rules: 1)": one line per override, for Review and Markdown.
QStringList describeOverrides(const RuleSet &rules);
// A number or text as written in a rules file and in reports ("1", "0.05", "\"main\"").
QString ruleValueText(const RuleKey &key, const QVariant &value);

} // namespace gatehouse
