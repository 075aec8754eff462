#include "Baseline.h"

#include "GoBenchParser.h"
#include "common/StoredText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <algorithm>

namespace gatehouse {
namespace {

const QString kAllocsUnit = QStringLiteral("allocs/op");

bool isMetadataKey(const QString &key)
{
    return key.isEmpty() || key.at(0).isLower() || key.at(0) == QLatin1Char('$');
}

bool isKnownUnitField(const QString &field)
{
    static const QStringList known = {
        QStringLiteral("allocs_per_op"), kAllocsUnit,
        QStringLiteral("B/op"),          QStringLiteral("bytes_per_op"),
        QStringLiteral("ns/op"),         QStringLiteral("ns_per_op")};
    return known.contains(field);
}

int lineOfOffset(const QByteArray &data, int offset)
{
    const int end = std::clamp(offset, 0, static_cast<int>(data.size()));
    return 1 + static_cast<int>(std::count(data.constBegin(), data.constBegin() + end, '\n'));
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// Checks one entry; returns an empty string when usable, else why not.
QString entryProblem(const QJsonValue &value)
{
    if (value.isDouble())
        return QString();
    if (!value.isObject())
        return QStringLiteral("is %1, not a number or an object").arg(jsonTypeName(value));
    const QJsonObject object = value.toObject();
    bool anyNumber = false;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (isKnownUnitField(it.key()) && !it.value().isDouble())
            return QStringLiteral("field \"%1\" is %2, not a number")
                .arg(it.key(), jsonTypeName(it.value()));
        anyNumber = anyNumber || it.value().isDouble();
    }
    if (!anyNumber)
        return QStringLiteral("has no numeric value");
    return QString();
}

} // namespace

QStringList baselineFieldsForUnit(const QString &unit)
{
    if (unit == kAllocsUnit)
        return {QStringLiteral("allocs_per_op"), kAllocsUnit};
    if (unit == QLatin1String("B/op"))
        return {QStringLiteral("B/op"), QStringLiteral("bytes_per_op")};
    if (unit == QLatin1String("ns/op"))
        return {QStringLiteral("ns/op"), QStringLiteral("ns_per_op")};
    return {unit};
}

QString baselineUnitForField(const QString &field)
{
    if (field == QLatin1String("allocs_per_op"))
        return kAllocsUnit;
    if (field == QLatin1String("bytes_per_op"))
        return QStringLiteral("B/op");
    if (field == QLatin1String("ns_per_op"))
        return QStringLiteral("ns/op");
    return field;
}

QJsonObject Baseline::entryObject() const
{
    return wrapperKey.isEmpty() ? document : document.value(wrapperKey).toObject();
}

QList<BaselineEntry> Baseline::entries() const
{
    QList<BaselineEntry> out;
    const QJsonObject object = entryObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (wrapperKey.isEmpty() && isMetadataKey(it.key()))
            continue;
        out.append({it.key(), detectorNameFromBenchmark(it.key()), it.value()});
    }
    return out;
}

std::optional<double> Baseline::valueFor(const QString &detectorName, const QString &unit) const
{
    // Several keys may name one detector ("BenchmarkFoo-8" and "Foo"): the key spelled
    // exactly like the detector wins, else the first in key order.
    std::optional<QJsonValue> chosen;
    for (const BaselineEntry &entry : entries()) {
        if (entry.detector != detectorName)
            continue;
        if (entry.key == detectorName || !chosen)
            chosen = entry.value;
        if (entry.key == detectorName)
            break;
    }
    if (!chosen)
        return std::nullopt;
    if (chosen->isDouble())
        return unit == kAllocsUnit ? std::optional<double>(chosen->toDouble()) : std::nullopt;
    const QJsonObject object = chosen->toObject();
    for (const QString &field : baselineFieldsForUnit(unit)) {
        const QJsonValue value = object.value(field);
        if (value.isDouble())
            return value.toDouble();
    }
    return std::nullopt;
}

std::optional<Baseline> parseBaseline(const QByteArray &data, const QString &path,
                                      ParseIssues &issues)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        issues.append({path, lineOfOffset(data, error.offset),
                       QStringLiteral("not valid JSON: %1").arg(jsonErrorText(error.error)),
                       Severity::Error});
        return std::nullopt;
    }
    if (!json.isObject()) {
        issues.append({path, 0,
                       QStringLiteral("baselines.json must hold a JSON object of detectors"),
                       Severity::Error});
        return std::nullopt;
    }
    Baseline baseline;
    baseline.document = json.object();
    for (const QString &wrapper : {QStringLiteral("detectors"), QStringLiteral("benchmarks")}) {
        if (!baseline.document.contains(wrapper))
            continue;
        if (!baseline.document.value(wrapper).isObject()) {
            issues.append({path, 0,
                           QStringLiteral("\"%1\" is %2, not an object of detectors")
                               .arg(wrapper, jsonTypeName(baseline.document.value(wrapper))),
                           Severity::Error});
            return std::nullopt;
        }
        if (baseline.wrapperKey.isEmpty())
            baseline.wrapperKey = wrapper;
        else
            issues.append({path, 0,
                           QStringLiteral("both \"detectors\" and \"benchmarks\" present: "
                                          "\"benchmarks\" is ignored"),
                           Severity::Warning});
    }

    const QList<BaselineEntry> entries = baseline.entries();
    QMap<QString, QStringList> keysByDetector;
    for (const BaselineEntry &entry : entries) {
        const QString problem = entryProblem(entry.value);
        if (!problem.isEmpty())
            issues.append({path, 0,
                           QStringLiteral("entry \"%1\" %2: skipped").arg(entry.key, problem),
                           Severity::Warning});
        keysByDetector[entry.detector].append(entry.key);
    }
    for (auto it = keysByDetector.cbegin(); it != keysByDetector.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        const QString used = it.value().contains(it.key()) ? it.key() : it.value().constFirst();
        issues.append({path, 0,
                       QStringLiteral("keys %1 all name detector %2: \"%3\" is used")
                           .arg(QLatin1Char('"') + it.value().join(QStringLiteral("\", \"")) +
                                    QLatin1Char('"'),
                                it.key(), used),
                       Severity::Warning});
    }
    if (entries.isEmpty())
        issues.append({path, 0, QStringLiteral("baseline holds no detectors"), Severity::Warning});
    return baseline;
}

} // namespace gatehouse
