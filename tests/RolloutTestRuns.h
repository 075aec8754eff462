#pragma once
// Small builders for the rollout analysis tests (test_rollout, test_rollout_risk).
#include "rollout/RolloutAnalysis.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rollout_test {

using namespace gatehouse;

inline GateRun makeRun(const QString &runId, const QString &policy, const QString &outcome,
                       double rate, const QStringList &reasons = {})
{
    GateRun run;
    run.identity.runId = runId;
    run.identity.path = runId + QStringLiteral("/gate_result.json");
    run.policyHash = policy;
    run.outcome = outcome;
    run.unknownRate = rate;
    run.topReasons = reasons;
    return run;
}

inline QList<GateRun> runsWithRates(const QVector<double> &rates,
                                    const QString &policy = QStringLiteral("p1"))
{
    QList<GateRun> runs;
    for (int i = 0; i < rates.size(); ++i)
        runs.append(
            makeRun(QString::number(i + 1), policy, QStringLiteral("COMMENT"), rates.at(i)));
    return runs;
}

inline Whitelist whitelistOf(const QList<std::pair<QString, QString>> &reasonAndReviewBy)
{
    Whitelist whitelist;
    for (const auto &[reason, reviewBy] : reasonAndReviewBy) {
        WhitelistClass cls;
        cls.reason = reason;
        cls.reviewBy = reviewBy;
        whitelist.classes.append(cls);
    }
    return whitelist;
}

inline RolloutOptions fixedDay()
{
    RolloutOptions options;
    options.today = QDate(2027, 1, 15);
    return options;
}

inline QList<bool> spikesOf(const RolloutResult &result)
{
    QList<bool> spikes;
    for (const RolloutRunRow &row : result.rows)
        spikes.append(row.spike);
    return spikes;
}

} // namespace rollout_test
