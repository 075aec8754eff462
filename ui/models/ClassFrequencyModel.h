#pragma once
// The class frequency table (SPEC §4.5): per policy_hash and top reason, the runs listing
// it, their spikes and FAILs, and whether a whitelist class (stale or not) covers it.
// Rows of stale classes are highlighted; "stale" is always spelled out as well.
#include "rollout/RolloutAnalysis.h"

#include <QAbstractTableModel>
#include <QColor>

namespace gatehouse::ui {

class ClassFrequencyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PolicyColumn,
        ReasonColumn,
        RunsColumn,
        SpikesColumn,
        FailsColumn,
        WhitelistedColumn,
        StaleColumn,
        ColumnCount
    };

    explicit ClassFrequencyModel(QObject *parent = nullptr);
    void setResult(const RolloutResult &result);
    void setStaleBackground(const QColor &color);

    QString policyAt(int row) const { return m_rows.at(row).policyHash; }
    const ReasonFrequency &frequencyAt(int row) const { return m_rows.at(row).frequency; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString policyHash;
        ReasonFrequency frequency;
    };
    QVariant displayValue(const Row &row, int column) const;

    QList<Row> m_rows;
    QColor m_staleBackground;
};

} // namespace gatehouse::ui
