#pragma once
// Gate-V1 results (SPEC §4.1) and the unknown-class whitelist (SPEC §4.2).
#include "common/RunIdentity.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gatehouse {

struct GateRun
{
    RunIdentity identity;
    QString policyHash;
    QString outcome;        // kept as written: PASS, COMMENT, WARN, FAIL, ...
    double unknownRate = 0; // in [0, 1]
    QStringList topReasons; // first element is the primary reason
    int runAttempt = 0;     // 0 when absent
    QString primaryReason() const { return topReasons.isEmpty() ? QString() : topReasons.first(); }
};

struct WhitelistClass
{
    QString reason; // exact reason, or a glob when it holds * or ?
    QString note;
    QString owner;
    QString added;    // as written (YYYY-MM-DD expected)
    QString reviewBy; // as written (YYYY-MM-DD expected); empty when none
    QJsonObject extra; // unknown fields, kept for the round trip
};

struct Whitelist
{
    int version = 1;
    QList<WhitelistClass> classes;
    QJsonObject extra; // unknown top-level fields, kept for the round trip
};

} // namespace gatehouse
