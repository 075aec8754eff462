#pragma once
// The install-duration gate's runs (SPEC §3): every run the filters kept, in run order, with
// its duration, the rolling median at that run, and whether it is over budget and used by
// the gate median. Rows are runs (RunIdRole) so the table links with the charts.
#include "install/InstallAnalysis.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace gatehouse::ui {

class InstallRunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Run,
        Time,
        Branch,
        Conclusion,
        Seconds,
        RollingMedian,
        OverBudget,
        Used,
        HeadSha,
        ColumnCount
    };

    explicit InstallRunsModel(QObject *parent = nullptr);

    void setResult(const InstallResult &result);
    const InstallResult &result() const { return m_result; }
    void setPalette(const QPalette &palette);
    // Row of a run, -1 when the filters left it out.
    int rowOf(const QString &runId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const InstallPoint &point, int column) const;
    QVariant sortValue(const InstallPoint &point, int row, int column) const;
    QVariant toolTip(const InstallPoint &point, int column) const;

    InstallResult m_result;
    QPalette m_palette;
};

} // namespace gatehouse::ui
