#include "PolicyChanges.h"

#include "RolloutAnalysis.h"
#include "compare/MannWhitney.h"

#include <QHash>
#include <QJsonObject>

namespace gatehouse {

QList<PolicyChange> policyChanges(const RolloutResult &result)
{
    QHash<QString, std::vector<double>> rates;
    for (const RolloutRunRow &row : result.rows)
        rates[row.run.policyHash].push_back(row.run.unknownRate);
    QList<PolicyChange> changes;
    for (qsizetype i = 1; i < result.policies.size(); ++i) {
        const PolicySummary &before = result.policies.at(i - 1);
        const PolicySummary &after = result.policies.at(i);
        PolicyChange change;
        change.from = before.policyHash;
        change.to = after.policyHash;
        change.runsFrom = before.runs;
        change.runsTo = after.runs;
        change.medianFrom = before.unknownRateMedian;
        change.medianTo = after.unknownRateMedian;
        change.delta = change.medianTo - change.medianFrom;
        change.pvalue =
            compare::mannWhitneyUTest(rates.value(change.from), rates.value(change.to)).p;
        changes.append(change);
    }
    return changes;
}

QJsonArray policyChangesToJson(const QList<PolicyChange> &changes)
{
    QJsonArray array;
    for (const PolicyChange &c : changes)
        array.append(QJsonObject{{QStringLiteral("from"), c.from},
                                 {QStringLiteral("to"), c.to},
                                 {QStringLiteral("runs_from"), c.runsFrom},
                                 {QStringLiteral("runs_to"), c.runsTo},
                                 {QStringLiteral("median_from"), c.medianFrom},
                                 {QStringLiteral("median_to"), c.medianTo},
                                 {QStringLiteral("delta"), c.delta},
                                 {QStringLiteral("pvalue"), c.pvalue}});
    return array;
}

} // namespace gatehouse
