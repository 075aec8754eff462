#include "RulesFromCli.h"

#include "rules/RulesFile.h"

namespace gatehouse::cli {

namespace {

RuleFlag flag(const char *name, const char *key, const char *valueName, const char *description)
{
    return {QLatin1String(name), QLatin1String(key), QLatin1String(valueName),
            QLatin1String(description)};
}

// The flag's text as the value its rule expects; an error message when it is not one.
std::optional<QVariant> parseFlagValue(const RuleKey &key, const QString &text, QString *error)
{
    switch (key.type) {
    case RuleType::Int: {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        if (!ok) {
            *error = QStringLiteral("needs a whole number, not '%1'").arg(text);
            return std::nullopt;
        }
        return QVariant::fromValue(v);
    }
    case RuleType::Double:
    case RuleType::OptionalDouble: {
        bool ok = false;
        const double v = text.toDouble(&ok); // locale-independent: '.' always
        if (!ok) {
            *error = QStringLiteral("needs a number, not '%1'").arg(text);
            return std::nullopt;
        }
        return QVariant(v);
    }
    case RuleType::Bool:
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return QVariant(text == QLatin1String("true"));
        *error = QStringLiteral("takes true or false, not '%1'").arg(text);
        return std::nullopt;
    case RuleType::String:
    case RuleType::Gate:
        return QVariant(text);
    }
    return std::nullopt;
}

} // namespace

QList<RuleFlag> benchRuleFlags()
{
    return {
        flag("runs", "bench.runs", "N", "Window N: the last N runs."),
        flag("metric", "bench.metric", "UNIT",
             "Unit to judge: allocs/op, B/op, ns/op or any unit present."),
        flag("cv-max", "bench.cv_max", "PERCENT", "A detector is OK when its CV % is below this."),
        flag("drift-max", "bench.drift_max", "VALUE",
             "Largest |mean - baseline| that is still within."),
        flag("gate", "bench.gate", "MODE", "soft: report only; hard: exit 1 on FAIL.")};
}

QList<RuleFlag> installRuleFlags()
{
    return {
        flag("runs", "install.runs", "N", "Window N: the last N runs."),
        flag("budget", "install.budget", "SECONDS", "Budget in seconds (median <= budget passes)."),
        flag("branch", "install.branch", "NAME", "Keep runs of this branch ('*' for any)."),
        flag("conclusion", "install.conclusion", "NAME",
             "Keep runs with this conclusion ('*' for any)."),
        flag("gate", "install.gate", "MODE", "soft: report only; hard: exit 1 on FAIL.")};
}

QList<RuleFlag> rolloutRuleFlags()
{
    return {flag("spike-k", "rollout.spike_k", "K",
                 "Spike rule: k robust deviations above the median."),
            flag("spike-min-delta", "rollout.spike_min_delta", "DELTA",
                 "Spike rule: smallest margin above the median."),
            flag("spike-threshold", "rollout.spike_threshold", "X",
                 "Absolute unknown_rate above which a run is a spike (replaces the rule)."),
            flag("warn-threshold", "rollout.warn_threshold", "X",
                 "WARN threshold for the preview (replaces median + 3 x 1.4826 x MAD of the "
                 "last warn_window runs, floor delta)."),
            flag("fp-max", "rollout.fp_max", "RATE",
                 "Largest acceptable false-positive rate with the whitelist (0..1)."),
            flag("gate", "rollout.gate", "MODE", "soft: report only; hard: exit 1 on FAIL.")};
}

QList<RuleFlag> changePointRuleFlags()
{
    return {
        flag("cp-window", "change_points.window", "N", "Change points: points per window."),
        flag("cp-pvalue", "change_points.max_pvalue", "P", "Change points: largest p-value kept."),
        flag("cp-magnitude", "change_points.min_magnitude", "M",
             "Change points: smallest relative change kept.")};
}

QList<RuleFlag> compareRuleFlags()
{
    return {
        flag("alpha", "compare.alpha", "P", "Significance level: a change counts when p <= alpha."),
        flag("confidence", "compare.confidence", "C", "Level of the median confidence intervals.")};
}

QList<RuleFlag> reportRuleFlags()
{
    QList<RuleFlag> flags;
    for (const RuleFlag &f : benchRuleFlags())
        if (f.flag != QLatin1String("gate"))
            flags.append(f);
    for (const RuleFlag &f : rolloutRuleFlags())
        if (f.flag != QLatin1String("gate"))
            flags.append(f);
    flags.append(
        flag("install-runs", "install.runs", "N", "Window N of the install-duration gate."));
    flags.append(flag("budget", "install.budget", "SECONDS", "Install budget in seconds."));
    flags.append(
        flag("branch", "install.branch", "NAME", "Install runs of this branch ('*' for any)."));
    flags.append(flag("conclusion", "install.conclusion", "NAME",
                      "Install runs with this conclusion ('*' for any)."));
    flags += changePointRuleFlags();
    return flags;
}

void addRuleFlags(CommandLine &cl, const QList<RuleFlag> &flags)
{
    cl.addValueOption(QStringLiteral("rules"),
                      QStringLiteral("gatehouse.toml with the gate rules [default: the one at the "
                                     "root of the first folder source, else built-in defaults]."),
                      QStringLiteral("FILE"));
    for (const RuleFlag &f : flags) {
        const RuleKey *key = findRuleKey(f.key);
        cl.addValueOption(
            f.flag,
            QStringLiteral("%1 Overrides %2 [default: %3].")
                .arg(f.description, f.key,
                     key->defaultValue.isNull()
                         ? QStringLiteral("unset")
                         : ruleValueText(*key, key->defaultValue).remove(QLatin1Char('"'))),
            f.valueName);
    }
}

std::optional<RuleSet> rulesFromCli(CommandLine &cl, const QStringList &sources,
                                    const QList<RuleFlag> &flags)
{
    RuleSet rules;
    const QString path = cl.isSet(QStringLiteral("rules")) ? cl.value(QStringLiteral("rules"))
                                                           : findRulesFile(sources);
    if (!path.isEmpty()) {
        const RulesLoad load = loadRulesFile(path);
        if (!load.ok()) {
            err() << "gatehouse-cli: the rules file has errors; nothing was written:\n";
            for (const RulesError &e : load.errors)
                err() << "  " << e.text() << "\n";
            err().flush();
            return std::nullopt;
        }
        rules = *load.rules;
    }
    for (const RuleFlag &f : flags) {
        if (!cl.isSet(f.flag))
            continue;
        const RuleKey *key = findRuleKey(f.key);
        QString error;
        const auto value = parseFlagValue(*key, cl.value(f.flag), &error);
        if (!value) {
            cl.usageError(QStringLiteral("--%1 %2").arg(f.flag, error));
            return std::nullopt;
        }
        if (const auto rangeError = ruleValueError(*key, *value)) {
            cl.usageError(
                QStringLiteral("--%1 %2, not '%3'").arg(f.flag, *rangeError, cl.value(f.flag)));
            return std::nullopt;
        }
        rules.setOverride(f.key, *value);
    }
    return rules;
}

void printRulesInForce(const RuleSet &rules)
{
    err() << "rules: " << (rules.fromFile() ? rules.source() : QStringLiteral("built-in defaults"));
    const QStringList overrides = describeOverrides(rules);
    if (!overrides.isEmpty())
        err() << " (overrides: " << overrides.join(QStringLiteral("; ")) << ")";
    err() << "\n";
    err().flush();
}

} // namespace gatehouse::cli
