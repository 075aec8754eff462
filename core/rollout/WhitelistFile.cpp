#include "WhitelistFile.h"

#include "JsonChecks.h"
#include "common/AtomicWrite.h"
#include "common/NumberFormat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace gatehouse {

namespace {

const QString kReason = QStringLiteral("reason");
const QString kNote = QStringLiteral("note");
const QString kOwner = QStringLiteral("owner");
const QString kAdded = QStringLiteral("added");
const QString kReviewBy = QStringLiteral("review_by");
const QString kVersion = QStringLiteral("version");
const QString kClasses = QStringLiteral("classes");

void addWarning(ParseIssues &issues, const QString &path, const QString &message)
{
    ParseIssue issue;
    issue.path = path;
    issue.message = message;
    issue.severity = Severity::Warning;
    issues.append(issue);
}

QDate parseIsoDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

// A class that cannot be read rejects the whole file (Error), rather than being skipped
// with a warning: a half-applied whitelist silently changes which runs would WARN, and
// saving it again would delete the broken class from the operator's file.
bool readClass(const QJsonValue &value, int index, const QString &path, ParseIssues &issues,
               WhitelistClass &out)
{
    const QString where = QStringLiteral("classes[%1]").arg(index);
    // A plain string in "classes" is the same shorthand as the bare-array form.
    if (value.isString()) {
        if (value.toString().trimmed().isEmpty()) {
            addJsonError(issues, path,
                         QStringLiteral("%1 must be a non-empty reason, found %2")
                             .arg(where, describeJsonValue(value)));
            return false;
        }
        out.reason = value.toString();
        return true;
    }
    if (!value.isObject()) {
        addJsonError(issues, path,
                     QStringLiteral("%1 must be an object with a \"reason\", found %2")
                         .arg(where, describeJsonValue(value)));
        return false;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue reason = object.value(kReason);
    if (!reason.isString() || reason.toString().trimmed().isEmpty()) {
        addJsonError(issues, path,
                     object.contains(kReason)
                         ? QStringLiteral("%1.reason must be a non-empty string, found %2")
                               .arg(where, describeJsonValue(reason))
                         : QStringLiteral("%1 has no \"reason\" (a non-empty string)").arg(where));
        return false;
    }
    out.reason = reason.toString();
    const QList<std::pair<QString, QString *>> textFields = {
        {kNote, &out.note}, {kOwner, &out.owner}, {kAdded, &out.added}, {kReviewBy, &out.reviewBy}};
    for (const auto &[key, target] : textFields) {
        const QJsonValue field = object.value(key);
        if (field.isUndefined() || field.isNull())
            continue;
        if (!field.isString()) {
            addJsonError(issues, path,
                         QStringLiteral("%1.%2 must be a string, found %3")
                             .arg(where, key, describeJsonValue(field)));
            return false;
        }
        *target = field.toString();
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != kReason && it.key() != kNote && it.key() != kOwner && it.key() != kAdded &&
            it.key() != kReviewBy)
            out.extra.insert(it.key(), it.value());
    }
    if (!out.reviewBy.trimmed().isEmpty() && !parseIsoDate(out.reviewBy).isValid())
        addWarning(issues, path,
                   QStringLiteral("%1 (\"%2\"): review_by \"%3\" is not a YYYY-MM-DD date; the "
                                  "class is never reported stale")
                       .arg(where, out.reason, out.reviewBy));
    return true;
}

std::optional<Whitelist> readObjectForm(const QJsonObject &object, const QString &path,
                                        ParseIssues &issues)
{
    Whitelist whitelist;
    if (object.contains(kVersion)) {
        const QJsonValue version = object.value(kVersion);
        const double number = version.toDouble(-1);
        if (!version.isDouble() || number < 1 || std::floor(number) != number || number > 1e6) {
            addJsonError(issues, path,
                         QStringLiteral("field \"version\" must be a positive integer, found %1")
                             .arg(describeJsonValue(version)));
            return std::nullopt;
        }
        whitelist.version = static_cast<int>(number);
        if (whitelist.version > 1)
            addWarning(issues, path,
                       QStringLiteral("version %1 is newer than this reader (1); known fields are "
                                      "used and the rest is kept as written")
                           .arg(whitelist.version));
    }
    if (!object.contains(kClasses)) {
        addJsonError(issues, path,
                     QStringLiteral("missing field \"classes\" (an array of classes)"));
        return std::nullopt;
    }
    const QJsonValue classes = object.value(kClasses);
    if (!classes.isArray()) {
        addJsonError(issues, path,
                     QStringLiteral("field \"classes\" must be an array, found %1")
                         .arg(describeJsonValue(classes)));
        return std::nullopt;
    }
    const QJsonArray array = classes.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        WhitelistClass cls;
        if (!readClass(array.at(i), static_cast<int>(i), path, issues, cls))
            return std::nullopt;
        whitelist.classes.append(cls);
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (it.key() != kVersion && it.key() != kClasses)
            whitelist.extra.insert(it.key(), it.value());
    return whitelist;
}

std::optional<Whitelist> readArrayForm(const QJsonArray &array, const QString &path,
                                       ParseIssues &issues)
{
    Whitelist whitelist;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            addJsonError(issues, path,
                         QStringLiteral("[%1] must be a non-empty reason string, found %2")
                             .arg(i)
                             .arg(describeJsonValue(value)));
            return std::nullopt;
        }
        WhitelistClass cls;
        cls.reason = value.toString();
        whitelist.classes.append(cls);
    }
    return whitelist;
}

