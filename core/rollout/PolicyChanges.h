#pragma once
// SPEC §10 "policy_changes": each policy_hash after the first, in order of first
// appearance, against the one before it: did unknown_rate move, and is it real (the
// Mann-Whitney U test benchstat uses)?
#include <QJsonArray>
#include <QList>
#include <QString>

namespace gatehouse {

struct RolloutResult;

struct PolicyChange
{
    QString from, to; // policy hashes
    int runsFrom = 0, runsTo = 0;
    double medianFrom = 0, medianTo = 0;
    double delta = 0;  // medianTo - medianFrom (unknown_rate is a rate: no percent of it)
    double pvalue = 1; // two-sided U test of the two policies' unknown_rate values
};

QList<PolicyChange> policyChanges(const RolloutResult &result);
// [{"from", "to", "runs_from", "runs_to", "median_from", "median_to", "delta", "pvalue"}]
QJsonArray policyChangesToJson(const QList<PolicyChange> &changes);

} // namespace gatehouse
