#pragma once
// Every loaded run, one row per (kind, run): benchmark runs, install runs and Gate-V1
// runs, with the run's time, where it came from and its CI page when known. The CI page
// comes from run metadata (html_url); the artifacts of one workflow run share its run id,
// so a URL known for any kind is shown for all of them.
#include "sources/Dataset.h"

#include "NumericSortKeys.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QUrl>
#include <vector>

namespace gatehouse::ui {

enum class RunKind
{
    Bench,
    Install,
    Gate
};
QString runKindName(RunKind kind);  // "bench", "install", "gate"
QString runKindLabel(RunKind kind); // the same in the window's language

struct RunRow
{
    RunKind kind = RunKind::Bench;
    RunIdentity identity;
    int index = 0;     // in the dataset's list of runs of this kind
    QUrl ciPage;       // empty when unknown
    int runIdRank = 0; // position of the run id in run-id order (SPEC §1), for sorting
};

class RunsModel : public QAbstractTableModel, public NumericSortKeys
{
    Q_OBJECT
public:
    enum Column
    {
        Kind,
        RunId,
        Time,
        Details,
        Source,
        CiPage,
        ColumnCount
    };
    // The run's CI page (QUrl), on every column.
    static constexpr int CiPageRole = Qt::UserRole + 100;

    explicit RunsModel(QObject *parent = nullptr);

    // The rows of a dataset, worked out apart from the model (no signals), so that a page
    // can make them in one event-loop turn and reset the model with them in the next.
    struct Rows
    {
        QList<RunRow> rows;
        QList<BenchRun> benchRuns;
        QList<InstallRun> installRuns;
        QList<GateRun> gateRuns;
    };
    static Rows rowsOf(const Dataset &dataset);
    void setRows(Rows rows);
    void setDataset(const Dataset &dataset) { setRows(rowsOf(dataset)); }
    const RunRow &runAt(int row) const { return m_rows.at(row); }
    // One line about what the run holds ("6 detectors, 180 values"), made when first asked
    // for: a view shows a screenful, and 30k of them at every load would stall the GUI.
    QString detailsOf(int row) const;
    int countOf(RunKind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    std::optional<double> numericSortKey(int row, int column) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Ranks of the given run ids in run-id order (numeric ids numerically, first). Sorting
    // 30k rows on a precomputed int is what keeps a reset fast: a view asks for the sort
    // key about a million times.
    static QHash<QString, int> runIdRanks(const QStringList &runIds);
    // The same, one rank per position of runIds (equal ids, equal ranks).
    static std::vector<int> runIdRankOf(const QStringList &runIds);

private:
    QList<RunRow> m_rows;
    // Shallow copies (the lists are implicitly shared) that detailsOf() reads.
    QList<BenchRun> m_benchRuns;
    QList<InstallRun> m_installRuns;
    QList<GateRun> m_gateRuns;
    mutable QHash<int, QString> m_details; // row -> details, as asked for
};

// run id -> CI page, from every piece of run metadata in the dataset.
QHash<QString, QUrl> ciPagesByRunId(const Dataset &dataset);

} // namespace gatehouse::ui