// ---- writing ----------------------------------------------------------------------

QString jsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\b':
            out += QStringLiteral("\\b");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end()); // UTF-16 code unit order: locale-independent
    return keys;
}

QString jsonNumber(const QJsonValue &value)
{
    // Integers beyond 2^53 arrive as qint64; keep every digit of them.
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QString::number(variant.toLongLong());
    return formatShortest(value.toDouble());
}

// Any JSON value, deterministically: object keys sorted, 2-space indent at depth, empty
// containers written as {} and [].
QString jsonValue(const QJsonValue &value, int depth)
{
    const QString inner(2 * (depth + 1), QLatin1Char(' '));
    const QString outer(2 * depth, QLatin1Char(' '));
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return jsonNumber(value);
    case QJsonValue::String:
        return jsonString(value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return QStringLiteral("[]");
        QStringList items;
        for (const QJsonValue &item : array)
            items.append(inner + jsonValue(item, depth + 1));
        return QStringLiteral("[\n") + items.join(QStringLiteral(",\n")) + QLatin1Char('\n') +
               outer + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return QStringLiteral("{}");
        QStringList items;
        for (const QString &key : sortedKeys(object))
            items.append(inner + jsonString(key) + QStringLiteral(": ") +
                         jsonValue(object.value(key), depth + 1));
        return QStringLiteral("{\n") + items.join(QStringLiteral(",\n")) + QLatin1Char('\n') +
               outer + QLatin1Char('}');
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

// Members of one object at depth: the fixed keys first, then the extra keys sorted,
// skipping extra keys that would duplicate a fixed one.
QString jsonMembers(const QList<std::pair<QString, QString>> &fixed, const QJsonObject &extra,
                    const QSet<QString> &reserved, int depth)
{
    const QString indent(2 * (depth + 1), QLatin1Char(' '));
    QStringList items;
    for (const auto &[key, text] : fixed)
        items.append(indent + jsonString(key) + QStringLiteral(": ") + text);
    for (const QString &key : sortedKeys(extra))
        if (!reserved.contains(key))
            items.append(indent + jsonString(key) + QStringLiteral(": ") +
                         jsonValue(extra.value(key), depth + 1));
    return items.join(QStringLiteral(",\n"));
}

QString classJson(const WhitelistClass &cls)
{
    QList<std::pair<QString, QString>> fixed = {{kReason, jsonString(cls.reason)}};
    const QList<std::pair<QString, const QString *>> optional = {
        {kNote, &cls.note}, {kOwner, &cls.owner}, {kAdded, &cls.added}, {kReviewBy, &cls.reviewBy}};
    for (const auto &[key, text] : optional)
        if (!text->isEmpty())
            fixed.append({key, jsonString(*text)});
    const QSet<QString> reserved = {kReason, kNote, kOwner, kAdded, kReviewBy};
    return QStringLiteral("    {\n") + jsonMembers(fixed, cls.extra, reserved, 2) +
           QStringLiteral("\n    }");
}

} // namespace

std::optional<Whitelist> parseWhitelist(const QByteArray &data, const QString &path,
                                        ParseIssues &issues)
{
    const std::optional<QJsonDocument> document = parseJsonDocument(data, path, issues);
    if (!document)
        return std::nullopt;
    std::optional<Whitelist> whitelist = document->isArray()
                                             ? readArrayForm(document->array(), path, issues)
                                             : readObjectForm(document->object(), path, issues);
    if (!whitelist)
        return std::nullopt;
    // The first class in file order decides; a later duplicate never applies.
    QSet<QString> seen;
    for (const WhitelistClass &cls : whitelist->classes) {
        if (seen.contains(cls.reason))
            addWarning(issues, path,
                       QStringLiteral("reason \"%1\" is listed more than once; the first entry "
                                      "applies")
                           .arg(cls.reason));
        seen.insert(cls.reason);
    }
    return whitelist;
}

QByteArray serializeWhitelist(const Whitelist &whitelist)
{
    QList<WhitelistClass> classes = whitelist.classes;
    std::stable_sort(
        classes.begin(), classes.end(),
        [](const WhitelistClass &a, const WhitelistClass &b) { return a.reason < b.reason; });
    QString classesText = QStringLiteral("[]");
    if (!classes.isEmpty()) {
        QStringList items;
        for (const WhitelistClass &cls : classes)
            items.append(classJson(cls));
        classesText =
            QStringLiteral("[\n") + items.join(QStringLiteral(",\n")) + QStringLiteral("\n  ]");
    }
    const QList<std::pair<QString, QString>> fixed = {
        {kVersion, QString::number(whitelist.version)}, {kClasses, classesText}};
    const QString text = QStringLiteral("{\n") +
                         jsonMembers(fixed, whitelist.extra, {kVersion, kClasses}, 0) +
                         QStringLiteral("\n}\n");
    return text.toUtf8();
}

bool saveWhitelist(const QString &path, const Whitelist &whitelist, QString *error)
{
    return writeFileAtomically(path, serializeWhitelist(whitelist), error);
}

bool isGlobPattern(const QString &reason)
{
    return reason.contains(QLatin1Char('*')) || reason.contains(QLatin1Char('?'));
}

bool globMatches(const QString &pattern, const QString &text)
{
    // Greedy match with one backtrack point (the last '*'): linear for typical patterns,
    // never exponential, and no regex so that [ ] { } . stay literal.
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() &&
            (pattern.at(p) == QLatin1Char('?') || pattern.at(p) == text.at(t)) &&
            pattern.at(p) != QLatin1Char('*')) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool isStale(const WhitelistClass &cls, const QDate &today)
{
    const QDate reviewBy = parseIsoDate(cls.reviewBy);
    return today.isValid() && reviewBy.isValid() && today > reviewBy;
}

int matchingClass(const Whitelist &whitelist, const QString &reason)
{
    for (qsizetype i = 0; i < whitelist.classes.size(); ++i) {
        const QString &pattern = whitelist.classes.at(i).reason;
        if (isGlobPattern(pattern) ? globMatches(pattern, reason) : pattern == reason)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace gatehouse
