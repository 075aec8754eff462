#pragma once
// The allocations gate table (SPEC §2.2): one row per detector with its pooled statistics,
// baseline drift, status and the plain-language reasons. Reads an AllocationsResult only.
#include "bench/AllocationsAnalysis.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace gatehouse::ui {

class DetectorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Detector,
        Runs,
        Samples,
        Mean,
        Stdev,
        CvPercent,
        CvInterval,
        ModeShare,
        Median,
        Min,
        Max,
        Baseline,
        Drift,
        Status,
        Why,
        ColumnCount
    };

    explicit DetectorTableModel(QObject *parent = nullptr);

    void setResult(const AllocationsResult &result);
    const AllocationsResult &result() const { return m_result; }
    // The palette the status tints are derived from (dark or light).
    void setPalette(const QPalette &palette);

    // Row of a detector, -1 when the result does not have it.
    int rowOf(const DetectorKey &key) const;
    DetectorKey keyAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const DetectorAllocations &row, int column) const;
    QVariant sortValue(const DetectorAllocations &row, int column) const;
    QVariant background(const DetectorAllocations &row, int column) const;
    QVariant toolTip(const DetectorAllocations &row, int column) const;

    AllocationsResult m_result;
    QPalette m_palette;
};

} // namespace gatehouse::ui
