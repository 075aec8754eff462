#pragma once
// One row per Gate-V1 run with what the rollout analysis decided about it (SPEC §4.3,
// §4.5). Rows answer RunIdRole so the table follows the session's selected run.
#include "rollout/RolloutAnalysis.h"

#include "NumericSortKeys.h"

#include <QAbstractTableModel>
#include <QColor>

namespace gatehouse::ui {

class RolloutRunsModel : public QAbstractTableModel, public NumericSortKeys
{
    Q_OBJECT
public:
    enum Column {
        RunIdColumn,
        TimeColumn,
        PolicyColumn,
        OutcomeColumn,
        UnknownRateColumn,
        ReasonsColumn,
        ClassColumn,
        SpikeColumn,
        WouldWarnColumn,
        WouldWarnWithWhitelistColumn,
        ColumnCount
    };

    explicit RolloutRunsModel(QObject *parent = nullptr);
    void setResult(const RolloutResult &result);
    // Background of rows that use a stale whitelist class.
    void setStaleBackground(const QColor &color);
    const RolloutRunRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    std::optional<double> numericSortKey(int row, int column) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "whitelisted (stale)" when the run leans on a stale class; else the class name.
    static QString classText(const RolloutRunRow &row);

private:
    QVariant displayValue(const RolloutRunRow &row, int column) const;
    QVariant sortValue(const RolloutRunRow &row, int column) const;

    QList<RolloutRunRow> m_rows;
    QColor m_staleBackground;
};

} // namespace gatehouse::ui
