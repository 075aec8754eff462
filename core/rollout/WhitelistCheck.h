#pragma once
// `gatehouse-cli whitelist check` (SPEC §11): validates an unknown_whitelist.json and gives
// each class a state for a CI step. Stricter than loading it for an analysis: a review_by
// or added value that is not a YYYY-MM-DD date is an error here (the loader only warns and
// never reports such a class stale, which would let a typo defeat the stale check).
// Issues name the file and, where it can be found, the line of the class at fault.
#include "RolloutTypes.h"
#include "common/ParseIssue.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace gatehouse {

// active: no review_by, or more than dueDays ahead; due: review_by within dueDays of today
// (today itself included: a class is stale only the day after its review_by); stale:
// today is after review_by (SPEC §4.2).
enum class WhitelistClassState
{
    Active,
    Due,
    Stale
};
QString whitelistClassStateName(WhitelistClassState state); // "active", "due", "stale"

WhitelistClassState whitelistClassState(const WhitelistClass &cls, const QDate &today, int dueDays);

struct WhitelistCheckedClass
{
    WhitelistClass cls;
    int line = 0; // line where the class starts in the file, 0 when unknown
    WhitelistClassState state = WhitelistClassState::Active;
    std::optional<qint64> daysLeft; // review_by - today, in days; none without review_by
};

struct WhitelistCheckResult
{
    QString path;
    QDate today;
    int dueDays = 14;
    bool valid = false;                   // readable, and no Error issue
    ParseIssues issues;                   // errors and warnings, with lines where known
    QList<WhitelistCheckedClass> classes; // sorted by reason, as the file is saved
    int active = 0, due = 0, stale = 0;
    int exitCode() const; // 0 valid without a stale class, 1 a stale class, 2 invalid
};

// Line (1-based) where each element of the class list starts: "classes" of the top-level
// object, or the top-level array of the bare form. Empty when there is no such list;
// text that is not JSON gives the elements found before the damage.
QList<int> whitelistClassLines(const QByteArray &data);

WhitelistCheckResult checkWhitelist(const QByteArray &data, const QString &path, const QDate &today,
                                    int dueDays);
// Reads the file first: a missing or unreadable file, or a folder, is an invalid result
// with one issue saying why.
WhitelistCheckResult checkWhitelistFile(const QString &path, const QDate &today, int dueDays);

// {"file", "status" ("ok", "stale", "invalid"), "valid", "today", "due_days", "active",
// "due", "stale", "classes": [{"reason", "owner", "added", "review_by", "state",
// "days_left", "line"}], "issues": [{"file", "line", "severity", "message"}]}
QJsonObject whitelistCheckToJson(const WhitelistCheckResult &result);
// The human listing: one line per class with its state, then a summary line (the issues
// are for stderr, through formatIssue).
QString whitelistCheckTable(const WhitelistCheckResult &result);

} // namespace gatehouse
