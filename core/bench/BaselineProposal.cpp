#include "BaselineProposal.h"

#include "GoBenchParser.h"
#include "common/AtomicWrite.h"
#include "common/NumberFormat.h"
#include "common/TextTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <algorithm>
#include <set>

namespace gatehouse {
namespace {

const QString kAllocs = QStringLiteral("allocs/op");
const QString kBenchmark = QStringLiteral("Benchmark");

enum class FieldSpelling
{
    Preferred,
    Underscore,
    Slash
};

// How the committed file writes its entries, so that new ones look like the old ones.
struct FileStyle
{
    bool numbers = true; // plain numbers rather than objects
    bool benchmarkPrefix = false;
    QString procSuffix; // "-8" when every key carries the same one
    FieldSpelling spelling = FieldSpelling::Preferred;
};

QString procSuffixOf(const QString &key)
{
    const qsizetype dash = key.lastIndexOf(QLatin1Char('-'));
    if (dash < 0 || dash + 1 >= key.size())
        return QString();
    for (qsizetype i = dash + 1; i < key.size(); ++i)
        if (!key.at(i).isDigit())
            return QString();
    return key.mid(dash);
}

FileStyle styleOf(const QList<BaselineEntry> &entries)
{
    FileStyle style;
    int numbers = 0, objects = 0, prefixed = 0, underscore = 0, slash = 0;
    std::set<QString> suffixes;
    for (const BaselineEntry &entry : entries) {
        numbers += entry.value.isDouble() ? 1 : 0;
        objects += entry.value.isObject() ? 1 : 0;
        prefixed += entry.key.startsWith(kBenchmark) ? 1 : 0;
        suffixes.insert(procSuffixOf(entry.key));
        const QJsonObject object = entry.value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key().endsWith(QLatin1String("_per_op")))
                ++underscore;
            else if (it.key() == kAllocs || it.key() == QLatin1String("B/op") ||
                     it.key() == QLatin1String("ns/op"))
                ++slash;
        }
    }
    const int total = static_cast<int>(entries.size());
    style.numbers = numbers >= objects; // ties (and an empty file) keep the simplest form
    style.benchmarkPrefix = prefixed * 2 > total;
    if (total > 0 && suffixes.size() == 1)
        style.procSuffix = *suffixes.begin();
    if (underscore > slash)
        style.spelling = FieldSpelling::Underscore;
    else if (slash > underscore)
        style.spelling = FieldSpelling::Slash;
    return style;
}

QString fieldFor(const QString &metric, FieldSpelling spelling)
{
    const QStringList fields = baselineFieldsForUnit(metric); // preferred spelling first
    if (fields.size() < 2 || spelling == FieldSpelling::Preferred)
        return fields.constFirst();
    for (const QString &field : fields)
        if (field.endsWith(QLatin1String("_per_op")) == (spelling == FieldSpelling::Underscore))
            return field;
    return fields.constFirst();
}

// The key that names a detector, by the rule Baseline::valueFor uses.
QMap<QString, QString> keysByDetector(const QList<BaselineEntry> &entries)
{
    QMap<QString, QString> keys;
    for (const BaselineEntry &entry : entries)
        if (!keys.contains(entry.detector) || entry.key == entry.detector)
            keys.insert(entry.detector, entry.key);
    return keys;
}

QJsonValue updatedValue(const QJsonValue &old, const QString &metric, double value,
                        const FileStyle &style)
{
    if (old.isDouble()) {
        if (metric == kAllocs)
            return value;
        // A bare number means allocs/op; another metric needs the object form.
        QJsonObject object;
        object.insert(fieldFor(kAllocs, style.spelling), old);
        object.insert(fieldFor(metric, style.spelling), value);
        return object;
    }
    if (old.isObject()) {
        QJsonObject object = old.toObject();
        QString field = fieldFor(metric, style.spelling);
        for (const QString &candidate : baselineFieldsForUnit(metric))
            if (object.contains(candidate)) {
                field = candidate; // keep the spelling this entry already uses
                break;
            }
        object.insert(field, value);
        return object;
    }
    if (style.numbers && metric == kAllocs)
        return value;
    return QJsonObject{{fieldFor(metric, style.spelling), value}};
}

void appendString(QByteArray &out, const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('"');
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\') {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (u == '\n') {
            escaped += QLatin1String("\\n");
        } else if (u == '\r') {
            escaped += QLatin1String("\\r");
        } else if (u == '\t') {
            escaped += QLatin1String("\\t");
        } else if (u < 0x20) {
            escaped += QStringLiteral("\\u%1").arg(static_cast<int>(u), 4, 16, QLatin1Char('0'));
        } else {
            escaped += c;
        }
    }
    escaped += QLatin1Char('"');
    out += escaped.toUtf8(); // once for the whole string, so surrogate pairs stay whole
}

void appendJson(QByteArray &out, const QJsonValue &value, int indent)
{
    const QByteArray pad(indent + 2, ' ');
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end());
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += pad;
            appendString(out, keys.at(i));
            out += ": ";
            appendJson(out, object.value(keys.at(i)), indent + 2);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + '}';
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += pad;
            appendJson(out, array.at(i), indent + 2);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + ']';
        return;
    }
    case QJsonValue::Double: {
        const QString number = formatShortest(value.toDouble());
        out += number.isEmpty() ? QByteArray("null") : number.toLatin1();
        return;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    }
}

} // namespace

