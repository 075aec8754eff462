#pragma once
// Whitelist candidates (SPEC §11): the top reasons no class matches, in core's order (by
// the WARN false-positive rate if the reason were added, then reason), with the runs
// listing them, their spikes and FAILs. Read-only; rows are WhitelistEffects::candidates.
#include "rollout/WhitelistEffects.h"

#include <QAbstractTableModel>

namespace gatehouse::ui {

class CandidatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReasonColumn,
        RunsColumn,
        SpikesColumn,
        FailsColumn,
        FpRateIfAddedColumn,
        ColumnCount
    };

    explicit CandidatesModel(QObject *parent = nullptr);

    void setCandidates(const QList<WhitelistCandidate> &candidates);
    const QList<WhitelistCandidate> &candidates() const { return m_candidates; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<WhitelistCandidate> m_candidates;
};

} // namespace gatehouse::ui
