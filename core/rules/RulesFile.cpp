#include "RulesFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sstream>
#include <string_view>
#include <toml++/toml.h>

namespace gatehouse {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

RulesError errorAt(const QString &path, const toml::source_region &where, const QString &key,
                   const QString &message)
{
    return {path, static_cast<int>(where.begin.line), static_cast<int>(where.begin.column), key,
            message};
}

QString tomlTypeName(const toml::node &node)
{
    switch (node.type()) {
    case toml::node_type::table:
        return QStringLiteral("a table");
    case toml::node_type::array:
        return QStringLiteral("an array");
    case toml::node_type::string:
        return QStringLiteral("a string");
    case toml::node_type::integer:
        return QStringLiteral("an integer");
    case toml::node_type::floating_point:
        return QStringLiteral("a float");
    case toml::node_type::boolean:
        return QStringLiteral("a boolean");
    default:
        return QStringLiteral("a date or time");
    }
}

// The node as the QVariant the key's type expects; null with *typeError set when the TOML
// type cannot be that (an integer may stand for a float, never the other way round).
QVariant nodeValue(const RuleKey &key, const toml::node &node, QString *typeError)
{
    const QString got = tomlTypeName(node);
    switch (key.type) {
    case RuleType::Bool:
        if (auto v = node.value_exact<bool>())
            return *v;
        *typeError = QStringLiteral("must be true or false, not %1").arg(got);
        return {};
    case RuleType::String:
    case RuleType::Gate:
        if (auto v = node.value_exact<std::string>())
            return qs(*v);
        *typeError = QStringLiteral("must be a string, not %1").arg(got);
        return {};
    case RuleType::Int:
        if (auto v = node.value_exact<int64_t>())
            return QVariant::fromValue<qlonglong>(*v);
        *typeError = QStringLiteral("must be an integer, not %1").arg(got);
        return {};
    case RuleType::Double:
    case RuleType::OptionalDouble:
        if (auto v = node.value_exact<double>())
            return *v;
        if (auto v = node.value_exact<int64_t>())
            return static_cast<double>(*v);
        *typeError = QStringLiteral("must be a number, not %1").arg(got);
        return {};
    }
    return {};
}

void readTable(const QString &path, const QString &table, const toml::table &values, RuleSet &rules,
               QList<RulesError> &errors)
{
    for (const auto &[name, node] : values) {
        const QString id = table + QLatin1Char('.') + qs(name.str());
        const RuleKey *key = findRuleKey(id);
        if (!key) {
            errors.append(errorAt(path, name.source().begin.line ? name.source() : node.source(),
                                  id, QStringLiteral("unknown key in [%1]").arg(table)));
            continue;
        }
        QString typeError;
        const QVariant value = nodeValue(*key, node, &typeError);
        if (!typeError.isEmpty()) {
            errors.append(errorAt(path, node.source(), id, typeError));
            continue;
        }
        if (const auto rangeError = ruleValueError(*key, value)) {
            errors.append(errorAt(path, node.source(), id, *rangeError));
            continue;
        }
        rules.setRuleValue(id, value);
    }
}

} // namespace

QString RulesError::text() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    return key.isEmpty() ? QStringLiteral("%1: %2").arg(where, message)
                         : QStringLiteral("%1: %2: %3").arg(where, key, message);
}

QString RulesLoad::errorText() const
{
    QStringList lines;
    for (const RulesError &e : errors)
        lines.append(e.text());
    return lines.join(QLatin1Char('\n'));
}

RulesLoad parseRules(const QByteArray &text, const QString &path)
{
    RulesLoad load;
    toml::table root;
    try {
        root = toml::parse(std::string_view(text.constData(), static_cast<size_t>(text.size())),
                           path.toStdString());
    } catch (const toml::parse_error &e) {
        load.errors.append(errorAt(path, e.source(), QString(),
                                   QStringLiteral("syntax error: %1").arg(qs(e.description()))));
        return load;
    }
    RuleSet rules;
    rules.setSource(path);
    const QStringList tables = ruleTables();
    for (const auto &[name, node] : root) {
        const QString table = qs(name.str());
        if (!tables.contains(table)) {
            load.errors.append(
                errorAt(path, name.source().begin.line ? name.source() : node.source(), table,
                        node.is_table() ? QStringLiteral("unknown table [%1]").arg(table)
                                        : QStringLiteral("unknown key outside any table")));
            continue;
        }
        if (!node.is_table()) {
            load.errors.append(
                errorAt(path, node.source(), table,
                        QStringLiteral("must be a table, not %1").arg(tomlTypeName(node))));
            continue;
        }
        readTable(path, table, *node.as_table(), rules, load.errors);
    }
    std::stable_sort(load.errors.begin(), load.errors.end(),
                     [](const RulesError &a, const RulesError &b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    if (load.errors.isEmpty())
        load.rules = rules;
    return load;
}

RulesLoad loadRulesFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RulesLoad load;
        load.errors.append(
            {path, 0, 0, QString(), QStringLiteral("cannot be read: %1").arg(file.errorString())});
        return load;
    }
    return parseRules(file.readAll(), path);
}

QString findRulesFile(const QStringList &sources)
{
    for (const QString &source : sources) {
        const QFileInfo info(source);
        if (!info.isDir())
            continue;
        const QFileInfo rules(QDir(source).filePath(QStringLiteral("gatehouse.toml")));
        if (rules.exists() && !rules.isDir())
            return rules.filePath();
    }
    return QString();
}

QByteArray rulesToToml(const RuleSet &rules)
{
    QString text = QStringLiteral(
        "# Gatehouse gate rules (gatehouse.toml). Versioned with the repository so the GUI,\n"
        "# the CLI in CI and the Markdown review judge by the same rules. Precedence:\n"
        "# command-line flag > this file > built-in default. Unknown keys are errors.\n");
    QString table;
    for (const RuleKey &k : ruleKeys()) {
        if (k.table != table) {
            table = k.table;
            text += QStringLiteral("\n[%1]\n").arg(table);
        }
        const QVariant v = rules.value(k.id());
        const QString comment = QStringLiteral("  # %1").arg(k.comment);
        if (v.isNull())
            text += QStringLiteral("# %1 = 0.2%2\n").arg(k.name, comment);
        else
            text += QStringLiteral("%1 = %2%3\n").arg(k.name, ruleValueText(k, v), comment);
    }
    return text.toUtf8();
}

} // namespace gatehouse
