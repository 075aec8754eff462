#pragma once
// The hand-worked rollout set of the SPEC §11 tests (test_warn_curve,
// test_whitelist_effects, test_whitelist_cli). Every expected number in those tests is
// worked out below from this table; change a run and redo the arithmetic.
//
//   run  outcome  rate  reasons                  class (whole whitelist)  spike (> 0.30)
//   r1   COMMENT  0.05  alpha                    unlisted                 no
//   r2   COMMENT  0.40  flaky_net                whitelisted (A and B)    yes
//   r3   COMMENT  0.35  flaky_disk               whitelisted (A only)     yes
//   r4   COMMENT  0.25  infra_timeout            whitelisted (C)          no
//   r5   FAIL     0.50  oom                      whitelisted (D)          yes
//   r6   COMMENT  0.45  new_reason               unlisted                 yes
//   r7   COMMENT  0.20  new_reason, flaky_net    unlisted                 no
//   r8   FAIL     0.10  (none)                   none                     no
//   r9   COMMENT  0.30  other                    unlisted                 no (equal)
//   r10  COMMENT  0.45  flaky_net                whitelisted (A and B)    yes
//
// Whitelist, in file order (deliberately not sorted): B "flaky_net" (review_by 2027-06-01),
// D "oom" (2027-06-01), C "infra_timeout" (2027-01-01: stale on 2027-01-15), A "flaky_*"
// (a glob, no review_by). A and B overlap on flaky_net.
// Options: absolute spike threshold 0.30, WARN threshold in force 0.20, today 2027-01-15.
// 8 non-FAIL runs (all but r5, r8), 2 FAIL runs (r5 at 0.50, r8 at 0.10).
#include "rollout/RolloutAnalysis.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace whitelist_test {

using namespace gatehouse;

struct HandRun
{
    const char *id;
    const char *outcome;
    double rate;
    QStringList reasons;
};

inline QList<HandRun> handRuns()
{
    return {
        {"1", "COMMENT", 0.05, {"alpha"}},
        {"2", "COMMENT", 0.40, {"flaky_net"}},
        {"3", "COMMENT", 0.35, {"flaky_disk"}},
        {"4", "COMMENT", 0.25, {"infra_timeout"}},
        {"5", "FAIL", 0.50, {"oom"}},
        {"6", "COMMENT", 0.45, {"new_reason"}},
        {"7", "COMMENT", 0.20, {"new_reason", "flaky_net"}},
        {"8", "FAIL", 0.10, {}},
        {"9", "COMMENT", 0.30, {"other"}},
        {"10", "COMMENT", 0.45, {"flaky_net"}},
    };
}

inline QList<GateRun> handGateRuns()
{
    QList<GateRun> runs;
    for (const HandRun &h : handRuns()) {
        GateRun run;
        run.identity.runId = QString::fromLatin1(h.id);
        run.identity.path = run.identity.runId + QStringLiteral("/gate_result.json");
        run.policyHash = QStringLiteral("p1");
        run.outcome = QString::fromLatin1(h.outcome);
        run.unknownRate = h.rate;
        run.topReasons = h.reasons;
        runs.append(run);
    }
    return runs;
}

inline WhitelistClass makeClass(const QString &reason, const QString &reviewBy = QString())
{
    WhitelistClass cls;
    cls.reason = reason;
    cls.reviewBy = reviewBy;
    return cls;
}

inline Whitelist handWhitelist()
{
    Whitelist whitelist;
    whitelist.classes = {makeClass(QStringLiteral("flaky_net"), QStringLiteral("2027-06-01")),
                         makeClass(QStringLiteral("oom"), QStringLiteral("2027-06-01")),
                         makeClass(QStringLiteral("infra_timeout"), QStringLiteral("2027-01-01")),
                         makeClass(QStringLiteral("flaky_*"))};
    return whitelist;
}

inline QDate handToday()
{
    return QDate(2027, 1, 15);
}

inline RolloutOptions handOptions(double warnThreshold = 0.20)
{
    RolloutOptions options;
    options.spikeThreshold = 0.30;
    options.warnThreshold = warnThreshold;
    options.today = handToday();
    return options;
}

inline RolloutResult handResult(double warnThreshold = 0.20)
{
    return analyzeRollout(handGateRuns(), handWhitelist(), handOptions(warnThreshold));
}

} // namespace whitelist_test