int BaselineProposal::count(BaselineChangeKind kind) const
{
    return static_cast<int>(
        std::count_if(changes.cbegin(), changes.cend(),
                      [kind](const BaselineChange &c) { return c.kind == kind; }));
}

QByteArray toDeterministicJson(const QJsonValue &value)
{
    QByteArray out;
    appendJson(out, value, 0);
    out += '\n';
    return out;
}

BaselineProposal proposeBaseline(const AllocationsResult &result,
                                 const std::optional<Baseline> &current)
{
    BaselineProposal proposal;
    proposal.metric = result.options.metric;
    const QString &metric = proposal.metric;
    const QList<BaselineEntry> existing = current ? current->entries() : QList<BaselineEntry>();
    const FileStyle style = styleOf(existing);
    const QMap<QString, QString> existingKeys = keysByDetector(existing);
    QJsonObject entries = current ? current->entryObject() : QJsonObject();

    QMap<QString, BaselineChange> changes;
    for (const DetectorAllocations &row : result.detectors) {
        // The baseline has no pkg: same-named detectors of two packages share one entry,
        // and the first in (pkg, name) order sets it.
        if (row.fromBaselineOnly || row.samples == 0 || changes.contains(row.key.name))
            continue;
        BaselineChange change;
        change.detector = row.key.name;
        change.newValue = row.median;
        if (existingKeys.contains(row.key.name)) {
            change.key = existingKeys.value(row.key.name);
            change.oldValue = current->valueFor(row.key.name, metric);
            change.kind = change.oldValue == change.newValue ? BaselineChangeKind::Unchanged
                                                             : BaselineChangeKind::Changed;
            entries.insert(change.key,
                           updatedValue(entries.value(change.key), metric, row.median, style));
        } else {
            change.key =
                (style.benchmarkPrefix ? kBenchmark : QString()) + row.key.name + style.procSuffix;
            change.kind = BaselineChangeKind::Added;
            entries.insert(change.key, updatedValue(QJsonValue(), metric, row.median, style));
        }
        changes.insert(change.detector, change);
    }
    for (auto it = existingKeys.cbegin(); it != existingKeys.cend(); ++it) {
        if (changes.contains(it.key()))
            continue;
        BaselineChange kept;
        kept.detector = it.key();
        kept.key = it.value();
        kept.oldValue = current->valueFor(it.key(), metric);
        kept.newValue = kept.oldValue;
        kept.kind = BaselineChangeKind::Kept;
        changes.insert(kept.detector, kept);
    }
    proposal.changes = changes.values();

    QJsonObject document = current ? current->document : QJsonObject();
    if (current && !current->wrapperKey.isEmpty())
        document.insert(current->wrapperKey, entries);
    else
        document = entries; // top-level form: metadata keys were part of it all along
    proposal.json = toDeterministicJson(document);
    return proposal;
}

QString baselineDiffText(const BaselineProposal &proposal)
{
    auto number = [](const std::optional<double> &v) {
        return v ? formatCompact(*v) : QStringLiteral("-");
    };
    TextTable table;
    table.addColumn(QStringLiteral("detector"));
    table.addColumn(QStringLiteral("committed"), TextTable::Align::Right);
    table.addColumn(QStringLiteral("proposed"), TextTable::Align::Right);
    table.addColumn(QStringLiteral("change"));
    for (const BaselineChange &change : proposal.changes) {
        QString what;
        switch (change.kind) {
        case BaselineChangeKind::Changed:
            what = change.oldValue ? QStringLiteral("%1 -> %2 (%3)")
                                         .arg(number(change.oldValue), number(change.newValue),
                                              formatSigned(*change.newValue - *change.oldValue))
                                   : QStringLiteral("set to %1").arg(number(change.newValue));
            break;
        case BaselineChangeKind::Unchanged:
            what = QStringLiteral("unchanged");
            break;
        case BaselineChangeKind::Added:
            what = QStringLiteral("added");
            break;
        case BaselineChangeKind::Kept:
            what = QStringLiteral("kept (no samples in the selected runs)");
            break;
        }
        table.addRow({change.detector, number(change.oldValue),
                      change.kind == BaselineChangeKind::Kept ? QString() : number(change.newValue),
                      what});
    }
    return QStringLiteral("Proposed baselines.json (%1, median of the selected runs)\n")
               .arg(proposal.metric) +
           table.render() +
           QStringLiteral("%1 changed, %2 added, %3 unchanged, %4 kept\n")
               .arg(proposal.count(BaselineChangeKind::Changed))
               .arg(proposal.count(BaselineChangeKind::Added))
               .arg(proposal.count(BaselineChangeKind::Unchanged))
               .arg(proposal.count(BaselineChangeKind::Kept));
}

bool saveBaselineProposal(const BaselineProposal &proposal, const QString &path, QString *error)
{
    return writeFileAtomically(path, proposal.json, error);
}

} // namespace gatehouse
