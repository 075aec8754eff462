#pragma once
// unknown_rate per policy_hash (SPEC §4.5): runs, min / median / max, MAD, the spike
// threshold the analysis used, spikes and FAILs.
#include "rollout/RolloutAnalysis.h"

#include <QAbstractTableModel>

namespace gatehouse::ui {

class PolicySummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PolicyColumn,
        RunsColumn,
        MinColumn,
        MedianColumn,
        MaxColumn,
        MadColumn,
        SpikeThresholdColumn,
        SpikesColumn,
        FailsColumn,
        ColumnCount
    };

    explicit PolicySummaryModel(QObject *parent = nullptr);
    void setResult(const RolloutResult &result);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const PolicySummary &policy, int column) const;
    QList<PolicySummary> m_policies;
};

} // namespace gatehouse::ui
