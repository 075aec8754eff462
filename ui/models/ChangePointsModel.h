#pragma once
// The change points of one series (SPEC §9) as a table under its chart: where (run, time),
// the segment means before → after, the change in percent and the p-value, and for
// unknown_rate whether the point is the first run of a new policy. Rows are runs
// (RunIdRole), so a TableView linked to the session selects the run everywhere.
#include "changes/SeriesChanges.h"

#include <QAbstractTableModel>

namespace gatehouse::ui {

class ChangePointsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RunColumn,
        TimeColumn,
        BeforeColumn,
        AfterColumn,
        ChangeColumn,
        PvalueColumn,
        NoteColumn,
        ColumnCount
    };

    explicit ChangePointsModel(QObject *parent = nullptr);
    // unit is appended to the means ("s", "allocs/op"); empty for a rate.
    void setSeries(const changes::SeriesChangePoints &series, const QString &unit = QString());
    const changes::SeriesChangePoints &series() const { return m_series; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const changes::ChangePoint &point, int column) const;
    changes::SeriesChangePoints m_series;
    QString m_unit;
};

} // namespace gatehouse::ui
