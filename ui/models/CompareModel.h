#pragma once
// A benchstat-style comparison (SPEC §10) as a table: one row per series (detector and unit,
// an install window, a policy against the one before), old and new medians with their
// interval, n, the change and the U test's p; then a geomean row per unit. Rows come from
// core (compareRuns, compareSamples, installWindowComparison); nothing is computed here.
#include "compare/Comparison.h"

#include <QAbstractTableModel>

namespace gatehouse::ui {

class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeriesColumn,
        UnitColumn,
        OldColumn,
        OldNColumn,
        NewColumn,
        NewNColumn,
        DeltaColumn,
        PvalueColumn,
        NoteColumn,
        ColumnCount
    };
    // How the change reads: benchstat's percent, or the plain difference of the medians
    // (unknown_rate is a rate: a percent of a rate misleads).
    enum class DeltaStyle
    {
        Percent,
        Difference
    };

    explicit CompareModel(QObject *parent = nullptr);
    void setComparison(const compare::CompareResult &result);
    void setRows(const QList<compare::CompareRow> &rows, DeltaStyle style = DeltaStyle::Percent);
    const QList<compare::CompareRow> &rows() const { return m_rows; }
    int geomeanRows() const { return static_cast<int>(m_geomean.size()); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "120 ± 3 %": the median and the larger side of its interval, as benchstat prints it.
    static QString summaryText(const compare::MedianSummary &summary);
    // The delta column as shown: formatDelta, or the signed difference ("~" when not
    // significant either way).
    QString deltaText(const compare::CompareRow &row) const;

private:
    QVariant rowData(const compare::CompareRow &row, int column, int role) const;
    QVariant geomeanData(const compare::GeomeanRow &row, int column, int role) const;
    QList<compare::CompareRow> m_rows;
    QList<compare::GeomeanRow> m_geomean;
    DeltaStyle m_style = DeltaStyle::Percent;
};

} // namespace gatehouse::ui
