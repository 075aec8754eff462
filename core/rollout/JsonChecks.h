#pragma once
// Shared pieces of the strict JSON readers (gate_result.json, unknown_whitelist.json):
// turning bytes into a top-level object or array with a plain-language issue when that
// fails, and describing an offending value in an issue message.
#include "common/ParseIssue.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <optional>

namespace gatehouse {

// Parses data as JSON. A UTF-8 byte order mark is skipped (editors on Windows write one).
// On failure adds one Error issue "not valid JSON: <Qt's reason> at offset N" with the
// line of that offset, and returns nullopt. An empty file gets its own message.
std::optional<QJsonDocument> parseJsonDocument(const QByteArray &data, const QString &path,
                                               ParseIssues &issues);

// A short description of a JSON value for messages: `string "0.08"`, `number 1.5`,
// `true`, `null`, `an array`, `an object`. Long strings are cut at 40 characters.
QString describeJsonValue(const QJsonValue &value);

// Adds an Error issue for path (line 0: the JSON readers do not track lines of values).
void addJsonError(ParseIssues &issues, const QString &path, const QString &message);

} // namespace gatehouse
