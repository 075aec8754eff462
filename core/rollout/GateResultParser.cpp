#include "GateResultParser.h"

#include "JsonChecks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>
#include <limits>

namespace gatehouse {

namespace {

// Reads the fields of one gate_result.json object. Every check stops at the first broken
// rule: the file then yields one Error naming the field and nothing else (SPEC §4.1:
// never half-read).
class GateResultReader
{
public:
    GateResultReader(const QJsonObject &object, const QString &path, ParseIssues &issues)
        : m_object(object), m_path(path), m_issues(issues)
    {
    }

    std::optional<GateRun> read()
    {
        GateRun run;
        run.identity.path = m_path;
        if (!requiredText(QStringLiteral("policy_hash"), run.policyHash) ||
            !requiredText(QStringLiteral("outcome"), run.outcome) || !unknownRate(run) ||
            !topReasons(run) || !runId(run) || !runAttempt(run) || !timestamp(run))
            return std::nullopt;
        return run;
    }

private:
    bool fail(const QString &message)
    {
        addJsonError(m_issues, m_path, message);
        return false;
    }

    bool wrong(const QString &field, const QString &expected, const QJsonValue &found)
    {
        return fail(QStringLiteral("field \"%1\" must be %2, found %3")
                        .arg(field, expected, describeJsonValue(found)));
    }

    // Optional fields written as null (Python's None) count as absent.
    bool present(const QString &field) const
    {
        return m_object.contains(field) && !m_object.value(field).isNull();
    }

    bool requiredText(const QString &field, QString &out)
    {
        const QString expected = QStringLiteral("a non-empty string");
        if (!m_object.contains(field))
            return fail(QStringLiteral("missing field \"%1\" (%2)").arg(field, expected));
        const QJsonValue value = m_object.value(field);
        // Blank counts as empty: a hash or outcome of spaces is a writer bug, not a value.
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return wrong(field, expected, value);
        out = value.toString();
        return true;
    }

    bool unknownRate(GateRun &run)
    {
        const QString field = QStringLiteral("unknown_rate");
        const QString expected = QStringLiteral("a number in [0, 1]");
        if (!m_object.contains(field))
            return fail(QStringLiteral("missing field \"%1\" (%2)").arg(field, expected));
        const QJsonValue value = m_object.value(field);
        // A number written as a string ("0.08") is refused, not converted: the writer is
        // broken, and guessing would hide it.
        if (!value.isDouble())
            return wrong(field, expected, value);
        const double rate = value.toDouble();
        if (!std::isfinite(rate) || rate < 0.0 || rate > 1.0)
            return wrong(field, expected, value);
        run.unknownRate = rate + 0.0; // folds -0 into 0
        return true;
    }

    bool topReasons(GateRun &run)
    {
        const QString field = QStringLiteral("top_reasons");
        const QString expected = QStringLiteral("an array of strings");
        if (!m_object.contains(field))
            return fail(
                QStringLiteral("missing field \"%1\" (%2, may be empty)").arg(field, expected));
        const QJsonValue value = m_object.value(field);
        if (!value.isArray())
            return wrong(field, expected, value);
        const QJsonArray reasons = value.toArray();
        for (qsizetype i = 0; i < reasons.size(); ++i) {
            const QJsonValue reason = reasons.at(i);
            // An empty reason would be a class nobody can whitelist or read in a chart.
            if (!reason.isString() || reason.toString().trimmed().isEmpty())
                return wrong(QStringLiteral("%1[%2]").arg(field).arg(i),
                             QStringLiteral("a non-empty string"), reason);
            run.topReasons.append(reason.toString());
        }
        return true;
    }

    bool runId(GateRun &run)
    {
        const QString field = QStringLiteral("run_id");
        if (!present(field))
            return true;
        const QJsonValue value = m_object.value(field);
        run.identity.runId = runIdFromJson(value);
        if (run.identity.runId.isEmpty())
            return wrong(field, QStringLiteral("a non-negative integer or a non-empty string"),
                         value);
        return true;
    }

    bool runAttempt(GateRun &run)
    {
        const QString field = QStringLiteral("run_attempt");
        if (!present(field))
            return true;
        const QJsonValue value = m_object.value(field);
        const double attempt = value.isDouble() ? value.toDouble() : -1.0;
        if (!value.isDouble() || !std::isfinite(attempt) || attempt < 0 ||
            std::floor(attempt) != attempt || attempt > std::numeric_limits<int>::max())
            return wrong(field, QStringLiteral("a non-negative integer"), value);
        run.runAttempt = static_cast<int>(attempt);
        return true;
    }

    // "timestamp" wins over "created_at"; both are checked when present, so that a broken
    // one is never silently ignored.
    bool timestamp(GateRun &run)
    {
        const QString expected = QStringLiteral("an ISO 8601 date-time string");
        for (const QString &field : {QStringLiteral("timestamp"), QStringLiteral("created_at")}) {
            if (!present(field))
                continue;
            const QJsonValue value = m_object.value(field);
            const QDateTime parsed =
                value.isString() ? parseTimestamp(value.toString()) : QDateTime();
            if (!parsed.isValid())
                return wrong(field, expected, value);
            if (!run.identity.timestamp.isValid())
                run.identity.timestamp = parsed;
        }
        return true;
    }

    const QJsonObject &m_object;
    const QString &m_path;
    ParseIssues &m_issues;
};

} // namespace

std::optional<GateRun> parseGateResult(const QByteArray &data, const QString &path,
                                       ParseIssues &issues)
{
    const std::optional<QJsonDocument> document = parseJsonDocument(data, path, issues);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        addJsonError(issues, path,
                     QStringLiteral("expected a JSON object with policy_hash, outcome, "
                                    "unknown_rate and top_reasons, found %1")
                         .arg(document->isArray() ? QStringLiteral("an array")
                                                  : QStringLiteral("a bare value")));
        return std::nullopt;
    }
    const QJsonObject object = document->object();
    return GateResultReader(object, path, issues).read();
}

} // namespace gatehouse
