#pragma once
// unknown_whitelist.json: read (object form or bare array of strings), match, and save
// (classes sorted by reason, 2-space indent, trailing newline, atomic; SPEC §4.2).
#include "RolloutTypes.h"
#include "common/ParseIssue.h"

#include <QByteArray>
#include <optional>

namespace gatehouse {

std::optional<Whitelist> parseWhitelist(const QByteArray &data, const QString &path,
                                        ParseIssues &issues);
QByteArray serializeWhitelist(const Whitelist &whitelist);
bool saveWhitelist(const QString &path, const Whitelist &whitelist, QString *error = nullptr);

// True when the pattern holds * or ? (then it is matched as a glob, else exactly).
bool isGlobPattern(const QString &reason);
// Glob match where * is any run of characters (including none) and ? one character;
// every other character matches itself.
bool globMatches(const QString &pattern, const QString &text);

// A class is stale when today is after its review_by date.
bool isStale(const WhitelistClass &cls, const QDate &today);

// Index of the first class (in file order) whose reason matches, or -1.
int matchingClass(const Whitelist &whitelist, const QString &reason);

} // namespace gatehouse
