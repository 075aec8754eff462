#include "GateRules.h"

#include "common/NumberFormat.h"

#include <QJsonArray>
#include <cmath>
#include <limits>

namespace gatehouse {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

RuleKey key(const char *table, const char *name, RuleType type, QVariant defaultValue, double min,
            double max, const char *comment, bool minExclusive = false, bool maxExclusive = false)
{
    return {QLatin1String(table),
            QLatin1String(name),
            type,
            std::move(defaultValue),
            min,
            max,
            minExclusive,
            maxExclusive,
            QLatin1String(comment)};
}

QList<RuleKey> makeKeys()
{
    using T = RuleType;
    const QVariant none;
    const QVariant soft = QStringLiteral("soft");
    return {
        key("bench", "runs", T::Int, 10, 1, 1e6, "last N runs"),
        key("bench", "metric", T::String, QStringLiteral("allocs/op"), 0, 0,
            "unit to judge: allocs/op, B/op, ns/op or any unit present"),
        key("bench", "cv_max", T::Double, 1.0, 0, kInf, "percent; OK when CV < cv_max"),
        key("bench", "drift_max", T::Double, 1.0, 0, kInf, "|mean - baseline| <= drift_max"),
        key("bench", "gate", T::Gate, soft, 0, 0, "soft | hard"),
        key("install", "runs", T::Int, 10, 1, 1e6, "last N successful runs"),
        key("install", "budget", T::Double, 300.0, 0, kInf, "seconds; median <= budget passes"),
        key("install", "branch", T::String, QStringLiteral("main"), 0, 0, "\"*\" = any"),
        key("install", "conclusion", T::String, QStringLiteral("success"), 0, 0, "\"*\" = any"),
        key("install", "gate", T::Gate, soft, 0, 0, "soft | hard"),
        key("rollout", "spike_k", T::Double, 3.0, 0, kInf, "spike: k robust deviations"),
        key("rollout", "spike_min_delta", T::Double, 0.05, 0, 1,
            "spike: smallest margin above the median"),
        key("rollout", "spike_threshold", T::OptionalDouble, none, 0, 1,
            "absolute; replaces the spike rule when set"),
        key("rollout", "warn_threshold", T::OptionalDouble, none, 0, 1,
            "absolute; replaces the WARN rule when set"),
        key("rollout", "warn_window", T::Int, 40, 1, 1e6,
            "WARN rule: median + 3 x 1.4826 x MAD of the last N runs"),
        key("rollout", "readiness_runs", T::Int, 40, 1, 1e6, "runs needed before graduating"),
        key("rollout", "fp_max", T::Double, 0.05, 0, 1,
            "largest acceptable false-positive rate with the whitelist"),
        key("rollout", "stale_blocks", T::Bool, true, 0, 0,
            "a stale whitelist class blocks graduation"),
        key("rollout", "gate", T::Gate, soft, 0, 0, "soft | hard"),
        key("change_points", "window", T::Int, 50, 2, 1e6, "points per E-divisive window"),
        key("change_points", "max_pvalue", T::Double, 0.001, 0, 1,
            "largest p-value of a change point", true),
        key("change_points", "min_magnitude", T::Double, 0.0, 0, kInf,
            "smallest relative change of a change point"),
        key("compare", "alpha", T::Double, 0.05, 0, 1, "significant when p <= alpha", true, true),
        key("compare", "confidence", T::Double, 0.95, 0, 1,
            "level of the median's confidence interval", true, true),
    };
}

QString boundText(double value)
{
    return formatShortest(value);
}

} // namespace

const QList<RuleKey> &ruleKeys()
{
    static const QList<RuleKey> keys = makeKeys();
    return keys;
}

const RuleKey *findRuleKey(const QString &id)
{
    for (const RuleKey &k : ruleKeys())
        if (k.id() == id)
            return &k;
    return nullptr;
}

QStringList ruleTables()
{
    QStringList tables;
    for (const RuleKey &k : ruleKeys())
        if (!tables.contains(k.table))
            tables.append(k.table);
    return tables;
}

