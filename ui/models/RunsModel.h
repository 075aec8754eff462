#pragma once
// Every loaded run, one row per (kind, run): benchmark runs, install runs and Gate-V1
// runs, with the run's time, where it came from and its CI page when known. The CI page
// comes from run metadata (html_url); the artifacts of one workflow run share its run id,
// so a URL known for any kind is shown for all of them.
#include "sources/Dataset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QUrl>

namespace gatehouse::ui {

enum class RunKind { Bench, Install, Gate };
QString runKindName(RunKind kind); // "bench", "install", "gate"

struct RunRow
{
    RunKind kind = RunKind::Bench;
    RunIdentity identity;
    QString details; // one line about what the run holds
    QUrl ciPage;     // empty when unknown
};

class RunsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, RunId, Time, Details, Source, CiPage, ColumnCount };
    // The run's CI page (QUrl), on every column.
    static constexpr int CiPageRole = Qt::UserRole + 100;

    explicit RunsModel(QObject *parent = nullptr);

    void setDataset(const Dataset &dataset);
    const RunRow &runAt(int row) const { return m_rows.at(row); }
    int countOf(RunKind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Run ids sort numerically before other ids, as in run order (SPEC §1).
    static QString runIdSortKey(const QString &runId);

private:
    QList<RunRow> m_rows;
};

// run id -> CI page, from every piece of run metadata in the dataset.
QHash<QString, QUrl> ciPagesByRunId(const Dataset &dataset);

} // namespace gatehouse::ui