std::optional<QString> ruleValueError(const RuleKey &key, const QVariant &value)
{
    switch (key.type) {
    case RuleType::Bool:
        if (value.typeId() != QMetaType::Bool)
            return QStringLiteral("must be true or false");
        return std::nullopt;
    case RuleType::Gate:
        if (value.typeId() != QMetaType::QString || (value.toString() != QLatin1String("soft") &&
                                                     value.toString() != QLatin1String("hard")))
            return QStringLiteral("must be \"soft\" or \"hard\"");
        return std::nullopt;
    case RuleType::String:
        if (value.typeId() != QMetaType::QString)
            return QStringLiteral("must be a string");
        if (value.toString().trimmed().isEmpty())
            return QStringLiteral("must not be empty");
        return std::nullopt;
    case RuleType::OptionalDouble:
        if (value.isNull())
            return std::nullopt;
        [[fallthrough]];
    case RuleType::Int:
    case RuleType::Double: {
        const bool isInt =
            value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong;
        const bool isNumber = isInt || value.typeId() == QMetaType::Double;
        if (key.type == RuleType::Int && !isInt)
            return QStringLiteral("must be an integer");
        if (!isNumber)
            return QStringLiteral("must be a number");
        const double v = value.toDouble();
        if (!std::isfinite(v))
            return QStringLiteral("must be a finite number");
        if (key.minExclusive ? v <= key.min : v < key.min)
            return key.minExclusive
                       ? QStringLiteral("must be greater than %1").arg(boundText(key.min))
                       : QStringLiteral("must be at least %1").arg(boundText(key.min));
        if (std::isfinite(key.max) && (key.maxExclusive ? v >= key.max : v > key.max))
            return key.maxExclusive ? QStringLiteral("must be less than %1").arg(boundText(key.max))
                                    : QStringLiteral("must be at most %1").arg(boundText(key.max));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

RuleSet::RuleSet() : m_source(defaultsSource())
{
    for (const RuleKey &k : ruleKeys())
        m_rules.insert(k.id(), k.defaultValue);
}

QVariant RuleSet::value(const QString &id) const
{
    const auto it = m_overrides.constFind(id);
    return it != m_overrides.cend() ? it.value() : m_rules.value(id);
}

QVariant RuleSet::ruleValue(const QString &id) const
{
    return m_rules.value(id);
}

std::optional<double> RuleSet::optionalDouble(const QString &id) const
{
    const QVariant v = value(id);
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

GateMode RuleSet::gateMode(const QString &id) const
{
    return stringValue(id) == QLatin1String("hard") ? GateMode::Hard : GateMode::Soft;
}

bool RuleSet::setOverride(const QString &id, const QVariant &value)
{
    const RuleKey *k = findRuleKey(id);
    if (!k || ruleValueError(*k, value))
        return false;
    m_overrides.insert(id, value);
    return true;
}

QStringList RuleSet::overridden() const
{
    QStringList ids;
    for (const RuleKey &k : ruleKeys())
        if (m_overrides.contains(k.id()))
            ids.append(k.id());
    return ids;
}

bool RuleSet::operator==(const RuleSet &other) const
{
    return m_source == other.m_source && m_rules == other.m_rules &&
           m_overrides == other.m_overrides;
}

ReportOptions RuleSet::reportOptions() const
{
    ReportOptions o;
    o.allocations.runs = intValue(QStringLiteral("bench.runs"));
    o.allocations.minRuns = o.allocations.runs; // SPEC §8: the runs check is ">= runs"
    o.allocations.metric = stringValue(QStringLiteral("bench.metric"));
    o.allocations.cvMaxPercent = doubleValue(QStringLiteral("bench.cv_max"));
    o.allocations.driftMax = doubleValue(QStringLiteral("bench.drift_max"));
    o.install.runs = intValue(QStringLiteral("install.runs"));
    o.install.budgetSeconds = doubleValue(QStringLiteral("install.budget"));
    o.install.branch = stringValue(QStringLiteral("install.branch"));
    o.install.conclusion = stringValue(QStringLiteral("install.conclusion"));
    o.rollout.spikeK = doubleValue(QStringLiteral("rollout.spike_k"));
    o.rollout.spikeMinDelta = doubleValue(QStringLiteral("rollout.spike_min_delta"));
    o.rollout.spikeThreshold = optionalDouble(QStringLiteral("rollout.spike_threshold"));
    o.rollout.warnThreshold = optionalDouble(QStringLiteral("rollout.warn_threshold"));
    o.rollout.warnWindow = intValue(QStringLiteral("rollout.warn_window"));
    o.rollout.readinessTarget = intValue(QStringLiteral("rollout.readiness_runs"));
    o.rollout.fpMax = doubleValue(QStringLiteral("rollout.fp_max"));
    o.rollout.staleBlocks = boolValue(QStringLiteral("rollout.stale_blocks"));
    changes::ChangePointOptions cp;
    cp.window = intValue(QStringLiteral("change_points.window"));
    cp.maxPvalue = doubleValue(QStringLiteral("change_points.max_pvalue"));
    cp.minMagnitude = doubleValue(QStringLiteral("change_points.min_magnitude"));
    o.allocations.changePoints = o.install.changePoints = o.rollout.changePoints = cp;
    o.compare.alpha = doubleValue(QStringLiteral("compare.alpha"));
    o.compare.confidence = doubleValue(QStringLiteral("compare.confidence"));
    return o;
}

QString ruleValueText(const RuleKey &key, const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("unset");
    switch (key.type) {
    case RuleType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case RuleType::Gate:
    case RuleType::String: {
        QString text = value.toString();
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        text.replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case RuleType::Int:
        return QString::number(value.toLongLong());
    case RuleType::Double:
    case RuleType::OptionalDouble: {
        const QString text = formatShortest(value.toDouble());
        // A float in TOML needs a point: 300 reads as an integer, 300.0 as a float.
        return text.contains(QLatin1Char('.')) ? text : text + QStringLiteral(".0");
    }
    }
    return QString();
}

QJsonObject rulesToJson(const RuleSet &rules)
{
    QJsonObject values;
    for (const QString &table : ruleTables()) {
        QJsonObject t;
        for (const RuleKey &k : ruleKeys()) {
            if (k.table != table)
                continue;
            const QVariant v = rules.value(k.id());
            QJsonValue json;
            switch (k.type) {
            case RuleType::Bool:
                json = v.toBool();
                break;
            case RuleType::Gate:
            case RuleType::String:
                json = v.toString();
                break;
            case RuleType::Int:
                json = v.toLongLong();
                break;
            case RuleType::Double:
            case RuleType::OptionalDouble:
                json = v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toDouble());
                break;
            }
            t.insert(k.name, json);
        }
        values.insert(table, t);
    }
    QJsonObject json;
    json.insert(QStringLiteral("source"), rules.source());
    json.insert(QStringLiteral("values"), values);
    json.insert(QStringLiteral("overridden"), QJsonArray::fromStringList(rules.overridden()));
    return json;
}

QStringList describeOverrides(const RuleSet &rules)
{
    QStringList lines;
    for (const QString &id : rules.overridden()) {
        const RuleKey *k = findRuleKey(id);
        lines.append(QStringLiteral("%1 = %2 (override; rules: %3)")
                         .arg(id, ruleValueText(*k, rules.value(id)),
                              ruleValueText(*k, rules.ruleValue(id))));
    }
    return lines;
}

} // namespace gatehouse
